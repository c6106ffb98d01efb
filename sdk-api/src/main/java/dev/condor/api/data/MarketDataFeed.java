package dev.condor.api.data;

import dev.condor.api.Stable;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.Quote;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Live market data: quotes of underlyings and volatility indices, and option chains. The service a
 * {@link MarketDataFeedProvider} makes. Calls never block; failures complete the stage with a
 * {@link dev.condor.api.error.DataException}.
 */
@Stable(since = "0.1")
public interface MarketDataFeed extends AutoCloseable {

  /** The current quote of an underlying or index (SPX, SPY, VIX, VIX1D...). */
  CompletionStage<Quote> quote(Underlying underlying);

  /**
   * The current option chain of an underlying, limited to expiries from {@code fromExpiry} to
   * {@code toExpiry} inclusive.
   */
  CompletionStage<OptionChain> chain(Underlying underlying, LocalDate fromExpiry, LocalDate toExpiry);

  /**
   * Quotes as they change ({@link dev.condor.api.plugin.Capability#STREAMING_QUOTES}); a feed
   * without streaming returns a publisher that fails its subscriber at once with a message saying
   * so.
   */
  Flow.Publisher<Quote> stream(Set<Underlying> underlyings);

  /** Releases connections and threads; never throws. */
  @Override
  void close();
}
