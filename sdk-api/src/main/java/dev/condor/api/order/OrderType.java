package dev.condor.api.order;

import dev.condor.api.Stable;

/** How an order is priced. */
@Stable(since = "0.1")
public enum OrderType {
  /** At the limit net price or better. */
  LIMIT,
  /** At whatever the market pays now; used for red-line exits (S2). */
  MARKET
}
