package dev.condor.strategies.zerodte;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.plugin.Settings;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/**
 * The validated parameters of {@code iron-condor-0dte}; the defaults are the rows of seed S2's
 * {@code dte0_ic} table.
 *
 * @param entryStart first time of day an entry is looked for (S2: 9:45 ET)
 * @param entryEnd time of day from which no entry is looked for (S2: 10:00 ET, exclusive)
 * @param vixMin lowest VIX at which to enter (S2's band: 14)
 * @param vixMax highest VIX at which to enter (S2's band: 30)
 * @param targetDelta the short strikes' target |delta| (S2: 0.06)
 * @param wingWidth points between each short strike and its wing (S2: 10)
 * @param minDistance least points between spot and each short strike (S2: 30)
 * @param minCredit least net credit (the limit) per condor (S2: 0.50)
 * @param profitTargetPercent share of the credit captured at which to close (S2: 50)
 * @param stopLossMultiple debit to close, as a multiple of the credit, at which to stop (S2: 2)
 * @param eodClose time of day of the forced close at market (S2: 15:45 ET)
 * @param maxEntriesPerDay entries a day (S2: 1)
 * @param maxOpenPositions positions open at once (S2: "single position at a time", 1)
 * @param deltaRedLine short-leg |delta| in delta points (15 = 0.15) at which to close at market
 *     (S2: 15)
 * @param proximityRedLine points between spot and a short strike at which to close at market (S2:
 *     15)
 * @param pollInterval how often the engine runs the loop (S2: 45 s)
 * @param quantity condors per entry (S2's journal example: 1)
 * @param limitOffset points given up below the mid credit before rounding down to the tick (not in
 *     S2's table: the nickel S0 gives up, so that the order meets the market inside the window)
 */
