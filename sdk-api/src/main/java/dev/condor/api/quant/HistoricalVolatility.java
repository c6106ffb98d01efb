package dev.condor.api.quant;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;

/**
 * Realised volatility from a series of closing prices, annualised on 252 trading days so that it
 * compares with implied volatility and with vol indices such as the VIX.
 */
@Stable(since = "0.1")
public final class HistoricalVolatility {

  /** Trading days per year used to annualise daily figures. */
  public static final int TRADING_DAYS_PER_YEAR = 252;

  private static final double SQRT_TRADING_DAYS = Math.sqrt(TRADING_DAYS_PER_YEAR);

  private HistoricalVolatility() {}

  /**
   * Close-to-close volatility of a whole series; see {@link #closeToClose(double[], int, int)}.
   *
   * @throws InvalidValueException if {@code closes} is null, holds fewer than 3 prices, or one is
   *     not a finite number {@code > 0}
   */
  public static double closeToClose(double[] closes) {
    if (closes == null) {
      throw new InvalidValueException("closes", null, "is required");
    }
    return closeToClose(closes, 0, closes.length);
  }

  /**
   * Close-to-close volatility of {@code closes[from .. from + length)}, oldest first: the sample
   * standard deviation (divisor n − 1) of the {@code length − 1} daily log returns {@code
   * ln(close[i+1]/close[i])}, times √252. Returns an annualised decimal (0.15 for 15%). Allocates
   * nothing.
   *
   * <p>At least 3 closes are needed: 2 closes give a single return, whose sample standard
   * deviation is undefined.
   *
   * @throws InvalidValueException if the range does not fit in the array, holds fewer than 3
   *     prices, or a price in it is not a finite number {@code > 0}
   */
  public static double closeToClose(double[] closes, int from, int length) {
    Check.range("closes", closes, from, length, 3, "closes (two returns)");
    // Welford's running mean and squared deviations: one pass, no cancellation
    double mean = 0.0;
    double m2 = 0.0;
    double previous = checkedClose(closes, from);
    int end = from + length;
    int n = 0;
    for (int i = from + 1; i < end; i++) {
      double close = checkedClose(closes, i);
      double r = Math.log(close / previous);
      previous = close;
      n++;
      double delta = r - mean;
      mean += delta / n;
      m2 += delta * (r - mean);
    }
    return Math.sqrt(m2 / (n - 1)) * SQRT_TRADING_DAYS;
  }

  private static double checkedClose(double[] closes, int i) {
    double close = closes[i];
    if (!(close > 0) || close == Double.POSITIVE_INFINITY) {
      throw new InvalidValueException("closes[" + i + "]", close, "must be a finite price > 0");
    }
    return close;
  }
}
