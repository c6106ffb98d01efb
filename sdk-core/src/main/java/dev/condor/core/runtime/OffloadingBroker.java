package dev.condor.core.runtime;

import dev.condor.api.broker.Broker;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderPreview;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.ContractPosition;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A broker whose every call is started on a worker thread, so a plugin that blocks inside a call
 * (against the SPI's contract, or during a slow login) stalls a worker, never a strategy's event
 * loop. Results come back to the strategy through its own executor, as always.
 */
public final class OffloadingBroker implements Broker {

  private final Broker delegate;
  private final Executor workers;

  /** Wraps {@code delegate}, starting its calls on {@code workers}. */
  public OffloadingBroker(Broker delegate, Executor workers) {
    this.delegate = delegate;
    this.workers = workers;
  }

  private <T> CompletionStage<T> off(Supplier<CompletionStage<T>> call) {
    return CompletableFuture.supplyAsync(call, workers).thenCompose(Function.identity());
  }

  @Override
  public CompletionStage<Account> account() {
    return off(delegate::account);
  }

  @Override
  public CompletionStage<List<ContractPosition>> positions() {
    return off(delegate::positions);
  }

  @Override
  public CompletionStage<OrderPreview> preview(OrderTicket ticket) {
    return off(() -> delegate.preview(ticket));
  }

  @Override
  public CompletionStage<OrderState> place(OrderTicket ticket) {
    return off(() -> delegate.place(ticket));
  }

  @Override
  public CompletionStage<Optional<OrderState>> order(ClientOrderId id) {
    return off(() -> delegate.order(id));
  }

  @Override
  public CompletionStage<List<OrderState>> openOrders() {
    return off(delegate::openOrders);
  }

  @Override
  public CompletionStage<OrderState> cancel(ClientOrderId id) {
    return off(() -> delegate.cancel(id));
  }

  @Override
  public CompletionStage<OrderState> replace(ClientOrderId id, NetPrice newLimit) {
    return off(() -> delegate.replace(id, newLimit));
  }

  @Override
  public CompletionStage<List<Fill>> fills(ClientOrderId id) {
    return off(() -> delegate.fills(id));
  }

  @Override
  public String venue() {
    return delegate.venue();
  }

  @Override
  public void close() {
    delegate.close();
  }

  @Override
  public String toString() {
    return "OffloadingBroker[" + delegate + "]";
  }
}
