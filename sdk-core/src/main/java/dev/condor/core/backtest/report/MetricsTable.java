package dev.condor.core.backtest.report;

import java.util.ArrayList;
import java.util.List;

/** Performance metrics as a plain-text table with aligned columns, for a console. */
public final class MetricsTable {

  private MetricsTable() {}

  /**
   * The metrics as lines of "label   value", then one line per benchmark and per strategy; every
   * line ends with a newline.
   */
  public static String format(PerformanceMetrics m) {
    List<String[]> rows = rows(m);
    int width = 0;
    for (String[] row : rows) {
      width = Math.max(width, row[0].length());
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      out.append(pad(row[0], width)).append("  ").append(row[1]).append('\n');
    }
    if (!m.benchmarks().isEmpty()) {
      List<String[]> table = new ArrayList<>();
      table.add(new String[] {"Benchmark", "Return", "Max DD", "Excess", "Alpha(CAPM)", "Beta"});
      for (PerformanceMetrics.BenchmarkComparison b : m.benchmarks()) {
        table.add(new String[] {b.symbol(), Format.signedPercent(b.totalReturn()),
            Format.percent(-b.maxDrawdownPercent()), Format.signedPercent(b.excessReturn()),
            Format.signedPercent(b.alpha()), Format.text(b.beta(), 2)});
      }
      out.append('\n');
      columns(out, table);
    }
    if (!m.byStrategy().isEmpty()) {
      List<String[]> table = new ArrayList<>();
      table.add(new String[] {"Strategy", "Trades", "Win rate", "Total P&L", "Avg P&L"});
      for (PerformanceMetrics.Bucket b : m.byStrategy()) {
        table.add(new String[] {b.key(), Integer.toString(b.trades()),
            Format.percent(b.winRate(), 1), Format.dollars(b.totalPnl()),
            Format.dollars(b.averagePnl())});
      }
      out.append('\n');
      columns(out, table);
    }
    return out.toString();
  }

  /** The headline metrics as label and value pairs, in the order every view shows them. */
  static List<String[]> rows(PerformanceMetrics m) {
    PerformanceMetrics.Drawdown dd = m.maxDrawdown();
    List<String[]> rows = new ArrayList<>();
    add(rows, "Period", m.from() + " to " + m.to());
    add(rows, "Trading days", Integer.toString(m.tradingDays()));
    add(rows, "Starting capital", Format.dollars(m.startingCapital()));
    add(rows, "Ending equity", Format.dollars(m.endingEquity()));
    add(rows, "Total return", Format.signedPercent(m.totalReturn()));
    add(rows, "Return on capital", Format.signedPercent(m.returnOnCapital()));
    add(rows, "CAGR", Format.percent(m.cagr()));
    add(rows, "Sharpe (daily, annualised)", Format.text(m.sharpe(), 2));
    add(rows, "Sortino (daily, annualised)", Format.text(m.sortino(), 2));
    add(rows, "Max drawdown", Format.percent(-dd.percent()) + " (" + Format.dollars(-dd.amount())
        + ")");
    add(rows, "Drawdown peak / trough", dd.peakDate() + " / " + dd.troughDate());
    add(rows, "Recovery", dd.amount() == 0 ? "no drawdown" : dd.recovered()
        ? dd.recoveryDays().getAsInt() + " trading days (" + dd.recoveredOn().get() + ")"
        : "not recovered");
    add(rows, "Trades", Integer.toString(m.trades()));
    add(rows, "Wins / losses", m.wins() + " / " + m.losses());
    add(rows, "Win rate", Format.percent(m.winRate(), 1));
    add(rows, "Total P&L", Format.dollars(m.totalPnl()));
    add(rows, "Average P&L", Format.dollars(m.averagePnl()));
    add(rows, "Average win / loss", Format.dollars(m.averageWin()) + " / "
        + Format.dollars(m.averageLoss()));
    add(rows, "Max win / loss", Format.dollars(m.maxWin()) + " / " + Format.dollars(m.maxLoss()));
    add(rows, "Profit factor", Format.text(m.profitFactor(), 2));
    add(rows, "Exposure", Format.percent(m.exposure(), 1));
    add(rows, "Commissions", Format.dollars(m.commissions()));
    add(rows, "Average slippage", Format.fixed(m.averageSlippage(), 4) + " pts/unit");
    if (m.riskFreeRate() != 0) {
      add(rows, "Risk-free rate", Format.percent(m.riskFreeRate()));
    }
    add(rows, "Observed data", Format.percent(m.observedShare(), 1));
    return rows;
  }

  private static void add(List<String[]> rows, String label, String value) {
    rows.add(new String[] {label, value});
  }

  private static void columns(StringBuilder out, List<String[]> table) {
    int[] widths = new int[table.get(0).length];
    for (String[] row : table) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : table) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        if (i == 0) {
          line.append(pad(row[i], widths[i]));
        } else {
          line.append("  ").append(" ".repeat(widths[i] - row[i].length())).append(row[i]);
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }
}
