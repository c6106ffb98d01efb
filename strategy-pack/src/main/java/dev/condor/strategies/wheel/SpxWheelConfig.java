package dev.condor.strategies.wheel;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.plugin.Settings;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The validated settings of {@code spx-wheel}, whose defaults are seed S4's {@code
 * WheelParameters}; each parameter is also its configuration key. When {@code calibrationFile}
 * names a saved calibration ({@link WheelCalibration}), its values replace the defaults.
 *
 * @param putDelta the put delta of S4's strike formula, spot - spot x (0.04 + delta x 0.15)
 *     (S4: 0.15)
 * @param dteTarget calendar days to expiry aimed at: the Friday closest to it is sold (S4: 45)
 * @param maxMarginPct the share of capital the puts may tie up as cash-secured margin (S4: 0.50)
 * @param contractsPerTrade puts per entry (S4: 1)
 * @param maxOpenPositions open puts at most (S4: 3)
 * @param minVix no entry below this VIX (S4: 12)
 * @param maxVix no entry above this VIX (S4: 35)
 * @param entryTime the time of day the daily entry is looked for (S4 runs once a day: 10:00)
 * @param pollInterval how often the engine polls between entries (positions are held to expiry)
 * @param pricing the put's limit: the bid (natural) or the mid
 * @param calibrationFile the configured calibration file, if any
 * @param calibration the calibration read from it, if the file was there
 */
