package dev.condor.core.backtest;

import dev.condor.api.order.OrderTicket;
import dev.condor.core.portfolio.ClosedTrade;
import java.time.LocalTime;

/**
 * A closed round trip with what a trade list shows beside its P&L (seed S1's positions.csv): the
 * order that opened it, its days to expiry at entry, its entry time of day (New York) and its
 * maximum loss.
 *
 * @param trade the round trip: times, prices, quantity, commissions, settled or closed
 * @param openedBy the ticket that opened it (legs, limit)
 * @param dte calendar days from the entry day to the earliest leg's expiry
 * @param entryTime the entry's time of day in New York
 * @param maxLoss the most the position could lose at expiry, in dollars (infinite when undefined)
 */
public record TradeRecord(ClosedTrade trade, OrderTicket openedBy, int dte, LocalTime entryTime,
    double maxLoss) {}
