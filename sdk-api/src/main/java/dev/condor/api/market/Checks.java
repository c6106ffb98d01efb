package dev.condor.api.market;

import dev.condor.api.error.InvalidValueException;

/** Range checks shared by the market values, each naming the field it rejects. */
final class Checks {
  private Checks() {}

  static void nonNegativePrice(String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new InvalidValueException(field, value, "must be a finite price >= 0");
    }
  }

  static void optionalNonNegativePrice(String field, double value) {
    if (!Double.isNaN(value)) {
      nonNegativePrice(field, value);
    }
  }

  static void nonNegative(String field, long value) {
    if (value < 0) {
      throw new InvalidValueException(field, value, "must be >= 0");
    }
  }

  static void bidNotAboveAsk(double bid, double ask) {
    if (bid > ask) {
      throw new InvalidValueException("bid", bid, "must not exceed ask " + ask + " (crossed quote)");
    }
  }
}
