package dev.condor.strategies.ivhv;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * ETFs written by hand for the tests: each with a fixed price, fixed daily closes and fixed call
 * quotes (bid, ask, implied volatility, volume), the same at every instant until expiry. A ticker
 * given no quotes has no chain.
 */
final class HandBuiltEtfMarket implements MarketSource {

  static final Instant QUOTED_AT = Instant.parse("2024-03-05T14:35:00Z");

  private final Map<Underlying, Double> spots = new HashMap<>();
  private final Map<Underlying, double[]> closes = new HashMap<>();
  private final Map<OptionContract, OptionQuote> quotes = new LinkedHashMap<>();

  HandBuiltEtfMarket ticker(Underlying u, double spot, double[] dailyCloses) {
    spots.put(u, spot);
    closes.put(u, dailyCloses.clone());
    return this;
  }

  HandBuiltEtfMarket call(Underlying u, LocalDate expiry, double strike, double bid, double ask,
      double iv, long volume) {
    OptionContract c = OptionContract.of(u.symbol(), expiry, strike, OptionRight.CALL);
    quotes.put(c, OptionQuote.builder().contract(c).bid(bid).ask(ask).impliedVolatility(iv)
        .volume(volume).time(QUOTED_AT).origin(DataOrigin.ESTIMATED).build());
    return this;
  }

  /** The chain of a ticker as a scanner test hands it over. */
  OptionChain chain(Underlying u) {
    return chain(u, QUOTED_AT, LocalDate.MIN, LocalDate.MAX).orElseThrow();
  }

  double[] closes(Underlying u) {
    return closes.get(u).clone();
  }

  @Override
  public Optional<Quote> quote(Underlying u, Instant at) {
    Double spot = spots.get(u);
    return spot == null ? Optional.empty()
        : Optional.of(Quote.ofLevel(u.symbol(), spot, at, DataOrigin.ESTIMATED));
  }

  @Override
  public Optional<OptionChain> chain(Underlying u, Instant at, LocalDate fromExpiry,
      LocalDate toExpiry) {
    List<OptionQuote> live = new ArrayList<>();
    for (OptionQuote q : quotes.values()) {
      LocalDate e = q.contract().expiry();
      if (q.contract().underlying().equals(u) && !e.isBefore(fromExpiry) && !e.isAfter(toExpiry)
          && trades(q.contract(), at)) {
        live.add(q);
      }
    }
    return live.isEmpty() || !spots.containsKey(u) ? Optional.empty()
        : Optional.of(OptionChain.of(u, spots.get(u), at, live));
  }

  @Override
  public Optional<OptionQuote> optionQuote(OptionContract contract, Instant at) {
    OptionQuote q = quotes.get(contract);
    return q != null && trades(contract, at) ? Optional.of(q) : Optional.empty();
  }

  @Override
  public OptionalDouble settlementValue(Underlying u, LocalDate expiry, SettlementTime time) {
    Double spot = spots.get(u);
    return spot == null ? OptionalDouble.empty() : OptionalDouble.of(spot);
  }

  @Override
  public double[] dailyCloses(Underlying u, LocalDate before, int count) {
    double[] all = closes.getOrDefault(u, new double[0]);
    return Arrays.copyOfRange(all, Math.max(0, all.length - count), all.length);
  }

  private static boolean trades(OptionContract c, Instant at) {
    return !at.isAfter(c.expiry().atTime(LocalTime.of(16, 0)).atZone(NyseCalendar.ZONE)
        .toInstant());
  }
}
