package dev.condor.core.runtime;

import java.time.Instant;
import java.time.InstantSource;

/**
 * A clock that starts at a chosen instant and runs {@code speed} times faster than the wall clock:
 * at speed 600 a 6.5-hour session passes in 39 seconds. Used to paper-trade the simulated market
 * live, on Vert.x timers, faster than real time. It stands at its origin until {@link #start()},
 * so set-up time does not eat simulated minutes.
 */
public final class AcceleratedClock implements InstantSource {

  private final Instant origin;
  private final double speed;
  private volatile long wallOriginNanos = -1;

  /**
   * @param origin the simulated instant the clock shows now
   * @param speed simulated seconds per wall-clock second, 1 to 100,000
   */
  public AcceleratedClock(Instant origin, double speed) {
    if (!(speed >= 1 && speed <= 100_000)) {
      throw new dev.condor.api.error.InvalidValueException("speed", speed, "must be from 1 to 100000");
    }
    this.origin = origin;
    this.speed = speed;
  }

  /** Starts the clock running from its origin; later calls do nothing. */
  public synchronized void start() {
    if (wallOriginNanos < 0) {
      wallOriginNanos = System.nanoTime();
    }
  }

  @Override
  public Instant instant() {
    long wallOriginNanos = this.wallOriginNanos;
    if (wallOriginNanos < 0) {
      return origin;
    }
    long simulatedNanos = (long) ((System.nanoTime() - wallOriginNanos) * speed);
    return origin.plusNanos(simulatedNanos);
  }

  /** The speed-up factor. */
  public double speed() {
    return speed;
  }
}
