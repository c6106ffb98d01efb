package dev.condor.strategies.percentile;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.plugin.Settings;
import dev.condor.api.strategy.TimeWindow;
import dev.condor.strategies.ReasonText;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The validated configuration of {@code percentile-credit-spread}, seed S1's percentile credit
 * spreads; every default is the seed's (the line each comes from is on the component).
 *
 * @param underlying the index traded; S1's every example is {@code --ticker NDX}
 * @param dte trading days to expiry, one of 0, 1, 2, 3, 5, 7, 10 ("Multiple DTE strategies (0, 1,
 *     2, 3, 5, 7, 10 days)"); default 1, S1's daily scan {@code --dte 1}
 * @param percentile the percentile of past moves the short strikes sit at, 95 to 100 ("Use
 *     percentile-based strikes (95-100th percentile)"); default 99, {@code --percentile 99}
 * @param width the wing width in points, 10 to 100 ("Confirm adequate wing width (10-100
 *     points)"); default 20, {@code --spread-width 20}
 * @param flowMode neutral (iron condor), with_flow or against_flow; default neutral, S1's
 *     {@code DTE1_p99_w20_neutral}
 * @param lookbackDays daily closes the percentiles are taken over; S1 does not say, 252 (a year)
 *     is this strategy's choice
 * @param momentumDays the simple moving average the momentum signal compares spot with; S1 does
 *     not define its signal, 5 days is this strategy's choice
 * @param entryWindows when entries may be opened; default S1's "Entry Timing by Strategy" for
 *     the DTE (see {@link #defaultEntryWindows(int)})
 * @param pollInterval how often positions are checked; S1's 0DTE "Check frequency: every 30
 *     minutes", used for every DTE so that each entry window holds a poll
 * @param priceConcession how far below the mid credit the limit is set, in points ("Can't fill
 *     positions: Widen bid-ask (give up $0.05-0.10)"; S1 prices at the mid); 0.05
 * @param minCredit the least net credit per unit, in points ("Minimum credit: $0.50 per spread")
 * @param minRoiPercent the least credit / (width - credit), in percent ("Target ROI: >5%")
 * @param profitTargetPercent the share of the credit captured before closing, 40 to 75
 *     ("Primary Target: 50% of Credit"; conservative 40, aggressive 60-75)
 * @param expiryExitTime the close of positions on their expiry day ("Close all positions by 3:30
 *     PM on expiration day")
 * @param testedWidthMultiple how many wing widths from a short strike counts as tested ("Close
 *     if approaching ITM (underlying within 2x wing width)")
 * @param riskPercent the share of capital one position may lose ("Risk per position: 2%",
 *     "Position Size = Total Capital / 50 (2% per position)")
 * @param maxEntriesPerDay entries a day ("Daily Limit = Max Positions * 0.5", 50 x 0.5 = 25)
 */
public record PercentileSpreadConfig(
    Underlying underlying,
    int dte,
    double percentile,
    double width,
    FlowMode flowMode,
    int lookbackDays,
    int momentumDays,
    List<TimeWindow> entryWindows,
    Duration pollInterval,
    double priceConcession,
    double minCredit,
    double minRoiPercent,
    double profitTargetPercent,
    LocalTime expiryExitTime,
    double testedWidthMultiple,
    double riskPercent,
    int maxEntriesPerDay) {

  /** The DTEs S1 trades. */
  public static final Set<Integer> DTES = Set.of(0, 1, 2, 3, 5, 7, 10);

  /** The configuration keys. */
  public static final Set<String> KEYS = Set.of("underlying", "dte", "percentile", "width",
      "flowMode", "lookbackDays", "momentumDays", "entryWindows", "pollInterval",
      "priceConcession", "minCredit", "minRoiPercent", "profitTargetPercent", "expiryExitTime",
      "testedWidthMultiple", "riskPercent", "maxEntriesPerDay");

  private static final LocalTime OPEN = LocalTime.of(9, 30);
  private static final LocalTime CLOSE = LocalTime.of(16, 0);

  /** Checks every value against S1's ranges, naming the key at fault. */
  public PercentileSpreadConfig {
    Objects.requireNonNull(underlying, "underlying");
    Objects.requireNonNull(flowMode, "flowMode");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(expiryExitTime, "expiryExitTime");
    entryWindows = List.copyOf(entryWindows);
    if (underlying.pmRoot().isEmpty()) {
      throw new InvalidValueException("underlying", underlying.symbol(),
          "has no PM-settled options to sell spreads on");
    }
    if (!DTES.contains(dte)) {
      throw new InvalidValueException("dte", dte, "must be one of S1's 0, 1, 2, 3, 5, 7, 10");
    }
    between("percentile", percentile, 95, 100, "S1's 95th-100th percentile");
    between("width", width, 10, 100, "S1's 10-100 point wings");
    if (lookbackDays < 20 || lookbackDays > 5_000) {
      throw new InvalidValueException("lookbackDays", lookbackDays,
          "must be 20 to 5000 daily closes");
    }
    if (momentumDays < 2 || momentumDays > lookbackDays) {
      throw new InvalidValueException("momentumDays", momentumDays,
          "must be 2 to lookbackDays " + lookbackDays);
    }
    if (pollInterval.compareTo(Duration.ofMinutes(1)) < 0
        || pollInterval.compareTo(Duration.ofHours(2)) > 0) {
      throw new InvalidValueException("pollInterval", pollInterval, "must be 1m to 2h");
    }
    if (entryWindows.isEmpty()) {
      throw new InvalidValueException("entryWindows", entryWindows, "must hold a window");
    }
    for (TimeWindow w : entryWindows) {
      if (w.start().isBefore(OPEN) || w.end().isAfter(CLOSE)) {
        throw new InvalidValueException("entryWindows", w,
            "must lie inside the 09:30-16:00 session");
      }
      if (!holdsPoll(w, pollInterval)) {
        throw new InvalidValueException("entryWindows", w, "holds no poll: polls run every "
            + pollInterval.toMinutes() + " min from 09:30");
      }
    }
    between("priceConcession", priceConcession, 0, 10, "points below the mid credit");
    between("minCredit", minCredit, 0.01, 1000, "points per unit");
    between("minRoiPercent", minRoiPercent, 0.01, 1000, "percent");
    between("profitTargetPercent", profitTargetPercent, 40, 75,
        "S1's 40 (conservative) to 75 (aggressive) percent of the credit");
    if (!expiryExitTime.isAfter(OPEN) || expiryExitTime.isAfter(CLOSE)) {
      throw new InvalidValueException("expiryExitTime", expiryExitTime,
          "must be after 09:30 and no later than 16:00");
    }
    between("testedWidthMultiple", testedWidthMultiple, 0.1, 20, "wing widths");
    between("riskPercent", riskPercent, 0.1, 20, "percent of capital per position");
    if (maxEntriesPerDay < 1 || maxEntriesPerDay > 1_000) {
      throw new InvalidValueException("maxEntriesPerDay", maxEntriesPerDay, "must be 1 to 1000");
    }
  }

  /** S1's defaults for its optimal configuration {@code DTE1_p99_w20_neutral} on NDX. */
  public static PercentileSpreadConfig defaults() {
    return from(Settings.empty(""));
  }

  /**
   * Reads a configuration section; absent keys take S1's defaults.
   *
   * @throws ConfigurationException naming the full key of an unknown key or a bad value
   */
  public static PercentileSpreadConfig from(Settings s) {
    s.requireOnly(KEYS);
    try {
      int dte = s.integer("dte", 1);
      Duration poll = s.duration("pollInterval", Duration.ofMinutes(30));
      return new PercentileSpreadConfig(
          underlying(s.string("underlying", "NDX")),
          dte,
          s.number("percentile", 99),
          s.number("width", 20),
          FlowMode.parse("flowMode", s.string("flowMode", FlowMode.NEUTRAL.key())),
          s.integer("lookbackDays", 252),
          s.integer("momentumDays", 5),
          s.has("entryWindows") ? windows(s.strings("entryWindows", List.of()))
              : DTES.contains(dte) ? defaultEntryWindows(dte) : List.of(),
          poll,
          s.number("priceConcession", 0.05),
          s.number("minCredit", 0.50),
          s.number("minRoiPercent", 5),
          s.number("profitTargetPercent", 50),
          s.time("expiryExitTime", LocalTime.of(15, 30)),
          s.number("testedWidthMultiple", 2),
          s.number("riskPercent", 2),
          s.integer("maxEntriesPerDay", 25));
    } catch (InvalidValueException e) {
      throw new ConfigurationException(s.fullKey(e.field()), e.rule() + ", found " + valueOf(e), e);
    }
  }

  /**
   * S1's "Entry Timing by Strategy": 0DTE 09:35-11:30 and 12:30-13:30 (the three optimal windows,
   * less the first five minutes, avoiding 15:30-16:00); 1DTE 10:00-11:00 ("Optimal Entry");
   * 2-3DTE 09:35-11:30 ("Morning"); 5+DTE any time, 09:35-15:55 (avoiding the first and last five
   * minutes, as S1's fill advice says).
   */
  public static List<TimeWindow> defaultEntryWindows(int dte) {
    if (dte == 0) {
      return List.of(window(9, 35, 11, 30), window(12, 30, 13, 30));
    }
    if (dte == 1) {
      return List.of(window(10, 0, 11, 0));
    }
    if (dte <= 3) {
      return List.of(window(9, 35, 11, 30));
    }
    return List.of(window(9, 35, 15, 55));
  }

  /** The trading days from the previous close to the expiry's close: the percentile horizon. */
  public int horizonDays() {
    return dte + 1;
  }

  /** S1's name for the configuration, e.g. {@code DTE1_p99_w20_neutral}. */
  public String label() {
    return "DTE" + dte + "_p" + ReasonText.num(percentile) + "_w" + ReasonText.num(width) + "_"
        + flowMode.key();
  }

  private static Underlying underlying(String symbol) {
    try {
      return Underlying.of(symbol);
    } catch (InvalidValueException e) {
      throw new InvalidValueException("underlying", symbol, e.rule());
    }
  }

  private static TimeWindow window(int h1, int m1, int h2, int m2) {
    return TimeWindow.of(LocalTime.of(h1, m1), LocalTime.of(h2, m2));
  }

  private static List<TimeWindow> windows(List<String> texts) {
    List<TimeWindow> out = new ArrayList<>();
    for (String text : texts) {
      String[] parts = text.split("-");
      if (parts.length != 2) {
        throw new InvalidValueException("entryWindows", text, "each window must read HH:MM-HH:MM");
      }
      try {
        LocalTime start = LocalTime.parse(parts[0].trim());
        LocalTime end = LocalTime.parse(parts[1].trim());
        if (!end.isAfter(start)) {
          throw new InvalidValueException("entryWindows", text, "must end after it starts");
        }
        out.add(TimeWindow.of(start, end));
      } catch (DateTimeParseException e) {
        throw new InvalidValueException("entryWindows", text, "each window must read HH:MM-HH:MM");
      }
    }
    return out;
  }

  private static boolean holdsPoll(TimeWindow w, Duration interval) {
    for (LocalTime t = OPEN; t.isBefore(CLOSE); t = t.plus(interval)) {
      if (w.contains(t)) {
        return true;
      }
      if (t.plus(interval).isBefore(t)) {
        break; // wrapped past midnight
      }
    }
    return false;
  }

  private static void between(String field, double value, double min, double max, String what) {
    if (!(value >= min && value <= max)) {
      throw new InvalidValueException(field, value,
          "must be between " + ReasonText.num(min) + " and " + ReasonText.num(max) + " (" + what
              + ")");
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
