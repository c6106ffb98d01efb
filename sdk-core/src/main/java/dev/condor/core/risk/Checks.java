package dev.condor.core.risk;

import dev.condor.api.error.InvalidValueException;

/**
 * Range checks for policy configurations, failing with the configuration key as the field so the
 * providers can report the full key.
 */
final class Checks {

  private Checks() {}

  /** {@code lo < value < hi}. */
  static double open(String key, double value, double lo, double hi) {
    if (!(value > lo && value < hi)) {
      throw new InvalidValueException(key, value,
          "must be > " + Fmt.num(lo) + " and < " + Fmt.num(hi));
    }
    return value;
  }

  /** {@code lo < value <= hi}. */
  static double aboveUpTo(String key, double value, double lo, double hi) {
    if (!(value > lo && value <= hi)) {
      throw new InvalidValueException(key, value,
          "must be > " + Fmt.num(lo) + " and <= " + Fmt.num(hi));
    }
    return value;
  }

  /** {@code lo <= value <= hi}. */
  static double closed(String key, double value, double lo, double hi) {
    if (!(value >= lo && value <= hi)) {
      throw new InvalidValueException(key, value,
          "must be between " + Fmt.num(lo) + " and " + Fmt.num(hi));
    }
    return value;
  }

  /** {@code lo <= value <= hi} for whole numbers. */
  static int closed(String key, int value, int lo, int hi) {
    if (value < lo || value > hi) {
      throw new InvalidValueException(key, value, "must be between " + lo + " and " + hi);
    }
    return value;
  }

  /** A share of the open units to close: (0, 1], 1 meaning a full close. */
  static double closeFraction(String key, double value) {
    return aboveUpTo(key, value, 0, 1);
  }
}
