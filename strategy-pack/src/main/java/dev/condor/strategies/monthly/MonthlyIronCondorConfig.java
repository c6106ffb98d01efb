package dev.condor.strategies.monthly;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.plugin.Settings;
import dev.condor.strategies.ReasonText;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The validated settings of {@code iron-condor-monthly}, whose defaults are seed S2's {@code
 * monthly_ic} table; each component is also its configuration key.
 *
 * @param vixSpikePercent the rise of the VIX over its prior close, in percent, that triggers an
 *     entry (S2: "VIX daily change &gt;= 20%")
 * @param minDaysToExpiry the fewest calendar days to the expiry sold (S2: "Min DTE 49 days")
 * @param monthlyExpiriesOnly sell only the standard third-Friday monthly (root SPX, AM), not the
 *     SPXW weeklies and dailies
 * @param targetDelta the absolute delta the short strikes aim at (S2: 0.10)
 * @param wingWidth points between each short strike and its long wing (S2: 25)
 * @param minPutDistance the least points from spot down to the short put (S2: 125)
 * @param minCallDistance the least points from spot up to the short call (S2: 100)
 * @param strikeMultiple short strikes that are multiples of this are preferred, for liquidity (S2:
 *     quarter strikes, 25); 0 for no preference
 * @param minCredit the least net credit per condor, in points (S2: $3.00)
 * @param timeExitDaysToExpiry close once the calendar days to expiry fall to this (S2: 30)
 * @param maxPositions open condors at most (S2: 3 concurrent)
 * @param maxEntriesPerDay entries per trading day at most (a spike is one event: 1)
 * @param contracts condors per entry (2, so S2's 50 % partial close is a partial close)
 * @param deltaRedLine a short leg's |delta| in delta points that triggers the partial close (S2:
 *     30)
 * @param proximityRedLine points from spot to a short strike that trigger the partial close (S2:
 *     50)
 * @param redLineCloseFraction the share of units a red line closes (S2: 50 %)
 * @param pollInterval how often positions are managed (S2: 300 s)
 * @param entryStart the first time of day an entry is looked for (09:45)
 * @param entryEnd the time of day from which no entry is looked for (15:45)
 * @param pricing the entry's limit: the natural credit (sold bids less bought asks) or the mid
 */
