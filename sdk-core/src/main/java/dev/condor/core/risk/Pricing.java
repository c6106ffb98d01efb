package dev.condor.core.risk;

import dev.condor.api.error.InvalidValueException;
import java.util.Locale;

/** Which side of each leg's market a position is marked at when it is valued for closing. */
public enum Pricing {
  /** Buy back shorts at the ask, sell longs at the bid: what a marketable close pays now. */
  NATURAL,
  /** Every leg at its mid: what a patient close might pay. */
  MID;

  /** The name used in configuration: {@code natural} or {@code mid}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The pricing for a configuration value.
   *
   * @throws InvalidValueException naming {@code field} if the text is neither {@code natural} nor
   *     {@code mid}
   */
  static Pricing parse(String field, String text) {
    for (Pricing p : values()) {
      if (p.key().equalsIgnoreCase(text.trim())) {
        return p;
      }
    }
    throw new InvalidValueException(field, text, "must be natural or mid");
  }
}
