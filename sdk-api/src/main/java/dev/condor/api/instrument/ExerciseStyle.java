package dev.condor.api.instrument;

import dev.condor.api.Stable;

/** When an option can be exercised: only at expiry (European) or any day before (American). */
@Stable(since = "0.1")
public enum ExerciseStyle {
  /** Exercise at expiry only (SPX, NDX, XSP): no early assignment. */
  EUROPEAN,
  /** Exercise on any trading day (SPY, QQQ and other ETFs): short legs can be assigned early. */
  AMERICAN
}
