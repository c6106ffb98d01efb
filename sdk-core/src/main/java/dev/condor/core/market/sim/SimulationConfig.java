package dev.condor.core.market.sim;

import dev.condor.api.Experimental;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.plugin.Settings;
import dev.condor.core.calendar.NyseCalendar;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The validated configuration of a {@link SimulatedMarket}: the seed, the simulated days, the
 * starting levels, the risk-free rate and the {@link ModelParameters}; every value has a default,
 * so {@link #defaults()} is a complete, realistic market.
 *
 * <p>From {@link Settings} (a provider's configuration section) the keys are {@code seed}, {@code
 * start}, {@code end} (ISO dates), {@code rate}, {@code chainDays}, {@code cachedDays}, a {@code
 * levels} section ({@code SPX NDX SPY QQQ VOO VTI}) and a {@code model} section whose keys are the
 * components of {@link ModelParameters}. Unknown keys are rejected.
 */
@Experimental(since = "0.1")
public final class SimulationConfig {

  /** The default seed. */
  public static final long DEFAULT_SEED = 42L;
  /** The default first simulated day. */
  public static final LocalDate DEFAULT_START = LocalDate.of(2024, 1, 2);
  /** The default last simulated day. */
  public static final LocalDate DEFAULT_END = LocalDate.of(2030, 12, 31);
  /** The default continuously compounded risk-free rate. */
  public static final double DEFAULT_RATE = 0.045;
  /** The default span of expiries, in calendar days, of a chain asked for without a range. */
  public static final int DEFAULT_CHAIN_DAYS = 45;
  /** The default number of days of minute paths kept in memory. */
  public static final int DEFAULT_CACHED_DAYS = 512;

  /** The settings keys at the top level. */
  public static final Set<String> KEYS =
      Set.of("seed", "start", "end", "rate", "chainDays", "cachedDays", "levels", "model");

  /** The underlyings whose starting level can be set; the others derive from them. */
  static final List<Underlying> PRICED =
      List.of(Underlying.SPX, Underlying.NDX, Underlying.SPY, Underlying.QQQ, Underlying.VOO,
          Underlying.VTI);

  private final long seed;
  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private final Map<String, Double> levels;
  private final double rate;
  private final ModelParameters model;
  private final int chainDays;
  private final int cachedDays;

  private SimulationConfig(Builder b) {
    this.seed = b.seed;
    this.firstDay = requireDay("start", b.firstDay);
    this.lastDay = requireDay("end", b.lastDay);
    if (lastDay.isBefore(firstDay)) {
      throw new InvalidValueException("end", lastDay, "must not be before start " + firstDay);
    }
    Map<String, Double> resolved = new LinkedHashMap<>();
    double spx = b.levels.getOrDefault("SPX", Instrument.SPX.defaultLevel());
    double ndx = b.levels.getOrDefault("NDX", Instrument.NDX.defaultLevel());
    double spy = b.levels.getOrDefault("SPY", spx * Instrument.SPY.ratio());
    resolved.put("SPX", spx);
    resolved.put("NDX", ndx);
    resolved.put("SPY", spy);
    resolved.put("QQQ", b.levels.getOrDefault("QQQ", ndx * Instrument.QQQ.ratio()));
    resolved.put("VOO", b.levels.getOrDefault("VOO", spy * Instrument.VOO.ratio()));
    resolved.put("VTI", b.levels.getOrDefault("VTI", spx * Instrument.VTI.ratio()));
    for (Map.Entry<String, Double> e : resolved.entrySet()) {
      double level = e.getValue();
      if (!(level > 0) || Double.isInfinite(level)) {
        throw new InvalidValueException("levels." + e.getKey(), level,
            "must be a finite price > 0");
      }
    }
    this.levels = Collections.unmodifiableMap(resolved);
    if (!(b.rate >= -0.05 && b.rate <= 0.25)) {
      throw new InvalidValueException("rate", b.rate, "must be within [-0.05, 0.25]");
    }
    this.rate = b.rate;
    this.model = Objects.requireNonNull(b.model, "model");
    if (b.chainDays < 0 || b.chainDays > 1100) {
      throw new InvalidValueException("chainDays", b.chainDays, "must be within [0, 1100]");
    }
    this.chainDays = b.chainDays;
    if (b.cachedDays < 8 || b.cachedDays > 20_000) {
      throw new InvalidValueException("cachedDays", b.cachedDays, "must be within [8, 20000]");
    }
    this.cachedDays = b.cachedDays;
  }

  private static LocalDate requireDay(String field, LocalDate day) {
    if (day == null) {
      throw new InvalidValueException(field, null, "is required");
    }
    LocalDate latest = NyseCalendar.LAST_DATE.minusYears(1);
    if (day.isBefore(NyseCalendar.FIRST_DATE) || !day.isBefore(latest)) {
      throw new InvalidValueException(field, day, "must be within " + NyseCalendar.FIRST_DATE
          + ".." + NyseCalendar.LAST_DATE.minusYears(1).minusDays(1)
          + " (the calendar's range, less a year for the expiries after the last day)");
    }
    return day;
  }

  /** The defaults: seed 42, 2024-01-02..2030-12-31, levels of the 2023-12-29 close. */
  public static SimulationConfig defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a provider's settings (see the class documentation for the keys).
   *
   * @throws ConfigurationException naming the full key of an unknown, malformed or out-of-range
   *     value
   */
  public static SimulationConfig fromSettings(Settings settings) {
    settings.requireOnly(KEYS);
    Builder b = builder();
    settings.string("seed").ifPresent(text -> {
      try {
        b.seed(Long.parseLong(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text));
      } catch (NumberFormatException e) {
        throw new ConfigurationException(settings.fullKey("seed"),
            "expected a whole number, found \"" + text + "\"");
      }
    });
    b.firstDay(date(settings, "start", DEFAULT_START));
    b.lastDay(date(settings, "end", DEFAULT_END));
    b.rate(settings.number("rate", DEFAULT_RATE));
    b.chainDays(settings.integer("chainDays", DEFAULT_CHAIN_DAYS));
    b.cachedDays(settings.integer("cachedDays", DEFAULT_CACHED_DAYS));
    Settings levels = settings.section("levels");
    Set<String> levelKeys = new LinkedHashSet<>();
    PRICED.forEach(u -> levelKeys.add(u.symbol()));
    levels.requireOnly(levelKeys);
    for (String symbol : levelKeys) {
      if (levels.has(symbol)) {
        b.level(Underlying.of(symbol), levels.number(symbol, Double.NaN));
      }
    }
    Settings model = settings.section("model");
    b.model(modelFrom(model));
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw new ConfigurationException(settings.fullKey(e.field()), e.rule(), e);
    }
  }

  private static ModelParameters modelFrom(Settings s) {
    ModelParameters d = ModelParameters.DEFAULTS;
    Set<String> keys = new LinkedHashSet<>();
    for (var component : ModelParameters.class.getRecordComponents()) {
      keys.add(component.getName());
    }
    s.requireOnly(keys);
    try {
      return new ModelParameters(
          s.number("drift", d.drift()),
          s.number("meanReversion", d.meanReversion()),
          s.number("longRunVol", d.longRunVol()),
          s.number("volOfVol", d.volOfVol()),
          s.number("correlation", d.correlation()),
          s.number("initialVol", d.initialVol()),
          s.number("minimumVol", d.minimumVol()),
          s.number("jumpsPerYear", d.jumpsPerYear()),
          s.number("jumpMean", d.jumpMean()),
          s.number("jumpVol", d.jumpVol()),
          s.number("overnightShare", d.overnightShare()),
          s.number("weekendGap", d.weekendGap()),
          s.number("ndxCorrelation", d.ndxCorrelation()),
          s.number("ndxVolRatio", d.ndxVolRatio()),
          s.number("variancePremium", d.variancePremium()),
          s.number("premiumFloorVol", d.premiumFloorVol()));
    } catch (InvalidValueException e) {
      throw new ConfigurationException(s.fullKey(e.field()), e.rule(), e);
    }
  }

  private static LocalDate date(Settings s, String key, LocalDate defaultValue) {
    String text = s.string(key).orElse(null);
    if (text == null) {
      return defaultValue;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ConfigurationException(s.fullKey(key),
          "expected a date such as 2024-01-02, found \"" + text + "\"");
    }
  }

  /** The seed every random draw derives from. */
  public long seed() {
    return seed;
  }

  /** The first simulated day (the first trading day on or after it opens the simulation). */
  public LocalDate firstDay() {
    return firstDay;
  }

  /** The last simulated day, inclusive. */
  public LocalDate lastDay() {
    return lastDay;
  }

  /** The level of an underlying at the close before the first simulated day. */
  public double initialLevel(Underlying underlying) {
    Double level = levels.get(underlying.symbol());
    if (level == null) {
      throw new InvalidValueException("underlying", underlying,
          "has no starting level; one of " + levels.keySet());
    }
    return level;
  }

  /** The continuously compounded risk-free rate used to price options. */
  public double rate() {
    return rate;
  }

  /** The price model's parameters. */
  public ModelParameters model() {
    return model;
  }

  /** The span of expiries, in calendar days, of a chain asked for without a range. */
  public int chainDays() {
    return chainDays;
  }

  /** How many days of minute paths stay in memory (older ones are regenerated on demand). */
  public int cachedDays() {
    return cachedDays;
  }

  /** A builder holding this configuration's values. */
  public Builder toBuilder() {
    Builder b = new Builder().seed(seed).firstDay(firstDay).lastDay(lastDay).rate(rate)
        .model(model).chainDays(chainDays).cachedDays(cachedDays);
    b.levels.putAll(levels);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SimulationConfig)) {
      return false;
    }
    SimulationConfig c = (SimulationConfig) o;
    return seed == c.seed && firstDay.equals(c.firstDay) && lastDay.equals(c.lastDay)
        && levels.equals(c.levels) && Double.compare(rate, c.rate) == 0 && model.equals(c.model)
        && chainDays == c.chainDays && cachedDays == c.cachedDays;
  }

  @Override
  public int hashCode() {
    return Objects.hash(seed, firstDay, lastDay, levels, rate, model, chainDays, cachedDays);
  }

  @Override
  public String toString() {
    return "SimulationConfig[seed=" + seed + ", " + firstDay + ".." + lastDay + ", levels="
        + levels + ", rate=" + rate + ", " + model + "]";
  }

  /** Builds a {@link SimulationConfig}; unset values keep their defaults. */
  @Experimental(since = "0.1")
  public static final class Builder {
    private long seed = DEFAULT_SEED;
    private LocalDate firstDay = DEFAULT_START;
    private LocalDate lastDay = DEFAULT_END;
    private final Map<String, Double> levels = new LinkedHashMap<>();
    private double rate = DEFAULT_RATE;
    private ModelParameters model = ModelParameters.DEFAULTS;
    private int chainDays = DEFAULT_CHAIN_DAYS;
    private int cachedDays = DEFAULT_CACHED_DAYS;

    private Builder() {}

    /** The seed. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The first simulated day. */
    public Builder firstDay(LocalDate firstDay) {
      this.firstDay = firstDay;
      return this;
    }

    /** The last simulated day, inclusive. */
    public Builder lastDay(LocalDate lastDay) {
      this.lastDay = lastDay;
      return this;
    }

    /**
     * The starting level of SPX, NDX, SPY, QQQ, VOO or VTI. An ETF left unset keeps its calibrated
     * ratio to its index; one that is set fixes that ratio.
     */
    public Builder level(Underlying underlying, double level) {
      if (underlying == null || !PRICED.contains(underlying)) {
        throw new InvalidValueException("underlying", underlying,
            "must be one of " + PRICED + " (the others are derived)");
      }
      levels.put(underlying.symbol(), level);
      return this;
    }

    /** The risk-free rate. */
    public Builder rate(double rate) {
      this.rate = rate;
      return this;
    }

    /** The model parameters. */
    public Builder model(ModelParameters model) {
      if (model == null) {
        throw new InvalidValueException("model", null, "is required");
      }
      this.model = model;
      return this;
    }

    /** The span of expiries of a chain asked for without a range. */
    public Builder chainDays(int chainDays) {
      this.chainDays = chainDays;
      return this;
    }

    /** How many days of minute paths stay in memory. */
    public Builder cachedDays(int cachedDays) {
      this.cachedDays = cachedDays;
      return this;
    }

    /**
     * The configuration.
     *
     * @throws InvalidValueException naming the first invalid value
     */
    public SimulationConfig build() {
      return new SimulationConfig(this);
    }
  }
}
