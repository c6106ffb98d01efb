package dev.condor.core.backtest.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Locale-independent number formatting for every file the report writes. */
final class Format {

  private Format() {}

  /** A number with {@code decimals} places, plain ("1234.50", "-0.05"); never "-0.00". */
  static String fixed(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
    return isNegativeZero(s) ? s.substring(1) : s;
  }

  /** Like {@link #fixed} but "n/a" for an undefined value. */
  static String text(double value, int decimals) {
    return Double.isNaN(value) ? "n/a" : fixed(value, decimals);
  }

  /** Dollars with thousands separators for people: "$12,345.67", "-$1,200.00", "n/a". */
  static String dollars(double value) {
    return dollars(value, 2);
  }

  /** Dollars with thousands separators and {@code decimals} places. */
  static String dollars(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return text(value, decimals);
    }
    String s = String.format(Locale.ROOT, "%,." + decimals + "f", Math.abs(value));
    boolean negative = value < 0 && !isZero(s);
    return (negative ? "-$" : "$") + s;
  }

  /** A ratio as a percentage for people: 0.1234 -> "12.34%", "n/a". */
  static String percent(double ratio) {
    return percent(ratio, 2);
  }

  /** A ratio as a percentage with {@code decimals} places. */
  static String percent(double ratio, int decimals) {
    if (!Double.isFinite(ratio)) {
      return text(ratio, decimals);
    }
    return fixed(ratio * 100, decimals) + "%";
  }

  /** A signed percentage: "+12.34%". */
  static String signedPercent(double ratio) {
    String s = percent(ratio);
    return ratio > 0 && !s.equals("0.00%") ? "+" + s : s;
  }

  /** A value rounded to {@code decimals} places for JSON, exactly as written. */
  static BigDecimal json(double value, int decimals) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    return d.signum() == 0 ? BigDecimal.ZERO : d.scale() < 0 ? d.setScale(0) : d;
  }

  /** A strike without a trailing ".0": 4200, 4202.5. */
  static String strike(double strike) {
    return strike == Math.rint(strike) ? Long.toString((long) strike)
        : BigDecimal.valueOf(strike).stripTrailingZeros().toPlainString();
  }

  private static boolean isNegativeZero(String s) {
    return s.startsWith("-") && isZero(s);
  }

  private static boolean isZero(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '1' && c <= '9') {
        return false;
      }
    }
    return true;
  }
}
