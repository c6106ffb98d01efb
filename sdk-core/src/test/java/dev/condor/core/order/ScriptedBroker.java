package dev.condor.core.order;

import dev.condor.api.broker.Broker;
import dev.condor.api.error.BrokerException;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.ContractPosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A venue whose answers the test scripts: what placing does (accept, reject, time out having
 * received the order, time out without), and which fills it reports (duplicates included).
 */
final class ScriptedBroker implements Broker {

  enum OnPlace { ACCEPT, REJECT, TIMEOUT_RECEIVED, TIMEOUT_LOST }

  OnPlace onPlace = OnPlace.ACCEPT;
  int placeCalls;
  final Map<ClientOrderId, OrderState> venueOrders = new HashMap<>();
  final Map<ClientOrderId, List<Fill>> venueFills = new HashMap<>();
  private final Instant time = Instant.parse("2026-02-17T14:46:12Z");

  @Override
  public CompletionStage<Account> account() {
    return CompletableFuture.completedFuture(Account.builder().accountId("A1").cash(100_000)
        .netLiquidation(100_000).buyingPower(100_000).time(time).build());
  }

  @Override
  public CompletionStage<List<ContractPosition>> positions() {
    return CompletableFuture.completedFuture(List.of());
  }

  @Override
  public CompletionStage<OrderState> place(OrderTicket ticket) {
    placeCalls++;
    OrderState working = state(ticket.clientOrderId(), ticket.quantity(), OrderStatus.WORKING, 0);
    switch (onPlace) {
      case ACCEPT:
        venueOrders.put(ticket.clientOrderId(), working);
        return CompletableFuture.completedFuture(working);
      case REJECT:
        return CompletableFuture.failedFuture(BrokerException.of(BrokerException.Kind.REJECTED, "scripted")
            .venueCode("margin").venueMessage("not enough buying power").build());
      case TIMEOUT_RECEIVED:
        venueOrders.put(ticket.clientOrderId(), working);
        return CompletableFuture.failedFuture(BrokerException.of(BrokerException.Kind.TIMEOUT, "scripted").build());
      default:
        return CompletableFuture.failedFuture(BrokerException.of(BrokerException.Kind.TIMEOUT, "scripted").build());
    }
  }

  /** The venue fills {@code quantity} more units of an order, reporting fill {@code fillId}. */
  void fill(ClientOrderId id, String fillId, int quantity, double credit) {
    OrderState s = venueOrders.get(id);
    int filled = s.filledQuantity() + quantity;
    OrderStatus status = filled == s.quantity() ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
    venueOrders.put(id, OrderState.builder().from(s).status(status).filledQuantity(filled)
        .averageFillPrice(dev.condor.api.order.NetPrice.credit(credit)).build());
    venueFills.computeIfAbsent(id, k -> new ArrayList<>()).add(Fill.builder().fillId(fillId)
        .clientOrderId(id).quantity(quantity).price(dev.condor.api.order.NetPrice.credit(credit))
        .commission(2.60 * quantity).time(time).build());
  }

  private OrderState state(ClientOrderId id, int qty, OrderStatus status, int filled) {
    return OrderState.builder().clientOrderId(id).brokerOrderId("B-" + id).status(status)
        .quantity(qty).filledQuantity(filled).updatedAt(time).build();
  }

  @Override
  public CompletionStage<Optional<OrderState>> order(ClientOrderId id) {
    return CompletableFuture.completedFuture(Optional.ofNullable(venueOrders.get(id)));
  }

  @Override
  public CompletionStage<List<OrderState>> openOrders() {
    return CompletableFuture.completedFuture(new ArrayList<>(venueOrders.values()));
  }

  @Override
  public CompletionStage<OrderState> cancel(ClientOrderId id) {
    OrderState s = venueOrders.get(id);
    OrderState cancelled = OrderState.builder().from(s).status(OrderStatus.CANCELLED).build();
    venueOrders.put(id, cancelled);
    return CompletableFuture.completedFuture(cancelled);
  }

  @Override
  public CompletionStage<List<Fill>> fills(ClientOrderId id) {
    return CompletableFuture.completedFuture(List.copyOf(venueFills.getOrDefault(id, List.of())));
  }

  @Override
  public String venue() {
    return "scripted";
  }

  @Override
  public void close() {}
}
