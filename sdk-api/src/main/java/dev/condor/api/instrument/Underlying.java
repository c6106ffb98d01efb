package dev.condor.api.instrument;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An instrument options are written on (SPX, NDX, SPY, QQQ...), with the conventions its options
 * follow: exercise style, settlement, contract multiplier and option roots.
 *
 * <p>The well-known underlyings are constants; {@link #of(String)} finds them by symbol and
 * treats any other symbol as an American, physically settled equity option underlying.
 */
@Stable(since = "0.1")
public final class Underlying {

  private static final java.util.regex.Pattern SYMBOL = java.util.regex.Pattern.compile("[A-Z][A-Z0-9.]{0,9}");

  /** S&amp;P 500 index: European, cash-settled; AM monthlies under root SPX, PM under SPXW. */
  public static final Underlying SPX =
      new Underlying("SPX", UnderlyingKind.INDEX, ExerciseStyle.EUROPEAN, SettlementType.CASH, 100,
          "SPX", "SPXW");
  /** Nasdaq-100 index: European, cash-settled; AM monthlies under NDX, PM under NDXP. */
  public static final Underlying NDX =
      new Underlying("NDX", UnderlyingKind.INDEX, ExerciseStyle.EUROPEAN, SettlementType.CASH, 100,
          "NDX", "NDXP");
  /** Russell 2000 index: European, cash-settled; AM monthlies under RUT, PM under RUTW. */
  public static final Underlying RUT =
      new Underlying("RUT", UnderlyingKind.INDEX, ExerciseStyle.EUROPEAN, SettlementType.CASH, 100,
          "RUT", "RUTW");
  /** Mini-SPX (1/10 of SPX): European, cash-settled, PM. */
  public static final Underlying XSP =
      new Underlying("XSP", UnderlyingKind.INDEX, ExerciseStyle.EUROPEAN, SettlementType.CASH, 100,
          null, "XSP");
  /** Cboe Volatility Index (30-day implied volatility of SPX); quoted, traded here only as data. */
  public static final Underlying VIX =
      new Underlying("VIX", UnderlyingKind.INDEX, ExerciseStyle.EUROPEAN, SettlementType.CASH, 100,
          "VIX", "VIXW");
  /** Cboe 1-day volatility index (S0's expected-move input); data only. */
  public static final Underlying VIX1D = dataIndex("VIX1D");
  /** Cboe 9-day volatility index; data only. */
  public static final Underlying VIX9D = dataIndex("VIX9D");
  /** SPDR S&amp;P 500 ETF. */
  public static final Underlying SPY = etf("SPY");
  /** Invesco QQQ (Nasdaq-100) ETF. */
  public static final Underlying QQQ = etf("QQQ");
  /** Vanguard S&amp;P 500 ETF. */
  public static final Underlying VOO = etf("VOO");
  /** Vanguard Total Stock Market ETF. */
  public static final Underlying VTI = etf("VTI");
  /** iShares Russell 2000 ETF. */
  public static final Underlying IWM = etf("IWM");

  private static final Map<String, Underlying> KNOWN =
      List.of(SPX, NDX, RUT, XSP, VIX, VIX1D, VIX9D, SPY, QQQ, VOO, VTI, IWM).stream()
          .collect(Collectors.toUnmodifiableMap(Underlying::symbol, Function.identity()));

  private final String symbol;
  private final UnderlyingKind kind;
  private final ExerciseStyle exerciseStyle;
  private final SettlementType settlementType;
  private final int multiplier;
  private final String amRoot;
  private final String pmRoot;

  private Underlying(String symbol, UnderlyingKind kind, ExerciseStyle exerciseStyle,
      SettlementType settlementType, int multiplier, String amRoot, String pmRoot) {
    this.symbol = symbol;
    this.kind = kind;
    this.exerciseStyle = exerciseStyle;
    this.settlementType = settlementType;
    this.multiplier = multiplier;
    this.amRoot = amRoot;
    this.pmRoot = pmRoot;
  }

  private static Underlying etf(String symbol) {
    return new Underlying(symbol, UnderlyingKind.ETF, ExerciseStyle.AMERICAN,
        SettlementType.PHYSICAL, 100, null, symbol);
  }

  private static Underlying dataIndex(String symbol) {
    return new Underlying(symbol, UnderlyingKind.INDEX, ExerciseStyle.EUROPEAN,
        SettlementType.CASH, 100, null, null);
  }

  /**
   * The underlying with this symbol: a well-known one (case-insensitive, {@code ^SPX}, {@code $SPX}
   * and {@code I:SPX} accepted for indices), or an American, physically settled equity.
   */
  public static Underlying of(String symbol) {
    String normalized = normalize(symbol);
    Underlying known = KNOWN.get(normalized);
    if (known != null) {
      return known;
    }
    return new Underlying(normalized, UnderlyingKind.EQUITY, ExerciseStyle.AMERICAN,
        SettlementType.PHYSICAL, 100, null, normalized);
  }

  /** The well-known underlying with this symbol, if Condor knows it. */
  public static Optional<Underlying> known(String symbol) {
    return Optional.ofNullable(KNOWN.get(normalize(symbol)));
  }

  /**
   * The underlying of an OCC option root: {@code SPXW} gives SPX, {@code NDXP} gives NDX, an
   * unknown root is its own underlying.
   */
  public static Underlying forRoot(String root) {
    String r = normalize(root);
    for (Underlying u : KNOWN.values()) {
      if (r.equals(u.amRoot) || r.equals(u.pmRoot)) {
        return u;
      }
    }
    return of(r);
  }

  private static String normalize(String symbol) {
    if (symbol == null) {
      throw new InvalidValueException("symbol", null, "is required");
    }
    String s = symbol.trim().toUpperCase(Locale.ROOT);
    if (s.startsWith("I:")) {
      s = s.substring(2);
    } else if (s.startsWith("^") || s.startsWith("$")) {
      s = s.substring(1);
    }
    if (s.equals("GSPC")) {
      s = "SPX";
    }
    if (!SYMBOL.matcher(s).matches()) {
      throw new InvalidValueException("symbol", symbol,
          "must be 1-10 letters or digits starting with a letter, e.g. SPX");
    }
    return s;
  }

  /** The ticker, e.g. {@code SPX}. */
  public String symbol() {
    return symbol;
  }

  /** Index, ETF or equity. */
  public UnderlyingKind kind() {
    return kind;
  }

  /** European (index) or American (ETF, equity). */
  public ExerciseStyle exerciseStyle() {
    return exerciseStyle;
  }

  /** Cash (index) or physical (ETF, equity). */
  public SettlementType settlementType() {
    return settlementType;
  }

  /** Dollars per point per contract: 100 for every underlying Condor knows. */
  public int multiplier() {
    return multiplier;
  }

  /** The OCC root of AM-settled options (SPX's third-Friday monthlies), if the underlying has one. */
  public Optional<String> amRoot() {
    return Optional.ofNullable(amRoot);
  }

  /** The OCC root of PM-settled options (SPXW, NDXP; the symbol itself for ETFs), if any. */
  public Optional<String> pmRoot() {
    return Optional.ofNullable(pmRoot);
  }

  /** When options of this root settle: AM for an underlying's AM root, PM otherwise. */
  public SettlementTime settlementTimeOf(String root) {
    return root.equals(amRoot) ? SettlementTime.AM : SettlementTime.PM;
  }

  /** The Polygon ticker of the underlying's own price: {@code I:SPX} for indices, else the symbol. */
  public String polygonTicker() {
    return kind == UnderlyingKind.INDEX ? "I:" + symbol : symbol;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Underlying && ((Underlying) o).symbol.equals(symbol);
  }

  @Override
  public int hashCode() {
    return symbol.hashCode();
  }

  @Override
  public String toString() {
    return symbol;
  }
}
