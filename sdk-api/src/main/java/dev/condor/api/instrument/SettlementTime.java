package dev.condor.api.instrument;

import dev.condor.api.Stable;

/**
 * When the settlement value of an expiring option is fixed: from the opening prints of the
 * expiry day (AM, e.g. SPX third-Friday monthlies, settled on the special opening quotation) or
 * from the close (PM, e.g. SPXW weeklies and dailies, and all ETF options).
 */
@Stable(since = "0.1")
public enum SettlementTime {
  /** Settled on the expiry day's opening value; the option stops trading the day before. */
  AM,
  /** Settled on the expiry day's closing value; the option trades until the close. */
  PM
}
