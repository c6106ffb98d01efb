package dev.condor.core.risk;

import dev.condor.api.instrument.OptionContract;
import java.math.BigDecimal;
import java.util.Locale;

/** The number formats of every reason, so the journal reads the same whatever the JVM locale. */
final class Fmt {

  private Fmt() {}

  /** A price in points, two decimals: {@code 1.45}. */
  static String price(double points) {
    return String.format(Locale.ROOT, "%.2f", points);
  }

  /** Dollars with thousands separators: {@code $30,000.00}. */
  static String dollars(double amount) {
    return String.format(Locale.ROOT, "$%,.2f", amount);
  }

  /** A measured fraction as a percentage with two decimals: 0.032 gives {@code 3.20%}. */
  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
  }

  /** A configured number without trailing zeros: 50.0 gives {@code 50}, 0.5 gives {@code 0.5}. */
  static String num(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** A unit count: {@code 1 unit}, {@code 15 units}. */
  static String units(int count) {
    return count + (count == 1 ? " unit" : " units");
  }

  /** A leg for a reason: {@code 5700 put}. */
  static String leg(OptionContract contract) {
    return num(contract.strike()) + (contract.isPut() ? " put" : " call");
  }

  /** The action part of an exit reason: {@code close at market} or {@code close 50% at market}. */
  static String closeAtMarket(double fraction) {
    return fraction >= 1 ? "close at market" : "close " + num(fraction * 100) + "% at market";
  }
}
