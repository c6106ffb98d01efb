package dev.condor.core.runtime;

import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.order.Fill;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.order.OrderTicket;
import dev.condor.core.journal.TradeJournal;
import dev.condor.core.order.OrderManager;
import dev.condor.core.portfolio.PositionBook;
import dev.condor.core.portfolio.TradeSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strategy's journal read back: its orders with their last journalled status, its fills and its
 * settlements, replayed into an order manager and a position book. The engine uses it to recover
 * after a restart; {@code condor summary} uses it to summarise a strategy without running it.
 */
public final class JournalReplay {

  private final String strategy;
  private final Map<String, OrderTicket> tickets = new LinkedHashMap<>();
  private final Map<String, String> positionOf = new LinkedHashMap<>();
  private final Map<String, OrderStatus> lastStatus = new LinkedHashMap<>();
  private final List<JournalEvent> executions = new ArrayList<>();

  private JournalReplay(String strategy) {
    this.strategy = strategy;
  }

  /**
   * Reads a strategy's journal events, in the order written.
   *
   * @throws IllegalStateException if a FILL names an order the journal never recorded
   */
  public static JournalReplay of(String strategy, List<JournalEvent> events) {
    JournalReplay replay = new JournalReplay(strategy);
    for (JournalEvent e : events) {
      if (e.type() == JournalEventType.ORDER) {
        OrderTicket t = TradeJournal.ticketOf(e);
        String id = t.clientOrderId().value();
        replay.tickets.put(id, t);
        Object position = e.fields().get("position_id");
        replay.positionOf.put(id, position == null ? null : position.toString());
        replay.lastStatus.put(id, OrderStatus.PENDING_NEW);
      } else if (e.type() == JournalEventType.ORDER_STATE) {
        replay.lastStatus.put(e.fields().get("order_id").toString(),
            OrderStatus.valueOf(e.fields().get("status").toString()));
      } else if (e.type() == JournalEventType.FILL) {
        String id = e.fields().get("order_id").toString();
        if (!replay.tickets.containsKey(id)) {
          throw new IllegalStateException("the journal of " + strategy + " has a FILL of order " + id
              + " but no ORDER event for it");
        }
        replay.executions.add(e);
      } else if (e.type() == JournalEventType.SETTLEMENT) {
        replay.executions.add(e);
      }
    }
    return replay;
  }

  /** Adopts the orders into {@code orders} and books the fills and settlements into {@code book}. */
  public void replayInto(OrderManager orders, PositionBook book) {
    lastStatus.forEach((id, status) -> orders.adopt(tickets.get(id), positionOf.get(id), status));
    for (JournalEvent e : executions) {
      if (e.type() == JournalEventType.FILL) {
        String id = e.fields().get("order_id").toString();
        Fill fill = TradeJournal.fillOf(e);
        if (orders.adoptFill(fill)) {
          String position = positionOf.get(id);
          book.apply(tickets.get(id), position == null ? id : position, fill);
        }
      } else {
        book.settle(e.fields().get("position_id").toString(),
            ((Number) e.fields().get("qty")).intValue(), TradeJournal.priceOf(e), e.time());
      }
    }
  }

  /** Seed S2's summary of the journalled trades, with slippage, without any broker. */
  public TradeSummary summary() {
    OrderManager offline = new OrderManager(strategy, null, null, () -> Instant.EPOCH,
        Runnable::run, (order, fill) -> {}, Duration.ZERO);
    PositionBook book = new PositionBook(strategy);
    replayInto(offline, book);
    return TradeSummary.of(book.closedTrades(), List.copyOf(offline.orders()));
  }
}
