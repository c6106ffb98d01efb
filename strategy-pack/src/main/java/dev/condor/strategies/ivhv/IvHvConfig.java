package dev.condor.strategies.ivhv;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.instrument.UnderlyingKind;
import dev.condor.api.plugin.Settings;
import dev.condor.strategies.ReasonText;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The validated configuration of {@code iv-hv-short-call}, seed S3's IV-versus-HV short calls;
 * every default is the seed's (the line each comes from is on the component).
 *
 * @param tickers the ETFs traded, each scanned once a day ("split across SPY, VOO, VTI, QQQ")
 * @param capital the money split evenly between the tickers ("Starts with $1,000")
 * @param scanTime when the first ticker is scanned; the others follow a minute apart, in order
 *     ("Runs automatically every day at market open (9:35 AM ET)")
 * @param hvDays daily returns the historical volatility is taken over ("Calculates historical
 *     volatility (30-day)")
 * @param ivEdgePoints how far implied must exceed historical volatility, in vol points ("IV > HV
 *     + 3%")
 * @param priceEdgePercent how far the bid must exceed the Black-Scholes value at historical
 *     volatility, in percent ("price > theoretical + 5%")
 * @param minOtmPercent the nearest strike, in percent above spot ("Strike 5-15% OTM")
 * @param maxOtmPercent the furthest strike, in percent above spot ("Strike 5-15% OTM")
 * @param minVolume the option's volume must exceed this ("Option volume > 10")
 * @param minBid the bid must exceed this ("bid > $0.10")
 * @param allocationPercent the premium of one trade, in percent of the ticker's share of capital
 *     ("Position size: 5% of allocation per ticker", "5% of $250 allocation = ~$12.50 per
 *     trade")
 * @param maxPerTicker open short calls per ticker ("Max 2 positions per ticker")
 * @param targetDays the calendar days to the expiry sold, the listed one nearest ("Hold time: 30
 *     days (until expiration)"; S3's example sells 29 days out, T=0.079)
 * @param riskFreeRate the rate of the theoretical value; S3 does not state it, 0.05 is this
 *     strategy's choice (T-bills yielded about 5 % in 2024)
 * @param dividendYield the dividend yield of the theoretical value; 0, S3's plain Black-Scholes
 * @param pollInterval how often positions are looked at between scans; S3 runs once a day and
 *     holds to expiry, so hourly polls only keep marks current (1h, this strategy's choice)
 */
public record IvHvConfig(
    List<Underlying> tickers,
    double capital,
    LocalTime scanTime,
    int hvDays,
    double ivEdgePoints,
    double priceEdgePercent,
    double minOtmPercent,
    double maxOtmPercent,
    long minVolume,
    double minBid,
    double allocationPercent,
    int maxPerTicker,
    int targetDays,
    double riskFreeRate,
    double dividendYield,
    Duration pollInterval) {

  /** The configuration keys. */
  public static final Set<String> KEYS = Set.of("tickers", "capital", "scanTime", "hvDays",
      "ivEdgePoints", "priceEdgePercent", "minOtmPercent", "maxOtmPercent", "minVolume", "minBid",
      "allocationPercent", "maxPerTicker", "targetDays", "riskFreeRate", "dividendYield",
      "pollInterval");

  private static final LocalTime OPEN = LocalTime.of(9, 30);
  private static final LocalTime CLOSE = LocalTime.of(16, 0);

  /** Checks every value, naming the key at fault. */
  public IvHvConfig {
    tickers = List.copyOf(tickers);
    Objects.requireNonNull(scanTime, "scanTime");
    Objects.requireNonNull(pollInterval, "pollInterval");
    if (tickers.isEmpty() || tickers.size() > 10) {
      throw new InvalidValueException("tickers", tickers, "must name 1 to 10 ETFs");
    }
    if (new HashSet<>(tickers).size() != tickers.size()) {
      throw new InvalidValueException("tickers", tickers, "must not name a ticker twice");
    }
    for (Underlying t : tickers) {
      if (t.kind() == UnderlyingKind.INDEX) {
        throw new InvalidValueException("tickers", t.symbol(),
            "must be ETFs or stocks (S3 sells physically settled calls), not an index");
      }
    }
    if (!(capital > 0 && capital <= 1e10)) {
      throw new InvalidValueException("capital", capital, "must be > 0 dollars");
    }
    LocalTime lastScan = scanTime.plusMinutes(tickers.size() - 1L);
    if (scanTime.isBefore(OPEN) || !lastScan.isBefore(CLOSE) || lastScan.isBefore(scanTime)) {
      throw new InvalidValueException("scanTime", scanTime, "must let the " + tickers.size()
          + " scans (a minute apart) run inside the 09:30-16:00 session");
    }
    if (hvDays < 5 || hvDays > 252) {
      throw new InvalidValueException("hvDays", hvDays, "must be 5 to 252 daily returns");
    }
    between("ivEdgePoints", ivEdgePoints, 0, 100);
    between("priceEdgePercent", priceEdgePercent, 0, 1000);
    between("minOtmPercent", minOtmPercent, 0, 100);
    between("maxOtmPercent", maxOtmPercent, 0, 100);
    if (maxOtmPercent <= minOtmPercent) {
      throw new InvalidValueException("maxOtmPercent", maxOtmPercent,
          "must be above minOtmPercent " + ReasonText.num(minOtmPercent));
    }
    if (minVolume < 0) {
      throw new InvalidValueException("minVolume", minVolume, "must be >= 0 contracts");
    }
    between("minBid", minBid, 0, 1000);
    if (!(allocationPercent > 0 && allocationPercent <= 100)) {
      throw new InvalidValueException("allocationPercent", allocationPercent,
          "must be above 0 and at most 100");
    }
    if (maxPerTicker < 1 || maxPerTicker > 100) {
      throw new InvalidValueException("maxPerTicker", maxPerTicker, "must be 1 to 100");
    }
    if (targetDays < 7 || targetDays > 365) {
      throw new InvalidValueException("targetDays", targetDays, "must be 7 to 365 days");
    }
    between("riskFreeRate", riskFreeRate, -0.05, 0.25);
    between("dividendYield", dividendYield, 0, 0.20);
    if (pollInterval.compareTo(Duration.ofMinutes(1)) < 0
        || pollInterval.compareTo(Duration.ofHours(24)) > 0) {
      throw new InvalidValueException("pollInterval", pollInterval, "must be 1m to 24h");
    }
  }

  /** S3's defaults. */
  public static IvHvConfig defaults() {
    return from(Settings.empty(""));
  }

  /**
   * Reads a configuration section; absent keys take S3's defaults.
   *
   * @throws ConfigurationException naming the full key of an unknown key or a bad value
   */
  public static IvHvConfig from(Settings s) {
    s.requireOnly(KEYS);
    try {
      return new IvHvConfig(
          tickers(s.strings("tickers", List.of("SPY", "VOO", "VTI", "QQQ"))),
          s.number("capital", 1_000),
          s.time("scanTime", LocalTime.of(9, 35)),
          s.integer("hvDays", 30),
          s.number("ivEdgePoints", 3),
          s.number("priceEdgePercent", 5),
          s.number("minOtmPercent", 5),
          s.number("maxOtmPercent", 15),
          s.integer("minVolume", 10),
          s.number("minBid", 0.10),
          s.number("allocationPercent", 5),
          s.integer("maxPerTicker", 2),
          s.integer("targetDays", 30),
          s.number("riskFreeRate", 0.05),
          s.number("dividendYield", 0),
          s.duration("pollInterval", Duration.ofHours(1)));
    } catch (InvalidValueException e) {
      throw new ConfigurationException(s.fullKey(e.field()), e.rule() + ", found " + valueOf(e), e);
    }
  }

  /** The capital of one ticker: an even split ("$250 each"). */
  public double allocationPerTicker() {
    return capital / tickers.size();
  }

  /** The premium one trade may collect: {@link #allocationPercent} of the ticker's share. */
  public double premiumBudget() {
    return allocationPerTicker() * allocationPercent / 100;
  }

  /** When a ticker is scanned: {@link #scanTime} plus its index in minutes. */
  public LocalTime scanTimeOf(int index) {
    return scanTime.plusMinutes(index);
  }

  /** The nearest expiry the chain is asked for, in calendar days: half the target. */
  public int minDaysToExpiry() {
    return targetDays / 2;
  }

  /**
   * The furthest expiry the chain is asked for: the target plus 20 days, so that a ticker with
   * only monthly expiries (VOO, VTI) always has one in range, 35 days being the longest gap.
   */
  public int maxDaysToExpiry() {
    return targetDays + 20;
  }

  private static List<Underlying> tickers(List<String> symbols) {
    List<Underlying> out = new ArrayList<>();
    for (String symbol : symbols) {
      try {
        out.add(Underlying.of(symbol));
      } catch (InvalidValueException e) {
        throw new InvalidValueException("tickers", symbol, e.rule());
      }
    }
    return out;
  }

  private static void between(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new InvalidValueException(field, value,
          "must be between " + ReasonText.num(min) + " and " + ReasonText.num(max));
    }
  }

  /** The rejected value out of the exception's "field = value: rule" message. */
  private static String valueOf(InvalidValueException e) {
    String message = e.getMessage();
    int start = message.indexOf(e.field() + " = ");
    int end = message.lastIndexOf(": " + e.rule());
    return start >= 0 && end > start
        ? message.substring(start + e.field().length() + 3, end)
        : "?";
  }
}
