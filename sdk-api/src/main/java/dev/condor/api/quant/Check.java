package dev.condor.api.quant;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionRight;

/**
 * Argument checks shared by the toolkit: plain comparisons on the hot path, the exception built
 * only on failure.
 */
final class Check {

  private Check() {}

  static double positive(String field, double value) {
    if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
      throw new InvalidValueException(field, value, "must be a finite number > 0");
    }
    return value;
  }

  static double nonNegative(String field, double value) {
    if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
      throw new InvalidValueException(field, value, "must be a finite number >= 0");
    }
    return value;
  }

  static double finite(String field, double value) {
    if (!(value - value == 0)) {
      throw new InvalidValueException(field, value, "must be a finite number");
    }
    return value;
  }

  static double notNaN(String field, double value) {
    if (value != value) {
      throw new InvalidValueException(field, value, "must be a number");
    }
    return value;
  }

  static double inRange(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new InvalidValueException(field, value, "must be between " + min + " and " + max);
    }
    return value;
  }

  static boolean isCall(OptionRight right) {
    if (right == OptionRight.CALL) {
      return true;
    }
    if (right == null) {
      throw new InvalidValueException("right", null, "is required (CALL or PUT)");
    }
    return false;
  }

  /**
   * Checks that {@code [from, from + length)} lies in the array named {@code name} and holds at
   * least {@code min} elements; {@code what} says why, e.g. {@code "closes (two returns)"}.
   */
  static void range(String name, double[] values, int from, int length, int min, String what) {
    if (values == null) {
      throw new InvalidValueException(name, null, "is required");
    }
    if (from < 0 || from > values.length) {
      throw new InvalidValueException("from", from,
          "must be between 0 and the array length " + values.length);
    }
    if (length < min) {
      throw new InvalidValueException("length", length, "must be at least " + min + " " + what);
    }
    if (length > values.length - from) {
      throw new InvalidValueException("length", length,
          "must fit in the array: from " + from + " + length exceeds its length " + values.length);
    }
  }
}
