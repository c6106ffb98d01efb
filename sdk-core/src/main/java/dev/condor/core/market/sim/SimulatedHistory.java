package dev.condor.core.market.sim;

import dev.condor.api.Experimental;
import dev.condor.api.calendar.Expiry;
import dev.condor.api.data.HistoricalData;
import dev.condor.api.error.DataException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.OptionChain;
import dev.condor.core.calendar.NyseCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@link HistoricalData} over a {@link SimulatedMarket}: bars of any series from one minute to one
 * day, aggregated from the minute path; option bars from model prices; the contracts listed on a
 * day; and whole chains at an instant. Everything is {@link DataOrigin#ESTIMATED}.
 *
 * <p>Bars start at the session open and step by the interval; the last bar of a session ends at
 * the close (a one-hour bar at 15:30 covers 30 minutes), and an interval as long as the session or
 * longer gives one bar per session, starting at the open. A one-minute bar runs from one minute's
 * level to the next; its high and low extend those by the extremes of a Brownian bridge drawn
 * (deterministically) with the minute's model variance, so that ranges are realistic. The
 * volatility indices have no intra-minute range.
 *
 * <p>Results are computed on the caller's thread and returned as completed stages. A request that
 * reaches a trading day outside the simulated days fails with {@link DataException.Kind#NOT_FOUND}
 * rather than returning part of the range.
 */
@Experimental(since = "0.1")
public final class SimulatedHistory implements HistoricalData {

  private static final String SOURCE = SimulatedMarketFeedProvider.ID;
  private static final long GROUP_BRIDGE = 3;
  private static final long GROUP_VOLUME = 4;

  private final SimulatedMarket market;
  private final SessionTable table;

  /** History over a market. */
  public SimulatedHistory(SimulatedMarket market) {
    if (market == null) {
      throw new InvalidValueException("market", null, "is required");
    }
    this.market = market;
    this.table = market.table();
  }

  /** The market served. */
  public SimulatedMarket market() {
    return market;
  }

  @Override
  public CompletionStage<List<Bar>> bars(Underlying underlying, Duration interval, LocalDate from,
      LocalDate to) {
    try {
      require("underlying", underlying);
      int minutes = intervalMinutes(interval);
      Instrument inst = instrument("bars", underlying);
      int[] days = days("bars", from, to);
      List<Bar> bars = new ArrayList<>();
      for (int day = days[0]; day <= days[1]; day++) {
        addBars(bars, inst, market.path(day), minutes, interval);
      }
      return CompletableFuture.completedFuture(List.copyOf(bars));
    } catch (DataException | InvalidValueException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public CompletionStage<List<Bar>> optionBars(OptionContract contract, Duration interval,
      LocalDate from, LocalDate to) {
    try {
      require("contract", contract);
      int minutes = intervalMinutes(interval);
      Instrument inst = optionable("optionBars", contract.underlying());
      Expiry expiry = market.expiryIndex()
          .find(contract.underlying(), contract.expiry(), contract.root())
          .filter(e -> inst.options().onGrid(contract.strike()))
          .orElseThrow(() -> notFound("optionBars", "contract",
              contract + " is not listed (no such expiry, root or strike grid)"));
      LocalDate last = to.isAfter(contract.expiry()) ? contract.expiry() : to;
      List<Bar> bars = new ArrayList<>();
      if (!last.isBefore(from)) {
        int[] days = days("optionBars", from, last);
        for (int day = days[0]; day <= days[1]; day++) {
          addOptionBars(bars, inst, expiry, contract, day, minutes, interval);
        }
      }
      return CompletableFuture.completedFuture(List.copyOf(bars));
    } catch (DataException | InvalidValueException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public CompletionStage<List<OptionContract>> contracts(Underlying underlying, LocalDate asOf,
      LocalDate expiryFrom, LocalDate expiryTo) {
    try {
      require("underlying", underlying);
      require("asOf", asOf);
      require("expiryFrom", expiryFrom);
      require("expiryTo", expiryTo);
      Instrument inst = optionable("contracts", underlying);
      long position = listingPosition(asOf);
      Snapshot s = market.snapshot(inst, position);
      LocalDate from = expiryFrom.isBefore(asOf) ? asOf : expiryFrom;
      List<OptionContract> out = new ArrayList<>();
      for (Expiry expiry : market.expiryIndex().between(underlying, from, expiryTo)) {
        ExpiryContext e = market.pricer().context(s, expiry);
        if (e == null) {
          continue;
        }
        for (double strike : market.pricer().strikes(s, e)) {
          out.add(OptionContract.of(expiry.root(), expiry.date(), strike, OptionRight.CALL));
          out.add(OptionContract.of(expiry.root(), expiry.date(), strike, OptionRight.PUT));
        }
      }
      out.sort(null);
      return CompletableFuture.completedFuture(List.copyOf(out));
    } catch (DataException | InvalidValueException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public CompletionStage<OptionChain> chainAt(Underlying underlying, Instant asOf) {
    try {
      require("underlying", underlying);
      require("asOf", asOf);
      optionable("chainAt", underlying);
      LocalDate day = asOf.atZone(NyseCalendar.ZONE).toLocalDate();
      Optional<OptionChain> chain =
          market.chain(underlying, asOf, day, day.plusDays(market.config().chainDays()));
      return CompletableFuture.completedFuture(chain.orElseThrow(() -> notFound("chainAt", "asOf",
          asOf + " is outside the simulated days " + market.firstTradingDay() + ".."
              + market.lastTradingDay())));
    } catch (DataException | InvalidValueException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Nothing to release. */
  @Override
  public void close() {}

  // ---- bars ----

  private void addBars(List<Bar> bars, Instrument inst, DayPath path, int minutes,
      Duration interval) {
    int n = path.minutes();
    int step = Math.min(minutes, n);
    double[] level = path.column(inst);
    double[] variance = path.varianceColumn();
    double[] weights = table.minuteWeights(n);
    double[] cumulative = table.cumulativeWeights(n);
    double unit = table.minuteUnit();
    long epochDay = table.epochDay(path.day());
    long seed = market.config().seed();
    String symbol = inst.underlying().symbol();
    double scale = inst.volScale();
    boolean bridged = !inst.isVolatilityIndex();
    double dailyVolume = dailyVolume(inst);
    for (int start = 0; start < n; start += step) {
      int end = Math.min(start + step, n);
      double high = Math.max(level[start], level[end]);
      double low = Math.min(level[start], level[end]);
      for (int j = start; j < end; j++) {
        double a = level[j];
        double b = level[j + 1];
        if (bridged) {
          double s2 = Math.max(variance[j], 0) * scale * scale * unit * weights[j];
          long h = Xoshiro256.streamSeed(seed, GROUP_BRIDGE + 16L * inst.ordinal(), epochDay) + j;
          double drift = StrictMath.log(b / a);
          double up = 0.5 * (drift + StrictMath.sqrt(drift * drift
              - 2 * s2 * StrictMath.log(1 - Xoshiro256.unit(h))));
          double down = 0.5 * (drift - StrictMath.sqrt(drift * drift
              - 2 * s2 * StrictMath.log(1 - Xoshiro256.unit(~h))));
          high = Math.max(high, a * StrictMath.exp(up));
          low = Math.min(low, a * StrictMath.exp(down));
        } else {
          high = Math.max(high, a);
          low = Math.min(low, a);
        }
      }
      long volume = 0;
      if (dailyVolume > 0) {
        long h = Xoshiro256.streamSeed(seed, GROUP_VOLUME + 16L * inst.ordinal(), epochDay) + start;
        volume = Math.round(dailyVolume * (cumulative[end] - cumulative[start]) / n
            * (0.6 + 0.8 * Xoshiro256.unit(h)));
      }
      bars.add(bar(symbol, table.secondOf(SessionTable.pack(path.day(), start)), interval,
          level[start], high, low, level[end], volume));
    }
  }

  private void addOptionBars(List<Bar> bars, Instrument inst, Expiry expiry,
      OptionContract contract, int day, int minutes, Duration interval) {
    DayPath path = market.path(day);
    int n = path.minutes();
    double[] price = new double[n + 1];
    int last = -1;
    double fullDay = 0;
    for (int j = 0; j <= n; j++) {
      Snapshot s = market.snapshot(inst, SessionTable.pack(day, j));
      ExpiryContext e = market.pricer().context(s, expiry);
      if (e == null) {
        // A PM option expiring today is worth its intrinsic value at the close.
        if (j == n && last == n - 1 && expiry.date().equals(table.date(day))) {
          price[j] = OptionPricer.intrinsic(s.spot(), contract.strike(), contract.right());
          last = j;
        }
        break;
      }
      if (j == 0) {
        fullDay = market.pricer().fullDayVolume(s, e, contract.strike(), contract.right());
      }
      price[j] = market.pricer().modelPrice(s, e, contract.strike(), contract.right());
      last = j;
    }
    if (last < 1) {
      return;
    }
    double[] cumulative = table.cumulativeWeights(n);
    int step = Math.min(minutes, n);
    String symbol = contract.occSymbol();
    for (int start = 0; start < last; start += step) {
      int end = Math.min(start + step, last);
      double high = price[start];
      double low = price[start];
      for (int j = start + 1; j <= end; j++) {
        high = Math.max(high, price[j]);
        low = Math.min(low, price[j]);
      }
      long volume = Math.round(fullDay * (cumulative[end] - cumulative[start]) / n);
      bars.add(bar(symbol, table.secondOf(SessionTable.pack(day, start)), interval, price[start],
          high, low, price[end], volume));
    }
  }

  private static Bar bar(String symbol, long second, Duration interval, double open, double high,
      double low, double close, long volume) {
    return Bar.builder()
        .symbol(symbol)
        .start(Instant.ofEpochSecond(second))
        .interval(interval)
        .open(SimulatedMarket.cents(open))
        .high(SimulatedMarket.cents(high))
        .low(SimulatedMarket.cents(low))
        .close(SimulatedMarket.cents(close))
        .volume(volume)
        .origin(DataOrigin.ESTIMATED)
        .build();
  }

  /** Typical shares traded a day; indices trade none. */
  private static double dailyVolume(Instrument inst) {
    switch (inst) {
      case SPY:
        return 70e6;
      case QQQ:
        return 45e6;
      case VOO:
        return 5e6;
      case VTI:
        return 3.5e6;
      default:
        return 0;
    }
  }

  // ---- arguments and ranges ----

  private static int intervalMinutes(Duration interval) {
    require("interval", interval);
    if (interval.compareTo(Duration.ofMinutes(1)) < 0 || interval.compareTo(Duration.ofDays(1)) > 0
        || interval.toSeconds() % 60 != 0 || interval.getNano() != 0) {
      throw new InvalidValueException("interval", interval,
          "must be whole minutes from PT1M to P1D (one day)");
    }
    return (int) interval.toMinutes();
  }

  /** The first and last simulated trading-day ordinals in a range of dates. */
  private int[] days(String endpoint, LocalDate from, LocalDate to) {
    require("from", from);
    require("to", to);
    if (to.isBefore(from)) {
      throw new InvalidValueException("to", to, "must not be before from " + from);
    }
    LocalDate first = market.firstTradingDay();
    LocalDate lastDay = market.lastTradingDay();
    boolean tradesBefore = from.isBefore(first)
        && (from.isBefore(NyseCalendar.FIRST_DATE)
            || market.calendar().tradingDaysBetween(from, first) > 1
            || market.calendar().isTradingDay(from));
    boolean tradesAfter = to.isAfter(lastDay)
        && (to.isAfter(NyseCalendar.LAST_DATE)
            || market.calendar().tradingDaysBetween(lastDay, to) > 0);
    if (tradesBefore || tradesAfter) {
      throw notFound(endpoint, tradesBefore ? "from" : "to", from + ".." + to
          + " reaches trading days outside the simulated days " + first + ".." + lastDay);
    }
    int firstDay = table.dayOf(from.isBefore(first) ? first : from);
    if (firstDay < 0) {
      firstDay = table.latestDayOnOrBefore(from) + 1;
    }
    int lastOrdinal = table.latestDayOnOrBefore(to.isAfter(lastDay) ? lastDay : to);
    return new int[] {firstDay, lastOrdinal};
  }

  /** Where the listing of a day is read: its open, or the last close before a closed day. */
  private long listingPosition(LocalDate asOf) {
    int day = table.dayOf(asOf);
    if (day >= 0 && day < table.simulatedDays()) {
      return SessionTable.pack(day, 0);
    }
    int before = table.latestDayOnOrBefore(asOf);
    if (before < 0 || before >= table.simulatedDays() || asOf.isAfter(market.config().lastDay())) {
      throw notFound("contracts", "asOf", asOf + " is outside the simulated days "
          + market.firstTradingDay() + ".." + market.lastTradingDay());
    }
    return SessionTable.pack(before, table.minutes(before));
  }

  private static Instrument instrument(String endpoint, Underlying underlying) {
    return Instrument.of(underlying).orElseThrow(() -> notFound(endpoint, "underlying",
        "the simulated market has no series " + underlying));
  }

  private static Instrument optionable(String endpoint, Underlying underlying) {
    Instrument inst = instrument(endpoint, underlying);
    if (inst.options() == null) {
      throw notFound(endpoint, "underlying", "the simulated market lists no options on "
          + underlying);
    }
    return inst;
  }

  private static DataException notFound(String endpoint, String field, String detail) {
    return DataException.of(DataException.Kind.NOT_FOUND, SOURCE).location(endpoint).field(field)
        .detail(detail).build();
  }

  private static void require(String field, Object value) {
    if (value == null) {
      throw new InvalidValueException(field, null, "is required");
    }
  }
}
