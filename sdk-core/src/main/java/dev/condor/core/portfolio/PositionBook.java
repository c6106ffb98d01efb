package dev.condor.core.portfolio;

import dev.condor.api.order.Fill;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.PositionEffect;
import dev.condor.api.portfolio.Position;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One strategy's positions, built from fills: an opening fill starts or adds to a position at the
 * average price; a closing fill or a settlement takes units off it and records a {@link
 * ClosedTrade}. The same book is rebuilt from the journal after a restart.
 */
public final class PositionBook {

  private final String strategy;
  private final Map<String, Position> open = new LinkedHashMap<>();
  private final Map<String, Double> openCommissionPerUnit = new LinkedHashMap<>();
  private final List<ClosedTrade> closed = new ArrayList<>();

  /** An empty book for a strategy. */
  public PositionBook(String strategy) {
    this.strategy = strategy;
  }

  /** Open positions, in opening order. */
  public List<Position> openPositions() {
    return List.copyOf(open.values());
  }

  /** The open position with this id. */
  public Optional<Position> position(String id) {
    return Optional.ofNullable(open.get(id));
  }

  /** Every closed round trip, in closing order. */
  public List<ClosedTrade> closedTrades() {
    return List.copyOf(closed);
  }

  /**
   * Books a fill of {@code ticket}; {@code positionId} names the position a closing ticket
   * closes.
   */
  public void apply(OrderTicket ticket, String positionId, Fill fill) {
    if (ticket.positionEffect() == PositionEffect.OPEN) {
      open(ticket, fill);
    } else {
      close(positionId, fill.quantity(), fill.price(), fill.commission(), fill.time(), false);
    }
  }

  /** Takes settled units off a position at their settlement value per unit. */
  public void settle(String positionId, int quantity, NetPrice valuePerUnit, Instant time) {
    close(positionId, quantity, valuePerUnit, 0, time, true);
  }

  private void open(OrderTicket ticket, Fill fill) {
    String id = ticket.clientOrderId().value();
    Position existing = open.get(id);
    int before = existing == null ? 0 : existing.quantity();
    int after = before + fill.quantity();
    double avg = existing == null ? fill.price().signed()
        : (existing.openPrice().signed() * before + fill.price().signed() * fill.quantity()) / after;
    double commissions = (existing == null ? 0 : existing.commissions()) + fill.commission();
    open.put(id, Position.builder()
        .openedBy(ticket)
        .quantity(after)
        .openPrice(NetPrice.ofSigned(avg))
        .openedAt(existing == null ? fill.time() : existing.openedAt())
        .commissions(commissions)
        .build());
    openCommissionPerUnit.put(id, commissions / after);
  }

  private void close(String positionId, int quantity, NetPrice price, double commission,
      Instant time, boolean settled) {
    Position p = open.get(positionId);
    if (p == null) {
      throw new IllegalStateException("no open position " + positionId + " in " + strategy
          + " to close " + quantity + " unit(s)");
    }
    int units = Math.min(quantity, p.quantity());
    double openCommission = openCommissionPerUnit.get(positionId) * units;
    closed.add(new ClosedTrade(positionId, strategy, p.openedAt(), time, units,
        p.openPrice().signed(), price.signed(), p.multiplier(), openCommission + commission, settled));
    int remaining = p.quantity() - units;
    if (remaining == 0) {
      open.remove(positionId);
      openCommissionPerUnit.remove(positionId);
    } else {
      open.put(positionId, Position.builder().from(p).quantity(remaining)
          .commissions(p.commissions() - openCommission).build());
    }
  }
}
