package dev.condor.core.backtest.report;

import dev.condor.core.backtest.BacktestResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes a backtest's report directory: {@code trades.csv} and {@code daily_performance.csv}
 * (seed S1's position and daily logs with a backtest's extra columns), {@code summary.json} (every
 * metric, the run and its data quality) and {@code report.html} (one self-contained page with
 * charts that opens offline). The same result always gives byte-identical files.
 *
 * <pre>{@code
 * BacktestReport.of(result).generatedAt("2026-02-16T21:05Z").writeTo(Path.of("reports/run-1"));
 * }</pre>
 */
public final class BacktestReport {

  /** The trade log's file name. */
  public static final String TRADES_CSV = "trades.csv";
  /** The daily log's file name. */
  public static final String DAILY_CSV = "daily_performance.csv";
  /** The JSON summary's file name. */
  public static final String SUMMARY_JSON = "summary.json";
  /** The HTML page's file name. */
  public static final String REPORT_HTML = "report.html";

  /** Trades listed on the HTML page unless told otherwise (the CSV has them all). */
  public static final int DEFAULT_TRADE_ROWS = 200;

  private final BacktestResult result;
  private final double riskFreeRate;
  private final int tradeRows;
  private final String generatedAt;
  private final PerformanceMetrics metrics;

  private BacktestReport(BacktestResult result, double riskFreeRate, int tradeRows,
      String generatedAt) {
    this.result = Objects.requireNonNull(result, "result");
    if (tradeRows < 0) {
      throw new IllegalArgumentException("tradeRows must be >= 0, was " + tradeRows);
    }
    this.riskFreeRate = riskFreeRate;
    this.tradeRows = tradeRows;
    this.generatedAt = generatedAt;
    this.metrics = PerformanceMetrics.of(result, riskFreeRate);
  }

  /** The report of a result, with a risk-free rate of 0 and no generation time. */
  public static BacktestReport of(BacktestResult result) {
    return new BacktestReport(result, 0, DEFAULT_TRADE_ROWS, null);
  }

  /** This report with an annual risk-free rate for Sharpe, Sortino and alpha (0.04 for 4 %). */
  public BacktestReport riskFreeRate(double annualRate) {
    return new BacktestReport(result, annualRate, tradeRows, generatedAt);
  }

  /** This report listing at most {@code rows} trades on the HTML page. */
  public BacktestReport tradeRows(int rows) {
    return new BacktestReport(result, riskFreeRate, rows, generatedAt);
  }

  /**
   * This report stamped with a generation time (any text, e.g. an ISO instant) in the HTML and
   * JSON; without one the files carry no time, so reruns are byte-identical.
   */
  public BacktestReport generatedAt(String time) {
    return new BacktestReport(result, riskFreeRate, tradeRows, time);
  }

  /** The metrics the report shows. */
  public PerformanceMetrics metrics() {
    return metrics;
  }

  /** The trade log as CSV: one row per closed trade, in closing order. */
  public String tradesCsv() {
    return CsvLogs.trades(result);
  }

  /** The daily performance log as CSV: one row per trading day. */
  public String dailyCsv() {
    return CsvLogs.daily(result);
  }

  /** The summary as pretty-printed JSON. */
  public String summaryJson() {
    return SummaryJson.of(metrics, generatedAt);
  }

  /** The self-contained HTML page. */
  public String html() {
    return Html.page(result, metrics, tradeRows, generatedAt);
  }

  /**
   * Writes the four files into {@code directory} (created if missing, files replaced) as UTF-8.
   *
   * @return the files written, in the order listed above
   */
  public List<Path> writeTo(Path directory) throws IOException {
    Files.createDirectories(directory);
    Path trades = write(directory.resolve(TRADES_CSV), tradesCsv());
    Path daily = write(directory.resolve(DAILY_CSV), dailyCsv());
    Path summary = write(directory.resolve(SUMMARY_JSON), summaryJson());
    Path html = write(directory.resolve(REPORT_HTML), html());
    return List.of(trades, daily, summary, html);
  }

  private static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
