package dev.condor.api.order;

import dev.condor.api.Stable;

/** Whether a leg buys or sells its contract. */
@Stable(since = "0.1")
public enum Side {
  /** Buy: pays the ask, holds a long position. */
  BUY,
  /** Sell: receives the bid, holds a short position. */
  SELL;

  /** The other side, used to close a position. */
  public Side opposite() {
    return this == BUY ? SELL : BUY;
  }

  /** +1 for a buy, -1 for a sell. */
  public int sign() {
    return this == BUY ? 1 : -1;
  }
}
