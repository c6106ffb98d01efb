package dev.condor.core.order;

import dev.condor.api.broker.Broker;
import dev.condor.api.error.BrokerException;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.order.OrderTicket;
import dev.condor.core.journal.TradeJournal;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places and follows one strategy's orders so that none is ever sent twice.
 *
 * <p>An order is journalled (durably) before it is sent, and sent once. If the broker cannot say
 * whether it arrived (a timeout, a 5xx: {@link BrokerException#outcomeUnknown()}), the order
 * becomes {@link OrderStatus#UNKNOWN} and is looked up by its client order id on every {@link
 * #refresh()}, never resent: tastytrade's external identifier, for one, is only a tag, not an
 * idempotency key. If the venue still has no such order after {@link #lostAfter}, it is marked
 * REJECTED ("not received; not resent"), and the strategy may decide afresh with a new id.
 *
 * <p>Fills are booked once by fill id, journalled, and passed to the {@link FillListener}. Every
 * continuation runs on the strategy's executor, so its state needs no locks.
 */
public final class OrderManager {

  private static final Logger LOG = LoggerFactory.getLogger(OrderManager.class);

  /** Told of every newly booked fill. */
  @FunctionalInterface
  public interface FillListener {
    /** A fill of {@code order} was booked. */
    void onFill(TrackedOrder order, Fill fill);
  }

  private final String strategy;
  private final Broker broker;
  private final TradeJournal journal;
  private final InstantSource clock;
  private final Executor executor;
  private final FillListener listener;
  private final Duration lostAfter;
  private final Map<ClientOrderId, TrackedOrder> orders = new LinkedHashMap<>();
  // Orders that may still change: the only ones each poll looks at, so a long history of ended
  // orders costs nothing per poll.
  private final Map<ClientOrderId, TrackedOrder> attention = new LinkedHashMap<>();

  /**
   * @param executor the strategy's executor: continuations of broker calls run there
   * @param lostAfter how long an UNKNOWN order may stay absent at the venue before it is given up
   */
  public OrderManager(String strategy, Broker broker, TradeJournal journal, InstantSource clock,
      Executor executor, FillListener listener, Duration lostAfter) {
    this.strategy = strategy;
    this.broker = broker;
    this.journal = journal;
    this.clock = clock;
    this.executor = executor;
    this.listener = listener;
    this.lostAfter = lostAfter;
  }

  /** Every order this manager knows, in submission order. */
  public Collection<TrackedOrder> orders() {
    return List.copyOf(orders.values());
  }

  /** The order with this id, if known. */
  public Optional<TrackedOrder> order(ClientOrderId id) {
    return Optional.ofNullable(orders.get(id));
  }

  /** Orders that may still fill. */
  public List<TrackedOrder> liveOrders() {
    List<TrackedOrder> live = new ArrayList<>();
    for (TrackedOrder o : attention.values()) {
      if (o.isLive()) {
        live.add(o);
      }
    }
    return live;
  }

  private void track(TrackedOrder order) {
    orders.put(order.ticket().clientOrderId(), order);
    attention.put(order.ticket().clientOrderId(), order);
  }

  private void settle(TrackedOrder order) {
    if (!order.needsRefresh()) {
      attention.remove(order.ticket().clientOrderId());
    }
  }

  /**
   * Adopts an order recovered from the journal after a restart, in its last journalled status
   * (its fills are booked separately by {@link #adoptFill}); the next {@link #refresh()} asks the
   * broker where it stands.
   */
  public TrackedOrder adopt(OrderTicket ticket, String positionId, OrderStatus status) {
    TrackedOrder order = new TrackedOrder(strategy, ticket, positionId);
    order.status(status, null);
    if (status == OrderStatus.PENDING_NEW || status == OrderStatus.UNKNOWN) {
      // Journalled but possibly never acknowledged: treat as unknown until the venue is asked.
      order.status(OrderStatus.UNKNOWN, "recovered from the journal");
      order.unknownSince(clock.instant());
    }
    // Whatever its last journalled status, the process may have died between the venue's news
    // and the journal: ask once, and book any fill the journal missed.
    order.verifyOnce(true);
    track(order);
    return order;
  }

  /**
   * Books a fill recovered from the journal, without journalling it again.
   *
   * @return whether it was new (a fill journalled twice is booked once)
   */
  public boolean adoptFill(Fill fill) {
    TrackedOrder order = orders.get(fill.clientOrderId());
    if (order == null || order.hasFill(fill.fillId())) {
      return false;
    }
    order.book(fill.fillId(), fill.quantity(), fill.price(), fill.commission());
    return true;
  }

  /**
   * Journals and places an order once. Completes (on the strategy's executor) with the tracked
   * order in whatever status placement ended: WORKING or FILLED, REJECTED with the venue's
   * message, or UNKNOWN. Submitting an id that is already known sends nothing.
   */
  public CompletionStage<TrackedOrder> submit(OrderTicket ticket, String positionId, String reason) {
    TrackedOrder known = orders.get(ticket.clientOrderId());
    if (known != null) {
      LOG.warn("order {} was already submitted; not sending it again", ticket.clientOrderId());
      return CompletableFuture.completedFuture(known);
    }
    TrackedOrder order = new TrackedOrder(strategy, ticket, positionId);
    journal.order(strategy, clock.instant(), ticket, positionId, reason);
    track(order);
    CompletionStage<OrderState> placed;
    try {
      placed = broker.place(ticket);
    } catch (RuntimeException e) {
      placed = CompletableFuture.failedFuture(e);
    }
    return placed.handleAsync((state, error) -> {
      if (error == null) {
        apply(order, state);
      } else {
        placementFailed(order, unwrap(error));
      }
      settle(order);
      return order;
    }, executor);
  }

  private void placementFailed(TrackedOrder order, Throwable error) {
    if (error instanceof BrokerException && !((BrokerException) error).outcomeUnknown()) {
      BrokerException e = (BrokerException) error;
      String message = e.venueMessage().orElse(e.getMessage());
      transition(order, OrderStatus.REJECTED, message);
      return;
    }
    // Anything else (a timeout, a 5xx, a dropped connection, a bug in the plugin) may have left
    // the order at the venue: find out before doing anything that could send it again.
    order.unknownSince(clock.instant());
    transition(order, OrderStatus.UNKNOWN, "placement outcome unknown: " + error.getMessage());
  }

  /**
   * Asks the broker about every live order: adopts its status, books new fills, resolves UNKNOWN
   * orders by lookup (never by resending). Completes on the strategy's executor.
   */
  public CompletionStage<Void> refresh() {
    CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
    for (TrackedOrder order : List.copyOf(attention.values())) {
      chain = chain.thenCompose(ignored -> refresh(order));
    }
    return chain;
  }

  private CompletionStage<Void> refresh(TrackedOrder order) {
    ClientOrderId id = order.ticket().clientOrderId();
    return broker.order(id).handleAsync((found, error) -> {
      if (error != null) {
        LOG.warn("could not look up order {}: {}", id, unwrap(error).getMessage());
        return false;
      }
      order.verifyOnce(false);
      if (found.isPresent()) {
        apply(order, found.get());
        return true;
      }
      if (order.status() == OrderStatus.UNKNOWN
          && !clock.instant().isBefore(order.unknownSince().plus(lostAfter))) {
        transition(order, OrderStatus.REJECTED,
            "the venue never received this order (looked up for " + lostAfter.toSeconds()
                + " s); not resent");
      }
      return false;
    }, executor).thenCompose(known -> {
      if (known) {
        return bookFills(order);
      }
      settle(order);
      return CompletableFuture.<Void>completedFuture(null);
    });
  }

  private CompletionStage<Void> bookFills(TrackedOrder order) {
    return broker.fills(order.ticket().clientOrderId()).handleAsync((fills, error) -> {
      if (error != null) {
        LOG.warn("could not fetch fills of {}: {}", order.ticket().clientOrderId(),
            unwrap(error).getMessage());
        return null;
      }
      for (Fill fill : fills) {
        if (!order.hasFill(fill.fillId())) {
          journal.fill(strategy, fill);
          order.book(fill.fillId(), fill.quantity(), fill.price(), fill.commission());
          listener.onFill(order, fill);
        }
      }
      settle(order);
      return null;
    }, executor);
  }

  /**
   * Asks the broker to cancel a live order; the outcome arrives with the next {@link #refresh()}.
   */
  public CompletionStage<Void> cancel(ClientOrderId id) {
    TrackedOrder order = orders.get(id);
    if (order == null || !order.isLive()) {
      return CompletableFuture.completedFuture(null);
    }
    return broker.cancel(id).handleAsync((state, error) -> {
      if (error == null) {
        apply(order, state);
      } else {
        LOG.warn("cancel of {} failed: {}", id, unwrap(error).getMessage());
      }
      settle(order);
      return null;
    }, executor);
  }

  private void apply(TrackedOrder order, OrderState state) {
    state.brokerOrderId().ifPresent(order::brokerOrderId);
    order.reportedFilledQuantity(state.filledQuantity());
    transition(order, state.status(), state.message().orElse(null));
  }

  private void transition(TrackedOrder order, OrderStatus next, String message) {
    OrderStatus current = order.status();
    if (current == next) {
      return;
    }
    if (!current.canTransitionTo(next)) {
      LOG.warn("order {}: ignoring impossible transition {} -> {} reported by {}",
          order.ticket().clientOrderId(), current, next, broker.venue());
      return;
    }
    order.status(next, message);
    journal.orderState(strategy, clock.instant(), order.ticket().clientOrderId(), next, message);
  }

  private static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }
}
