/**
 * Condor's engine: plugin registry, strategy runtime (live on Vert.x, and backtest), orders, risk,
 * journal, market calendar, paper broker and simulated market.
 */
module dev.condor.core {
  // API
  exports dev.condor.core.calendar;

  requires transitive dev.condor.api;
  requires io.vertx.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
}
