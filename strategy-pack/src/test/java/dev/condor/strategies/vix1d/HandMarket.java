package dev.condor.strategies.vix1d;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.Greeks;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.core.market.MarketSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A hand-built market for one trading day, for tests whose expected strikes and prices are worked
 * out by hand: SPX at a spot, index levels (VIX, VIX1D), daily closes, and a short list of 0DTE
 * option quotes with the bids, asks and deltas the test writes down. The day can be cut into
 * phases ({@link #from(LocalTime)}): each starts as a copy of the one before and changes only what
 * the test sets, so a test can move spot or a quote at 11:00 and watch a red line fire.
 *
 * <p>Shared by the tests of the {@code vix1d} and {@code zerodte} packages.
 */
public final class HandMarket implements MarketSource {

  /** Exchange time. */
  public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final LocalDate day;
  private final TreeMap<LocalTime, Phase> phases = new TreeMap<>();
  private final Map<Underlying, double[]> closes = new HashMap<>();
  private Phase building;

  private static final class Phase {
    double spot;
    final Map<Underlying, Double> levels = new HashMap<>();
    final Map<OptionContract, OptionQuote> quotes = new LinkedHashMap<>();

    Phase copy() {
      Phase p = new Phase();
      p.spot = spot;
      p.levels.putAll(levels);
      p.quotes.putAll(quotes);
      return p;
    }
  }

  private HandMarket(LocalDate day) {
    this.day = day;
    this.building = new Phase();
    phases.put(LocalTime.MIN, building);
  }

  /** A market trading on {@code day} only; SPX options listed expire that day. */
  public static HandMarket on(LocalDate day) {
    return new HandMarket(day);
  }

  /** The day. */
  public LocalDate day() {
    return day;
  }

  /** From {@code time} on, a new phase: a copy of the current one, changed by later calls. */
  public HandMarket from(LocalTime time) {
    building = building.copy();
    phases.put(time, building);
    return this;
  }

  /** SPX in the current phase. */
  public HandMarket spot(double spot) {
    building.spot = spot;
    return this;
  }

  /** An index level (VIX, VIX1D) in the current phase. */
  public HandMarket level(Underlying index, double level) {
    building.levels.put(index, level);
    return this;
  }

  /** The daily closes of a symbol before the day, oldest first. */
  public HandMarket closes(Underlying symbol, double... values) {
    closes.put(symbol, values.clone());
    return this;
  }

  /** A put of root {@code root} expiring on the day, with a delta. */
  public HandMarket put(String root, double strike, double bid, double ask, double delta) {
    return option(root, strike, OptionRight.PUT, bid, ask, delta);
  }

  /** A call of root {@code root} expiring on the day, with a delta. */
  public HandMarket call(String root, double strike, double bid, double ask, double delta) {
    return option(root, strike, OptionRight.CALL, bid, ask, delta);
  }

  /** An SPXW put without greeks. */
  public HandMarket put(double strike, double bid, double ask) {
    return option("SPXW", strike, OptionRight.PUT, bid, ask, Double.NaN);
  }

  /** An SPXW call without greeks. */
  public HandMarket call(double strike, double bid, double ask) {
    return option("SPXW", strike, OptionRight.CALL, bid, ask, Double.NaN);
  }

  /** An option expiring on the day (delta NaN: no greeks). */
  public HandMarket option(String root, double strike, OptionRight right, double bid, double ask,
      double delta) {
    OptionContract c = OptionContract.of(root, day, strike, right);
    OptionQuote.Builder b = OptionQuote.builder().contract(c).bid(bid).ask(ask)
        .time(day.atTime(9, 30).atZone(NEW_YORK).toInstant()).origin(DataOrigin.ESTIMATED);
    if (!Double.isNaN(delta)) {
      b.greeks(Greeks.of(delta, 0, 0, 0));
    }
    building.quotes.put(c, b.build());
    return this;
  }

  /** The quotes of the phase at a time, as a chain, for scanner tests. */
  public OptionChain chainAt(LocalTime time) {
    return chain(Underlying.SPX, day.atTime(time).atZone(NEW_YORK).toInstant(), day, day)
        .orElseThrow();
  }

  private Optional<Phase> phase(Instant at) {
    var t = at.atZone(NEW_YORK);
    if (!t.toLocalDate().equals(day)) {
      return Optional.empty();
    }
    return Optional.of(phases.floorEntry(t.toLocalTime()).getValue());
  }

  @Override
  public Optional<Quote> quote(Underlying underlying, Instant at) {
    Optional<Phase> p = phase(at);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    Double level = underlying.equals(Underlying.SPX) ? Double.valueOf(p.get().spot)
        : p.get().levels.get(underlying);
    return level == null ? Optional.empty()
        : Optional.of(Quote.ofLevel(underlying.symbol(), level, at, DataOrigin.ESTIMATED));
  }

  @Override
  public Optional<OptionChain> chain(Underlying underlying, Instant at, LocalDate fromExpiry,
      LocalDate toExpiry) {
    Optional<Phase> p = phase(at);
    if (!underlying.equals(Underlying.SPX) || p.isEmpty() || day.isBefore(fromExpiry)
        || day.isAfter(toExpiry)) {
      return Optional.empty();
    }
    List<OptionQuote> quotes = new ArrayList<>();
    for (OptionQuote q : p.get().quotes.values()) {
      quotes.add(OptionQuote.builder().from(q).time(at).build());
    }
    return Optional.of(OptionChain.of(Underlying.SPX, p.get().spot, at, quotes));
  }

  @Override
  public Optional<OptionQuote> optionQuote(OptionContract contract, Instant at) {
    Optional<Phase> p = phase(at);
    if (p.isEmpty() || !at.isBefore(day.atTime(16, 0).atZone(NEW_YORK).toInstant())) {
      return Optional.empty();
    }
    OptionQuote q = p.get().quotes.get(contract);
    return q == null ? Optional.empty()
        : Optional.of(OptionQuote.builder().from(q).time(at).build());
  }

  @Override
  public OptionalDouble settlementValue(Underlying underlying, LocalDate expiry,
      SettlementTime time) {
    if (!expiry.equals(day)) {
      return OptionalDouble.empty();
    }
    // the last phase's spot stands for the 16:00 print
    return OptionalDouble.of(phases.lastEntry().getValue().spot);
  }

  @Override
  public double[] dailyCloses(Underlying underlying, LocalDate before, int count) {
    double[] all = closes.getOrDefault(underlying, new double[0]);
    int n = Math.min(count, all.length);
    return Arrays.copyOfRange(all, all.length - n, all.length);
  }
}