public record MonthlyIronCondorConfig(
    double vixSpikePercent,
    int minDaysToExpiry,
    boolean monthlyExpiriesOnly,
    double targetDelta,
    double wingWidth,
    double minPutDistance,
    double minCallDistance,
    double strikeMultiple,
    double minCredit,
    int timeExitDaysToExpiry,
    int maxPositions,
    int maxEntriesPerDay,
    int contracts,
    double deltaRedLine,
    double proximityRedLine,
    double redLineCloseFraction,
    Duration pollInterval,
    LocalTime entryStart,
    LocalTime entryEnd,
    Pricing pricing) {

  /** How the entry's credit limit is set. */
  public enum Pricing {
    /** Sold legs at the bid, bought legs at the ask: marketable, what a fill really pays. */
    NATURAL,
    /** Every leg at its mid: a patient limit that may not fill. */
    MID;

    /** The configuration spelling: {@code natural} or {@code mid}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Pricing parse(String text) {
      for (Pricing p : values()) {
        if (p.key().equalsIgnoreCase(text.trim())) {
          return p;
        }
      }
      throw new InvalidValueException("pricing", text, "must be natural or mid");
    }
  }

  /** The exchange's regular session, which the entry window must lie in. */
  static final LocalTime OPEN = LocalTime.of(9, 30);
  static final LocalTime CLOSE = LocalTime.of(16, 0);

  /** Seed S2's monthly_ic parameters, plus the choices the seed leaves open (see the fields). */
  public static final MonthlyIronCondorConfig DEFAULTS = new MonthlyIronCondorConfig(
      20, 49, true, 0.10, 25, 125, 100, 25, 3.00, 30, 3, 1, 2, 30, 50, 0.5,
      Duration.ofSeconds(300), LocalTime.of(9, 45), LocalTime.of(15, 45), Pricing.NATURAL);

  /** The configuration keys. */
  public static final Set<String> KEYS = Set.of("vixSpikePercent", "minDaysToExpiry",
      "monthlyExpiriesOnly", "targetDelta", "wingWidth", "minPutDistance", "minCallDistance",
      "strikeMultiple", "minCredit", "timeExitDaysToExpiry", "maxPositions", "maxEntriesPerDay",
      "contracts", "deltaRedLine", "proximityRedLine", "redLineCloseFraction", "pollInterval",
      "entryStart", "entryEnd", "pricing");

  /** Checks every value and the rules between them. */
  public MonthlyIronCondorConfig {
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(entryStart, "entryStart");
    Objects.requireNonNull(entryEnd, "entryEnd");
    Objects.requireNonNull(pricing, "pricing");
    above("vixSpikePercent", vixSpikePercent, 0, 500);
    within("minDaysToExpiry", minDaysToExpiry, 1, 365);
    if (!(targetDelta > 0 && targetDelta < 0.5)) {
      throw new InvalidValueException("targetDelta", targetDelta,
          "must be above 0 and below 0.5 (an out-of-the-money |delta|, 0.10 for S2)");
    }
    above("wingWidth", wingWidth, 0, 500);
    within("minPutDistance", minPutDistance, 0, 5000);
    within("minCallDistance", minCallDistance, 0, 5000);
    within("strikeMultiple", strikeMultiple, 0, 500);
    above("minCredit", minCredit, 0, 1000);
    if (minCredit >= wingWidth) {
      throw new InvalidValueException("minCredit", minCredit,
          "must be below wingWidth " + wingWidth + ": no condor pays its full width");
    }
    within("timeExitDaysToExpiry", timeExitDaysToExpiry, 0, 365);
    if (timeExitDaysToExpiry >= minDaysToExpiry) {
      throw new InvalidValueException("timeExitDaysToExpiry", timeExitDaysToExpiry,
          "must be below minDaysToExpiry " + minDaysToExpiry
              + ", else a new condor would be closed at once");
    }
    within("maxPositions", maxPositions, 1, 100);
    within("maxEntriesPerDay", maxEntriesPerDay, 1, 100);
    within("contracts", contracts, 1, 1000);
    if (!(deltaRedLine > 0 && deltaRedLine < 100)) {
      throw new InvalidValueException("deltaRedLine", deltaRedLine,
          "must be above 0 and below 100 (delta points: 30 means |delta| 0.30)");
    }
    above("proximityRedLine", proximityRedLine, 0, 5000);
    above("redLineCloseFraction", redLineCloseFraction, 0, 1);
    if (pollInterval.compareTo(Duration.ofSeconds(1)) < 0
        || pollInterval.compareTo(Duration.ofHours(24)) > 0) {
      throw new InvalidValueException("pollInterval", pollInterval, "must be from 1 s to 24 h");
    }
    if (entryStart.isBefore(OPEN) || !entryStart.isBefore(CLOSE)) {
      throw new InvalidValueException("entryStart", entryStart,
          "must be from 09:30 and before 16:00 (the regular session)");
    }
    if (entryEnd.isAfter(CLOSE)) {
      throw new InvalidValueException("entryEnd", entryEnd,
          "must be no later than 16:00 (the close)");
    }
    if (!entryEnd.isAfter(entryStart)) {
      throw new InvalidValueException("entryEnd", entryEnd,
          "must be after entryStart " + entryStart);
    }
  }

  /**
   * Reads a configuration section: unknown keys are refused, absent keys take the defaults, and a
   * value that breaks a rule fails naming its full key.
   *
   * @throws ConfigurationException naming the key at fault and what it must be
   */
  public static MonthlyIronCondorConfig from(Settings s) {
    s.requireOnly(KEYS);
    MonthlyIronCondorConfig d = DEFAULTS;
    try {
      return new MonthlyIronCondorConfig(
          s.number("vixSpikePercent", d.vixSpikePercent()),
          s.integer("minDaysToExpiry", d.minDaysToExpiry()),
          s.bool("monthlyExpiriesOnly", d.monthlyExpiriesOnly()),
          s.number("targetDelta", d.targetDelta()),
          s.number("wingWidth", d.wingWidth()),
          s.number("minPutDistance", d.minPutDistance()),
          s.number("minCallDistance", d.minCallDistance()),
          s.number("strikeMultiple", d.strikeMultiple()),
          s.number("minCredit", d.minCredit()),
          s.integer("timeExitDaysToExpiry", d.timeExitDaysToExpiry()),
          s.integer("maxPositions", d.maxPositions()),
          s.integer("maxEntriesPerDay", d.maxEntriesPerDay()),
          s.integer("contracts", d.contracts()),
          s.number("deltaRedLine", d.deltaRedLine()),
          s.number("proximityRedLine", d.proximityRedLine()),
          s.number("redLineCloseFraction", d.redLineCloseFraction()),
          s.duration("pollInterval", d.pollInterval()),
          s.time("entryStart", d.entryStart()),
          s.time("entryEnd", d.entryEnd()),
          Pricing.parse(s.string("pricing", d.pricing().key())));
    } catch (InvalidValueException e) {
      throw new ConfigurationException(s.fullKey(e.field()), problem(e), e);
    }
  }

  /** "must be ..., found -5.0" out of the value exception's "field = -5.0: must be ...". */
  private static String problem(InvalidValueException e) {
    String message = e.getMessage();
    String head = "[" + e.code() + "] " + e.field() + " = ";
    String tail = ": " + e.rule();
    if (message.startsWith(head) && message.endsWith(tail)) {
      return e.rule() + ", found " + message.substring(head.length(),
          message.length() - tail.length());
    }
    return e.rule();
  }

  private static void above(String field, double value, double low, double high) {
    if (!(value > low && value <= high)) {
      throw new InvalidValueException(field, value,
          "must be above " + ReasonText.num(low) + " and at most " + ReasonText.num(high));
    }
  }

  private static void within(String field, double value, double low, double high) {
    if (!(value >= low && value <= high)) {
      throw new InvalidValueException(field, value,
          "must be from " + ReasonText.num(low) + " to " + ReasonText.num(high));
    }
  }

  private static void within(String field, int value, int low, int high) {
    if (value < low || value > high) {
      throw new InvalidValueException(field, value, "must be from " + low + " to " + high);
    }
  }
}
