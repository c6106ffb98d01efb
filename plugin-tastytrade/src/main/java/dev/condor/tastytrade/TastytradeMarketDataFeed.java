package dev.condor.tastytrade;

import dev.condor.api.data.MarketDataFeed;
import dev.condor.api.error.BrokerException;
import dev.condor.api.error.DataException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.api.plugin.Secret;
import dev.condor.tastytrade.wire.TastytradeApi;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * tastytrade market data over REST snapshots: an underlying's quote from {@code
 * /market-data/by-type}, chains from the nested option chain priced by the same endpoint (with the
 * venue's implied volatility and greeks). No streaming: DXLink is not implemented yet, so {@link
 * #stream} fails its subscriber at once, saying so. Calls run on the feed's own worker threads;
 * failures are {@link DataException}s.
 */
public final class TastytradeMarketDataFeed implements MarketDataFeed {

  static final String NO_STREAMING = "no streaming: DXLink not implemented yet; poll quote() and"
      + " chain() instead";
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final TastytradeConfig config;
  private final TastytradeApi api;
  private final ExecutorService workers;

  TastytradeMarketDataFeed(TastytradeConfig config, Secret clientSecret, Secret refreshToken,
      Secret clientId) {
    this.config = config;
    // the same session as the broker's: OAuth refresh, and the access token kept in tokenFile
    this.api = TastytradeApi.connect(config.baseUrl(), config.timeout(), config.userAgent(),
        config.tokenFile(), config.orderIdFile(), clientSecret, refreshToken, clientId,
        config.rateLimitWait());
    this.workers = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "tastytrade-data-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public CompletionStage<Quote> quote(Underlying underlying) {
    return supply("quote " + underlying.symbol(), () -> api.underlyingQuote(underlying));
  }

  @Override
  public CompletionStage<OptionChain> chain(Underlying underlying, LocalDate fromExpiry,
      LocalDate toExpiry) {
    if (fromExpiry.isAfter(toExpiry)) {
      return CompletableFuture.failedFuture(DataException.of(DataException.Kind.NOT_FOUND,
          TastytradeBrokerProvider.ID).location("chain " + underlying.symbol())
          .detail("fromExpiry " + fromExpiry + " is after toExpiry " + toExpiry).build());
    }
    return supply("chain " + underlying.symbol(), () -> {
      Quote spot = api.underlyingQuote(underlying);
      List<OptionContract> listed = new ArrayList<>();
      for (OptionContract c : api.optionChain(underlying.symbol())) {
        if (!c.expiry().isBefore(fromExpiry) && !c.expiry().isAfter(toExpiry)) {
          listed.add(c);
        }
      }
      List<OptionQuote> quotes = listed.isEmpty() ? List.of() : api.optionQuotes(listed);
      Instant time = spot.time();
      for (OptionQuote q : quotes) {
        if (q.time().isAfter(time)) {
          time = q.time();
        }
      }
      return OptionChain.of(underlying, spot.price(), time, quotes);
    });
  }

  /** Fails the subscriber at once: streaming needs DXLink, which this plugin does not speak yet. */
  @Override
  public Flow.Publisher<Quote> stream(Set<Underlying> underlyings) {
    return subscriber -> {
      subscriber.onSubscribe(new Flow.Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {}
      });
      subscriber.onError(DataException.of(DataException.Kind.UNAVAILABLE,
          TastytradeBrokerProvider.ID).location("stream").detail(NO_STREAMING).build());
    };
  }

  @Override
  public void close() {
    workers.shutdownNow();
    api.close();
  }

  private <T> CompletionStage<T> supply(String location, Supplier<T> call) {
    try {
      return CompletableFuture.supplyAsync(() -> {
        try {
          return call.get();
        } catch (BrokerException e) {
          throw asData(location, e);
        } catch (RuntimeException e) {
          if (e instanceof DataException) {
            throw e;
          }
          throw DataException.of(DataException.Kind.MALFORMED, TastytradeBrokerProvider.ID)
              .location(location).detail(e.getClass().getSimpleName()).cause(e).build();
        }
      }, workers);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(DataException.of(DataException.Kind.UNAVAILABLE,
          TastytradeBrokerProvider.ID).location(location).detail("the feed is closed").cause(e)
          .build());
    }
  }

  private static DataException asData(String location, BrokerException e) {
    DataException.Kind kind = switch (e.kind()) {
      case AUTHENTICATION -> DataException.Kind.AUTHENTICATION;
      case RATE_LIMITED -> DataException.Kind.RATE_LIMITED;
      case TIMEOUT -> DataException.Kind.TIMEOUT;
      case MALFORMED_RESPONSE -> DataException.Kind.MALFORMED;
      case NOT_FOUND -> DataException.Kind.NOT_FOUND;
      default -> DataException.Kind.UNAVAILABLE;
    };
    DataException.Builder b = DataException.of(kind, TastytradeBrokerProvider.ID)
        .location(location).detail(e.getMessage()).cause(e);
    e.retryAfter().ifPresent(b::retryAfter);
    return b.build();
  }

  @Override
  public String toString() {
    return "TastytradeMarketDataFeed[" + config.baseUrl() + "]";
  }
}
