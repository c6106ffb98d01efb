package dev.condor.strategies.percentile;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.market.MarketSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A market written by hand for the tests: one underlying at a fixed level, a VIX level, a fixed
 * list of daily closes and a fixed set of option quotes, the same at every instant until each
 * contract's expiry close. Small enough that every strike and price a test expects can be worked
 * out on paper.
 */
final class HandBuiltMarket implements MarketSource {

  static final Instant QUOTED_AT = Instant.parse("2024-03-05T15:00:00Z");

  private final Underlying underlying;
  private double spot;
  private double vix = 16;
  private double[] closes = new double[0];
  private final Map<OptionContract, OptionQuote> quotes = new LinkedHashMap<>();

  private HandBuiltMarket(Underlying underlying, double spot) {
    this.underlying = underlying;
    this.spot = spot;
  }

  static HandBuiltMarket of(Underlying underlying, double spot) {
    return new HandBuiltMarket(underlying, spot);
  }

  HandBuiltMarket vix(double level) {
    this.vix = level;
    return this;
  }

  HandBuiltMarket spot(double level) {
    this.spot = level;
    return this;
  }

  HandBuiltMarket closes(double... values) {
    this.closes = values.clone();
    return this;
  }

  /** Lists a contract quoted bid/ask, with a made-up delta so reasons show one. */
  HandBuiltMarket option(String root, LocalDate expiry, OptionRight right, double strike,
      double bid, double ask) {
    OptionContract c = OptionContract.of(root, expiry, strike, right);
    quotes.put(c, OptionQuote.builder().contract(c).bid(bid).ask(ask).time(QUOTED_AT)
        .volume(500).openInterest(1000).origin(DataOrigin.ESTIMATED).build());
    return this;
  }

  HandBuiltMarket put(String root, LocalDate expiry, double strike, double bid, double ask) {
    return option(root, expiry, OptionRight.PUT, strike, bid, ask);
  }

  HandBuiltMarket call(String root, LocalDate expiry, double strike, double bid, double ask) {
    return option(root, expiry, OptionRight.CALL, strike, bid, ask);
  }

  /** The chain as a scanner test hands it over, at {@link #QUOTED_AT}. */
  OptionChain chain() {
    return OptionChain.of(underlying, spot, QUOTED_AT, quotes.values());
  }

  double[] closesArray() {
    return closes.clone();
  }

  @Override
  public Optional<Quote> quote(Underlying u, Instant at) {
    if (u.equals(underlying)) {
      return Optional.of(Quote.ofLevel(u.symbol(), spot, at, DataOrigin.ESTIMATED));
    }
    if (u.equals(Underlying.VIX)) {
      return Optional.of(Quote.ofLevel(u.symbol(), vix, at, DataOrigin.ESTIMATED));
    }
    return Optional.empty();
  }

  @Override
  public Optional<OptionChain> chain(Underlying u, Instant at, LocalDate fromExpiry,
      LocalDate toExpiry) {
    if (!u.equals(underlying)) {
      return Optional.empty();
    }
    List<OptionQuote> live = new ArrayList<>();
    for (OptionQuote q : quotes.values()) {
      LocalDate e = q.contract().expiry();
      if (!e.isBefore(fromExpiry) && !e.isAfter(toExpiry) && trades(q.contract(), at)) {
        live.add(q);
      }
    }
    return Optional.of(OptionChain.of(underlying, spot, at, live));
  }

  @Override
  public Optional<OptionQuote> optionQuote(OptionContract contract, Instant at) {
    OptionQuote q = quotes.get(contract);
    return q != null && trades(contract, at) ? Optional.of(q) : Optional.empty();
  }

  @Override
  public OptionalDouble settlementValue(Underlying u, LocalDate expiry, SettlementTime time) {
    return OptionalDouble.of(spot);
  }

  @Override
  public double[] dailyCloses(Underlying u, LocalDate before, int count) {
    if (!u.equals(underlying)) {
      return new double[0];
    }
    int from = Math.max(0, closes.length - count);
    return Arrays.copyOfRange(closes, from, closes.length);
  }

  private static boolean trades(OptionContract c, Instant at) {
    ZonedDateTime close = c.expiry().atTime(LocalTime.of(16, 0)).atZone(NyseCalendar.ZONE);
    return !at.isAfter(close.toInstant());
  }
}
