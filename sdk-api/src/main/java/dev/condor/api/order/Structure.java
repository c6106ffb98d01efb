package dev.condor.api.order;

import dev.condor.api.Stable;

/** The shape of a ticket's legs, which the ticket validates when it is built. */
@Stable(since = "0.1")
public enum Structure {
  /** One option. */
  SINGLE,
  /** Two options of one expiry and right at different strikes, one bought and one sold. */
  VERTICAL,
  /** A put vertical below a call vertical, one expiry, both sold (or both bought) for the wings. */
  IRON_CONDOR,
  /** A put and a call of one expiry on the same side, the put strike at or below the call's. */
  STRANGLE,
  /** Any other combination of legs on one underlying. */
  CUSTOM
}