public record SpxWheelConfig(
    double putDelta,
    int dteTarget,
    double maxMarginPct,
    int contractsPerTrade,
    int maxOpenPositions,
    double minVix,
    double maxVix,
    LocalTime entryTime,
    Duration pollInterval,
    Pricing pricing,
    Optional<Path> calibrationFile,
    Optional<WheelCalibration> calibration) {

  /** How the put's credit limit is set. */
  public enum Pricing {
    /** At the bid: marketable, what a fill really pays. */
    NATURAL,
    /** At the mid: a patient limit that may not fill. */
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

  private static final LocalTime OPEN = LocalTime.of(9, 30);
  private static final LocalTime CLOSE = LocalTime.of(16, 0);

  /** Seed S4's saved parameters, with no calibration file. */
  public static final SpxWheelConfig DEFAULTS = new SpxWheelConfig(0.15, 45, 0.50, 1, 3, 12, 35,
      LocalTime.of(10, 0), Duration.ofMinutes(30), Pricing.NATURAL, Optional.empty(),
      Optional.empty());

  /** The configuration keys. */
  public static final Set<String> KEYS = Set.of("putDelta", "dteTarget", "maxMarginPct",
      "contractsPerTrade", "maxOpenPositions", "minVix", "maxVix", "entryTime", "pollInterval",
      "pricing", "calibrationFile");

  /** The calibration file's name for each parameter it may set. */
  private static final Map<String, String> FILE_KEYS = Map.of("putDelta", "put_delta",
      "dteTarget", "dte_target", "maxMarginPct", "max_margin_pct", "contractsPerTrade",
      "contracts_per_trade", "maxOpenPositions", "max_open_positions", "minVix", "min_vix",
      "maxVix", "max_vix");

  /** Checks every value and the rules between them. */
  public SpxWheelConfig {
    Objects.requireNonNull(entryTime, "entryTime");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(pricing, "pricing");
    Objects.requireNonNull(calibrationFile, "calibrationFile");
    Objects.requireNonNull(calibration, "calibration");
    if (!(putDelta > 0 && putDelta <= 0.5)) {
      throw new InvalidValueException("putDelta", putDelta,
          "must be above 0 and at most 0.5 (an out-of-the-money put delta, 0.15 for S4)");
    }
    if (dteTarget < 1 || dteTarget > 365) {
      throw new InvalidValueException("dteTarget", dteTarget, "must be from 1 to 365");
    }
    if (!(maxMarginPct > 0 && maxMarginPct <= 1)) {
      throw new InvalidValueException("maxMarginPct", maxMarginPct,
          "must be above 0 and at most 1 (0.50 for 50 % of capital)");
    }
    if (contractsPerTrade < 1 || contractsPerTrade > 100) {
      throw new InvalidValueException("contractsPerTrade", contractsPerTrade,
          "must be from 1 to 100");
    }
    if (maxOpenPositions < 1 || maxOpenPositions > 100) {
      throw new InvalidValueException("maxOpenPositions", maxOpenPositions,
          "must be from 1 to 100");
    }
    if (!(minVix >= 0 && minVix <= 200)) {
      throw new InvalidValueException("minVix", minVix, "must be from 0 to 200");
    }
    if (!(maxVix > minVix && maxVix <= 200)) {
      throw new InvalidValueException("maxVix", maxVix,
          "must be above minVix " + minVix + " and at most 200");
    }
    if (entryTime.isBefore(OPEN) || !entryTime.isBefore(CLOSE)) {
      throw new InvalidValueException("entryTime", entryTime,
          "must be from 09:30 and before 16:00 (the regular session)");
    }
    if (pollInterval.compareTo(Duration.ofSeconds(1)) < 0
        || pollInterval.compareTo(Duration.ofHours(24)) > 0) {
      throw new InvalidValueException("pollInterval", pollInterval, "must be from 1 s to 24 h");
    }
  }

  /**
   * Where the parameters came from, for the journal: the calibration, or the configuration and
   * why no calibration applied.
   */
  public String parameterSource() {
    if (calibration.isPresent()) {
      return calibration.get().describe();
    }
    return calibrationFile.map(p -> "configured values: no calibration result at " + p)
        .orElse("configured values (no calibrationFile set)");
  }

  /**
   * Reads a configuration section. When {@code calibrationFile} is set and the file exists, it is
   * read now, once, and its parameters replace the defaults; a parameter set both in the section
   * and in the file is refused rather than silently resolved. Without the file the section's own
   * values apply.
   *
   * @throws ConfigurationException naming the key (or the calibration file and its property) at
   *     fault and what it must be
   */
  public static SpxWheelConfig from(Settings s) {
    s.requireOnly(KEYS);
    Optional<Path> file = s.string("calibrationFile").map(text -> {
      try {
        return Path.of(text);
      } catch (InvalidPathException e) {
        throw new ConfigurationException(s.fullKey("calibrationFile"),
            "not a file path: " + e.getMessage(), e);
      }
    });
    Optional<WheelCalibration> cal = file.flatMap(
        p -> WheelCalibration.readIfPresent(p, s.fullKey("calibrationFile")));
    Map<String, Object> fromFile = new LinkedHashMap<>();
    cal.ifPresent(c -> {
      fromFile.put("putDelta", c.putDelta());
      fromFile.put("dteTarget", c.dteTarget());
      c.maxMarginPct().ifPresent(v -> fromFile.put("maxMarginPct", v));
      c.contractsPerTrade().ifPresent(v -> fromFile.put("contractsPerTrade", v));
      c.maxOpenPositions().ifPresent(v -> fromFile.put("maxOpenPositions", v));
      c.minVix().ifPresent(v -> fromFile.put("minVix", v));
      c.maxVix().ifPresent(v -> fromFile.put("maxVix", v));
    });
    for (String key : fromFile.keySet()) {
      if (s.has(key)) {
        throw new ConfigurationException(s.fullKey(key), "is also set by the calibration file "
            + file.get() + " (" + FILE_KEYS.get(key) + "); set it in one place");
      }
    }
    SpxWheelConfig d = DEFAULTS;
    try {
      return new SpxWheelConfig(
          number(s, fromFile, "putDelta", d.putDelta()),
          whole(s, fromFile, "dteTarget", d.dteTarget()),
          number(s, fromFile, "maxMarginPct", d.maxMarginPct()),
          whole(s, fromFile, "contractsPerTrade", d.contractsPerTrade()),
          whole(s, fromFile, "maxOpenPositions", d.maxOpenPositions()),
          number(s, fromFile, "minVix", d.minVix()),
          number(s, fromFile, "maxVix", d.maxVix()),
          s.time("entryTime", d.entryTime()),
          s.duration("pollInterval", d.pollInterval()),
          Pricing.parse(s.string("pricing", d.pricing().key())),
          file, cal);
    } catch (InvalidValueException e) {
      if (fromFile.containsKey(e.field())) {
        throw new ConfigurationException(s.fullKey("calibrationFile"), "calibration file "
            + file.get() + ": " + FILE_KEYS.get(e.field()) + " " + problem(e), e);
      }
      throw new ConfigurationException(s.fullKey(e.field()), problem(e), e);
    }
  }

  private static double number(Settings s, Map<String, Object> file, String key, double def) {
    Object v = file.get(key);
    return v != null ? ((Number) v).doubleValue() : s.number(key, def);
  }

  private static int whole(Settings s, Map<String, Object> file, String key, int def) {
    Object v = file.get(key);
    return v != null ? ((Number) v).intValue() : s.integer(key, def);
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
}
