package dev.condor.api.quant;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;

/**
 * Simple and exponential moving averages over a range of a series (oldest first), for trend and
 * regime filters; see {@link RollingMean} for a live, streaming window.
 */
@Stable(since = "0.1")
public final class MovingAverages {

  private MovingAverages() {}

  /**
   * The arithmetic mean of {@code values[from .. from + length)}. Allocates nothing.
   *
   * @throws InvalidValueException if the range does not fit in the array, is empty, or holds a
   *     value that is not finite
   */
  public static double simple(double[] values, int from, int length) {
    Check.range("values", values, from, length, 1, "value");
    return sum(values, from, from + length) / length;
  }

  /**
   * The exponential moving average at the last value of {@code values[from .. from + length)},
   * with smoothing {@code α = 2/(period + 1)}. Allocates nothing.
   *
   * <p>Seeding: the average starts as the simple mean of the first {@code period} values of the
   * range, then each later value {@code v} updates it to {@code α·v + (1 − α)·ema}. So {@code
   * length == period} returns the simple mean, and each extra value weighs in. This is the common
   * charting convention; starting from the first value instead gives a different answer until
   * several periods have passed.
   *
   * @param period the number of values of the seed and the smoothing span, {@code >= 1} and at
   *     most {@code length}
   * @throws InvalidValueException if the range does not fit, is shorter than {@code period}, or
   *     holds a value that is not finite, or if {@code period < 1}
   */
  public static double exponential(double[] values, int from, int length, int period) {
    if (period < 1) {
      throw new InvalidValueException("period", period, "must be >= 1");
    }
    Check.range("values", values, from, length, period, "values (one period)");
    double alpha = 2.0 / (period + 1);
    int seedEnd = from + period;
    double ema = sum(values, from, seedEnd) / period;
    int end = from + length;
    for (int i = seedEnd; i < end; i++) {
      ema += alpha * (finite(values, i) - ema);
    }
    return ema;
  }

  private static double sum(double[] values, int from, int end) {
    double sum = 0.0;
    for (int i = from; i < end; i++) {
      sum += finite(values, i);
    }
    return sum;
  }

  private static double finite(double[] values, int i) {
    double v = values[i];
    if (!(v - v == 0)) {
      throw new InvalidValueException("values[" + i + "]", v, "must be a finite number");
    }
    return v;
  }
}
