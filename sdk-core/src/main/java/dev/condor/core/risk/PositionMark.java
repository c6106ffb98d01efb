package dev.condor.core.risk;

import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.Side;
import dev.condor.api.portfolio.Position;
import dev.condor.api.strategy.StrategyContext;
import java.util.Objects;
import java.util.Optional;

/**
 * What it would cost now to close one unit of a position, from the chain of its underlying: every
 * leg taken out on the other side of its market (a sold leg bought back at the ask, a bought leg
 * sold at the bid) or at its mid, times its ratio; or, when the chain lacks a leg's market, why the
 * position cannot be marked.
 *
 * <p>A leg to be bought back with an ask of zero has no offer, and counts as unquoted: valuing it
 * at nothing would fake a profit.
 */
public final class PositionMark {

  private final NetPrice closePrice;
  private final Pricing pricing;
  private final String problem;

  private PositionMark(NetPrice closePrice, Pricing pricing, String problem) {
    this.closePrice = closePrice;
    this.pricing = pricing;
    this.problem = problem;
  }

  /** Marks a position from {@code context.chain(position.underlying())}. */
  public static PositionMark of(Position position, StrategyContext context, Pricing pricing) {
    Optional<OptionChain> chain = context.chain(position.underlying());
    if (chain.isEmpty()) {
      return new PositionMark(null, pricing, "no chain for " + position.underlying());
    }
    return of(position, chain.get(), pricing);
  }

  /** Marks a position from a chain. */
  public static PositionMark of(Position position, OptionChain chain, Pricing pricing) {
    Objects.requireNonNull(pricing, "pricing");
    double cashFlow = 0;
    for (Leg leg : position.openedBy().legs()) {
      Optional<OptionQuote> found = chain.quote(leg.contract());
      if (found.isEmpty()) {
        return new PositionMark(null, pricing, "no quote for " + leg.contract());
      }
      OptionQuote q = found.get();
      boolean buyBack = leg.side() == Side.SELL;
      if (buyBack && !(q.ask() > 0)) {
        return new PositionMark(null, pricing, "no offer for " + leg.contract());
      }
      double price = pricing == Pricing.MID ? q.mid() : buyBack ? q.ask() : q.bid();
      cashFlow += (buyBack ? -price : price) * leg.ratio();
    }
    // quotes are in cents and mids in half-cents: summing legs must not leave 0.7000000000000001
    double rounded = Math.round(cashFlow * 10_000) / 10_000.0 + 0.0;
    return new PositionMark(NetPrice.ofSigned(rounded), pricing, null);
  }

  /** Whether every leg had a market. */
  public boolean isPriced() {
    return closePrice != null;
  }

  /**
   * The net price per unit of the closing order (a debit to buy back a credit position).
   *
   * @throws IllegalStateException if the position could not be marked
   */
  public NetPrice closePrice() {
    if (closePrice == null) {
      throw new IllegalStateException("not marked: " + problem);
    }
    return closePrice;
  }

  /** The debit per unit to close (negative when closing would receive a credit). */
  public double debitToClose() {
    return -closePrice().signed();
  }

  /** The pricing used. */
  public Pricing pricing() {
    return pricing;
  }

  /** Why the position could not be marked, e.g. {@code no quote for SPXW 250117P05700000}. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** How the mark reads in a reason, e.g. {@code debit to close 0.70} or {@code mid debit ...}. */
  public String describe() {
    String price = Fmt.price(Math.abs(debitToClose()));
    String what = debitToClose() >= 0 ? "debit to close " : "credit to close ";
    return (pricing == Pricing.MID ? "mid " : "") + what + price;
  }

  @Override
  public String toString() {
    return isPriced() ? describe() : "unmarked: " + problem;
  }
}
