package dev.condor.api.broker;

import dev.condor.api.Stable;
import dev.condor.api.error.BrokerException;
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

/**
 * A brokerage account that can place option orders: the service a {@link BrokerProvider} makes.
 *
 * <p>Every call returns a {@link CompletionStage} and must not block the caller's thread; a
 * failure completes the stage with a {@link BrokerException} whose kind says what happened.
 *
 * <p>The contract that keeps money safe (the TCK checks each rule):
 *
 * <ul>
 *   <li>{@link #place} sends an order at most once. When its outcome is not seen (timeout,
 *       connection lost, 5xx) it fails with an exception whose {@link
 *       BrokerException#outcomeUnknown()} is true and does <em>not</em> retry; the engine then
 *       calls {@link #order(ClientOrderId)} to learn whether the venue has it.
 *   <li>{@link #order(ClientOrderId)} finds an order by the caller's id, however the venue stores
 *       it (a tag, an external id, a local map persisted by the plugin).
 *   <li>{@link #fills(ClientOrderId)} returns every execution so far, each with a stable id, so a
 *       fill seen twice is booked once.
 *   <li>An expired session is renewed once and the call retried once; a 429 is honoured with
 *       back-off per {@code Retry-After}; secrets never appear in messages or {@code toString()}.
 * </ul>
 */
@Stable(since = "0.1")
public interface Broker extends AutoCloseable {

  /** The account's balances and buying power. */
  CompletionStage<Account> account();

  /** Every open option position in the account, leg by leg. */
  CompletionStage<List<ContractPosition>> positions();

  /**
   * What placing the ticket would do, without placing it ({@link
   * dev.condor.api.plugin.Capability#ORDER_PREVIEW}). By default: a failed stage saying the
   * broker cannot preview.
   */
  default CompletionStage<OrderPreview> preview(OrderTicket ticket) {
    return CompletableFuture.failedFuture(BrokerException.of(BrokerException.Kind.REJECTED, venue())
        .operation("preview").venueMessage("this broker cannot preview orders").build());
  }

  /** Places an order once; see the class documentation for what happens on an unknown outcome. */
  CompletionStage<OrderState> place(OrderTicket ticket);

  /** The order with this client order id, working or recently ended, if the venue has it. */
  CompletionStage<Optional<OrderState>> order(ClientOrderId id);

  /** All working orders in the account, including ones placed by other programs. */
  CompletionStage<List<OrderState>> openOrders();

  /** Requests cancellation; completes with the state after the request. */
  CompletionStage<OrderState> cancel(ClientOrderId id);

  /**
   * Changes a working order's limit ({@link dev.condor.api.plugin.Capability#REPLACE_ORDER}). By
   * default: a failed stage saying the broker cannot replace.
   */
  default CompletionStage<OrderState> replace(ClientOrderId id, NetPrice newLimit) {
    return CompletableFuture.failedFuture(BrokerException.of(BrokerException.Kind.REJECTED, venue())
        .operation("replace").venueMessage("this broker cannot replace orders").build());
  }

  /** Every execution of the order so far, oldest first. */
  CompletionStage<List<Fill>> fills(ClientOrderId id);

  /** The provider id of the venue, used in errors and the journal. */
  String venue();

  /** Releases connections and threads; never throws. */
  @Override
  void close();
}
