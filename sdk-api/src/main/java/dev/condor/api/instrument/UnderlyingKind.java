package dev.condor.api.instrument;

import dev.condor.api.Stable;

/** The kind of instrument an option is written on. */
@Stable(since = "0.1")
public enum UnderlyingKind {
  /** A cash index such as SPX, NDX or VIX (not itself tradable). */
  INDEX,
  /** An exchange-traded fund such as SPY or QQQ. */
  ETF,
  /** A single stock. */
  EQUITY
}
