package dev.condor.core.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.PluginException;
import dev.condor.api.journal.JournalEventType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacktestTest {

  private static final LocalDate FROM = LocalDate.of(2024, 3, 4);
  private static final LocalDate TO = LocalDate.of(2024, 3, 15);

  private static BacktestResult run() {
    return Backtest.builder().strategy("puts", new PutSpreadAtTen(30, 10)).from(FROM).to(TO)
        .build().run();
  }

  @Test
  void theSameInputsGiveTheSameJournalTradesAndDays() {
    BacktestResult first = run();
    BacktestResult second = run();

    assertFalse(first.journal().isEmpty());
    assertEquals(first.journal(), second.journal());
    assertEquals(first.trades(), second.trades());
    assertEquals(first.days(), second.days());
  }

  @Test
  void runsEveryTradingDayOnceAndTellsProgress() {
    List<String> progress = new ArrayList<>();
    BacktestResult r = Backtest.builder().strategy("puts", new PutSpreadAtTen(30, 10))
        .from(FROM).to(TO).build()
        .run((day, done, total) -> progress.add(day + " " + done + "/" + total));

    // 2024-03-04..15: ten weekdays, no holiday
    assertEquals(10, r.days().size());
    assertEquals(FROM, r.days().get(0).date());
    assertEquals(TO, r.days().get(9).date());
    assertEquals(10, progress.size());
    assertEquals("2024-03-04 1/10", progress.get(0));
    assertEquals("2024-03-15 10/10", progress.get(9));
  }

  @Test
  void aZeroDteSpreadIsEnteredAtTenAndSettledTheSameDay() {
    BacktestResult r = run();

    assertEquals(10, r.trades().size());
    for (TradeRecord t : r.trades()) {
      assertEquals(0, t.dte());
      assertEquals(LocalTime.of(10, 0), t.entryTime().withSecond(0).withNano(0));
      assertTrue(t.trade().settled(), "held to settlement: " + t);
      assertTrue(t.maxLoss() > 0 && t.maxLoss() < 1000, "a 10-wide spread risks under $1000");
    }
    for (DailyRecord d : r.days()) {
      assertEquals(1, d.positionsEntered(), d.toString());
      assertEquals(1, d.positionsClosed(), d.toString());
      assertEquals(0, d.openPositions(), d.toString());
    }
  }

  @Test
  void theEquityCurveAddsUpToTheTradesNetOfCommissions() {
    BacktestResult r = run();

    double net = r.trades().stream().mapToDouble(t -> t.trade().netPnl()).sum();
    double lastEquity = r.days().get(r.days().size() - 1).equity();
    assertEquals(r.startingCapital() + net, lastEquity, 1e-6);
    assertEquals(net, r.days().stream().mapToDouble(DailyRecord::realizedPnl).sum(), 1e-6);
    assertEquals(r.trades().stream().mapToDouble(t -> t.trade().commissions()).sum(),
        r.days().stream().mapToDouble(DailyRecord::commissions).sum(), 1e-6);
  }

  @Test
  void recordsBenchmarkClosesAndThatEverySimulatedQuoteIsEstimated() {
    BacktestResult r = run();

    assertEquals(List.of("SPX", "SPY", "QQQ"), r.benchmarks());
    for (DailyRecord d : r.days()) {
      assertEquals(List.of("SPX", "SPY", "QQQ"), List.copyOf(d.benchmarkCloses().keySet()));
    }
    assertTrue(r.quality().estimatedQuotes() > 0);
    assertEquals(0, r.quality().observedShare());
    assertTrue(r.journal().stream().anyMatch(e -> e.type() == JournalEventType.FILL));
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStarts() {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> Backtest.builder()
        .strategy("puts", new PutSpreadAtTen(30, 10)).from(TO).to(FROM).build());
    assertTrue(e.getMessage().contains("after it ends"), e.getMessage());
  }

  @Test
  void refusesAPeriodWithNoTradingDay() {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> Backtest.builder()
        .strategy("puts", new PutSpreadAtTen(30, 10))
        .from(LocalDate.of(2024, 3, 9)).to(LocalDate.of(2024, 3, 10)).build());
    assertTrue(e.getMessage().contains("no trading day"), e.getMessage());
  }

  @Test
  void anUnknownStrategyIdIsAPluginErrorBeforeAnythingRuns() {
    PluginException e = assertThrows(PluginException.class, () -> Backtest.builder()
        .strategy("x", "no-such-strategy", Map.of()).from(FROM).to(TO).build());
    assertTrue(e.getMessage().contains("no-such-strategy"), e.getMessage());
  }
}
