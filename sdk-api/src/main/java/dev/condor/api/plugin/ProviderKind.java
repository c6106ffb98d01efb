package dev.condor.api.plugin;

import dev.condor.api.Stable;

/** The kinds of plugin Condor discovers, one {@code *Provider} interface each. */
@Stable(since = "0.1")
public enum ProviderKind {
  /** {@link dev.condor.api.broker.BrokerProvider}: places orders, reports positions. */
  BROKER,
  /** {@link dev.condor.api.data.MarketDataFeedProvider}: live quotes and chains. */
  MARKET_DATA,
  /** {@link dev.condor.api.data.HistoricalDataProvider}: bars, contracts and past chains. */
  HISTORICAL_DATA,
  /** {@link dev.condor.api.strategy.StrategyProvider}: a trading strategy. */
  STRATEGY,
  /** {@link dev.condor.api.risk.RiskPolicyProvider}: a risk rule. */
  RISK_POLICY,
  /** {@link dev.condor.api.journal.JournalSinkProvider}: where journal events go. */
  JOURNAL_SINK
}
