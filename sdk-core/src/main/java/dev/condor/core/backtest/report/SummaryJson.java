package dev.condor.core.backtest.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The metrics as pretty-printed JSON in a fixed field order: money rounded to cents, ratios to
 * six places; an undefined value is {@code null} and an infinite one the string
 * {@code "infinite"}.
 */
final class SummaryJson {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private SummaryJson() {}

  static String of(PerformanceMetrics m, String generatedAt) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode run = root.putObject("run");
    ObjectNode strategies = run.putObject("strategies");
    m.strategies().forEach(strategies::put);
    run.put("source", m.source());
    run.put("from", m.from().toString());
    run.put("to", m.to().toString());
    run.put("trading_days", m.tradingDays());
    money(run, "starting_capital", m.startingCapital());
    money(run, "ending_equity", m.endingEquity());
    ratio(run, "risk_free_rate", m.riskFreeRate());
    if (generatedAt != null) {
      run.put("generated_at", generatedAt);
    }
    ObjectNode quality = root.putObject("data_quality");
    quality.put("observed_quotes", m.observedQuotes());
    quality.put("estimated_quotes", m.estimatedQuotes());
    ratio(quality, "observed_share", m.observedShare());

    ObjectNode trades = root.putObject("trades");
    trades.put("count", m.trades());
    trades.put("wins", m.wins());
    trades.put("losses", m.losses());
    ratio(trades, "win_rate", m.winRate());
    money(trades, "total_pnl", m.totalPnl());
    money(trades, "average_pnl", m.averagePnl());
    money(trades, "average_win", m.averageWin());
    money(trades, "average_loss", m.averageLoss());
    money(trades, "max_win", m.maxWin());
    money(trades, "max_loss", m.maxLoss());
    ratio(trades, "profit_factor", m.profitFactor());
    money(trades, "commissions", m.commissions());
    ratio(trades, "average_slippage", m.averageSlippage());

    ObjectNode returns = root.putObject("returns");
    ratio(returns, "total_return", m.totalReturn());
    ratio(returns, "return_on_capital", m.returnOnCapital());
    ratio(returns, "cagr", m.cagr());
    ratio(returns, "sharpe", m.sharpe());
    ratio(returns, "sortino", m.sortino());
    ratio(returns, "exposure", m.exposure());

    PerformanceMetrics.Drawdown dd = m.maxDrawdown();
    ObjectNode drawdown = root.putObject("max_drawdown");
    money(drawdown, "amount", dd.amount());
    ratio(drawdown, "percent", dd.percent());
    money(drawdown, "peak_equity", dd.peak());
    drawdown.put("peak_date", dd.peakDate().toString());
    drawdown.put("trough_date", dd.troughDate().toString());
    drawdown.put("recovered", dd.recovered());
    if (dd.recovered()) {
      drawdown.put("recovered_on", dd.recoveredOn().get().toString());
      drawdown.put("recovery_trading_days", dd.recoveryDays().getAsInt());
    } else {
      drawdown.putNull("recovered_on");
      drawdown.putNull("recovery_trading_days");
    }

    ArrayNode benchmarks = root.putArray("benchmarks");
    for (PerformanceMetrics.BenchmarkComparison b : m.benchmarks()) {
      ObjectNode o = benchmarks.addObject();
      o.put("symbol", b.symbol());
      ratio(o, "first_close", b.firstClose());
      ratio(o, "last_close", b.lastClose());
      ratio(o, "total_return", b.totalReturn());
      ratio(o, "max_drawdown_percent", b.maxDrawdownPercent());
      ratio(o, "excess_return", b.excessReturn());
      ratio(o, "capm_alpha_annual", b.alpha());
      ratio(o, "beta", b.beta());
      ratio(o, "correlation", b.correlation());
      o.put("paired_days", b.days());
    }
    buckets(root.putArray("by_strategy"), m.byStrategy());
    buckets(root.putArray("by_dte"), m.byDte());
    buckets(root.putArray("by_entry_time"), m.byEntryTime());
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      return JSON.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void buckets(ArrayNode array, List<PerformanceMetrics.Bucket> buckets) {
    for (PerformanceMetrics.Bucket b : buckets) {
      ObjectNode o = array.addObject();
      o.put("key", b.key());
      o.put("trades", b.trades());
      o.put("wins", b.wins());
      ratio(o, "win_rate", b.winRate());
      money(o, "total_pnl", b.totalPnl());
      money(o, "average_pnl", b.averagePnl());
    }
  }

  private static void money(ObjectNode o, String field, double value) {
    number(o, field, value, 2);
  }

  private static void ratio(ObjectNode o, String field, double value) {
    number(o, field, value, 6);
  }

  private static void number(ObjectNode o, String field, double value, int decimals) {
    if (Double.isNaN(value)) {
      o.putNull(field);
    } else if (Double.isInfinite(value)) {
      o.put(field, value > 0 ? "infinite" : "-infinite");
    } else {
      o.put(field, Format.json(value, decimals));
    }
  }
}
