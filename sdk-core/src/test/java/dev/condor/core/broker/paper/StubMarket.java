package dev.condor.core.broker.paper;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.core.market.MarketSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/** A hand-set market for tests: fixed quotes per contract, underlying levels, settlement values. */
final class StubMarket implements MarketSource {

  private final Map<OptionContract, double[]> quotes = new ConcurrentHashMap<>();
  private final Map<Underlying, Double> levels = new ConcurrentHashMap<>();
  private final Map<String, Double> settlementValues = new ConcurrentHashMap<>();

  StubMarket quote(OptionContract contract, double bid, double ask) {
    quotes.put(contract, new double[] {bid, ask});
    return this;
  }

  StubMarket unquote(OptionContract contract) {
    quotes.remove(contract);
    return this;
  }

  StubMarket level(Underlying underlying, double price) {
    levels.put(underlying, price);
    return this;
  }

  StubMarket settlement(Underlying underlying, LocalDate expiry, SettlementTime time,
      double value) {
    settlementValues.put(key(underlying, expiry, time), value);
    return this;
  }

  @Override
  public Optional<Quote> quote(Underlying underlying, Instant at) {
    Double level = levels.get(underlying);
    return level == null ? Optional.empty()
        : Optional.of(Quote.ofLevel(underlying.symbol(), level, at, DataOrigin.OBSERVED));
  }

  @Override
  public Optional<OptionChain> chain(Underlying underlying, Instant at, LocalDate fromExpiry,
      LocalDate toExpiry) {
    return Optional.empty();
  }

  @Override
  public Optional<OptionQuote> optionQuote(OptionContract contract, Instant at) {
    double[] q = quotes.get(contract);
    return q == null ? Optional.empty()
        : Optional.of(OptionQuote.builder().contract(contract).bid(q[0]).ask(q[1]).time(at)
            .build());
  }

  @Override
  public OptionalDouble settlementValue(Underlying underlying, LocalDate expiry,
      SettlementTime time) {
    Double v = settlementValues.get(key(underlying, expiry, time));
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  private static String key(Underlying underlying, LocalDate expiry, SettlementTime time) {
    return underlying.symbol() + "|" + expiry + "|" + time;
  }
}
