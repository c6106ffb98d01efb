package dev.condor.core.store;

import dev.condor.api.Experimental;
import dev.condor.api.calendar.TradingSession;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.core.market.DataQuality;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.market.MarketSource;
import dev.condor.core.store.ImportBatch.Partition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The market as a {@link HistoricalStore} recorded it, read at an instant without looking ahead:
 * what a backtest over stored data sees. Days load on first use and are shared, through the
 * store's cache, with every other source over the same store.
 *
 * <ul>
 *   <li>{@link #chain}: the latest snapshot at or before the instant on that instant's New York
 *       trading day (nothing before the day's first snapshot), limited to the expiries asked for,
 *       as a lazy {@link StoreChain}; spot is the snapshot's underlying price, else the level
 *       {@link #quote} gives.
 *   <li>{@link #optionQuote}: the contract's row in that same snapshot.
 *   <li>{@link #quote}: the underlying's price in that snapshot; for a symbol without one (VIX,
 *       VIX1D, SPY... stored as daily bars only) the daily bar as it was known at the instant:
 *       before the day's open the previous close, from the open until the close <em>the day's
 *       open</em> (held flat: the store has no intraday path for these, and the close would look
 *       ahead), from the close on the day's close.
 *   <li>{@link #settlementValue}: AM is the expiry day's open (daily bar, else the first snapshot's
 *       underlying price), PM its close (daily bar, else the last snapshot's); empty when the store
 *       has neither. The caller asks once settlement has happened.
 *   <li>{@link #dailyCloses}: from the daily bars.
 * </ul>
 *
 * <p>Quotes are served as {@link DayChains} documents: a row with only a last sale gets a modelled
 * bid and ask and is {@link DataOrigin#ESTIMATED}. Every quote made for a caller is counted by
 * origin ({@link #dataQuality()}). {@link #prefetch} loads the next day in the background.
 * Thread-safe.
 */
@Experimental(since = "0.1")
public final class StoreMarketSource implements MarketSource {

  private static final LocalTime OPEN = LocalTime.of(9, 30);
  private static final LocalTime CLOSE = LocalTime.of(16, 0);

  private final HistoricalStore store;
  private final NyseCalendar calendar = NyseCalendar.instance();
  private final Counter counter = new Counter();
  private volatile Memo memo;
  /** The underlyings whose days were read: the ones {@link #prefetch} loads. */
  private final Set<Underlying> read = ConcurrentHashMap.newKeySet();

  /** A source over a store; cheap: days load when first read. */
  public StoreMarketSource(HistoricalStore store) {
    if (store == null) {
      throw new InvalidValueException("store", null, "is required");
    }
    this.store = store;
  }

  /** The store read. */
  public HistoricalStore store() {
    return store;
  }

  @Override
  public Optional<Quote> quote(Underlying underlying, Instant at) {
    require("underlying", underlying);
    require("at", at);
    DayChains day = day(underlying, tradingDay(at));
    if (day != null) {
      for (int s = day.snapshotAtOrBefore(at.getEpochSecond()); s >= 0; s--) {
        double price = day.underlyingPrice(s);
        if (!Double.isNaN(price)) {
          return Optional.of(Quote.ofLevel(underlying.symbol(), price,
              Instant.ofEpochSecond(day.epochSecond(s)), day.storedOrigin(day.firstRow(s))));
        }
      }
    }
    return barLevel(underlying.symbol(), at);
  }

  @Override
  public Optional<OptionChain> chain(Underlying underlying, Instant at, LocalDate fromExpiry,
      LocalDate toExpiry) {
    return storeChain(underlying, at, fromExpiry, toExpiry).map(c -> c);
  }

  /** As {@link #chain}, typed as the columnar chain (for scans that read {@link DayChains} rows). */
  public Optional<StoreChain> storeChain(Underlying underlying, Instant at, LocalDate fromExpiry,
      LocalDate toExpiry) {
    require("underlying", underlying);
    require("at", at);
    require("fromExpiry", fromExpiry);
    require("toExpiry", toExpiry);
    DayChains day = day(underlying, tradingDay(at));
    if (day == null) {
      return Optional.empty();
    }
    int s = day.snapshotAtOrBefore(at.getEpochSecond());
    if (s < 0) {
      return Optional.empty();
    }
    long from = fromExpiry.toEpochDay();
    long to = toExpiry.toEpochDay();
    int first = day.firstGroup(s);
    int end = day.endGroup(s);
    while (first < end && day.groupExpiry(first) < from) {
      first++;
    }
    int last = first;
    while (last < end && day.groupExpiry(last) <= to) {
      last++;
    }
    double spot = day.underlyingPrice(s);
    if (Double.isNaN(spot)) {
      Optional<Quote> q = barLevel(underlying.symbol(), at);
      if (q.isEmpty()) {
        return Optional.empty();
      }
      spot = q.get().price();
    }
    return Optional.of(new StoreChain(day, s, first, last, spot, counter));
  }

  @Override
  public Optional<OptionQuote> optionQuote(OptionContract contract, Instant at) {
    require("contract", contract);
    require("at", at);
    DayChains day = day(contract.underlying(), tradingDay(at));
    if (day == null) {
      return Optional.empty();
    }
    int s = day.snapshotAtOrBefore(at.getEpochSecond());
    if (s < 0) {
      return Optional.empty();
    }
    int g = day.group(s, (int) contract.expiry().toEpochDay(), contract.right());
    int r = g < 0 ? -1 : day.row(g, (int) Math.round(contract.strike() * 1000), contract.root());
    if (r < 0) {
      return Optional.empty();
    }
    OptionQuote q = day.quote(s, g, r);
    counter.served(day.estimated(r));
    return Optional.of(q);
  }

  @Override
  public OptionalDouble settlementValue(Underlying underlying, LocalDate expiry,
      SettlementTime time) {
    require("underlying", underlying);
    require("expiry", expiry);
    require("time", time);
    DailySeries bars = store.series(underlying.symbol());
    int i = bars.indexOf(expiry);
    if (i >= 0) {
      return OptionalDouble.of(time == SettlementTime.AM ? bars.open[i] : bars.close[i]);
    }
    DayChains day = day(underlying, expiry);
    if (day != null) {
      int n = day.snapshots();
      for (int k = 0; k < n; k++) {
        int s = time == SettlementTime.AM ? k : n - 1 - k;
        double price = day.underlyingPrice(s);
        if (!Double.isNaN(price)) {
          return OptionalDouble.of(price);
        }
      }
    }
    return OptionalDouble.empty();
  }

  /** The closes of the stored daily bars dated before {@code before}, oldest first. */
  @Override
  public double[] dailyCloses(Underlying underlying, LocalDate before, int count) {
    require("underlying", underlying);
    require("before", before);
    if (count < 0) {
      throw new InvalidValueException("count", count, "must be >= 0");
    }
    DailySeries bars = store.series(underlying.symbol());
    int end = bars.lastBefore(before) + 1;
    int start = Math.max(0, end - count);
    return Arrays.copyOfRange(bars.close, start, end);
  }

  /**
   * Starts loading {@code day} in the background for every underlying this source has read so far
   * (before the first read, every underlying the store has that day), so that the driver's first
   * request of the day waits for that load at most, or finds it done. Returns at once; a day that
   * cannot be loaded fails when it is read.
   */
  @Override
  public void prefetch(LocalDate day) {
    if (day == null) {
      return;
    }
    for (Underlying u : read.isEmpty() ? store.underlyings(day) : read) {
      store.prefetch(u, day);
    }
  }

  /** Option quotes served so far that were observed. */
  public long observedQuotes() {
    return counter.observed.sum();
  }

  /** Option quotes served so far that were estimated (by a model, or from a last sale only). */
  public long estimatedQuotes() {
    return counter.estimated.sum();
  }

  /** The quotes served so far, by origin. */
  public DataQuality dataQuality() {
    return new DataQuality(observedQuotes(), estimatedQuotes());
  }

  // ---- internals ----

  /** A level from daily bars as known at an instant (see the class documentation). */
  private Optional<Quote> barLevel(String symbol, Instant at) {
    DailySeries bars = store.series(symbol);
    if (bars.size() == 0) {
      return Optional.empty();
    }
    LocalDate date = tradingDay(at);
    int i = bars.indexOf(date);
    if (i >= 0) {
      Optional<TradingSession> session = calendar.session(date);
      Instant open = session.map(t -> t.open().toInstant()).orElse(at(date, OPEN));
      Instant close = session.map(t -> t.close().toInstant()).orElse(at(date, CLOSE));
      if (!at.isBefore(close)) {
        return Optional.of(level(bars, i, bars.close[i], close));
      }
      if (!at.isBefore(open)) {
        return Optional.of(level(bars, i, bars.open[i], open));
      }
    }
    int j = bars.lastBefore(date);
    if (j < 0) {
      return Optional.empty();
    }
    LocalDate previous = LocalDate.ofEpochDay(bars.days[j]);
    Instant close = calendar.session(previous).map(t -> t.close().toInstant())
        .orElse(at(previous, CLOSE));
    return Optional.of(level(bars, j, bars.close[j], close));
  }

  private static Quote level(DailySeries bars, int i, double value, Instant time) {
    return Quote.ofLevel(bars.symbol, value, time,
        bars.origin[i] == 0 ? DataOrigin.OBSERVED : DataOrigin.ESTIMATED);
  }

  private static Instant at(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, NyseCalendar.ZONE).toInstant();
  }

  private static LocalDate tradingDay(Instant at) {
    return at.atZone(NyseCalendar.ZONE).toLocalDate();
  }

  /** A day's columns, or null if the store does not have it; the last one is remembered. */
  private DayChains day(Underlying underlying, LocalDate date) {
    Memo m = memo;
    long generation = store.generation();
    if (m != null && m.generation == generation && m.key.day().equals(date)
        && m.key.underlying().equals(underlying)) {
      return m.day;
    }
    read.add(underlying);
    DayChains day = store.chains(underlying, date).orElse(null);
    memo = new Memo(new Partition(underlying, date), generation, day);
    return day;
  }

  private static void require(String field, Object value) {
    if (value == null) {
      throw new InvalidValueException(field, null, "is required");
    }
  }

  @Override
  public String toString() {
    return "StoreMarketSource[" + store.root() + "]";
  }

  /** The last day read, valid while the store has not been written since. */
  private record Memo(Partition key, long generation, DayChains day) {}

  /** Counts served quotes by origin. */
  static final class Counter {
    final LongAdder observed = new LongAdder();
    final LongAdder estimated = new LongAdder();

    void served(boolean isEstimated) {
      (isEstimated ? estimated : observed).increment();
    }
  }
}
