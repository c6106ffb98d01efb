package dev.condor.core.market.sim;

import dev.condor.api.Experimental;
import dev.condor.api.calendar.Expiry;
import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.error.DataException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.api.quant.MutableGreeks;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.market.MarketSource;
import java.lang.ref.SoftReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default market: SPX, NDX, SPY, QQQ, VOO, VTI and the VIX, VIX9D and VIX1D indices,
 * minute by minute over the NYSE sessions of the configured days, with option chains on the
 * listed expiries and strike grids; deterministic from the seed and tagged {@link
 * DataOrigin#ESTIMATED}. See the package documentation for the model and its calibration.
 *
 * <p>Days are simulated lazily but in order: asking for a day simulates every earlier day once
 * (keeping only each day's closing state), so any day's values are the same whatever was asked
 * before. Recent days' minute paths are cached; reading any minute of a generated day is O(1).
 * Chains are cached per underlying and minute. Thread-safe.
 *
 * <p>Instants map to the minute that contains them: during a session, the level at the start of
 * that minute; between sessions (and on non-trading days), the last close. Before the first
 * session or after the last simulated day there is nothing.
 */
@Experimental(since = "0.1")
public final class SimulatedMarket implements MarketSource {

  private static final Logger LOG = LoggerFactory.getLogger(SimulatedMarket.class);
  private static final Map<SimulationConfig, SoftReference<SimulatedMarket>> SHARED =
      new HashMap<>();
  private static final int SLICE_CACHE = 256;
  private static final int CHAIN_CACHE = 32;

  private final SimulationConfig config;
  private final NyseCalendar calendar = NyseCalendar.instance();
  private final SessionTable table;
  private final VolatilityModel vol;
  private final PathGenerator generator;
  private final OptionPricer pricer;
  private final ExpiryIndex expiries;
  private final Object lock = new Object();
  private final double[] states;
  private int statesThrough = -1;
  private final ConcurrentHashMap<Integer, DayPath> paths = new ConcurrentHashMap<>();
  private final ArrayDeque<Integer> pathOrder = new ArrayDeque<>();
  private final LruCache<SliceKey, ExpirySlice> slices = new LruCache<>(SLICE_CACHE);
  private final LruCache<ChainKey, SimulatedChain> chains = new LruCache<>(CHAIN_CACHE);

  /** A market over a configuration; cheap: nothing is simulated until it is asked for. */
  public SimulatedMarket(SimulationConfig config) {
    if (config == null) {
      throw new InvalidValueException("config", null, "is required");
    }
    this.config = config;
    ModelParameters p = config.model();
    this.table = new SessionTable(config.firstDay(), config.lastDay(), p.overnightShare(),
        p.weekendGap());
    if (table.simulatedDays() == 0) {
      throw new InvalidValueException("end", config.lastDay(),
          "leaves no trading day to simulate from " + config.firstDay());
    }
    this.vol = new VolatilityModel(p);
    this.generator = new PathGenerator(config, table, vol);
    this.pricer = new OptionPricer(config.seed(), config.rate(), table, vol);
    this.expiries = new ExpiryIndex(calendar);
    this.states = new double[table.simulatedDays() * PathGenerator.STATE_SIZE];
  }

  /**
   * The market of a configuration, shared with every other caller of this method while it is in
   * use (the feed and the history provider of one run see one simulation).
   */
  public static SimulatedMarket shared(SimulationConfig config) {
    synchronized (SHARED) {
      SoftReference<SimulatedMarket> ref = SHARED.get(config);
      SimulatedMarket market = ref == null ? null : ref.get();
      if (market == null) {
        SHARED.values().removeIf(r -> r.get() == null);
        market = new SimulatedMarket(config);
        SHARED.put(config, new SoftReference<>(market));
      }
      return market;
    }
  }

  /** The configuration. */
  public SimulationConfig config() {
    return config;
  }

  /** The calendar the market trades on. */
  public TradingCalendar calendar() {
    return calendar;
  }

  /** The underlyings and indices the market quotes. */
  public List<Underlying> underlyings() {
    List<Underlying> out = new ArrayList<>();
    for (Instrument i : Instrument.values()) {
      out.add(i.underlying());
    }
    return List.copyOf(out);
  }

  /** The first simulated trading day. */
  public LocalDate firstTradingDay() {
    return table.date(0);
  }

  /** The last simulated trading day. */
  public LocalDate lastTradingDay() {
    return table.date(table.simulatedDays() - 1);
  }

  /** The raw (unrounded) level of a series at an instant, if the market has it. */
  public OptionalDouble level(Underlying underlying, Instant at) {
    Optional<Instrument> inst = Instrument.of(underlying);
    long position = at == null ? SessionTable.NONE : table.locate(at);
    if (inst.isEmpty() || position == SessionTable.NONE) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(path(SessionTable.dayOf(position))
        .value(inst.get(), SessionTable.minuteOf(position)));
  }

  @Override
  public Optional<Quote> quote(Underlying underlying, Instant at) {
    requireNonNull("underlying", underlying);
    requireNonNull("at", at);
    Optional<Instrument> inst = Instrument.of(underlying);
    long position = table.locate(at);
    if (inst.isEmpty() || position == SessionTable.NONE) {
      return Optional.empty();
    }
    return Optional.of(quoteAt(inst.get(), position));
  }

  @Override
  public Optional<OptionChain> chain(Underlying underlying, Instant at, LocalDate fromExpiry,
      LocalDate toExpiry) {
    requireNonNull("underlying", underlying);
    requireNonNull("at", at);
    requireNonNull("fromExpiry", fromExpiry);
    requireNonNull("toExpiry", toExpiry);
    Optional<Instrument> inst = Instrument.of(underlying);
    long position = table.locate(at);
    if (inst.isEmpty() || inst.get().options() == null || position == SessionTable.NONE) {
      return Optional.empty();
    }
    return Optional.of(chainAt(inst.get(), position, fromExpiry, toExpiry));
  }

  @Override
  public Optional<OptionQuote> optionQuote(OptionContract contract, Instant at) {
    requireNonNull("contract", contract);
    requireNonNull("at", at);
    Optional<Instrument> inst = Instrument.of(contract.underlying());
    long position = table.locate(at);
    if (inst.isEmpty() || inst.get().options() == null || position == SessionTable.NONE
        || !inst.get().options().onGrid(contract.strike())) {
      return Optional.empty();
    }
    Optional<Expiry> expiry =
        expiries.find(contract.underlying(), contract.expiry(), contract.root());
    if (expiry.isEmpty()) {
      return Optional.empty();
    }
    Snapshot s = snapshot(inst.get(), position);
    ExpiryContext e = pricer.context(s, expiry.get());
    if (e == null) {
      return Optional.empty();
    }
    ExpirySlice cached = slices.get(new SliceKey(inst.get(), position, expiry.get()));
    if (cached != null) {
      int i = cached.indexOf(contract.strike());
      if (i >= 0) {
        return Optional.of(contract.isCall() ? cached.call(i) : cached.put(i));
      }
    }
    return Optional.of(pricer.quote(s, e, contract.strike(), contract.right(),
        new MutableGreeks()));
  }

  /**
   * Closing levels of the simulated trading days before {@code before}, oldest first; history
   * starts at the simulation's first day, so fewer than {@code count} near the start.
   */
  @Override
  public double[] dailyCloses(Underlying underlying, LocalDate before, int count) {
    requireNonNull("underlying", underlying);
    requireNonNull("before", before);
    if (count < 0) {
      throw new InvalidValueException("count", count, "must be >= 0");
    }
    Optional<Instrument> inst = Instrument.of(underlying);
    if (inst.isEmpty()) {
      throw DataException.of(DataException.Kind.NOT_FOUND, "simulated").field("underlying")
          .detail("the simulation has no " + underlying).build();
    }
    int last = table.latestDayOnOrBefore(before.minusDays(1));
    last = Math.min(last, table.simulatedDays() - 1);
    int first = Math.max(0, last - count + 1);
    if (last < 0) {
      return new double[0];
    }
    double[] closes = new double[last - first + 1];
    for (int day = first; day <= last; day++) {
      DayPath path = path(day);
      closes[day - first] = cents(path.value(inst.get(), path.minutes()));
    }
    return closes;
  }

  @Override
  public OptionalDouble settlementValue(Underlying underlying, LocalDate expiry,
      SettlementTime time) {
    requireNonNull("underlying", underlying);
    requireNonNull("expiry", expiry);
    requireNonNull("time", time);
    Optional<Instrument> inst = Instrument.of(underlying);
    int day = table.dayOf(expiry);
    if (inst.isEmpty() || day < 0 || day >= table.simulatedDays()) {
      return OptionalDouble.empty();
    }
    DayPath path = path(day);
    int minute = time == SettlementTime.AM ? 0 : path.minutes();
    return OptionalDouble.of(cents(path.value(inst.get(), minute)));
  }

  // ---- package-private access for the feed and the history ----

  SessionTable table() {
    return table;
  }

  OptionPricer pricer() {
    return pricer;
  }

  ExpiryIndex expiryIndex() {
    return expiries;
  }

  /** The quote of a series at a position. */
  Quote quoteAt(Instrument inst, long position) {
    int minute = SessionTable.minuteOf(position);
    double level = path(SessionTable.dayOf(position)).value(inst, minute);
    Instant time = Instant.ofEpochSecond(table.secondOf(position));
    String symbol = inst.underlying().symbol();
    if (!inst.isEtf()) {
      return Quote.ofLevel(symbol, cents(level), time, DataOrigin.ESTIMATED);
    }
    long bidCents = (long) Math.floor(level * 100);
    long hash = Xoshiro256.mix64(config.seed() ^ position * 31 + inst.ordinal());
    return Quote.builder()
        .symbol(symbol)
        .bid(bidCents / 100.0)
        .ask((bidCents + 1) / 100.0)
        .last(cents(level))
        .bidSize(100 * (1 + (hash & 31)))
        .askSize(100 * (1 + ((hash >>> 8) & 31)))
        .time(time)
        .origin(DataOrigin.ESTIMATED)
        .build();
  }

  /** The chain of an optionable series at a position, from the caches when possible. */
  SimulatedChain chainAt(Instrument inst, long position, LocalDate fromExpiry,
      LocalDate toExpiry) {
    LocalDate last = table.lastKnownDate();
    LocalDate to = toExpiry.isAfter(last) ? last : toExpiry;
    ChainKey key = new ChainKey(inst, position, fromExpiry, to);
    return chains.computeIfAbsent(key, k -> {
      Snapshot s = snapshot(inst, position);
      LocalDate today = table.date(s.day());
      LocalDate from = fromExpiry.isBefore(today) ? today : fromExpiry;
      List<ExpirySlice> parts = new ArrayList<>();
      for (Expiry expiry : expiries.between(inst.underlying(), from, to)) {
        ExpiryContext e = pricer.context(s, expiry);
        if (e != null) {
          parts.add(slices.computeIfAbsent(new SliceKey(inst, position, expiry),
              sk -> pricer.slice(s, e)));
        }
      }
      return new SimulatedChain(inst.underlying(), s.spot(), s.time(), parts);
    });
  }

  /** What option pricing needs about a series at a position. */
  Snapshot snapshot(Instrument inst, long position) {
    int day = SessionTable.dayOf(position);
    int minute = SessionTable.minuteOf(position);
    DayPath path = path(day);
    int n = path.minutes();
    double elapsed = table.cumulativeWeights(n)[minute] / n;
    return new Snapshot(inst, position, table.secondOf(position), cents(path.value(inst, minute)),
        path.variance(minute), table.clock(position), elapsed);
  }

  /**
   * The minute path of a simulated trading day, generating it (and every earlier day's closing
   * state) if needed.
   */
  DayPath path(int day) {
    if (day < 0 || day >= table.simulatedDays()) {
      throw new InvalidValueException("day", day,
          "must be a simulated trading day 0.." + (table.simulatedDays() - 1));
    }
    DayPath cached = paths.get(day);
    if (cached != null) {
      return cached;
    }
    synchronized (lock) {
      cached = paths.get(day);
      if (cached != null) {
        return cached;
      }
      if (statesThrough < day - 1) {
        long started = System.nanoTime();
        int from = statesThrough + 1;
        while (statesThrough < day - 1) {
          remember(generateNext());
        }
        LOG.debug("simulated {} trading days up to {} in {} ms", day - from,
            table.date(day - 1), (System.nanoTime() - started) / 1_000_000);
      }
      DayPath path = day == statesThrough + 1 ? generateNext() : regenerate(day);
      remember(path);
      return path;
    }
  }

  /** Simulates the day after the last one whose closing state is known, keeping that state. */
  private DayPath generateNext() {
    int day = statesThrough + 1;
    double[] end = new double[PathGenerator.STATE_SIZE];
    DayPath path = generator.generate(day, startState(day), end);
    System.arraycopy(end, 0, states, day * PathGenerator.STATE_SIZE, PathGenerator.STATE_SIZE);
    statesThrough = day;
    return path;
  }

  /** Simulates a day again from its stored starting state (its path was evicted). */
  private DayPath regenerate(int day) {
    return generator.generate(day, startState(day), new double[PathGenerator.STATE_SIZE]);
  }

  private double[] startState(int day) {
    if (day == 0) {
      return generator.initialState();
    }
    double[] start = new double[PathGenerator.STATE_SIZE];
    System.arraycopy(states, (day - 1) * PathGenerator.STATE_SIZE, start, 0,
        PathGenerator.STATE_SIZE);
    return start;
  }

  private void remember(DayPath path) {
    paths.put(path.day(), path);
    pathOrder.addLast(path.day());
    while (pathOrder.size() > config.cachedDays()) {
      paths.remove(pathOrder.removeFirst());
    }
  }

  static double cents(double value) {
    return Math.rint(value * 100) / 100;
  }

  private static void requireNonNull(String field, Object value) {
    if (value == null) {
      throw new InvalidValueException(field, null, "is required");
    }
  }

  @Override
  public String toString() {
    return "SimulatedMarket[seed " + config.seed() + ", " + firstTradingDay() + ".."
        + lastTradingDay() + "]";
  }

  /** A cached slice: one expiry of one series at one minute. */
  private record SliceKey(Instrument instrument, long position, Expiry expiry) {}

  /** A cached chain: one series at one minute over a range of expiries. */
  private record ChainKey(Instrument instrument, long position, LocalDate from, LocalDate to) {}
}
