package dev.condor.core.market.sim;

/**
 * One simulated trading day, column by column: for each {@link Instrument} and for SPX's
 * variance, the value at the open (index 0), at each minute, and at the close (index {@code
 * minutes}). Immutable once built; reading a minute is an array access.
 */
final class DayPath {

  private final int day;
  private final int minutes;
  private final double[][] columns;

  DayPath(int day, int minutes, double[][] columns) {
    this.day = day;
    this.minutes = minutes;
    this.columns = columns;
  }

  /** The trading-day ordinal in the {@link SessionTable}. */
  int day() {
    return day;
  }

  /** The session's minutes; the close is at this index. */
  int minutes() {
    return minutes;
  }

  /** The value of an instrument at a minute (0 = open, {@link #minutes()} = close). */
  double value(Instrument instrument, int minute) {
    return columns[instrument.ordinal()][minute];
  }

  /** SPX's instantaneous variance at a minute. */
  double variance(int minute) {
    return columns[Instrument.VARIANCE][minute];
  }

  /** The raw column of an instrument; callers must not modify it. */
  double[] column(Instrument instrument) {
    return columns[instrument.ordinal()];
  }

  /** The raw variance column; callers must not modify it. */
  double[] varianceColumn() {
    return columns[Instrument.VARIANCE];
  }
}
