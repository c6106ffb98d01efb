/**
 * Condor's API: domain values, the plugin SPIs and the quant toolkit; depends on the JDK only.
 */
module dev.condor.api {
  // API
  exports dev.condor.api;
  exports dev.condor.api.error;
  exports dev.condor.api.calendar;
  exports dev.condor.api.instrument;

  // build-time only: Immutables annotations (source retention in generated code)
  requires static org.immutables.value.annotations;
}
