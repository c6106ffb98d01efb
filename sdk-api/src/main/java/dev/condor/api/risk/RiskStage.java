package dev.condor.api.risk;

import dev.condor.api.Stable;

/** Where in each poll a risk policy acts; the engine runs the stages in this order. */
@Stable(since = "0.1")
public enum RiskStage {
  /** Exits that must happen whatever else: end-of-day close, expiry, kill switch. */
  FORCED_EXIT,
  /** Red lines on open positions: delta, proximity of the underlying to a short strike. */
  RED_LINE,
  /** Profit target, stop loss, time exits. */
  EXIT,
  /** Checks on a new entry before it is placed: credit, ROI, limits, loss stops, VIX regime. */
  ENTRY
}
