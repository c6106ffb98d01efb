package dev.condor.core.broker.paper;

import dev.condor.api.order.Fill;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.OrderType;
import dev.condor.api.order.PositionEffect;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One order's life in the paper broker; guarded by the broker's lock. */
final class PaperOrder {

  /** The ticket as first placed: a re-placement must match it. */
  final OrderTicket placed;
  final String brokerOrderId;
  /** The ticket with its current limit (a replace changes it). */
  OrderTicket ticket;
  OrderStatus status;
  int filled;
  double signedValue;
  Instant updatedAt;
  String message;
  String venueCode;
  /** When a DAY order ends, or null. */
  Instant dayEnd;
  /** Buying power reserved per unfilled unit of an opening order, commission included. */
  double reservePerUnit;
  /** The underlying's price when placed (NaN if unknown), for buying power at fill time. */
  double underlyingAtPlacement = Double.NaN;
  /** When the order last filled, or null: it fills at most once per instant. */
  Instant lastFillAt;
  final List<Fill> fills = new ArrayList<>();

  PaperOrder(OrderTicket ticket, String brokerOrderId, OrderStatus status, Instant at) {
    this.placed = ticket;
    this.ticket = ticket;
    this.brokerOrderId = brokerOrderId;
    this.status = status;
    this.updatedAt = at;
  }

  boolean isClosing() {
    return ticket.positionEffect() == PositionEffect.CLOSE;
  }

  boolean isMarket() {
    return ticket.orderType() == OrderType.MARKET;
  }

  int remaining() {
    return ticket.quantity() - filled;
  }

  /** The buying power this order still reserves (opening orders that are working). */
  double reserved() {
    return status.isLive() && !isClosing() ? reservePerUnit * remaining() : 0;
  }

  /** Moves to {@code next}, which the state machine must allow. */
  void moveTo(OrderStatus next, Instant at, String why) {
    if (!status.canTransitionTo(next)) {
      throw new IllegalStateException(
          ticket.clientOrderId() + ": " + status + " cannot become " + next);
    }
    status = next;
    updatedAt = at;
    if (why != null) {
      message = why;
    }
  }

  OrderState state() {
    OrderState.Builder b = OrderState.builder();
    b.clientOrderId(ticket.clientOrderId()).brokerOrderId(brokerOrderId).status(status)
        .quantity(ticket.quantity()).filledQuantity(filled).updatedAt(updatedAt);
    if (filled > 0) {
      b.averageFillPrice(NetPrice.ofSigned(ComboMarket.round(signedValue / filled)));
    }
    if (message != null) {
      b.message(message);
    }
    return b.build();
  }
}
