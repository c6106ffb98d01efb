package dev.condor.api.instrument;

import dev.condor.api.Stable;

/** What changes hands when an option is exercised. */
@Stable(since = "0.1")
public enum SettlementType {
  /** The intrinsic value in cash, against a settlement value of the index (SPX, NDX). */
  CASH,
  /** Shares of the underlying at the strike (ETF and equity options). */
  PHYSICAL
}
