package dev.condor.api.risk;

import dev.condor.api.Stable;
import dev.condor.api.strategy.StrategyContext;

/**
 * What a risk policy reads: everything a strategy can, plus the whole portfolio across
 * strategies.
 */
@Stable(since = "0.1")
public interface RiskContext extends StrategyContext {

  /** The whole portfolio. */
  PortfolioState portfolio();
}
