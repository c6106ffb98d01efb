package dev.condor.core.market.sim;

/**
 * The xoshiro256** generator (Blackman and Vigna), seeded through SplitMix64, with normal and
 * Poisson draws built only on {@link StrictMath}: the simulator's own source of randomness, so a
 * seed gives bit-identical numbers on every JVM, version and platform. Not thread-safe.
 */
final class Xoshiro256 {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long s0;
  private long s1;
  private long s2;
  private long s3;
  private double spare;
  private boolean hasSpare;

  Xoshiro256(long seed) {
    reseed(seed);
  }

  /** Restarts the stream from a seed, so one instance serves many days without allocating. */
  void reseed(long seed) {
    long x = seed;
    s0 = mix64(x += GOLDEN_GAMMA);
    s1 = mix64(x += GOLDEN_GAMMA);
    s2 = mix64(x += GOLDEN_GAMMA);
    s3 = mix64(x + GOLDEN_GAMMA);
    hasSpare = false;
  }

  /** SplitMix64's finaliser: a bijective scrambler used to derive seeds and hashes. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A seed for one stream (a group of series on one day) derived from the configuration seed. */
  static long streamSeed(long seed, long group, long epochDay) {
    return mix64(mix64(seed ^ mix64(group * GOLDEN_GAMMA + 1)) + epochDay * 0xD1B54A32D192ED03L);
  }

  /** A uniform double in [0, 1) from a hash, for values that must not depend on draw order. */
  static double unit(long hash) {
    return (mix64(hash) >>> 11) * 0x1.0p-53;
  }

  long nextLong() {
    long result = Long.rotateLeft(s1 * 5, 7) * 9;
    long t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = Long.rotateLeft(s3, 45);
    return result;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** A standard normal draw (Marsaglia's polar method; pairs are used in turn). */
  double nextGaussian() {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    double u;
    double v;
    double s;
    do {
      u = 2 * nextDouble() - 1;
      v = 2 * nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    double factor = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    spare = v * factor;
    hasSpare = true;
    return u * factor;
  }

  /** A Poisson draw by inversion; the simulator only asks for small means (jumps per day). */
  int nextPoisson(double mean) {
    double limit = StrictMath.exp(-mean);
    double product = nextDouble();
    int count = 0;
    while (product > limit) {
      count++;
      product *= nextDouble();
    }
    return count;
  }
}
