package dev.condor.api.portfolio;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.internal.ValueStyle;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.Structure;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A strategy's open multi-leg position: the ticket that opened it, how many units are still open,
 * the average net price they opened at, and the commissions paid so far. Its id is the opening
 * order's client order id.
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class Position {

  Position() {}

  /** The order that opened the position (structure, legs, strategy). */
  public abstract OrderTicket openedBy();

  /** Units still open (&lt;= the opening quantity). */
  public abstract int quantity();

  /** The average net price per unit at which the open units were opened. */
  public abstract NetPrice openPrice();

  /** When the position was opened (the first fill). */
  public abstract Instant openedAt();

  /** Commissions and fees paid so far, in dollars. */
  @Value.Default
  public double commissions() {
    return 0;
  }

  /** The position's id: the opening order's client order id. */
  public String id() {
    return openedBy().clientOrderId().value();
  }

  /** The underlying. */
  public Underlying underlying() {
    return openedBy().underlying();
  }

  /** Dollars per point per unit. */
  public int multiplier() {
    return openedBy().legs().get(0).contract().multiplier();
  }

  /**
   * The most the open units can lose at expiry, in dollars, for defined-risk structures
   * (verticals and iron condors): (width - credit) x multiplier x quantity for a credit, the debit
   * paid for a debit; for a short put, (strike - premium) x multiplier x quantity; for long options,
   * the premium. Infinite for short calls and strangles.
   */
  public double maxLoss() {
    Structure s = openedBy().structure();
    if (s == Structure.VERTICAL || s == Structure.IRON_CONDOR) {
      double perUnit = openPrice().signed() >= 0
          ? openedBy().width() - openPrice().amount()
          : openPrice().amount();
      return Math.max(0, perUnit) * multiplier() * quantity();
    }
    if (s == Structure.SINGLE) {
      dev.condor.api.order.Leg leg = openedBy().legs().get(0);
      if (leg.side() == dev.condor.api.order.Side.BUY) {
        return openPrice().amount() * multiplier() * quantity() * leg.ratio();
      }
      if (leg.contract().isPut()) {
        // A short put loses at most the strike (the underlying at zero) less the premium.
        return Math.max(0, leg.contract().strike() - openPrice().amount()) * multiplier()
            * quantity() * leg.ratio();
      }
      return Double.POSITIVE_INFINITY;
    }
    boolean anyShort = openedBy().legs().stream()
        .anyMatch(l -> l.side() == dev.condor.api.order.Side.SELL);
    return anyShort ? Double.POSITIVE_INFINITY : openPrice().amount() * multiplier() * quantity();
  }

  /**
   * The profit or loss, in dollars before commissions, if the open units were closed at {@code
   * closePrice} per unit (a debit to buy back a credit position).
   */
  public double pnlIfClosedAt(NetPrice closePrice) {
    return (openPrice().signed() + closePrice.signed()) * multiplier() * quantity();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Position}. */
  @Stable(since = "0.1")
  public static final class Builder extends ImmutablePosition.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (quantity() < 1 || quantity() > openedBy().quantity()) {
      throw new InvalidValueException("quantity", quantity(),
          "must be between 1 and the opening quantity " + openedBy().quantity());
    }
    if (!(commissions() >= 0) || Double.isInfinite(commissions())) {
      throw new InvalidValueException("commissions", commissions(), "must be a finite amount >= 0");
    }
  }
}
