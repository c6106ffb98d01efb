package dev.condor.api.quant;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import java.util.Arrays;

/**
 * Percentiles of the historical N-day moves of an underlying: how far it has fallen or risen over
 * a horizon in all but the worst few percent of windows, the distance at which seed S1 places its
 * short strikes (the 95th to 100th percentile).
 *
 * <p>Definitions, for closes {@code c[0..n)} oldest first and a horizon {@code h} in trading days:
 * the moves are the simple returns {@code r_i = c[i+h]/c[i] − 1} over every window {@code i = 0 ..
 * n−h−1} (overlapping windows, so {@code n − h} moves). Then
 *
 * <ul>
 *   <li>{@link #downMove} is the p-th percentile of {@code −r_i}: a 99th percentile down move of
 *       0.031 means that in 99% of windows the underlying fell by less than 3.1% (or rose). If it
 *       rose in almost every window the result can be negative; callers wanting a distance clamp it
 *       at 0.
 *   <li>{@link #upMove} is the p-th percentile of {@code r_i}.
 *   <li>{@link #absoluteMove} is the p-th percentile of {@code |r_i|}.
 * </ul>
 *
 * <p>Percentiles use linear interpolation between closest ranks, Hyndman and Fan's type 7 (the
 * default of numpy, R and Excel's PERCENTILE.INC): for sorted values {@code x[0..m)}, {@code h =
 * (m − 1)·p/100} and the result is {@code x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])}; p = 0 is the
 * minimum and p = 100 the maximum. Each call allocates one array of the moves, to sort.
 */
@Stable(since = "0.1")
public final class MovePercentile {

  private static final int DOWN = 0;
  private static final int UP = 1;
  private static final int ABSOLUTE = 2;

  private MovePercentile() {}

  /**
   * The p-th percentile of the downside moves {@code −r_i}, as a decimal (0.031 for a 3.1% drop).
   *
   * @param closes closing prices, oldest first, finite and {@code > 0}; at least {@code horizon
   *     + 1}
   * @param horizon the move's length in trading days, {@code >= 1}
   * @param percentile p in [0, 100], e.g. 99
   * @throws InvalidValueException naming the invalid argument
   */
  public static double downMove(double[] closes, int horizon, double percentile) {
    return ofMoves(closes, horizon, percentile, DOWN);
  }

  /** The p-th percentile of the upside moves {@code r_i}; arguments as for {@link #downMove}. */
  public static double upMove(double[] closes, int horizon, double percentile) {
    return ofMoves(closes, horizon, percentile, UP);
  }

  /** The p-th percentile of {@code |r_i|}; arguments as for {@link #downMove}. */
  public static double absoluteMove(double[] closes, int horizon, double percentile) {
    return ofMoves(closes, horizon, percentile, ABSOLUTE);
  }

  /**
   * The p-th percentile (type 7, as documented on the class) of any values; {@code values} is
   * left as it was.
   *
   * @throws InvalidValueException if {@code values} is null or empty or holds NaN, or if {@code
   *     percentile} is outside [0, 100]
   */
  public static double percentile(double[] values, double percentile) {
    checkPercentile(percentile);
    if (values == null) {
      throw new InvalidValueException("values", null, "is required");
    }
    if (values.length == 0) {
      throw new InvalidValueException("values.length", 0, "must be at least 1");
    }
    double[] sorted = values.clone();
    for (int i = 0; i < sorted.length; i++) {
      if (Double.isNaN(sorted[i])) {
        throw new InvalidValueException("values[" + i + "]", sorted[i], "must be a number");
      }
    }
    Arrays.sort(sorted);
    return ofSorted(sorted, percentile);
  }

  private static double ofMoves(double[] closes, int horizon, double percentile, int kind) {
    checkPercentile(percentile);
    if (horizon < 1) {
      throw new InvalidValueException("horizon", horizon, "must be >= 1 trading day");
    }
    if (closes == null) {
      throw new InvalidValueException("closes", null, "is required");
    }
    if (closes.length < horizon + 1) {
      throw new InvalidValueException("closes.length", closes.length,
          "must be at least horizon + 1 = " + (horizon + 1L));
    }
    for (int i = 0; i < closes.length; i++) {
      double close = closes[i];
      if (!(close > 0) || close == Double.POSITIVE_INFINITY) {
        throw new InvalidValueException("closes[" + i + "]", close, "must be a finite price > 0");
      }
    }
    double[] moves = new double[closes.length - horizon];
    for (int i = 0; i < moves.length; i++) {
      double r = closes[i + horizon] / closes[i] - 1.0;
      moves[i] = kind == DOWN ? -r : kind == UP ? r : Math.abs(r);
    }
    Arrays.sort(moves);
    return ofSorted(moves, percentile);
  }

  private static double ofSorted(double[] sorted, double percentile) {
    double h = (sorted.length - 1) * (percentile / 100.0);
    int lo = (int) Math.floor(h);
    if (lo >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }

  private static void checkPercentile(double percentile) {
    if (!(percentile >= 0 && percentile <= 100)) {
      throw new InvalidValueException("percentile", percentile, "must be between 0 and 100");
    }
  }
}