public record ZeroDteCondorConfig(LocalTime entryStart, LocalTime entryEnd, double vixMin,
    double vixMax, double targetDelta, double wingWidth, double minDistance, double minCredit,
    double profitTargetPercent, double stopLossMultiple, LocalTime eodClose, int maxEntriesPerDay,
    int maxOpenPositions, double deltaRedLine, double proximityRedLine, Duration pollInterval,
    int quantity, double limitOffset) {

  // before DEFAULTS: the constructor that builds DEFAULTS reads them
  private static final LocalTime OPEN = LocalTime.of(9, 30);
  private static final LocalTime CLOSE = LocalTime.of(16, 0);

  /** The configuration keys, as written under {@code strategies.<name>.settings}. */
  public static final Set<String> KEYS = Set.of("entryStart", "entryEnd", "vixMin", "vixMax",
      "targetDelta", "wingWidth", "minDistance", "minCredit", "profitTargetPercent",
      "stopLossMultiple", "eodClose", "maxEntriesPerDay", "maxOpenPositions", "deltaRedLine",
      "proximityRedLine", "pollInterval", "quantity", "limitOffset");

  /** Seed S2's {@code dte0_ic} parameters. */
  public static final ZeroDteCondorConfig DEFAULTS = new ZeroDteCondorConfig(LocalTime.of(9, 45),
      LocalTime.of(10, 0), 14, 30, 0.06, 10, 30, 0.50, 50, 2, LocalTime.of(15, 45), 1, 1, 15, 15,
      Duration.ofSeconds(45), 1, 0.05);

  /** Checks every value, naming the key at fault. */
  public ZeroDteCondorConfig {
    Objects.requireNonNull(entryStart, "entryStart");
    Objects.requireNonNull(entryEnd, "entryEnd");
    Objects.requireNonNull(eodClose, "eodClose");
    Objects.requireNonNull(pollInterval, "pollInterval");
    if (entryStart.isBefore(OPEN) || !entryStart.isBefore(CLOSE)) {
      throw new InvalidValueException("entryStart", entryStart,
          "must be inside the regular session, from 09:30 and before the 16:00 close");
    }
    if (!entryEnd.isAfter(entryStart)) {
      throw new InvalidValueException("entryEnd", entryEnd,
          "must be after entryStart " + entryStart);
    }
    if (!eodClose.isAfter(OPEN) || eodClose.isAfter(CLOSE)) {
      throw new InvalidValueException("eodClose", eodClose,
          "must be after 09:30 and no later than the 16:00 close");
    }
    if (entryEnd.isAfter(eodClose)) {
      // A condor opened after the forced close would be bought back on the next poll.
      throw new InvalidValueException("entryEnd", entryEnd,
          "must be no later than the end-of-day close eodClose " + eodClose);
    }
    if (!(vixMin >= 0 && vixMin <= 200)) {
      throw new InvalidValueException("vixMin", vixMin, "must be between 0 and 200");
    }
    if (!(vixMax > vixMin && vixMax <= 200)) {
      throw new InvalidValueException("vixMax", vixMax,
          "must be above vixMin " + vixMin + " and at most 200");
    }
    if (!(targetDelta > 0 && targetDelta < 0.5)) {
      throw new InvalidValueException("targetDelta", targetDelta,
          "must be > 0 and < 0.5 (an out-of-the-money |delta|, S2: 0.06)");
    }
    if (!(wingWidth > 0 && wingWidth <= 500)) {
      throw new InvalidValueException("wingWidth", wingWidth, "must be > 0 and <= 500 points");
    }
    if (!(minDistance >= 0 && minDistance <= 2000)) {
      throw new InvalidValueException("minDistance", minDistance,
          "must be between 0 and 2000 points");
    }
    if (!(minCredit > 0 && minCredit < wingWidth)) {
      throw new InvalidValueException("minCredit", minCredit,
          "must be > 0 and below the wing width " + wingWidth
              + " (a condor cannot pay more than a wing)");
    }
    if (!(profitTargetPercent > 0 && profitTargetPercent < 100)) {
      throw new InvalidValueException("profitTargetPercent", profitTargetPercent,
          "must be > 0 and < 100 (percent of the credit)");
    }
    if (!(stopLossMultiple > 1 && stopLossMultiple <= 100)) {
      throw new InvalidValueException("stopLossMultiple", stopLossMultiple,
          "must be > 1 and <= 100 (a debit of 1x the credit or less is not a loss)");
    }
    if (maxEntriesPerDay < 1 || maxEntriesPerDay > 100) {
      throw new InvalidValueException("maxEntriesPerDay", maxEntriesPerDay,
          "must be between 1 and 100");
    }
    if (maxOpenPositions < 1 || maxOpenPositions > 100) {
      throw new InvalidValueException("maxOpenPositions", maxOpenPositions,
          "must be between 1 and 100");
    }
    if (!(deltaRedLine > 0 && deltaRedLine < 100)) {
      throw new InvalidValueException("deltaRedLine", deltaRedLine,
          "must be > 0 and < 100 (delta points: 15 means |delta| 0.15)");
    }
    if (!(proximityRedLine > 0 && proximityRedLine <= 10_000)) {
      throw new InvalidValueException("proximityRedLine", proximityRedLine,
          "must be > 0 and <= 10000 points");
    }
    if (pollInterval.compareTo(Duration.ofSeconds(1)) < 0
        || pollInterval.compareTo(Duration.ofHours(1)) > 0) {
      throw new InvalidValueException("pollInterval", pollInterval, "must be from 1s to 1h");
    }
    if (quantity < 1 || quantity > 10_000) {
      throw new InvalidValueException("quantity", quantity, "must be between 1 and 10000");
    }
    if (!(limitOffset >= 0 && limitOffset <= 5)) {
      throw new InvalidValueException("limitOffset", limitOffset, "must be >= 0 and <= 5");
    }
  }

  /**
   * Reads a configuration section, with S2's values for the keys it leaves out.
   *
   * @throws ConfigurationException naming the full key of an unknown key or a bad value
   */
  public static ZeroDteCondorConfig from(Settings settings) {
    settings.requireOnly(KEYS);
    ZeroDteCondorConfig d = DEFAULTS;
    try {
      return new ZeroDteCondorConfig(
          settings.time("entryStart", d.entryStart()),
          settings.time("entryEnd", d.entryEnd()),
          settings.number("vixMin", d.vixMin()),
          settings.number("vixMax", d.vixMax()),
          settings.number("targetDelta", d.targetDelta()),
          settings.number("wingWidth", d.wingWidth()),
          settings.number("minDistance", d.minDistance()),
          settings.number("minCredit", d.minCredit()),
          settings.number("profitTargetPercent", d.profitTargetPercent()),
          settings.number("stopLossMultiple", d.stopLossMultiple()),
          settings.time("eodClose", d.eodClose()),
          settings.integer("maxEntriesPerDay", d.maxEntriesPerDay()),
          settings.integer("maxOpenPositions", d.maxOpenPositions()),
          settings.number("deltaRedLine", d.deltaRedLine()),
          settings.number("proximityRedLine", d.proximityRedLine()),
          settings.duration("pollInterval", d.pollInterval()),
          settings.integer("quantity", d.quantity()),
          settings.number("limitOffset", d.limitOffset()));
    } catch (InvalidValueException e) {
      throw new ConfigurationException(settings.fullKey(e.field()), problem(e), e);
    }
  }

  /** "must be ..., found -5.0" out of the value exception's "[code] field = -5.0: rule". */
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
