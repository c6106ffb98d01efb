/**
 * Condor's engine: plugin registry, strategy runtime (live on Vert.x, and backtest), orders, risk,
 * journal, market calendar, paper broker and simulated market.
 */
module dev.condor.core {
  // API
  exports dev.condor.core.calendar;
  exports dev.condor.core.journal;
  exports dev.condor.core.plugin;

  requires transitive dev.condor.api;
  requires io.vertx.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  // SPI: every plugin kind is found with ServiceLoader
  uses dev.condor.api.broker.BrokerProvider;
  uses dev.condor.api.data.MarketDataFeedProvider;
  uses dev.condor.api.data.HistoricalDataProvider;
  uses dev.condor.api.strategy.StrategyProvider;
  uses dev.condor.api.risk.RiskPolicyProvider;
  uses dev.condor.api.journal.JournalSinkProvider;

  // the engine's own providers
  provides dev.condor.api.journal.JournalSinkProvider with
      dev.condor.core.journal.JsonLinesJournalProvider;
}
