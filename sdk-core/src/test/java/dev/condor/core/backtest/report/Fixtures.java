package dev.condor.core.backtest.report;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.OrderTicket;
import dev.condor.core.backtest.BacktestResult;
import dev.condor.core.backtest.DailyRecord;
import dev.condor.core.market.DataQuality;
import dev.condor.core.backtest.TradeRecord;
import dev.condor.core.portfolio.ClosedTrade;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built backtest results for the report's tests. */
final class Fixtures {

  static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  private Fixtures() {}

  /** A day with only its date and equity (nothing open, no activity). */
  static DailyRecord day(LocalDate date, double equity) {
    return new DailyRecord(date, equity, 0, 0, 0, 0, 0, 0, 0, Map.of());
  }

  /** Days with these closing equities, one per weekday from {@link #DAY}. */
  static List<DailyRecord> days(double... equities) {
    List<DailyRecord> days = new ArrayList<>();
    LocalDate d = DAY;
    for (double e : equities) {
      days.add(day(d, e));
      d = nextWeekday(d);
    }
    return days;
  }

  static LocalDate nextWeekday(LocalDate d) {
    LocalDate next = d.plusDays(1);
    while (next.getDayOfWeek().getValue() > 5) {
      next = next.plusDays(1);
    }
    return next;
  }

  /** A result with these days and no trades, starting with {@code capital}. */
  static BacktestResult result(double capital, List<DailyRecord> days) {
    return result(capital, days, List.of(), List.of());
  }

  static BacktestResult result(double capital, List<DailyRecord> days, List<TradeRecord> trades,
      List<String> benchmarks) {
    LocalDate from = days.isEmpty() ? DAY : days.get(0).date();
    LocalDate to = days.isEmpty() ? DAY : days.get(days.size() - 1).date();
    Map<String, String> strategies = new LinkedHashMap<>();
    strategies.put("dte0_ic", "iron-condor");
    return new BacktestResult(strategies, "simulated seed 7", from, to, capital, benchmarks,
        List.of(), trades, days, new DataQuality(750, 250));
  }

  /**
   * An iron condor 5690/5700 puts, 5900/5910 calls opened on {@code date} at {@code time} for
   * {@code credit} and closed the same day for a net P&amp;L of {@code net} dollars after $2.60 of
   * commissions, quantity 1.
   */
  static TradeRecord condor(String strategy, LocalDate date, LocalTime time, int dte, double credit,
      double net) {
    LocalDate expiry = date.plusDays(dte);
    OrderTicket ticket = OrderTicket.shortIronCondor(
        ClientOrderId.of(strategy.replaceAll("[^A-Za-z0-9_]", "") + "-" + date + "-"
            + time.toSecondOfDay()),
        OptionContract.of("SPXW", expiry, 5690, OptionRight.PUT),
        OptionContract.of("SPXW", expiry, 5700, OptionRight.PUT),
        OptionContract.of("SPXW", expiry, 5900, OptionRight.CALL),
        OptionContract.of("SPXW", expiry, 5910, OptionRight.CALL), 1, credit);
    double commissions = 2.60;
    // net = (open + closeSigned) * 100 - commissions
    double closeSigned = (net + commissions) / 100 - credit;
    ZonedDateTime opened = date.atTime(time).atZone(PerformanceMetrics.NEW_YORK);
    ZonedDateTime closed = date.atTime(15, 45).atZone(PerformanceMetrics.NEW_YORK);
    ClosedTrade trade = new ClosedTrade(ticket.clientOrderId().value(), strategy,
        opened.toInstant(), closed.toInstant(), 1, credit, closeSigned, 100, commissions, false);
    return new TradeRecord(trade, ticket, dte, time, (10 - credit) * 100);
  }

  static TradeRecord condor(LocalTime time, int dte, double net) {
    return condor("dte0_ic", DAY, time, dte, 1.50, net);
  }
}
