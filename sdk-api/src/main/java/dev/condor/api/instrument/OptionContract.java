package dev.condor.api.instrument;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.internal.ValueStyle;
import java.time.LocalDate;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * One listed option: root, expiry, strike and right, with its OCC symbol and Polygon ticker.
 *
 * <p>The OCC symbol is the 21-character form {@code SPXW  241220P05280000}: the root padded to six
 * characters, the expiry as {@code YYMMDD}, {@code C} or {@code P}, and the strike times 1000 in
 * eight digits. The Polygon ticker is {@code O:} followed by the same without padding ({@code
 * O:SPXW241220P05280000}). Both parse back to an equal contract. The root tells the underlying
 * (SPXW is SPX) and the settlement time (SPX AM, SPXW PM).
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class OptionContract implements Comparable<OptionContract> {

  private static final java.util.regex.Pattern ROOT = java.util.regex.Pattern.compile("[A-Z][A-Z0-9]{0,5}");
  private static final java.util.regex.Pattern SIX_DIGITS = java.util.regex.Pattern.compile("\\d{6}");
  private static final java.util.regex.Pattern EIGHT_DIGITS = java.util.regex.Pattern.compile("\\d{8}");

  private static final double STRIKE_SCALE = 1000.0;
  private static final long MAX_STRIKE_THOUSANDTHS = 99_999_999L;

  OptionContract() {}

  /** The OCC option root, e.g. {@code SPXW}; the underlying's symbol for most ETFs. */
  public abstract String root();

  /** The expiry date (the last trading day for PM-settled, the settlement day for AM-settled). */
  public abstract LocalDate expiry();

  /** The strike price, in the underlying's points; a multiple of 0.001. */
  public abstract double strike();

  /** Call or put. */
  public abstract OptionRight right();

  /** The underlying, derived from the root ({@code SPXW} gives SPX). */
  @Value.Derived
  public Underlying underlying() {
    return Underlying.forRoot(root());
  }

  /** Dollars per point per contract. */
  @Value.Derived
  public int multiplier() {
    return underlying().multiplier();
  }

  /** AM for SPX/NDX/RUT monthly roots, PM otherwise. */
  @Value.Derived
  public SettlementTime settlementTime() {
    return underlying().settlementTimeOf(root());
  }

  /** Whether this is a call. */
  public boolean isCall() {
    return right() == OptionRight.CALL;
  }

  /** Whether this is a put. */
  public boolean isPut() {
    return right() == OptionRight.PUT;
  }

  /** A contract on a root; the root is upper-cased. */
  public static OptionContract of(String root, LocalDate expiry, double strike, OptionRight right) {
    return ImmutableOptionContract.builder()
        .root(root == null ? "" : root.trim().toUpperCase(Locale.ROOT))
        .expiry(expiry)
        .strike(strike)
        .right(right)
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OptionContract}. */
  @Stable(since = "0.1")
  public static final class Builder extends ImmutableOptionContract.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (!ROOT.matcher(root()).matches()) {
      throw new InvalidValueException("root", root(),
          "must be 1-6 upper-case letters or digits starting with a letter, e.g. SPXW");
    }
    double strike = strike();
    if (!(strike > 0) || Double.isInfinite(strike)) {
      throw new InvalidValueException("strike", strike, "must be a finite price > 0");
    }
    double scaled = strike * STRIKE_SCALE;
    if (Math.abs(scaled - Math.rint(scaled)) > 1e-6 || Math.rint(scaled) > MAX_STRIKE_THOUSANDTHS) {
      throw new InvalidValueException("strike", strike,
          "must be a multiple of 0.001 and below 100000 (the OCC strike format)");
    }
    int year = expiry().getYear();
    if (year < 2000 || year > 2099) {
      throw new InvalidValueException("expiry", expiry(), "must be in the years 2000-2099");
    }
  }

  /** The 21-character OCC symbol, e.g. {@code SPXW  241220P05280000}. */
  public String occSymbol() {
    StringBuilder s = new StringBuilder(21).append(root());
    while (s.length() < 6) {
      s.append(' ');
    }
    return appendDateRightStrike(s).toString();
  }

  /** The Polygon (Massive) options ticker, e.g. {@code O:SPXW241220P05280000}. */
  public String polygonTicker() {
    return appendDateRightStrike(new StringBuilder(22).append("O:").append(root())).toString();
  }

  private StringBuilder appendDateRightStrike(StringBuilder s) {
    LocalDate d = expiry();
    pad(s, d.getYear() % 100, 2);
    pad(s, d.getMonthValue(), 2);
    pad(s, d.getDayOfMonth(), 2);
    s.append(right().code());
    pad(s, Math.round(strike() * STRIKE_SCALE), 8);
    return s;
  }

  private static void pad(StringBuilder s, long value, int width) {
    String digits = Long.toString(value);
    for (int i = digits.length(); i < width; i++) {
      s.append('0');
    }
    s.append(digits);
  }

  /**
   * Parses an OCC symbol: the padded 21-character form, or the same with the padding spaces
   * removed ({@code SPXW241220P05280000}), as brokers print it.
   *
   * @throws InvalidValueException naming what is malformed
   */
  public static OptionContract parseOcc(String symbol) {
    if (symbol == null) {
      throw new InvalidValueException("occSymbol", null, "is required");
    }
    String s = symbol.strip();
    if (s.length() == 21 && s.charAt(5) == ' ') {
      return parseTail("occSymbol", symbol, s.substring(0, 6).strip(), s.substring(6));
    }
    String compact = s.replace(" ", "");
    if (compact.length() < 16 || compact.length() > 21) {
      throw new InvalidValueException("occSymbol", symbol,
          "must be ROOT (1-6 chars) + YYMMDD + C|P + 8-digit strike x 1000, e.g. SPXW  241220P05280000");
    }
    int split = compact.length() - 15;
    return parseTail("occSymbol", symbol, compact.substring(0, split), compact.substring(split));
  }

  /**
   * Parses a Polygon (Massive) options ticker such as {@code O:SPX241220P05280000}.
   *
   * @throws InvalidValueException naming what is malformed
   */
  public static OptionContract parsePolygon(String ticker) {
    if (ticker == null) {
      throw new InvalidValueException("polygonTicker", null, "is required");
    }
    String s = ticker.strip();
    if (!s.startsWith("O:") || s.length() < 18 || s.length() > 23 || s.indexOf(' ') >= 0) {
      throw new InvalidValueException("polygonTicker", ticker,
          "must be O: + ROOT + YYMMDD + C|P + 8-digit strike x 1000, e.g. O:SPXW241220P05280000");
    }
    int split = s.length() - 15;
    return parseTail("polygonTicker", ticker, s.substring(2, split), s.substring(split));
  }

  /** Parses {@code YYMMDD} + right + 8-digit strike (15 characters) after a root. */
  private static OptionContract parseTail(String field, String original, String root, String tail) {
    if (!ROOT.matcher(root).matches()) {
      throw new InvalidValueException(field, original,
          "root \"" + root + "\" must be 1-6 upper-case letters or digits starting with a letter");
    }
    if (!SIX_DIGITS.matcher(tail.substring(0, 6)).matches()) {
      throw new InvalidValueException(field, original,
          "expiry \"" + tail.substring(0, 6) + "\" must be six digits YYMMDD");
    }
    if (tail.charAt(6) != 'C' && tail.charAt(6) != 'P') {
      throw new InvalidValueException(field, original,
          "right \"" + tail.charAt(6) + "\" must be C or P");
    }
    if (!EIGHT_DIGITS.matcher(tail.substring(7)).matches()) {
      throw new InvalidValueException(field, original,
          "strike \"" + tail.substring(7) + "\" must be eight digits, the strike x 1000");
    }
    LocalDate expiry;
    try {
      expiry = LocalDate.of(2000 + Integer.parseInt(tail.substring(0, 2)),
          Integer.parseInt(tail.substring(2, 4)), Integer.parseInt(tail.substring(4, 6)));
    } catch (java.time.DateTimeException e) {
      throw new InvalidValueException(field, original,
          "expiry \"" + tail.substring(0, 6) + "\" is not a calendar date (YYMMDD)");
    }
    long thousandths = Long.parseLong(tail.substring(7));
    if (thousandths == 0) {
      throw new InvalidValueException(field, original, "strike must be > 0");
    }
    return ImmutableOptionContract.builder()
        .root(root)
        .expiry(expiry)
        .strike(thousandths / STRIKE_SCALE)
        .right(OptionRight.ofCode(tail.charAt(6)))
        .build();
  }

  /** Orders by root, expiry, right (calls first), then strike. */
  @Override
  public int compareTo(OptionContract o) {
    int c = root().compareTo(o.root());
    if (c == 0) {
      c = expiry().compareTo(o.expiry());
    }
    if (c == 0) {
      c = right().compareTo(o.right());
    }
    if (c == 0) {
      c = Double.compare(strike(), o.strike());
    }
    return c;
  }

  @Override
  public String toString() {
    return occSymbol().replaceAll(" +", " ");
  }
}
