package dev.condor.core.backtest.report;

import dev.condor.api.order.Leg;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.Side;
import dev.condor.core.backtest.BacktestResult;
import dev.condor.core.backtest.DailyRecord;
import dev.condor.core.backtest.TradeRecord;
import dev.condor.core.portfolio.ClosedTrade;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Seed S1's position log and daily performance log of a backtest, as CSV text. */
final class CsvLogs {

  /** The trade log's columns: seed S1's positions.csv first, then what a backtest adds. */
  static final List<String> TRADE_COLUMNS = List.of("Entry_Date", "Exit_Date", "Strategy", "DTE",
      "Strikes", "Credit", "Max_Loss", "Exit_PL", "Status", "Entry_Time", "Exit_Time", "Quantity",
      "Commissions", "Settled", "Gross_PL", "Structure", "Position_Id");

  /** The daily log's columns before one column per benchmark close: seed S1's, then Equity. */
  static final List<String> DAILY_COLUMNS = List.of("Date", "Positions_Entered",
      "Positions_Closed", "Realized_PL", "Unrealized_PL", "Open_Count", "Total_Risk_Pct",
      "Win_Rate", "Avg_ROI", "Equity");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private CsvLogs() {}

  /** One row per closed trade, in closing order. */
  static String trades(BacktestResult result) {
    StringBuilder out = new StringBuilder();
    row(out, TRADE_COLUMNS);
    for (TradeRecord r : result.trades()) {
      ClosedTrade t = r.trade();
      ZonedDateTime opened = t.openedAt().atZone(PerformanceMetrics.NEW_YORK);
      ZonedDateTime closed = t.closedAt().atZone(PerformanceMetrics.NEW_YORK);
      row(out, List.of(opened.toLocalDate().toString(), closed.toLocalDate().toString(),
          t.strategy(), Integer.toString(r.dte()), strikes(r.openedBy()),
          Format.fixed(t.openSigned(), 2), Format.fixed(r.maxLoss(), 2),
          Format.fixed(t.netPnl(), 2), "closed", TIME.format(r.entryTime()),
          TIME.format(closed), Integer.toString(t.quantity()), Format.fixed(t.commissions(), 2),
          Boolean.toString(t.settled()), Format.fixed(t.grossPnl(), 2),
          r.openedBy().structure().name(), t.positionId()));
    }
    return out.toString();
  }

  /**
   * One row per trading day; Win_Rate and Avg_ROI are cumulative over the trades closed up to and
   * including that day (blank before the first), Avg_ROI being the mean of net P&amp;L / max loss
   * over trades with a finite max loss; Total_Risk_Pct is the open positions' max loss over the
   * day's closing equity; percentages in percent.
   */
  static String daily(BacktestResult result) {
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>(DAILY_COLUMNS);
    for (String b : result.benchmarks()) {
      header.add(b + "_Close");
    }
    row(out, header);
    TreeMap<LocalDate, List<TradeRecord>> closedOn = new TreeMap<>();
    for (TradeRecord r : result.trades()) {
      closedOn.computeIfAbsent(r.trade().closedAt().atZone(PerformanceMetrics.NEW_YORK)
          .toLocalDate(), d -> new ArrayList<>()).add(r);
    }
    int closed = 0;
    int wins = 0;
    int withRoi = 0;
    double roiSum = 0;
    for (DailyRecord d : result.days()) {
      // Trades closed on days without a record (a weekend settlement) count on the next record.
      Map<LocalDate, List<TradeRecord>> due = closedOn.headMap(d.date(), true);
      for (List<TradeRecord> list : due.values()) {
        for (TradeRecord r : list) {
          closed++;
          if (PerformanceMetrics.isWin(r.trade().netPnl())) {
            wins++;
          }
          if (Double.isFinite(r.maxLoss()) && r.maxLoss() > 0) {
            withRoi++;
            roiSum += r.trade().netPnl() / r.maxLoss();
          }
        }
      }
      due.clear();
      List<String> cells = new ArrayList<>(List.of(d.date().toString(),
          Integer.toString(d.positionsEntered()), Integer.toString(d.positionsClosed()),
          Format.fixed(d.realizedPnl(), 2), Format.fixed(d.unrealizedPnl(), 2),
          Integer.toString(d.openPositions()),
          d.equity() > 0 ? Format.fixed(d.riskAtClose() / d.equity() * 100, 2) : "",
          closed == 0 ? "" : Format.fixed(100.0 * wins / closed, 2),
          withRoi == 0 ? "" : Format.fixed(100 * roiSum / withRoi, 2),
          Format.fixed(d.equity(), 2)));
      for (String b : result.benchmarks()) {
        Double close = d.benchmarkCloses().get(b);
        cells.add(close == null ? "" : Format.fixed(close, 4));
      }
      row(out, cells);
    }
    return out.toString();
  }

  /**
   * Seed S1's strikes: the put side then the call side, each short/long, joined by "|" when the
   * position has both ({@code 4200/4190|4300/4310}); a single option is its strike.
   */
  static String strikes(OrderTicket ticket) {
    String puts = side(ticket, true);
    String calls = side(ticket, false);
    if (puts.isEmpty() || calls.isEmpty()) {
      return puts + calls;
    }
    return puts + "|" + calls;
  }

  private static String side(OrderTicket ticket, boolean puts) {
    List<String> shorts = new ArrayList<>();
    List<String> longs = new ArrayList<>();
    for (Leg leg : ticket.legs()) {
      if (leg.contract().isPut() == puts) {
        String k = Format.strike(leg.contract().strike());
        (leg.side() == Side.SELL ? shorts : longs).add(k);
      }
    }
    List<String> all = new ArrayList<>(shorts);
    all.addAll(longs);
    return String.join("/", all);
  }

  private static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append('\n');
  }

  /** RFC 4180 quoting, and a leading quote for text a spreadsheet would run as a formula. */
  static String cell(String s) {
    String v = s;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  private static boolean isNumber(String s) {
    return s.matches("-?(\\d+(\\.\\d*)?|inf)");
  }
}
