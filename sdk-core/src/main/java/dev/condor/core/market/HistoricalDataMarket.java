package dev.condor.core.market;

import dev.condor.api.data.HistoricalData;
import dev.condor.api.error.CondorException;
import dev.condor.api.error.DataException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A backtest's market read from any {@link HistoricalData} plugin: underlying levels from its
 * one-minute bars, daily history and settlement values from its daily bars, chains from its {@code
 * chainAt} (plugins with {@link dev.condor.api.plugin.Capability#HISTORICAL_CHAINS}), each asked
 * for once and kept.
 *
 * <p>Never ahead of the clock: at an instant, a level is the close of the last minute bar that
 * has ended, or the open of the bar under way; a chain is the plugin's chain as of the start of
 * that minute. A settlement value is known from the expiry day's open (AM) or close (PM) on, from
 * the daily bar, and not before.
 */
public final class HistoricalDataMarket implements MarketSource {

  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration DAY = Duration.ofDays(1);
  /** How many months without a daily bar end a look back through history. */
  private static final int MONTHS_OF_NOTHING = 3;

  private final HistoricalData data;
  private final String name;
  private final ZoneId zone;
  private final Map<Key, List<Bar>> minuteBars = new ConcurrentHashMap<>();
  private final Map<MonthKey, List<Bar>> dailyBars = new ConcurrentHashMap<>();
  private final Map<ChainKey, OptionChain> chains = Collections.synchronizedMap(
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ChainKey, OptionChain> eldest) {
          return size() > 256;
        }
      });

  private record Key(Underlying underlying, LocalDate day) {}

  private record MonthKey(Underlying underlying, YearMonth month) {}

  private record ChainKey(Underlying underlying, Instant minute) {}

  /**
   * @param data the plugin's service
   * @param name the plugin's id, named in errors
   * @param zone the exchange's time zone, for trading days
   */
  public HistoricalDataMarket(HistoricalData data, String name, ZoneId zone) {
    this.data = data;
    this.name = name;
    this.zone = zone;
  }

  @Override
  public Optional<Quote> quote(Underlying underlying, Instant at) {
    List<Bar> bars = minuteBars.computeIfAbsent(new Key(underlying, day(at)),
        k -> join(data.bars(underlying, MINUTE, k.day(), k.day()), "bars"));
    Bar current = null;
    for (Bar b : bars) {
      if (b.start().isAfter(at)) {
        break;
      }
      current = b;
    }
    if (current == null) {
      return Optional.empty();
    }
    boolean ended = !current.start().plus(current.interval()).isAfter(at);
    double level = ended ? current.close() : current.open();
    return Optional.of(Quote.ofLevel(underlying.symbol(), level, at, current.origin()));
  }

  @Override
  public Optional<OptionChain> chain(Underlying underlying, Instant at, LocalDate fromExpiry,
      LocalDate toExpiry) {
    OptionChain whole = chains.computeIfAbsent(
        new ChainKey(underlying, at.truncatedTo(ChronoUnit.MINUTES)),
        k -> join(data.chainAt(underlying, k.minute()), "chainAt"));
    List<OptionQuote> inRange = new ArrayList<>();
    for (LocalDate expiry : whole.expiries()) {
      if (!expiry.isBefore(fromExpiry) && !expiry.isAfter(toExpiry)) {
        inRange.addAll(whole.quotes(expiry, dev.condor.api.instrument.OptionRight.CALL));
        inRange.addAll(whole.quotes(expiry, dev.condor.api.instrument.OptionRight.PUT));
      }
    }
    return inRange.isEmpty() ? Optional.empty()
        : Optional.of(OptionChain.of(underlying, whole.spot(), whole.time(), inRange));
  }

  @Override
  public Optional<OptionQuote> optionQuote(OptionContract contract, Instant at) {
    return chain(contract.underlying(), at, contract.expiry(), contract.expiry())
        .flatMap(c -> c.quote(contract));
  }

  @Override
  public OptionalDouble settlementValue(Underlying underlying, LocalDate expiry,
      SettlementTime time) {
    for (Bar b : month(underlying, YearMonth.from(expiry))) {
      if (day(b.start()).equals(expiry)) {
        return OptionalDouble.of(time == SettlementTime.AM ? b.open() : b.close());
      }
    }
    return OptionalDouble.empty();
  }

  @Override
  public double[] dailyCloses(Underlying underlying, LocalDate before, int count) {
    List<Double> newestFirst = new ArrayList<>();
    YearMonth month = YearMonth.from(before);
    for (int empty = 0; newestFirst.size() < count && empty < MONTHS_OF_NOTHING; month = month.minusMonths(1)) {
      List<Bar> bars = month(underlying, month);
      empty = bars.isEmpty() ? empty + 1 : 0;
      for (int i = bars.size() - 1; i >= 0 && newestFirst.size() < count; i--) {
        if (day(bars.get(i).start()).isBefore(before)) {
          newestFirst.add(bars.get(i).close());
        }
      }
    }
    double[] out = new double[newestFirst.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = newestFirst.get(out.length - 1 - i);
    }
    return out;
  }

  /** An underlying's daily bars of one month, fetched once; none where the plugin has none. */
  private List<Bar> month(Underlying underlying, YearMonth month) {
    return dailyBars.computeIfAbsent(new MonthKey(underlying, month), k -> {
      try {
        return join(data.bars(underlying, DAY, month.atDay(1), month.atEndOfMonth()), "bars");
      } catch (DataException e) {
        if (e.kind() != DataException.Kind.NOT_FOUND) {
          throw e;
        }
        return List.of();
      }
    });
  }

  private LocalDate day(Instant at) {
    return at.atZone(zone).toLocalDate();
  }

  private <T> T join(CompletionStage<T> stage, String call) {
    try {
      return stage.toCompletableFuture().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof CondorException c) {
        throw c;
      }
      throw DataException.of(DataException.Kind.UNAVAILABLE, name).field(call)
          .detail("the historical data plugin failed: " + e.getCause()).build();
    }
  }

  @Override
  public String toString() {
    return "historical data plugin " + name;
  }
}
