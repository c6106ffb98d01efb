package dev.condor.polygon;

import java.util.function.LongSupplier;

/**
 * Spaces requests to the plan's budget: {@code perMinute} tokens, refilled evenly over a minute,
 * a burst of at most {@code perMinute}. Zero means unlimited.
 */
final class TokenBucket {

  /** How a caller waits; replaced in tests. */
  interface Sleeper {
    void sleep(long nanos) throws InterruptedException;
  }

  private static final long MINUTE_NANOS = 60_000_000_000L;

  private final int perMinute;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private double tokens;
  private long last;

  TokenBucket(int perMinute, LongSupplier nanoTime, Sleeper sleeper) {
    this.perMinute = perMinute;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    this.tokens = perMinute;
    this.last = nanoTime.getAsLong();
  }

  static TokenBucket of(int perMinute) {
    return new TokenBucket(perMinute, System::nanoTime,
        nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
  }

  /** The plan's budget belongs to the key: services sharing a key and host share one bucket. */
  private static final java.util.Map<String, TokenBucket> SHARED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The bucket shared by every service on {@code host} with the key whose digest is given. */
  static TokenBucket shared(String host, String keyDigest, int perMinute) {
    return SHARED.computeIfAbsent(host + "|" + keyDigest + "|" + perMinute, k -> of(perMinute));
  }

  /** Takes one token, waiting for it if the budget is spent. */
  synchronized void acquire() throws InterruptedException {
    if (perMinute == 0) {
      return;
    }
    refill();
    while (tokens < 1) {
      long wait = (long) Math.ceil((1 - tokens) * MINUTE_NANOS / perMinute);
      sleeper.sleep(wait);
      refill();
    }
    tokens -= 1;
  }

  private void refill() {
    long now = nanoTime.getAsLong();
    tokens = Math.min(perMinute, tokens + (now - last) * (double) perMinute / MINUTE_NANOS);
    last = now;
  }
}
