package dev.condor.tastytrade;

import dev.condor.api.broker.Broker;
import dev.condor.api.error.BrokerException;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderPreview;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.plugin.Secret;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.ContractPosition;
import dev.condor.tastytrade.wire.TastytradeApi;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A tastytrade account as a Condor {@link Broker}: the REST calls run on the broker's own worker
 * threads, so no caller ever blocks.
 *
 * <p>How the broker contract is met at tastytrade: placement is one {@code POST}, never resent
 * after a timeout or 5xx (those fail with an outcome-unknown error); the client order id travels
 * as the order's {@code external-identifier} and is also mapped to the venue's order id in an
 * owner-only file, so {@link #order(ClientOrderId)} finds an order even when its placement answer
 * was lost; fills are the order legs' executions grouped by {@code ext-group-fill-id}; an expired
 * access token is refreshed once and the request retried once; 429s wait out {@code Retry-After}.
 */
public final class TastytradeBroker implements Broker {

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final TastytradeConfig config;
  private final TastytradeApi api;
  private final ExecutorService workers;
  private volatile String account;

  TastytradeBroker(TastytradeConfig config, Secret clientSecret, Secret refreshToken,
      Secret clientId) {
    this.config = config;
    this.api = TastytradeApi.connect(config.baseUrl(), config.timeout(), config.userAgent(),
        config.tokenFile(), config.orderIdFile(), clientSecret, refreshToken, clientId,
        config.rateLimitWait());
    this.account = config.accountNumber().orElse(null);
    this.workers = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "tastytrade-broker-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public CompletionStage<Account> account() {
    return run(api::account);
  }

  @Override
  public CompletionStage<List<ContractPosition>> positions() {
    return run(api::positions);
  }

  @Override
  public CompletionStage<OrderPreview> preview(OrderTicket ticket) {
    return run(n -> api.preview(n, ticket));
  }

  @Override
  public CompletionStage<OrderState> place(OrderTicket ticket) {
    return run(n -> api.place(n, ticket));
  }

  @Override
  public CompletionStage<Optional<OrderState>> order(ClientOrderId id) {
    return run(n -> api.order(n, id));
  }

  @Override
  public CompletionStage<List<OrderState>> openOrders() {
    return run(api::openOrders);
  }

  @Override
  public CompletionStage<OrderState> cancel(ClientOrderId id) {
    return run(n -> api.cancel(n, id));
  }

  @Override
  public CompletionStage<OrderState> replace(ClientOrderId id, NetPrice newLimit) {
    return run(n -> api.replace(n, id, newLimit));
  }

  @Override
  public CompletionStage<List<Fill>> fills(ClientOrderId id) {
    return run(n -> api.fills(n, id));
  }

  /**
   * Every listed option of an underlying from tastytrade's nested option chain; for SPX, the AM
   * (SPX) and PM (SPXW) roots together.
   */
  public CompletionStage<List<OptionContract>> optionChain(Underlying underlying) {
    return supply(() -> api.optionChain(underlying.symbol()));
  }

  /**
   * Quote snapshots of options over REST ({@code /market-data/by-type}), with the venue's implied
   * volatility and greeks; for polling where streaming is not available.
   */
  public CompletionStage<List<OptionQuote>> optionQuotes(List<OptionContract> contracts) {
    List<OptionContract> copy = List.copyOf(contracts);
    return supply(() -> api.optionQuotes(copy));
  }

  /** Quote snapshots of indices (SPX, VIX, VIX1D...) over REST. */
  public CompletionStage<List<Quote>> indexQuotes(List<String> symbols) {
    List<String> copy = List.copyOf(symbols);
    return supply(() -> api.indexQuotes(copy));
  }

  @Override
  public String venue() {
    return TastytradeBrokerProvider.ID;
  }

  @Override
  public void close() {
    workers.shutdownNow();
    api.close();
  }

  private <T> CompletionStage<T> run(Function<String, T> call) {
    return supply(() -> call.apply(accountNumber()));
  }

  private <T> CompletionStage<T> supply(java.util.function.Supplier<T> call) {
    try {
      return CompletableFuture.supplyAsync(call, workers);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(BrokerException.of(BrokerException.Kind.UNAVAILABLE,
          venue()).venueMessage("the broker is closed").cause(e).build());
    }
  }

  /** The configured account, or the login's only account (asked once). */
  private String accountNumber() {
    String n = account;
    if (n != null) {
      return n;
    }
    List<String> numbers = api.accountNumbers();
    if (numbers.size() != 1) {
      throw new ConfigurationException(config.accountKey(), numbers.isEmpty()
          ? "the login has no account to trade"
          : "the login has " + numbers.size() + " accounts; choose one with this key");
    }
    account = numbers.get(0);
    return account;
  }

  @Override
  public String toString() {
    return "TastytradeBroker[" + config.baseUrl() + "]";
  }
}
