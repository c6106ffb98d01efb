/**
 * Condor's engine: plugin registry, strategy runtime (live on Vert.x, and backtest), orders, risk,
 * journal, market calendar, paper broker and simulated market.
 */
module dev.condor.core {
  // API
  exports dev.condor.core;
  exports dev.condor.core.backtest;
  exports dev.condor.core.backtest.report;
  exports dev.condor.core.broker.paper;
  exports dev.condor.core.calendar;
  exports dev.condor.core.config;
  exports dev.condor.core.journal;
  exports dev.condor.core.market;
  exports dev.condor.core.market.sim;
  exports dev.condor.core.order;
  exports dev.condor.core.plugin;
  exports dev.condor.core.portfolio;
  exports dev.condor.core.risk;
  exports dev.condor.core.runtime;
  exports dev.condor.core.store;
  exports dev.condor.core.store.imports;

  requires transitive dev.condor.api;
  requires io.vertx.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.slf4j;
  requires java.sql;
  requires duckdb.jdbc;

  // SPI: every plugin kind is found with ServiceLoader
  uses dev.condor.api.broker.BrokerProvider;
  uses dev.condor.api.data.MarketDataFeedProvider;
  uses dev.condor.api.data.HistoricalDataProvider;
  uses dev.condor.api.strategy.StrategyProvider;
  uses dev.condor.api.risk.RiskPolicyProvider;
  uses dev.condor.api.journal.JournalSinkProvider;

  // the engine's own providers
  provides dev.condor.api.broker.BrokerProvider with
      dev.condor.core.broker.paper.PaperBrokerProvider;
  provides dev.condor.api.journal.JournalSinkProvider with
      dev.condor.core.journal.JsonLinesJournalProvider;
  provides dev.condor.api.data.MarketDataFeedProvider with
      dev.condor.core.market.sim.SimulatedMarketFeedProvider;
  provides dev.condor.api.data.HistoricalDataProvider with
      dev.condor.core.market.sim.SimulatedHistoryProvider;
  provides dev.condor.api.risk.RiskPolicyProvider with
      dev.condor.core.risk.DeltaRedLinePolicy.Provider,
      dev.condor.core.risk.DrawdownSizingPolicy.Provider,
      dev.condor.core.risk.KillSwitchPolicy.Provider,
      dev.condor.core.risk.LossFlattenPolicy.DailyProvider,
      dev.condor.core.risk.LossFlattenPolicy.WeeklyProvider,
      dev.condor.core.risk.LossStopPolicy.DailyProvider,
      dev.condor.core.risk.LossStopPolicy.WeeklyProvider,
      dev.condor.core.risk.MaxLossPerPositionPolicy.Provider,
      dev.condor.core.risk.MaxPortfolioRiskPolicy.Provider,
      dev.condor.core.risk.MaxPositionsPolicy.Provider,
      dev.condor.core.risk.MinCreditPolicy.Provider,
      dev.condor.core.risk.MinRoiPolicy.Provider,
      dev.condor.core.risk.ProfitTargetPolicy.Provider,
      dev.condor.core.risk.ProximityRedLinePolicy.Provider,
      dev.condor.core.risk.ScheduledClosePolicy.EodCloseProvider,
      dev.condor.core.risk.ScheduledClosePolicy.ExpiryExitProvider,
      dev.condor.core.risk.StopLossPolicy.Provider,
      dev.condor.core.risk.TestedExitPolicy.Provider,
      dev.condor.core.risk.TimeExitPolicy.Provider,
      dev.condor.core.risk.VixRegimePolicy.Provider;
}
