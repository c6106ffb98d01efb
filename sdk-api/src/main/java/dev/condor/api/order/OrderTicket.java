package dev.condor.api.order;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.internal.ValueStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An order as the caller means it: a structure of legs on one underlying, a quantity, a net
 * credit or debit limit (or a market order), and the caller-chosen {@link ClientOrderId} that
 * makes placing it idempotent.
 *
 * <p>The legs are checked against the {@link Structure} when the ticket is built: a vertical
 * whose legs have different expiries, an iron condor whose call spread sits below its put spread,
 * a limit order without a price, or a limit of NaN are rejected with a message naming the problem.
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class OrderTicket {

  OrderTicket() {}

  /** The idempotency key chosen by the caller. */
  public abstract ClientOrderId clientOrderId();

  /** The shape of the legs. */
  public abstract Structure structure();

  /** The legs, as given. */
  public abstract List<Leg> legs();

  /** How many units of the structure (contracts per 1-ratio leg). */
  public abstract int quantity();

  /** Limit or market. */
  @Value.Default
  public OrderType orderType() {
    return OrderType.LIMIT;
  }

  /** The net limit price per unit; present exactly for limit orders. */
  public abstract Optional<NetPrice> limitPrice();

  /** How long the order works. */
  @Value.Default
  public TimeInForce timeInForce() {
    return TimeInForce.DAY;
  }

  /** Whether the order opens or closes a position. */
  @Value.Default
  public PositionEffect positionEffect() {
    return PositionEffect.OPEN;
  }

  /** The strategy instance that placed it, if any. */
  public abstract Optional<String> strategy();

  /** The underlying of every leg. */
  public Underlying underlying() {
    return legs().get(0).contract().underlying();
  }

  /** The expiry shared by every leg, or empty for a custom structure spanning expiries. */
  public Optional<LocalDate> expiry() {
    LocalDate first = legs().get(0).contract().expiry();
    for (Leg leg : legs()) {
      if (!leg.contract().expiry().equals(first)) {
        return Optional.empty();
      }
    }
    return Optional.of(first);
  }

  /**
   * The widest distance between a bought and a sold strike of one right, in points: a vertical's
   * width, the wider wing of an iron condor; 0 for single options and strangles.
   */
  public double width() {
    return Math.max(widthOf(OptionRight.PUT), widthOf(OptionRight.CALL));
  }

  private double widthOf(OptionRight right) {
    double bought = Double.NaN;
    double sold = Double.NaN;
    for (Leg leg : legs()) {
      if (leg.contract().right() == right) {
        if (leg.side() == Side.BUY) {
          bought = leg.contract().strike();
        } else {
          sold = leg.contract().strike();
        }
      }
    }
    return Double.isNaN(bought) || Double.isNaN(sold) ? 0 : Math.abs(bought - sold);
  }

  /** A single-option limit order. */
  public static OrderTicket single(ClientOrderId id, Leg leg, int quantity, NetPrice limit) {
    return limit(id, Structure.SINGLE, List.of(leg), quantity, limit);
  }

  /**
   * A vertical credit spread: sell {@code shortLeg}, buy {@code longLeg} (same expiry and right),
   * for a net credit limit.
   */
  public static OrderTicket creditVertical(ClientOrderId id, OptionContract shortLeg,
      OptionContract longLeg, int quantity, double creditLimit) {
    return limit(id, Structure.VERTICAL, List.of(Leg.sell(shortLeg), Leg.buy(longLeg)), quantity,
        NetPrice.credit(creditLimit));
  }

  /**
   * A short iron condor: buy the long put, sell the short put, sell the short call, buy the long
   * call, for a net credit limit.
   */
  public static OrderTicket shortIronCondor(ClientOrderId id, OptionContract longPut,
      OptionContract shortPut, OptionContract shortCall, OptionContract longCall, int quantity,
      double creditLimit) {
    return limit(id, Structure.IRON_CONDOR,
        List.of(Leg.buy(longPut), Leg.sell(shortPut), Leg.sell(shortCall), Leg.buy(longCall)),
        quantity, NetPrice.credit(creditLimit));
  }

  /** A short strangle: sell a put and a call of one expiry for a net credit limit. */
  public static OrderTicket shortStrangle(ClientOrderId id, OptionContract put,
      OptionContract call, int quantity, double creditLimit) {
    return limit(id, Structure.STRANGLE, List.of(Leg.sell(put), Leg.sell(call)), quantity,
        NetPrice.credit(creditLimit));
  }

  private static OrderTicket limit(ClientOrderId id, Structure structure, List<Leg> legs,
      int quantity, NetPrice limit) {
    return builder().clientOrderId(id).structure(structure).legs(legs).quantity(quantity)
        .orderType(OrderType.LIMIT).limitPrice(limit).build();
  }

  /**
   * The ticket that closes {@code quantity} units of what this ticket opened: the same structure
   * with every leg reversed, a new id, and a market order or a limit.
   *
   * @param limit the net limit, or {@code null} for a market order
   */
  public OrderTicket closing(ClientOrderId id, int quantity, NetPrice limit) {
    List<Leg> reversed = new ArrayList<>(legs().size());
    for (Leg leg : legs()) {
      reversed.add(leg.reversed());
    }
    Builder b = builder();
    b.clientOrderId(id).structure(structure()).legs(reversed).quantity(quantity)
        .positionEffect(PositionEffect.CLOSE).timeInForce(timeInForce());
    strategy().ifPresent(b::strategy);
    if (limit == null) {
      b.orderType(OrderType.MARKET);
    } else {
      b.orderType(OrderType.LIMIT).limitPrice(limit);
    }
    return b.build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrderTicket}. */
  @Stable(since = "0.1")
  public static final class Builder extends ImmutableOrderTicket.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (quantity() < 1) {
      throw new InvalidValueException("quantity", quantity(), "must be >= 1");
    }
    if (orderType() == OrderType.LIMIT && limitPrice().isEmpty()) {
      throw new InvalidValueException("limitPrice", null, "is required for a LIMIT order");
    }
    if (orderType() == OrderType.MARKET && limitPrice().isPresent()) {
      throw new InvalidValueException("limitPrice", limitPrice().get(),
          "must be absent for a MARKET order");
    }
    List<Leg> legs = legs();
    if (legs.isEmpty() || legs.size() > 8) {
      throw new InvalidValueException("legs", legs.size(), "a ticket needs 1 to 8 legs");
    }
    Underlying underlying = legs.get(0).contract().underlying();
    Set<OptionContract> seen = new HashSet<>();
    for (Leg leg : legs) {
      if (!leg.contract().underlying().equals(underlying)) {
        throw new InvalidValueException("legs", legs,
            "every leg must be on one underlying, found " + underlying + " and "
                + leg.contract().underlying());
      }
      if (!seen.add(leg.contract())) {
        throw new InvalidValueException("legs", legs, leg.contract() + " appears twice");
      }
    }
    StructureRules.check(structure(), legs);
  }

  @Override
  public String toString() {
    return "OrderTicket[" + clientOrderId() + " " + positionEffect() + " " + structure() + " x"
        + quantity() + " " + legs() + " " + (limitPrice().map(NetPrice::toString).orElse("MARKET"))
        + "]";
  }
}
