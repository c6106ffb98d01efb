package dev.condor.core.backtest.report;

import dev.condor.core.backtest.BacktestResult;
import dev.condor.core.backtest.DailyRecord;
import dev.condor.core.backtest.TradeRecord;
import dev.condor.core.portfolio.ClosedTrade;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The report as one self-contained HTML page: inline CSS and SVG, no script, font or image. */
final class Html {

  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
      "Aug", "Sep", "Oct", "Nov", "Dec"};
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private static final String CSS = """
      :root{--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--bg:#f5f7fa;--card:#fff;\
      --blue:#0072B2;--red:#D55E00}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 system-ui,-apple-system,\
      "Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-variant-numeric:tabular-nums}
      main{max-width:1200px;margin:0 auto;padding:24px 20px 48px}
      header{background:#102a43;color:#f0f4f8;padding:28px 0 22px}
      header .inner{max-width:1200px;margin:0 auto;padding:0 20px}
      h1{margin:0 0 6px;font-size:24px;font-weight:650;letter-spacing:-.01em}
      h2{font-size:16px;font-weight:650;margin:0 0 12px}
      .meta{display:flex;flex-wrap:wrap;gap:6px 28px;color:#bcccdc;font-size:13px}
      .meta b{color:#f0f4f8;font-weight:600}
      section{background:var(--card);border:1px solid var(--line);border-radius:10px;\
      padding:18px 20px;margin:18px 0;box-shadow:0 1px 2px rgba(16,42,67,.04)}
      .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;\
      margin:18px 0}
      .card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px}
      .card .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
      .card .value{font-size:22px;font-weight:650;margin-top:2px}
      .card .sub{color:var(--muted);font-size:12px}
      .pos{color:var(--blue)}.neg{color:var(--red)}
      .grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(420px,100%),1fr));gap:18px;\
      margin:18px 0}
      .grid2 section{margin:0}
      .split{display:grid;grid-template-columns:minmax(0,5fr) minmax(0,7fr);gap:18px;margin:18px 0}
      .split section{margin:0}
      @media (max-width:900px){.split{grid-template-columns:minmax(0,1fr)}}
      .stack{display:flex;flex-direction:column;gap:18px;min-width:0}
      table{border-collapse:collapse;width:100%;font-size:13px}
      th,td{padding:6px 8px;text-align:right;border-bottom:1px solid var(--line);white-space:nowrap}
      th{color:var(--muted);font-weight:600;font-size:12px;background:#f8fafc}
      th:first-child,td:first-child{text-align:left}
      td.text,th.text{text-align:left}
      tbody tr:nth-child(even){background:#fbfcfd}
      .scroll{overflow-x:auto}
      .kv td{white-space:normal}
      .kv td:first-child{color:var(--muted);white-space:nowrap}
      .monthly td,.monthly th{text-align:center;min-width:54px}
      .monthly td:first-child{font-weight:600}
      .legend{display:flex;flex-wrap:wrap;gap:4px 18px;margin:0 0 8px;font-size:13px}
      .legend span{display:inline-flex;align-items:center;gap:6px}
      .legend i{display:inline-block;width:18px;height:3px;border-radius:2px}
      svg.chart{width:100%;height:auto;display:block}
      svg .grid{stroke:#e4e7eb;stroke-width:1}
      svg .vgrid{stroke:#f0f2f5;stroke-width:1}
      svg .axis{stroke:#9aa5b1;stroke-width:1}
      svg .zero{stroke:#52606d;stroke-width:1}
      svg .tick{fill:#616e7c;font-size:12px}
      svg .empty{fill:#9aa5b1;font-size:14px}
      .note{color:var(--muted);font-size:12px;margin:8px 0 0}
      footer{color:var(--muted);font-size:12px;text-align:center;margin-top:24px}
      """;

  private Html() {}

  /** Escapes text for HTML content and attribute values. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String page(BacktestResult r, PerformanceMetrics m, int tradeRows, String generatedAt) {
    StringBuilder h = new StringBuilder(64 * 1024);
    String title = "Backtest " + String.join(", ", m.strategies().keySet()) + " " + m.from()
        + " to " + m.to();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n");
    header(h, m, generatedAt);
    h.append("<main>\n");
    cards(h, m);
    equity(h, r, m);
    drawdown(h, r, m);
    h.append("<div class=\"split\">\n");
    metricsTable(h, m);
    h.append("<div class=\"stack\">\n");
    benchmarks(h, m);
    buckets(h, "By strategy", "Strategy", m.byStrategy());
    buckets(h, "By DTE at entry", "DTE", m.byDte());
    h.append("</div>\n</div>\n");
    monthly(h, r, m);
    h.append("<div class=\"grid2\">\n");
    distribution(h, r);
    entryTimes(h, m);
    h.append("</div>\n");
    buckets(h, "By entry time (New York, 30 minutes)", "Entry time", m.byEntryTime());
    trades(h, r, tradeRows);
    h.append("<footer>Condor backtest report. Ratios from daily closing equity, annualised with "
        + "252 trading days; alpha is CAPM alpha of daily returns, excess return is the "
        + "difference of total returns.</footer>\n</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void header(StringBuilder h, PerformanceMetrics m, String generatedAt) {
    h.append("<header><div class=\"inner\">\n<h1>Backtest report</h1>\n<div class=\"meta\">");
    List<String> names = new ArrayList<>();
    m.strategies().forEach((name, provider) -> names.add(name.equals(provider) ? name
        : name + " (" + provider + ")"));
    meta(h, "Strategies", String.join(", ", names));
    meta(h, "Period", m.from() + " to " + m.to() + " (" + m.tradingDays() + " trading days)");
    meta(h, "Source", m.source());
    meta(h, "Starting capital", Format.dollars(m.startingCapital(), 0));
    meta(h, "Data quality", Format.percent(m.observedShare(), 1) + " observed quotes ("
        + String.format(java.util.Locale.ROOT, "%,d observed, %,d estimated", m.observedQuotes(),
            m.estimatedQuotes()) + ")");
    if (generatedAt != null) {
      meta(h, "Generated", generatedAt);
    }
    h.append("</div>\n</div></header>\n");
  }

  private static void meta(StringBuilder h, String label, String value) {
    h.append("<span>").append(escape(label)).append(": <b>").append(escape(value))
        .append("</b></span>");
  }

  private static void cards(StringBuilder h, PerformanceMetrics m) {
    PerformanceMetrics.Drawdown dd = m.maxDrawdown();
    h.append("<div class=\"cards\">\n");
    card(h, "Total return", Format.signedPercent(m.totalReturn()), sign(m.totalReturn()),
        Format.dollars(m.endingEquity() - m.startingCapital()) + " on equity");
    card(h, "CAGR", Format.percent(m.cagr()), sign(m.cagr()), "calendar days");
    card(h, "Sharpe", Format.text(m.sharpe(), 2), "", "Sortino " + Format.text(m.sortino(), 2));
    card(h, "Max drawdown", Format.percent(-dd.percent()), dd.percent() > 0 ? "neg" : "",
        Format.dollars(-dd.amount()) + ", " + recovery(dd));
    card(h, "Win rate", Format.percent(m.winRate(), 1), "", m.wins() + " of " + m.trades()
        + " trades");
    card(h, "Profit factor", Format.text(m.profitFactor(), 2).replace("inf", "\u221e"), "",
        "net P&L " + Format.dollars(m.totalPnl()));
    card(h, "Exposure", Format.percent(m.exposure(), 1), "", "of trading days");
    for (PerformanceMetrics.BenchmarkComparison b : m.benchmarks()) {
      card(h, "Alpha vs " + b.symbol(), Format.signedPercent(b.alpha()), sign(b.alpha()),
          "excess return " + Format.signedPercent(b.excessReturn()));
    }
    h.append("</div>\n");
  }

  private static String recovery(PerformanceMetrics.Drawdown dd) {
    if (dd.amount() == 0) {
      return "none";
    }
    return dd.recovered() ? "recovered in " + dd.recoveryDays().getAsInt() + " days"
        : "not recovered";
  }

  private static String sign(double v) {
    return v > 0 ? "pos" : v < 0 ? "neg" : "";
  }

  private static void card(StringBuilder h, String label, String value, String cls, String sub) {
    h.append("<div class=\"card\"><div class=\"label\">").append(escape(label))
        .append("</div><div class=\"value ").append(cls).append("\">").append(escape(value))
        .append("</div><div class=\"sub\">").append(escape(sub)).append("</div></div>\n");
  }

  private static void equity(StringBuilder h, BacktestResult r, PerformanceMetrics m) {
    List<DailyRecord> days = r.days();
    List<LocalDate> dates = new ArrayList<>();
    double[] equity = new double[days.size()];
    for (int i = 0; i < days.size(); i++) {
      dates.add(days.get(i).date());
      equity[i] = days.get(i).equity();
    }
    List<Charts.Series> series = new ArrayList<>();
    series.add(new Charts.Series("Strategy equity", Charts.BLUE, equity, 2.5));
    int k = 0;
    for (String symbol : r.benchmarks()) {
      double[] rebased = new double[days.size()];
      double first = Double.NaN;
      boolean any = false;
      for (int i = 0; i < days.size(); i++) {
        Double close = days.get(i).benchmarkCloses().get(symbol);
        if (close != null && close > 0 && Double.isNaN(first)) {
          first = close;
        }
        rebased[i] = close == null || Double.isNaN(first) ? Double.NaN
            : m.startingCapital() * close / first;
        any |= close != null;
      }
      if (any) {
        String colour = Charts.BENCHMARK_COLOURS.get(k++ % Charts.BENCHMARK_COLOURS.size());
        series.add(new Charts.Series(symbol + " buy and hold", colour, rebased, 1.6));
      }
    }
    h.append("<section>\n<h2>Equity against buy-and-hold benchmarks</h2>\n<div class=\"legend\">");
    for (Charts.Series s : series) {
      h.append("<span><i style=\"background:").append(s.colour()).append("\"></i>")
          .append(escape(s.name())).append("</span>");
    }
    h.append("</div>\n").append(Charts.lines("Equity curve against benchmarks", dates, series, Charts.FULL, 360,
        Charts::compactDollars, false));
    h.append("\n<p class=\"note\">Benchmarks rebased to the starting capital at their first close"
        + " in the period.</p>\n</section>\n");
  }

  private static void drawdown(StringBuilder h, BacktestResult r, PerformanceMetrics m) {
    List<DailyRecord> days = r.days();
    List<LocalDate> dates = new ArrayList<>();
    double[] dd = new double[days.size()];
    double peak = m.startingCapital();
    for (int i = 0; i < days.size(); i++) {
      DailyRecord d = days.get(i);
      dates.add(d.date());
      peak = Math.max(peak, d.equity());
      dd[i] = peak > 0 ? d.equity() / peak - 1 : 0;
    }
    PerformanceMetrics.Drawdown max = m.maxDrawdown();
    h.append("<section>\n<h2>Drawdown from peak equity</h2>\n")
        .append(Charts.lines("Drawdown chart", dates,
            List.of(new Charts.Series("Drawdown", Charts.VERMILLION, dd, 1.5)), Charts.FULL, 220,
            Charts::compactPercent, true))
        .append("\n<p class=\"note\">Deepest: ").append(escape(Format.percent(-max.percent())))
        .append(" (").append(escape(Format.dollars(-max.amount()))).append(") from ")
        .append(max.peakDate()).append(" to ").append(max.troughDate()).append(", ")
        .append(escape(recovery(max))).append(max.recovered() && max.amount() > 0
            ? " (" + max.recoveredOn().get() + ")" : "").append(".</p>\n</section>\n");
  }

  private static void metricsTable(StringBuilder h, PerformanceMetrics m) {
    h.append("<section>\n<h2>Metrics</h2>\n<table class=\"kv\"><tbody>\n");
    for (String[] row : MetricsTable.rows(m)) {
      h.append("<tr><td>").append(escape(row[0])).append("</td><td>").append(escape(row[1]))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n</section>\n");
  }

  private static void benchmarks(StringBuilder h, PerformanceMetrics m) {
    h.append("<section>\n<h2>Benchmarks</h2>\n");
    if (m.benchmarks().isEmpty()) {
      h.append("<p class=\"note\">No benchmark closes in this result.</p>\n</section>\n");
      return;
    }
    h.append("<div class=\"scroll\"><table><thead><tr><th>Symbol</th><th>Return</th>"
        + "<th>Max DD</th><th>Excess return</th><th>Alpha/yr (CAPM)</th><th>Beta</th>"
        + "<th>Corr.</th></tr></thead><tbody>\n");
    h.append("<tr><td>Strategy</td>").append(td(Format.signedPercent(m.totalReturn()),
        m.totalReturn())).append(td(Format.percent(-m.maxDrawdown().percent()), 0))
        .append("<td></td><td></td><td></td><td></td></tr>\n");
    for (PerformanceMetrics.BenchmarkComparison b : m.benchmarks()) {
      h.append("<tr><td>").append(escape(b.symbol())).append("</td>")
          .append(td(Format.signedPercent(b.totalReturn()), b.totalReturn()))
          .append(td(Format.percent(-b.maxDrawdownPercent()), 0))
          .append(td(Format.signedPercent(b.excessReturn()), b.excessReturn()))
          .append(td(Format.signedPercent(b.alpha()), b.alpha()))
          .append(td(Format.text(b.beta(), 2), 0)).append(td(Format.text(b.correlation(), 2), 0))
          .append("</tr>\n");
    }
    h.append("</tbody></table></div>\n<p class=\"note\">Excess return: the strategy's total return"
        + " minus the benchmark's buy-and-hold return (seed S3's alpha). Alpha (CAPM): intercept of"
        + " daily strategy returns regressed on the benchmark's, times 252.</p>\n</section>\n");
  }

  private static String td(String text, double sign) {
    String cls = sign(sign);
    return "<td" + (cls.isEmpty() ? "" : " class=\"" + cls + "\"") + ">" + escape(text) + "</td>";
  }

  private static void monthly(StringBuilder h, BacktestResult r, PerformanceMetrics m) {
    // Month-end equity over the previous month-end (the starting capital before the first).
    TreeMap<Integer, double[]> years = new TreeMap<>();
    TreeMap<Integer, Double> yearReturn = new TreeMap<>();
    double monthStart = m.startingCapital();
    double yearStart = m.startingCapital();
    List<DailyRecord> days = r.days();
    double largest = 0;
    for (int i = 0; i < days.size(); i++) {
      DailyRecord d = days.get(i);
      boolean monthEnd = i == days.size() - 1
          || days.get(i + 1).date().getMonthValue() != d.date().getMonthValue()
          || days.get(i + 1).date().getYear() != d.date().getYear();
      if (monthEnd) {
        double ret = monthStart > 0 ? d.equity() / monthStart - 1 : Double.NaN;
        double[] row = years.computeIfAbsent(d.date().getYear(), y -> {
          double[] a = new double[12];
          java.util.Arrays.fill(a, Double.NaN);
          return a;
        });
        row[d.date().getMonthValue() - 1] = ret;
        if (Double.isFinite(ret)) {
          largest = Math.max(largest, Math.abs(ret));
        }
        monthStart = d.equity();
        boolean yearEnd = i == days.size() - 1
            || days.get(i + 1).date().getYear() != d.date().getYear();
        if (yearEnd) {
          yearReturn.put(d.date().getYear(), yearStart > 0 ? d.equity() / yearStart - 1
              : Double.NaN);
          yearStart = d.equity();
        }
      }
    }
    h.append("<section>\n<h2>Monthly returns</h2>\n<div class=\"scroll\"><table class=\"monthly\">"
        + "<thead><tr><th>Year</th>");
    for (String month : MONTHS) {
      h.append("<th>").append(month).append("</th>");
    }
    h.append("<th>Year</th></tr></thead><tbody>\n");
    for (Map.Entry<Integer, double[]> y : years.entrySet()) {
      h.append("<tr><td>").append(y.getKey()).append("</td>");
      for (double ret : y.getValue()) {
        heat(h, ret, largest);
      }
      heat(h, yearReturn.getOrDefault(y.getKey(), Double.NaN), Math.max(largest, 1e-12));
      h.append("</tr>\n");
    }
    h.append("</tbody></table></div>\n<p class=\"note\">Each month's closing equity over the "
        + "previous month's (the starting capital before the first); blue gains, vermillion "
        + "losses, deeper for larger moves.</p>\n</section>\n");
  }

  private static void heat(StringBuilder h, double ret, double largest) {
    if (!Double.isFinite(ret)) {
      h.append("<td></td>");
      return;
    }
    double strength = largest > 0 ? Math.min(1, Math.abs(ret) / largest) : 0;
    String rgb = ret >= 0 ? "0,114,178" : "213,94,0";
    String alpha = Format.fixed(0.08 + 0.62 * strength, 2);
    String ink = strength > 0.65 ? "#fff" : "#1f2933";
    h.append("<td style=\"background:rgba(").append(rgb).append(',').append(alpha)
        .append(");color:").append(ink).append("\">").append(escape(Format.percent(ret, 1)))
        .append("</td>");
  }

  private static void distribution(StringBuilder h, BacktestResult r) {
    double[] pnl = new double[r.trades().size()];
    for (int i = 0; i < pnl.length; i++) {
      pnl[i] = r.trades().get(i).trade().netPnl();
    }
    h.append("<section>\n<h2>Distribution of trade P&amp;L</h2>\n")
        .append(Charts.histogram("Histogram of net P&L per trade", pnl, Charts.HALF, 320,
            Charts::compactDollars))
        .append("\n<p class=\"note\">Net P&amp;L per trade after commissions; bar height is the"
            + " number of trades.</p>\n</section>\n");
  }

  private static void entryTimes(StringBuilder h, PerformanceMetrics m) {
    List<String> labels = new ArrayList<>();
    double[] totals = new double[m.byEntryTime().size()];
    for (int i = 0; i < totals.length; i++) {
      PerformanceMetrics.Bucket b = m.byEntryTime().get(i);
      labels.add(b.key().substring(0, 5));
      totals[i] = b.totalPnl();
    }
    h.append("<section>\n<h2>Net P&amp;L by entry time</h2>\n")
        .append(Charts.bars("Net P&L by entry time", labels, totals, Charts.HALF, 320,
            Charts::compactDollars))
        .append("\n<p class=\"note\">Total net P&amp;L of the trades entered in each 30-minute "
            + "bucket (New York time; label is the bucket's start).</p>\n</section>\n");
  }

  private static void buckets(StringBuilder h, String title, String key,
      List<PerformanceMetrics.Bucket> buckets) {
    h.append("<section>\n<h2>").append(escape(title)).append("</h2>\n<div class=\"scroll\"><table>"
        + "<thead><tr><th>").append(escape(key)).append("</th><th>Trades</th><th>Win rate</th>"
        + "<th>Total P&amp;L</th><th>Avg P&amp;L</th></tr></thead><tbody>\n");
    for (PerformanceMetrics.Bucket b : buckets) {
      h.append("<tr><td>").append(escape(b.key())).append("</td><td>").append(b.trades())
          .append("</td><td>").append(escape(Format.percent(b.winRate(), 1))).append("</td>")
          .append(td(Format.dollars(b.totalPnl()), b.totalPnl()))
          .append(td(Format.dollars(b.averagePnl()), b.averagePnl())).append("</tr>\n");
    }
    if (buckets.isEmpty()) {
      h.append("<tr><td colspan=\"5\">No trades.</td></tr>\n");
    }
    h.append("</tbody></table></div>\n</section>\n");
  }

  private static void trades(StringBuilder h, BacktestResult r, int rows) {
    List<TradeRecord> trades = r.trades();
    int shown = Math.min(rows, trades.size());
    h.append("<section>\n<h2>Trades</h2>\n<div class=\"scroll\"><table><thead><tr>"
        + "<th>Entry</th><th class=\"text\">Exit</th><th class=\"text\">Strategy</th><th>DTE</th>"
        + "<th class=\"text\">Strikes</th><th>Credit</th><th>Qty</th><th>Max loss</th>"
        + "<th>Net P&amp;L</th><th class=\"text\">Exit by</th></tr></thead><tbody>\n");
    for (int i = 0; i < shown; i++) {
      TradeRecord t = trades.get(i);
      ClosedTrade c = t.trade();
      var opened = c.openedAt().atZone(PerformanceMetrics.NEW_YORK);
      var closed = c.closedAt().atZone(PerformanceMetrics.NEW_YORK);
      h.append("<tr><td>").append(opened.toLocalDate()).append(' ')
          .append(TIME.format(t.entryTime())).append("</td><td class=\"text\">")
          .append(closed.toLocalDate())
          .append(' ').append(TIME.format(closed)).append("</td><td class=\"text\">")
          .append(escape(c.strategy())).append("</td><td>").append(t.dte())
          .append("</td><td class=\"text\">").append(escape(CsvLogs.strikes(t.openedBy())))
          .append("</td><td>").append(escape(Format.fixed(c.openSigned(), 2))).append("</td><td>")
          .append(c.quantity()).append("</td><td>")
          .append(escape(Format.dollars(t.maxLoss(), 0).replace("inf", "\u221e")))
          .append("</td>").append(td(Format.dollars(c.netPnl()), c.netPnl()))
          .append("<td class=\"text\">").append(c.settled() ? "settlement" : "order")
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></div>\n<p class=\"note\">");
    h.append(shown == trades.size() ? "All " + trades.size() + " trades."
        : "First " + shown + " of " + trades.size() + " trades; every trade is in trades.csv.");
    h.append("</p>\n</section>\n");
  }
}
