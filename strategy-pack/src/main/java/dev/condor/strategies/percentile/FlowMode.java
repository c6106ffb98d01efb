package dev.condor.strategies.percentile;

import dev.condor.api.error.InvalidValueException;
import java.util.Locale;

/** Which side(s) seed S1 sells, given the momentum signal: both, with it, or against it. */
public enum FlowMode {
  /** An iron condor: a put spread and a call spread, whatever the momentum. */
  NEUTRAL("neutral"),
  /** One spread in the direction of the momentum: bullish sells puts, bearish sells calls. */
  WITH_FLOW("with_flow"),
  /** One spread against the momentum: bullish sells calls, bearish sells puts (S1: riskier). */
  AGAINST_FLOW("against_flow");

  private final String key;

  FlowMode(String key) {
    this.key = key;
  }

  /** The name used in configuration and in S1's strategy names ({@code DTE1_p99_w20_neutral}). */
  public String key() {
    return key;
  }

  /**
   * The mode written {@code neutral}, {@code with_flow} or {@code against_flow} (case and dashes
   * ignored).
   *
   * @throws InvalidValueException naming {@code field} for any other text
   */
  public static FlowMode parse(String field, String text) {
    String normalized = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (FlowMode mode : values()) {
      if (mode.key.equals(normalized)) {
        return mode;
      }
    }
    throw new InvalidValueException(field, text, "must be neutral, with_flow or against_flow");
  }

  @Override
  public String toString() {
    return key;
  }
}
