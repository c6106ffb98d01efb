package dev.condor.core.runtime;

import java.time.Instant;
import java.time.InstantSource;

/**
 * A clock that stands still until told to move: the time source of drivers that run strategies in
 * simulated time. Only moves forward.
 */
public final class SimulatedClock implements InstantSource {

  private volatile Instant now;

  /** A clock standing at {@code start}. */
  public SimulatedClock(Instant start) {
    this.now = start;
  }

  @Override
  public Instant instant() {
    return now;
  }

  /** Moves the clock to {@code time}, which must not be in its past. */
  public void set(Instant time) {
    if (time.isBefore(now)) {
      throw new IllegalArgumentException("a simulated clock only moves forward: " + time + " < " + now);
    }
    now = time;
  }
}
