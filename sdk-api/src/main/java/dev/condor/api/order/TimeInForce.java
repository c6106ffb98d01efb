package dev.condor.api.order;

import dev.condor.api.Stable;

/** How long an unfilled order keeps working. */
@Stable(since = "0.1")
public enum TimeInForce {
  /** Until the end of the trading day. */
  DAY,
  /** Until filled or cancelled. */
  GTC,
  /** Fill what can be filled at once, cancel the rest. */
  IOC
}
