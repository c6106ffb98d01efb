package dev.condor.core.backtest;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.core.market.DataQuality;
import dev.condor.core.market.MarketSource;
import dev.condor.core.store.StoreMarketSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A market source that counts, by origin, the option quotes it hands to the engine: each chain's
 * quotes once per chain served, and each single quote asked for fills and marks. The historical
 * store's source counts itself (its chains are lazy and count the quotes they make), so nothing
 * is made just to be counted.
 */
final class QualityCountingMarket implements MarketSource {

  private final MarketSource delegate;
  private long observed;
  private long estimated;

  QualityCountingMarket(MarketSource delegate) {
    this.delegate = delegate;
  }

  DataQuality quality() {
    if (delegate instanceof StoreMarketSource store) {
      return store.dataQuality();
    }
    return new DataQuality(observed, estimated);
  }

  @Override
  public Optional<Quote> quote(Underlying underlying, Instant at) {
    return delegate.quote(underlying, at);
  }

  @Override
  public Optional<OptionChain> chain(Underlying underlying, Instant at, LocalDate fromExpiry,
      LocalDate toExpiry) {
    Optional<OptionChain> chain = delegate.chain(underlying, at, fromExpiry, toExpiry);
    if (chain.isPresent() && !(delegate instanceof StoreMarketSource)) {
      for (LocalDate expiry : chain.get().expiries()) {
        for (OptionRight right : OptionRight.values()) {
          for (OptionQuote q : chain.get().quotes(expiry, right)) {
            count(q);
          }
        }
      }
    }
    return chain;
  }

  @Override
  public Optional<OptionQuote> optionQuote(OptionContract contract, Instant at) {
    Optional<OptionQuote> q = delegate.optionQuote(contract, at);
    if (q.isPresent() && !(delegate instanceof StoreMarketSource)) {
      count(q.get());
    }
    return q;
  }

  private synchronized void count(OptionQuote q) {
    if (q.origin() == DataOrigin.OBSERVED) {
      observed++;
    } else {
      estimated++;
    }
  }

  @Override
  public OptionalDouble settlementValue(Underlying underlying, LocalDate expiry,
      SettlementTime time) {
    return delegate.settlementValue(underlying, expiry, time);
  }

  @Override
  public double[] dailyCloses(Underlying underlying, LocalDate before, int count) {
    return delegate.dailyCloses(underlying, before, count);
  }
}
