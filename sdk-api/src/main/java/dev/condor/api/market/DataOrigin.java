package dev.condor.api.market;

import dev.condor.api.Stable;

/**
 * Whether a market value was seen on a venue or produced by a model, so a backtest can report how
 * much of its input was real (seed S4's data-quality figures).
 */
@Stable(since = "0.1")
public enum DataOrigin {
  /** Quoted or printed by a venue or a data vendor. */
  OBSERVED,
  /** Computed: the simulated market, a model price, or a value filled in for a gap. */
  ESTIMATED
}
