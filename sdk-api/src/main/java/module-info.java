/**
 * Condor's API: domain values, the plugin SPIs and the quant toolkit; depends on the JDK only.
 */
module dev.condor.api {
  // API
  exports dev.condor.api;
  exports dev.condor.api.error;
  exports dev.condor.api.calendar;
  exports dev.condor.api.instrument;
  exports dev.condor.api.quant;
  exports dev.condor.api.market;
  exports dev.condor.api.order;
  exports dev.condor.api.portfolio;
  exports dev.condor.api.plugin;

  // SPI
  exports dev.condor.api.broker;
  exports dev.condor.api.data;
  exports dev.condor.api.journal;
  exports dev.condor.api.risk;
  exports dev.condor.api.strategy;

  // build-time only: Immutables annotations (source retention in generated code)
  requires static org.immutables.value.annotations;
}
