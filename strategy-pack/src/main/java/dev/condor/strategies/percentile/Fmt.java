package dev.condor.strategies.percentile;

import java.util.Locale;

/** How this strategy writes numbers in its reasons, so every reason reads alike. */
final class Fmt {

  private Fmt() {}

  /** A price or level with two decimals: {@code 17000.00}, {@code 1.05}. */
  static String price(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A decimal as a percentage with two decimals: 0.02985 gives {@code 2.99%}. */
  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
  }

  /** Dollars with thousands separators: {@code $1,900.00}. */
  static String dollars(double value) {
    return String.format(Locale.ROOT, "$%,.2f", value);
  }

  /** A number without needless decimals: 20, 99.5. */
  static String num(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%s", value);
  }
}
