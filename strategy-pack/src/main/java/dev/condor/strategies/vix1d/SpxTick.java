package dev.condor.strategies.vix1d;

import java.util.Locale;

/** SPX option prices on their tick (0.05 below 3.00, 0.10 from 3.00), as reasons print them. */
final class SpxTick {

  /** Prices are sums of quotes in cents: this slack keeps 0.55 from flooring to 0.50. */
  private static final double EPSILON = 1e-9;

  private SpxTick() {}

  /** The tick a price sits on. */
  static double tickOf(double price) {
    return price >= 3.0 - EPSILON ? 0.10 : 0.05;
  }

  /**
   * The price rounded down to its tick: for a credit, the more marketable side, as S0's {@code
   * int((mid - .05) / .05) * .05} rounds (a negative price stays negative, rounded towards zero).
   */
  static double floorToTick(double price) {
    if (price <= 0) {
      return price;
    }
    double tick = tickOf(price);
    double floored = Math.floor(price / tick + EPSILON) * tick;
    // back to whole cents: 11 * 0.05 is 0.55000000000000004
    return Math.round(floored * 100) / 100.0;
  }

  /** A price for a reason, e.g. {@code 0.55}. */
  static String price(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A mid (which may be a half-cent) for a reason: {@code 0.50}, {@code 0.725}. */
  static String mid(double value) {
    double cents = value * 100;
    return Math.abs(cents - Math.rint(cents)) < 1e-6 ? price(value)
        : String.format(Locale.ROOT, "%.3f", value);
  }

  /** A strike for a reason, e.g. {@code 5775} or {@code 5777.5}. */
  static String strike(double value) {
    return value == Math.rint(value) ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
