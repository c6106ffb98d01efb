package dev.condor.core.order;

import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.order.OrderTicket;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's view of one order: its ticket, which position it opens or closes, its status as
 * last learned from the broker, and which fills have been booked (by fill id, so none twice).
 * Mutated only by the {@link OrderManager} on its strategy's thread.
 */
public final class TrackedOrder {

  private final String strategy;
  private final OrderTicket ticket;
  private final String positionId;
  private OrderStatus status = OrderStatus.PENDING_NEW;
  private String brokerOrderId;
  private int filledQuantity;
  private int reportedFilledQuantity;
  private boolean verifyOnce;
  private double filledNotional;
  private double commissions;
  private Instant unknownSince;
  private String lastMessage;
  private final Set<String> fillIds = new HashSet<>();

  TrackedOrder(String strategy, OrderTicket ticket, String positionId) {
    this.strategy = strategy;
    this.ticket = ticket;
    this.positionId = positionId;
  }

  /** The strategy that placed it. */
  public String strategy() {
    return strategy;
  }

  /** The ticket. */
  public OrderTicket ticket() {
    return ticket;
  }

  /** The id of the position this order opens (its own id) or closes. */
  public String positionId() {
    return positionId == null ? ticket.clientOrderId().value() : positionId;
  }

  /** The status as last learned. */
  public OrderStatus status() {
    return status;
  }

  /** The broker's id, once known. */
  public Optional<String> brokerOrderId() {
    return Optional.ofNullable(brokerOrderId);
  }

  /** Units filled and booked. */
  public int filledQuantity() {
    return filledQuantity;
  }

  /** The average net fill price of the booked fills, signed (credit positive), or NaN. */
  public double averageSignedFillPrice() {
    return filledQuantity == 0 ? Double.NaN : filledNotional / filledQuantity;
  }

  /** Commissions of the booked fills, in dollars. */
  public double commissions() {
    return commissions;
  }

  /** The venue's last message about the order, if any. */
  public Optional<String> lastMessage() {
    return Optional.ofNullable(lastMessage);
  }

  /** Whether the order may still fill. */
  public boolean isLive() {
    return status.isLive();
  }

  /** Whether the broker may still have news of it: live, or reported fills not yet booked. */
  public boolean needsRefresh() {
    return isLive() || filledQuantity < reportedFilledQuantity || verifyOnce;
  }

  /** Asks for one refresh even if ended: its fills may not all have reached the journal. */
  void verifyOnce(boolean verify) {
    this.verifyOnce = verify;
  }

  void reportedFilledQuantity(int quantity) {
    this.reportedFilledQuantity = Math.max(reportedFilledQuantity, quantity);
  }

  boolean hasFill(String fillId) {
    return fillIds.contains(fillId);
  }

  void book(String fillId, int quantity, NetPrice price, double commission) {
    fillIds.add(fillId);
    filledQuantity += quantity;
    filledNotional += price.signed() * quantity;
    commissions += commission;
  }

  void status(OrderStatus status, String message) {
    this.status = status;
    if (message != null) {
      this.lastMessage = message;
    }
  }

  void brokerOrderId(String id) {
    this.brokerOrderId = id;
  }

  Instant unknownSince() {
    return unknownSince;
  }

  void unknownSince(Instant time) {
    this.unknownSince = time;
  }

  @Override
  public String toString() {
    return "TrackedOrder[" + ticket.clientOrderId() + " " + status + " filled " + filledQuantity
        + "/" + ticket.quantity() + "]";
  }
}
