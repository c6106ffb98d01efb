package dev.condor.api.instrument;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;

/** Whether an option gives the right to buy (call) or to sell (put) the underlying. */
@Stable(since = "0.1")
public enum OptionRight {
  /** The right to buy at the strike. */
  CALL('C'),
  /** The right to sell at the strike. */
  PUT('P');

  private final char code;

  OptionRight(char code) {
    this.code = code;
  }

  /** The one-letter code used in OCC symbols and Polygon tickers: {@code C} or {@code P}. */
  public char code() {
    return code;
  }

  /** The right for a code letter ({@code C}/{@code P}, either case). */
  public static OptionRight ofCode(char code) {
    switch (Character.toUpperCase(code)) {
      case 'C':
        return CALL;
      case 'P':
        return PUT;
      default:
        throw new InvalidValueException("right", String.valueOf(code), "must be C or P");
    }
  }
}
