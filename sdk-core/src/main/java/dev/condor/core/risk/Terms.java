package dev.condor.core.risk;

import dev.condor.api.market.Quote;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.PositionEffect;
import dev.condor.api.order.Side;
import dev.condor.api.portfolio.Position;
import dev.condor.api.strategy.StrategyContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** What the policies read off positions, tickets and the context's clock, in one place. */
final class Terms {

  /**
   * Prices come from quotes in cents and thresholds from products like 0.5 x 1.45; comparing with
   * this slack keeps a value that sits exactly on a threshold on the side the rule documents.
   */
  private static final double EPSILON = 1e-9;

  private Terms() {}

  /** Now, in the exchange's zone. */
  static ZonedDateTime now(StrategyContext context) {
    return context.now().withZoneSameInstant(context.calendar().zone());
  }

  /** Today's date in the exchange's zone. */
  static LocalDate today(StrategyContext context) {
    return now(context).toLocalDate();
  }

  /** The exchange date of an instant. */
  static LocalDate dateOf(Instant instant, StrategyContext context) {
    return instant.atZone(context.calendar().zone()).toLocalDate();
  }

  /** The nearest expiry of a ticket's legs (the only one for verticals and condors). */
  static LocalDate expiry(OrderTicket ticket) {
    LocalDate nearest = null;
    for (Leg leg : ticket.legs()) {
      LocalDate e = leg.contract().expiry();
      if (nearest == null || e.isBefore(nearest)) {
        nearest = e;
      }
    }
    return nearest;
  }

  /** Calendar days from today to the ticket's nearest expiry. */
  static long calendarDte(OrderTicket ticket, StrategyContext context) {
    return ChronoUnit.DAYS.between(today(context), expiry(ticket));
  }

  /** Trading days from today to the ticket's nearest expiry (0 on expiry day). */
  static int tradingDte(OrderTicket ticket, StrategyContext context) {
    return context.calendar().tradingDaysBetween(today(context), expiry(ticket));
  }

  /** The legs the ticket sells. */
  static List<Leg> shortLegs(OrderTicket ticket) {
    List<Leg> out = new ArrayList<>();
    for (Leg leg : ticket.legs()) {
      if (leg.side() == Side.SELL) {
        out.add(leg);
      }
    }
    return out;
  }

  /**
   * The underlying's price now: its quote, else the spot its chain was taken against; empty when
   * the context has neither.
   */
  static OptionalDouble spot(Position position, StrategyContext context) {
    Optional<Quote> quote = context.quote(position.underlying());
    if (quote.isPresent() && Double.isFinite(quote.get().price())) {
      return OptionalDouble.of(quote.get().price());
    }
    return context.chain(position.underlying())
        .map(chain -> OptionalDouble.of(chain.spot()))
        .orElse(OptionalDouble.empty());
  }

  /**
   * A short leg and how far spot still is from its strike on the safe side, in points: spot -
   * strike for a put, strike - spot for a call; negative once spot has crossed the strike.
   */
  record Cushion(Leg leg, double points) {

    /** {@code is 12.00 points from short 5700 put}, or {@code beyond} once crossed. */
    String describe() {
      return "is " + Fmt.price(Math.abs(points)) + " points " + (points >= 0 ? "from" : "beyond")
          + " short " + Fmt.leg(leg.contract());
    }
  }

  /** The short leg spot is nearest to (or furthest beyond); empty for a ticket with no shorts. */
  static Optional<Cushion> nearestShort(OrderTicket ticket, double spot) {
    Cushion nearest = null;
    for (Leg leg : shortLegs(ticket)) {
      double strike = leg.contract().strike();
      double points = leg.contract().isPut() ? spot - strike : strike - spot;
      if (nearest == null || points < nearest.points()) {
        nearest = new Cushion(leg, points);
      }
    }
    return Optional.ofNullable(nearest);
  }

  /** Whether a proposed ticket only reduces an existing position (never refused by entry rules). */
  static boolean isClosing(OrderTicket ticket) {
    return ticket.positionEffect() == PositionEffect.CLOSE;
  }

  /**
   * The most one unit of a proposed entry can lose, in dollars, by the API's own rule ({@link
   * Position#maxLoss()}): a market order's credit is unknown, so it is taken as zero, the worst
   * case. Infinite for undefined risk.
   */
  static double maxLossPerUnit(OrderTicket ticket, StrategyContext context) {
    Position proposed = Position.builder()
        .openedBy(ticket)
        .quantity(ticket.quantity())
        .openPrice(ticket.limitPrice().orElse(NetPrice.credit(0)))
        .openedAt(context.now().toInstant())
        .build();
    return proposed.maxLoss() / ticket.quantity();
  }

  /** {@code a <= b}, up to rounding. */
  static boolean atMost(double a, double b) {
    return a <= b + EPSILON;
  }

  /** {@code a >= b}, up to rounding. */
  static boolean atLeast(double a, double b) {
    return a >= b - EPSILON;
  }

  /** Whole units within a budget, up to rounding: floor(budget / perUnit). */
  static int unitsWithin(double budget, double perUnit) {
    if (!(budget > 0) || !(perUnit > 0)) {
      return 0;
    }
    double units = Math.floor(budget / perUnit + EPSILON);
    return units >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) units;
  }
}
