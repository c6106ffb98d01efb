package dev.condor.strategies.ivhv;

import java.util.Locale;

/** How this strategy writes numbers in its reasons, so every reason reads alike. */
final class Fmt {

  private Fmt() {}

  /** A price with two decimals: {@code 480.12}, {@code 0.45}. */
  static String price(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A decimal as a percentage with one decimal, as S3 prints vols: 0.165 gives {@code 16.5%}. */
  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  /** A signed change in percent with one decimal: {@code +16.1%}. */
  static String signedPercent(double fraction) {
    return String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
  }

  /** Dollars with thousands separators: {@code $1,250.00}. */
  static String dollars(double value) {
    return String.format(Locale.ROOT, "$%,.2f", value);
  }

  /** A number without needless decimals: 5, 0.1, 505.5. */
  static String num(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%s", value);
  }
}
