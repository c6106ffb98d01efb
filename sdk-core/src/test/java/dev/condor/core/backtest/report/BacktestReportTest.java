package dev.condor.core.backtest.report;

import static dev.condor.core.backtest.report.Fixtures.condor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.OrderTicket;
import dev.condor.core.backtest.BacktestResult;
import dev.condor.core.backtest.DailyRecord;
import dev.condor.core.market.DataQuality;
import dev.condor.core.backtest.TradeRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestReportTest {

  /** Two trades on two days: a win of 120 (ROI 120/850) and a loss of -430 (ROI -430/850). */
  private static BacktestResult twoDays() {
    LocalDate d1 = LocalDate.of(2026, 2, 16);
    LocalDate d2 = LocalDate.of(2026, 2, 17);
    List<TradeRecord> trades = List.of(
        condor("DTE0_p99_w20", d1, LocalTime.of(9, 36), 0, 1.50, 120),
        condor("DTE0_p99_w20", d2, LocalTime.of(10, 12), 0, 1.50, -430));
    List<DailyRecord> days = List.of(
        new DailyRecord(d1, 10_120, 120, 0, 1, 1, 0, 0, 2.60, Map.of("SPY", 600.0)),
        new DailyRecord(d2, 9_690, -430, -15, 2, 1, 1, 969, 5.20,
            Map.of("SPY", 606.0)));
    return new BacktestResult(Map.of("DTE0_p99_w20", "credit-spread"), "test", d1, d2, 10_000,
        List.of("SPY"), List.of(), trades, days, new DataQuality(3, 1));
  }

  @Test
  void tradeLogStartsWithSeedS1PositionColumnsAndFormatsStrikesPutSideThenCallSide() {
    String[] lines = BacktestReport.of(twoDays()).tradesCsv().split("\n");

    assertEquals("Entry_Date,Exit_Date,Strategy,DTE,Strikes,Credit,Max_Loss,Exit_PL,Status,"
        + "Entry_Time,Exit_Time,Quantity,Commissions,Settled,Gross_PL,Structure,Position_Id",
        lines[0]);
    // Condor 5690/5700 puts (short 5700), 5900/5910 calls (short 5900): short/long per side.
    // Credit 1.50 points, max loss (10 - 1.50) x 100 = 850, net +120 after 2.60 of commissions.
    assertEquals("2026-02-16,2026-02-16,DTE0_p99_w20,0,5700/5690|5900/5910,1.50,850.00,120.00,"
        + "closed,09:36,15:45,1,2.60,false,122.60,IRON_CONDOR,DTE0_p99_w20-2026-02-16-34560",
        lines[1]);
    assertEquals(3, lines.length);
  }

  @Test
  void strikesOfAVerticalAndOfASingleOptionHaveOneSide() {
    LocalDate expiry = LocalDate.of(2026, 2, 17);
    OrderTicket put = OrderTicket.creditVertical(ClientOrderId.of("p"),
        OptionContract.of("SPXW", expiry, 4200, OptionRight.PUT),
        OptionContract.of("SPXW", expiry, 4190, OptionRight.PUT), 1, 1.0);
    OrderTicket call = OrderTicket.creditVertical(ClientOrderId.of("c"),
        OptionContract.of("SPXW", expiry, 4300, OptionRight.CALL),
        OptionContract.of("SPXW", expiry, 4302.5, OptionRight.CALL), 1, 1.0);

    assertEquals("4200/4190", CsvLogs.strikes(put));
    assertEquals("4300/4302.5", CsvLogs.strikes(call));
  }

  @Test
  void dailyLogHasSeedS1ColumnsWithCumulativeWinRateAndRoi() {
    String[] lines = BacktestReport.of(twoDays()).dailyCsv().split("\n");

    assertEquals("Date,Positions_Entered,Positions_Closed,Realized_PL,Unrealized_PL,Open_Count,"
        + "Total_Risk_Pct,Win_Rate,Avg_ROI,Equity,SPY_Close", lines[0]);
    // Day 1: 1 of 1 won, ROI 120 / 850 = 14.12 %.
    assertEquals("2026-02-16,1,1,120.00,0.00,0,0.00,100.00,14.12,10120.00,600.0000", lines[1]);
    // Day 2: 1 of 2 won; ROI (120 - 430) / 2 / 850 = -18.24 %; risk 969 / 9690 = 10 %.
    assertEquals("2026-02-17,2,1,-430.00,-15.00,1,10.00,50.00,-18.24,9690.00,606.0000", lines[2]);
  }

  @Test
  void summaryJsonHasAFixedFieldOrderAndWritesAnInfiniteProfitFactorAsText() throws Exception {
    BacktestResult r = twoDays();
    BacktestResult onlyWin = new BacktestResult(r.strategies(), r.source(), r.from(), r.to(),
        r.startingCapital(), r.benchmarks(), r.journal(), r.trades().subList(0, 1), r.days(),
        r.quality());
    JsonNode json = new ObjectMapper().readTree(BacktestReport.of(onlyWin).summaryJson());

    List<String> fields = new ArrayList<>();
    for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
      fields.add(it.next());
    }
    assertEquals(List.of("run", "data_quality", "trades", "returns", "max_drawdown", "benchmarks",
        "by_strategy", "by_dte", "by_entry_time"), fields);
    assertEquals("infinite", json.at("/trades/profit_factor").asText());
    assertTrue(json.at("/trades/average_loss").isNull());
    assertEquals(0.75, json.at("/data_quality/observed_share").asDouble(), 1e-12);
    assertEquals("SPY", json.at("/benchmarks/0/symbol").asText());
    assertEquals(0.01, json.at("/benchmarks/0/total_return").asDouble(), 1e-12);
    assertFalse(json.at("/run").has("generated_at"));
    assertEquals("2026-02-16T21:05:00Z", new ObjectMapper().readTree(BacktestReport.of(r)
        .generatedAt("2026-02-16T21:05:00Z").summaryJson()).at("/run/generated_at").asText());
  }

  @Test
  void sameResultWritesByteIdenticalFilesWhateverTheDefaultLocale(@TempDir Path tmp)
      throws Exception {
    BacktestResult r = RealisticResult.build();
    List<Path> first = BacktestReport.of(r).writeTo(tmp.resolve("a"));
    Locale before = Locale.getDefault();
    List<Path> second;
    try {
      Locale.setDefault(Locale.GERMANY);
      second = BacktestReport.of(r).writeTo(tmp.resolve("b"));
    } finally {
      Locale.setDefault(before);
    }
    assertEquals(List.of("trades.csv", "daily_performance.csv", "summary.json", "report.html"),
        first.stream().map(p -> p.getFileName().toString()).toList());
    for (int i = 0; i < first.size(); i++) {
      assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
          first.get(i).getFileName() + " differs between runs");
    }
  }

  @Test
  void htmlEscapesStrategyNamesAndLoadsNothingFromOutside() {
    String html = BacktestReport.of(RealisticResult.build()).tradeRows(100).html();

    assertFalse(html.contains(RealisticResult.ODD_NAME), "a raw strategy name reached the page");
    assertTrue(html.contains("pcs &lt;b&gt;&amp;&quot;wide&quot;"));
    String lower = html.toLowerCase(Locale.ROOT);
    for (String external : List.of("<script", "<link", "<img", "src=", "@import", "url(",
        "https:")) {
      assertFalse(lower.contains(external), "the page must be self-contained: " + external);
    }
    // the only "http" is the SVG namespace name, which is never fetched
    assertEquals(lower.split("http://").length - 1,
        lower.split("xmlns=\"http://www.w3.org/2000/svg\"").length - 1);
    assertTrue(html.contains("First 100 of "));
  }

  @Test
  void csvQuotesNamesWithCommasAndDefusesFormulas() {
    assertEquals("\"a,b\"", CsvLogs.cell("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvLogs.cell("say \"hi\""));
    assertEquals("'=1+2", CsvLogs.cell("=1+2"));
    assertEquals("-12.50", CsvLogs.cell("-12.50"));
  }

  @Test
  void consoleTableAlignsValuesInOneColumn() {
    String table = MetricsTable.format(PerformanceMetrics.of(twoDays()));
    String[] lines = table.split("\n");

    int column = lines[0].indexOf("2026-02-16");
    assertTrue(column > 0);
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.isBlank()) {
        break;
      }
      assertEquals(' ', line.charAt(column - 1), line);
      assertTrue(line.charAt(column) != ' ', line);
      values.put(line.substring(0, column).trim(), line.substring(column));
    }
    assertEquals("-3.10%", values.get("Total return"));
    assertEquals("1 / 1", values.get("Wins / losses"));
    assertEquals("0.28", values.get("Profit factor"));
    assertTrue(table.contains("SPY"));
  }

  @Test
  void writesAReportOfARunWithoutDaysOrTrades(@TempDir Path tmp) throws Exception {
    BacktestResult empty = new BacktestResult(Map.of("idle", "idle"), "test", Fixtures.DAY,
        Fixtures.DAY, 5_000, List.of("SPY"), List.of(), List.of(), List.of(),
        new DataQuality(0, 0));
    BacktestReport report = BacktestReport.of(empty);
    report.writeTo(tmp);

    assertTrue(report.html().contains("no data"));
    assertEquals(1, report.tradesCsv().split("\n").length);
    JsonNode json = new ObjectMapper().readTree(report.summaryJson());
    assertTrue(json.at("/returns/sharpe").isNull());
    assertTrue(json.at("/trades/profit_factor").isNull());
    assertEquals(0, json.at("/benchmarks").size());
    assertTrue(MetricsTable.format(report.metrics()).contains("n/a"));
  }

  @Test
  void refusesAResultWithoutStartingCapital() {
    BacktestResult r = twoDays();
    BacktestResult broke = new BacktestResult(r.strategies(), r.source(), r.from(), r.to(), 0,
        r.benchmarks(), r.journal(), r.trades(), r.days(), r.quality());

    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> PerformanceMetrics.of(broke));
    assertTrue(e.getMessage().contains("starting capital"));
  }
}
