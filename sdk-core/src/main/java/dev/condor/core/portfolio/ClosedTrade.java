package dev.condor.core.portfolio;

import java.time.Instant;

/**
 * A round trip of (part of) a position: opened at one average net price, closed or settled at
 * another, with its P&amp;L in dollars per seed S2: (open − close) × multiplier × quantity −
 * commissions.
 *
 * @param positionId the opening order's id
 * @param strategy the strategy
 * @param openedAt when it was opened
 * @param closedAt when it was closed or settled
 * @param quantity units closed
 * @param openSigned the average opening price per unit, signed (credit positive)
 * @param closeSigned the closing price per unit, signed (debit negative)
 * @param multiplier dollars per point per unit
 * @param commissions commissions of the opening share and of the close, in dollars
 * @param settled whether it ended by settlement at expiry rather than by an order
 */
public record ClosedTrade(String positionId, String strategy, Instant openedAt, Instant closedAt,
    int quantity, double openSigned, double closeSigned, int multiplier, double commissions,
    boolean settled) {

  /** Profit or loss before commissions. */
  public double grossPnl() {
    return (openSigned + closeSigned) * multiplier * quantity;
  }

  /** Profit or loss after commissions. */
  public double netPnl() {
    return grossPnl() - commissions;
  }
}
