package dev.condor.strategies;

import java.util.Locale;

/** Numbers formatted for the journal's decision reasons, always in {@link Locale#ROOT}. */
public final class ReasonText {

  private ReasonText() {}

  /** A price or level with two decimals: {@code 0.55}, {@code 17000.00}. */
  public static String price(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A mid, which may be a half-cent: {@code 0.50}, or three decimals for {@code 0.725}. */
  public static String mid(double value) {
    double cents = value * 100;
    return Math.abs(cents - Math.rint(cents)) < 1e-6 ? price(value)
        : String.format(Locale.ROOT, "%.3f", value);
  }

  /**
   * A number without needless decimals, such as a strike or a width: {@code 5775}, {@code
   * 5777.5}, {@code 0.1} (from 1e15 on, Java's own notation).
   */
  public static String num(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%s", value);
  }

  /** A number with a fixed count of decimals: a delta at 3 is {@code -0.095}. */
  public static String decimals(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /**
   * A fraction as a percentage with a fixed count of decimals: 0.02985 at 2 is {@code 2.99%},
   * 0.165 at 1 is {@code 16.5%}.
   */
  public static String percent(double fraction, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f%%", fraction * 100);
  }

  /** A fraction as a percentage with its sign: 0.161 at 1 is {@code +16.1%}. */
  public static String signedPercent(double fraction, int decimals) {
    return String.format(Locale.ROOT, "%+." + decimals + "f%%", fraction * 100);
  }

  /** Dollars with thousands separators and cents: {@code $1,900.00}. */
  public static String dollars(double value) {
    return String.format(Locale.ROOT, "$%,.2f", value);
  }
}
