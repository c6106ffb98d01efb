package dev.condor.strategies.vix1d;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.plugin.Settings;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/**
 * The validated parameters of {@code vix1d-credit-spread}; the defaults are seed S0's.
 *
 * @param entryTime when the day's spread is looked for, exchange time (S0: 09:36 ET)
 * @param trendUnderlying whose daily closes set the direction (S0: SPY)
 * @param trendLength the moving average's length in daily closes (S0: 20)
 * @param expectedMoveFraction the share of the VIX1D one-day expected move the short strike sits
 *     from spot (S0: 0.5, "half the VIX1D expected move")
 * @param width points between the short and the long strike (S0: the adjacent 5-point strike)
 * @param limitOffset points given up below the mid credit before rounding down to the tick (S0:
 *     0.05)
 * @param minCredit the least limit credit the premium rule accepts (not in S0, whose spreads always
 *     paid; 0.05 means "a credit of at least one tick")
 * @param quantity spreads per entry (S0: 1)
 * @param previewFirst preview the order at the broker and send it only if the preview succeeds
 *     (S0's dry-run); turn off for a broker that cannot preview
 * @param pollInterval how often the engine looks at the open spread (not in S0, which never looks
 *     again; 1 minute lets the user's own risk rules act)
 */
public record Vix1dSpreadConfig(LocalTime entryTime, Underlying trendUnderlying, int trendLength,
    double expectedMoveFraction, double width, double limitOffset, double minCredit, int quantity,
    boolean previewFirst, Duration pollInterval) {

  // before DEFAULTS: the constructor that builds DEFAULTS reads them
  private static final LocalTime OPEN = LocalTime.of(9, 30);
  private static final LocalTime CLOSE = LocalTime.of(16, 0);

  /** The configuration keys, as written under {@code strategies.<name>.settings}. */
  public static final Set<String> KEYS = Set.of("entryTime", "trendUnderlying", "trendLength",
      "expectedMoveFraction", "width", "limitOffset", "minCredit", "quantity", "previewFirst",
      "pollInterval");

  /** Seed S0's parameters. */
  public static final Vix1dSpreadConfig DEFAULTS = new Vix1dSpreadConfig(LocalTime.of(9, 36),
      Underlying.SPY, 20, 0.5, 5, 0.05, 0.05, 1, true, Duration.ofMinutes(1));

  /** Checks every value, naming the key at fault. */
  public Vix1dSpreadConfig {
    Objects.requireNonNull(entryTime, "entryTime");
    Objects.requireNonNull(trendUnderlying, "trendUnderlying");
    Objects.requireNonNull(pollInterval, "pollInterval");
    // The spread expires at today's 16:00 close, so it can only be opened inside the session.
    if (entryTime.isBefore(OPEN) || !entryTime.isBefore(CLOSE)) {
      throw new InvalidValueException("entryTime", entryTime,
          "must be inside the regular session, from 09:30 and before the 16:00 close, when the"
              + " day's SPXW options trade");
    }
    if (entryTime.getSecond() != 0 || entryTime.getNano() != 0) {
      // The engine triggers entry times on whole minutes.
      throw new InvalidValueException("entryTime", entryTime, "must be a whole minute, e.g. 09:36");
    }
    if (trendLength < 2 || trendLength > 500) {
      throw new InvalidValueException("trendLength", trendLength, "must be between 2 and 500");
    }
    if (!(expectedMoveFraction > 0 && expectedMoveFraction <= 5)) {
      throw new InvalidValueException("expectedMoveFraction", expectedMoveFraction,
          "must be > 0 and <= 5 (S0: 0.5)");
    }
    if (!(width > 0 && width <= 500)) {
      throw new InvalidValueException("width", width, "must be > 0 and <= 500 points");
    }
    if (!(limitOffset >= 0 && limitOffset <= 5)) {
      throw new InvalidValueException("limitOffset", limitOffset, "must be >= 0 and <= 5");
    }
    if (!(minCredit > 0 && minCredit < width)) {
      throw new InvalidValueException("minCredit", minCredit,
          "must be > 0 and below the width " + width
              + " (a spread cannot pay more than its width)");
    }
    if (quantity < 1 || quantity > 10_000) {
      throw new InvalidValueException("quantity", quantity, "must be between 1 and 10000");
    }
    if (pollInterval.compareTo(Duration.ofSeconds(1)) < 0
        || pollInterval.compareTo(Duration.ofHours(1)) > 0) {
      throw new InvalidValueException("pollInterval", pollInterval, "must be from 1s to 1h");
    }
  }

  /**
   * Reads a configuration section, with S0's values for the keys it leaves out.
   *
   * @throws ConfigurationException naming the full key of an unknown key or a bad value
   */
  public static Vix1dSpreadConfig from(Settings settings) {
    settings.requireOnly(KEYS);
    Vix1dSpreadConfig d = DEFAULTS;
    try {
      return new Vix1dSpreadConfig(
          settings.time("entryTime", d.entryTime()),
          underlying(settings.string("trendUnderlying", d.trendUnderlying().symbol())),
          settings.integer("trendLength", d.trendLength()),
          settings.number("expectedMoveFraction", d.expectedMoveFraction()),
          settings.number("width", d.width()),
          settings.number("limitOffset", d.limitOffset()),
          settings.number("minCredit", d.minCredit()),
          settings.integer("quantity", d.quantity()),
          settings.bool("previewFirst", d.previewFirst()),
          settings.duration("pollInterval", d.pollInterval()));
    } catch (InvalidValueException e) {
      throw new ConfigurationException(settings.fullKey(e.field()), problem(e), e);
    }
  }

  private static Underlying underlying(String symbol) {
    try {
      return Underlying.of(symbol);
    } catch (InvalidValueException e) {
      throw new InvalidValueException("trendUnderlying", symbol, e.rule());
    }
  }

  /** "must be > 0 ..., found -5.0" out of the value exception's "[code] field = -5.0: rule". */
  private static String problem(InvalidValueException e) {
    String message = e.getMessage();
    String head = "[" + e.code() + "] " + e.field() + " = ";
    String tail = ": " + e.rule();
    if (message.startsWith(head) && message.endsWith(tail)) {
      String value = message.substring(head.length(), message.length() - tail.length());
      return e.rule() + ", found " + value;
    }
    return e.rule();
  }
}
