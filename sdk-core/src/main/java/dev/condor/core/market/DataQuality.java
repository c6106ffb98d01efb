package dev.condor.core.market;

/**
 * How much of a backtest's input was real (seed S4): the option quotes read that a venue or vendor
 * quoted, against those a model estimated (the simulated market, gaps filled by a model).
 *
 * @param observedQuotes quotes read that were observed
 * @param estimatedQuotes quotes read that were estimated
 */
public record DataQuality(long observedQuotes, long estimatedQuotes) {

  /** The share of observed quotes, 0 to 1; 0 when nothing was read. */
  public double observedShare() {
    long total = observedQuotes + estimatedQuotes;
    return total == 0 ? 0 : (double) observedQuotes / total;
  }

  /** This and another run's counts together. */
  public DataQuality plus(DataQuality other) {
    return new DataQuality(observedQuotes + other.observedQuotes,
        estimatedQuotes + other.estimatedQuotes);
  }
}
