package dev.condor.api.quant;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;

/**
 * The mean of the last {@code window} values of a live stream (ticks, bars), updated in constant
 * time without allocating: a ring buffer and a running sum.
 *
 * <p>The running sum is compensated (Neumaier), so a stream of millions of updates does not drift
 * from the true mean of the window. Until the window fills, the mean is that of the values seen so
 * far. Mutable and not thread-safe: one instance per stream and thread.
 */
@Stable(since = "0.1")
public final class RollingMean {
  private final double[] ring;
  private int next;
  private int count;
  private double sum;
  private double compensation;

  /**
   * An empty rolling mean over the last {@code window} values.
   *
   * @throws InvalidValueException if {@code window < 1}
   */
  public RollingMean(int window) {
    if (window < 1) {
      throw new InvalidValueException("window", window, "must be >= 1");
    }
    this.ring = new double[window];
  }

  /**
   * Adds a value, evicting the oldest once the window is full, and returns the new mean.
   *
   * @throws InvalidValueException if {@code value} is not finite (it would poison the sum)
   */
  public double add(double value) {
    if (!(value - value == 0)) {
      throw new InvalidValueException("value", value, "must be a finite number");
    }
    if (count == ring.length) {
      accumulate(-ring[next]);
    } else {
      count++;
    }
    ring[next] = value;
    accumulate(value);
    next = next + 1 == ring.length ? 0 : next + 1;
    return mean();
  }

  /** The mean of the values in the window; NaN before the first value. */
  public double mean() {
    return count == 0 ? Double.NaN : (sum + compensation) / count;
  }

  /** How many values the window holds now: up to {@link #window()}. */
  public int count() {
    return count;
  }

  /** The window length this mean was built with. */
  public int window() {
    return ring.length;
  }

  /** Whether the window holds {@link #window()} values. */
  public boolean isFull() {
    return count == ring.length;
  }

  /** Empties the window, keeping its length. */
  public void reset() {
    next = 0;
    count = 0;
    sum = 0.0;
    compensation = 0.0;
  }

  private void accumulate(double v) {
    double t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
    sum = t;
  }

  @Override
  public String toString() {
    return "RollingMean[window=" + ring.length + ", count=" + count + ", mean=" + mean() + "]";
  }
}
