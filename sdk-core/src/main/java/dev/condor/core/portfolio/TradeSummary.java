package dev.condor.core.portfolio;

import java.util.List;

/**
 * Seed S2's summary of a strategy's closed trades, plus slippage: {@code total_trades, wins,
 * losses, win_rate, gross_pnl, total_commission, net_pnl, avg_pnl, max_win, max_loss,
 * max_drawdown} (drawdown of the cumulative net P&amp;L, in dollars, as a positive number), and
 * S2's derived slippage: fill price − limit price, averaged per unit over the filled limit orders
 * (for a credit, a negative slippage means less credit than asked).
 *
 * @param totalTrades closed round trips
 * @param wins trades with a net P&amp;L above zero
 * @param losses trades with a net P&amp;L at or below zero
 * @param winRate wins / total trades, 0..1
 * @param grossPnl P&amp;L before commissions
 * @param totalCommission commissions
 * @param netPnl P&amp;L after commissions
 * @param avgPnl net P&amp;L per trade
 * @param maxWin the best trade's net P&amp;L
 * @param maxLoss the worst trade's net P&amp;L
 * @param maxDrawdown the largest fall of cumulative net P&amp;L from a peak
 * @param avgSlippage fill − limit in points per unit over filled limit orders (0 if none)
 */
public record TradeSummary(int totalTrades, int wins, int losses, double winRate, double grossPnl,
    double totalCommission, double netPnl, double avgPnl, double maxWin, double maxLoss,
    double maxDrawdown, double avgSlippage) {

  /** The summary of these trades, in the order they closed, without slippage figures. */
  public static TradeSummary of(List<ClosedTrade> trades) {
    return of(trades, List.of());
  }

  /**
   * The summary of these trades and the slippage of these orders: for each filled limit order,
   * its average fill amount minus its limit amount, weighted by the units filled.
   */
  public static TradeSummary of(List<ClosedTrade> trades, List<dev.condor.core.order.TrackedOrder> orders) {
    double slippage = 0;
    int units = 0;
    for (dev.condor.core.order.TrackedOrder o : orders) {
      if (o.filledQuantity() > 0 && o.ticket().limitPrice().isPresent()) {
        double fill = Math.abs(o.averageSignedFillPrice());
        slippage += (fill - o.ticket().limitPrice().get().amount()) * o.filledQuantity();
        units += o.filledQuantity();
      }
    }
    return of(trades, units == 0 ? 0 : Math.round(slippage / units * 10_000) / 10_000.0);
  }

  private static TradeSummary of(List<ClosedTrade> trades, double avgSlippage) {
    int wins = 0;
    double gross = 0;
    double commission = 0;
    double maxWin = 0;
    double maxLoss = 0;
    double cumulative = 0;
    double peak = 0;
    double drawdown = 0;
    for (ClosedTrade t : trades) {
      double net = t.netPnl();
      if (net > 0) {
        wins++;
      }
      gross += t.grossPnl();
      commission += t.commissions();
      maxWin = Math.max(maxWin, net);
      maxLoss = Math.min(maxLoss, net);
      cumulative += net;
      peak = Math.max(peak, cumulative);
      drawdown = Math.max(drawdown, peak - cumulative);
    }
    int n = trades.size();
    double net = gross - commission;
    return new TradeSummary(n, wins, n - wins, n == 0 ? 0 : (double) wins / n, round(gross),
        round(commission), round(net), n == 0 ? 0 : round(net / n), round(maxWin), round(maxLoss),
        round(drawdown), avgSlippage);
  }

  private static double round(double dollars) {
    return Math.round(dollars * 100.0) / 100.0;
  }
}
