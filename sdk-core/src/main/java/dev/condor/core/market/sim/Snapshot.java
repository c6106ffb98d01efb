package dev.condor.core.market.sim;

import java.time.Instant;

/**
 * The market of one underlying at one simulated minute, as option pricing needs it: the position,
 * the quoted spot, SPX's variance and the business-time clock.
 *
 * @param instrument the underlying's series
 * @param position the packed {@link SessionTable} position
 * @param second the epoch second of the position (the minute's start, or the close)
 * @param spot the underlying's level as quoted (rounded to the cent)
 * @param variance SPX's instantaneous variance
 * @param clock business time at the position
 * @param elapsed the share of the session's activity already done (0 at the open, 1 at the close)
 */
record Snapshot(Instrument instrument, long position, long second, double spot, double variance,
    double clock, double elapsed) {

  /** The trading-day ordinal. */
  int day() {
    return SessionTable.dayOf(position);
  }

  /** The instant, for quote times. */
  Instant time() {
    return Instant.ofEpochSecond(second);
  }
}
