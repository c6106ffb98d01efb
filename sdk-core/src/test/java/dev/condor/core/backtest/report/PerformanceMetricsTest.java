package dev.condor.core.backtest.report;

import static dev.condor.core.backtest.report.Fixtures.condor;
import static dev.condor.core.backtest.report.Fixtures.days;
import static dev.condor.core.backtest.report.Fixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalSink;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.core.backtest.BacktestResult;
import dev.condor.core.backtest.DailyRecord;
import dev.condor.core.market.DataQuality;
import dev.condor.core.backtest.TradeRecord;
import dev.condor.core.journal.TradeJournal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerformanceMetricsTest {

  @Test
  void sharpeAndSortinoOfFiveDailyReturnsMatchTheHandDerivation() {
    // Returns +1%, -1%, +2%, 0%, +3% from 100,000:
    // mean = 0.05 / 5 = 0.01; deviations 0, -0.02, 0.01, -0.01, 0.02 -> squares sum 0.001;
    // sample variance 0.001 / 4 = 0.00025; Sharpe = 0.01 / sqrt(0.00025) * sqrt(252)
    // = sqrt(0.4 * 252) = sqrt(100.8) = 10.039920...
    // Downside: only -1% falls short of 0 -> sqrt(0.0001 / 5) = sqrt(0.00002);
    // Sortino = 0.01 / sqrt(0.00002) * sqrt(252) = sqrt(5 * 252) = sqrt(1260) = 35.496479...
    double e1 = 101_000;
    double e2 = e1 * 0.99;
    double e3 = e2 * 1.02;
    double e5 = e3 * 1.03;
    PerformanceMetrics m = PerformanceMetrics.of(result(100_000, days(e1, e2, e3, e3, e5)));

    assertEquals(Math.sqrt(100.8), m.sharpe(), 1e-9);
    assertEquals(Math.sqrt(1260), m.sortino(), 1e-9);
  }

  @Test
  void riskFreeRateIsSubtractedFromEveryDailyReturn() {
    // Returns +1%, -2%, +2%, 0%, +3% with rf 2.52 % a year = 0.0001 a day.
    // mean 0.04 / 5 = 0.008; deviations 0.002, -0.028, 0.012, -0.008, 0.022, squares sum
    // 0.000004 + 0.000784 + 0.000144 + 0.000064 + 0.000484 = 0.00148, sample variance 0.00037.
    // Sharpe = (0.008 - 0.0001) / sqrt(0.00037) * sqrt(252) = 6.519683...
    // Shortfalls below 0.0001: -0.0201 (the -2% day) and -0.0001 (the flat day):
    // downside deviation sqrt((0.00040401 + 0.00000001) / 5) = 0.0089891...;
    // Sortino = 0.0079 / 0.0089891 * sqrt(252) = 13.951180...
    double e1 = 101_000;
    double e2 = e1 * 0.98;
    double e3 = e2 * 1.02;
    double e5 = e3 * 1.03;
    PerformanceMetrics m = PerformanceMetrics.of(result(100_000, days(e1, e2, e3, e3, e5)), 0.0252);

    assertEquals(6.519683, m.sharpe(), 1e-6);
    assertEquals(13.951180, m.sortino(), 1e-6);
  }

  @Test
  void drawdownIsMeasuredFromThePeakCloseAndRecoversWhenEquityRegainsIt() {
    // 100 -> 110 (peak, day 1) -> 99 -> 88 (trough, day 3: 22 below 110 = 20 %) -> 100
    // -> 110 (day 5: back at the peak, 2 trading days after the trough) -> 120.
    List<DailyRecord> days = days(110, 99, 88, 100, 110, 120);
    PerformanceMetrics.Drawdown dd = PerformanceMetrics.of(result(100, days)).maxDrawdown();

    assertEquals(22, dd.amount(), 1e-9);
    assertEquals(0.20, dd.percent(), 1e-12);
    assertEquals(days.get(0).date(), dd.peakDate());
    assertEquals(days.get(2).date(), dd.troughDate());
    assertEquals(days.get(4).date(), dd.recoveredOn().orElseThrow());
    assertEquals(2, dd.recoveryDays().getAsInt());
  }

  @Test
  void drawdownFromTheStartingCapitalThatNeverRecoversSaysSo() {
    // The starting capital 100 is the first peak: 90 is 10 % below it and 95 never regains it.
    List<DailyRecord> days = days(90, 95);
    PerformanceMetrics.Drawdown dd = PerformanceMetrics.of(result(100, days)).maxDrawdown();

    assertEquals(10, dd.amount(), 1e-9);
    assertEquals(0.10, dd.percent(), 1e-12);
    assertEquals(days.get(0).date(), dd.troughDate());
    assertFalse(dd.recovered());
    assertTrue(dd.recoveryDays().isEmpty());
  }

  @Test
  void deeperPercentageDrawdownWinsOverALargerDollarOne() {
    // 1000 -> 800 is 20 %; later 2000 -> 1700 is 300 dollars but 15 %: the 20 % one is reported.
    PerformanceMetrics.Drawdown dd =
        PerformanceMetrics.of(result(1000, days(800, 2000, 1700))).maxDrawdown();

    assertEquals(200, dd.amount(), 1e-9);
    assertEquals(0.20, dd.percent(), 1e-12);
  }

  @Test
  void tradeStatisticsAndProfitFactor() {
    // Wins +300 and +200 (500), losses -100, -150 and a flat 0 (S2 counts it as a loss): 250.
    // Profit factor 500 / 250 = 2; win rate 2 / 5; average win 250; average loss -250 / 3.
    LocalTime t = LocalTime.of(10, 0);
    List<TradeRecord> trades = List.of(condor(t, 0, 300), condor(t, 0, -100), condor(t, 0, 200),
        condor(t, 0, -150), condor(t, 0, 0));
    PerformanceMetrics m = PerformanceMetrics.of(
        result(10_000, days(10_250), trades, List.of()));

    assertEquals(5, m.trades());
    assertEquals(2, m.wins());
    assertEquals(3, m.losses());
    assertEquals(0.4, m.winRate(), 1e-12);
    assertEquals(250, m.totalPnl(), 1e-9);
    assertEquals(50, m.averagePnl(), 1e-9);
    assertEquals(250, m.averageWin(), 1e-9);
    assertEquals(-250.0 / 3, m.averageLoss(), 1e-9);
    assertEquals(300, m.maxWin(), 1e-9);
    assertEquals(-150, m.maxLoss(), 1e-9);
    assertEquals(2.0, m.profitFactor(), 1e-12);
    assertEquals(0.025, m.returnOnCapital(), 1e-12);
  }

  @Test
  void profitFactorIsInfiniteWithoutLosingDollarsAndUndefinedWithoutTrades() {
    LocalTime t = LocalTime.of(10, 0);
    PerformanceMetrics onlyWins = PerformanceMetrics.of(
        result(10_000, days(10_100), List.of(condor(t, 0, 100)), List.of()));
    PerformanceMetrics none = PerformanceMetrics.of(result(10_000, days(10_000)));

    assertEquals(Double.POSITIVE_INFINITY, onlyWins.profitFactor());
    assertTrue(Double.isNaN(none.profitFactor()));
    assertTrue(Double.isNaN(none.winRate()));
  }

  @Test
  void cagrCompoundsOverCalendarDays() {
    // 2021-01-01 .. 2024-12-31 is 365 + 365 + 365 + 366 = 1461 calendar days, so the exponent
    // 365.25 / 1461 is exactly 1/4: 100 -> 146.41 = 1.1^4 is 10 % a year.
    List<DailyRecord> days = List.of(Fixtures.day(LocalDate.of(2021, 1, 1), 101),
        Fixtures.day(LocalDate.of(2024, 12, 31), 146.41));
    BacktestResult r = new BacktestResult(Map.of("s", "s"), "test", LocalDate.of(2021, 1, 1),
        LocalDate.of(2024, 12, 31), 100, List.of(), List.of(), List.of(), days,
        new DataQuality(0, 0));

    PerformanceMetrics m = PerformanceMetrics.of(r);
    assertEquals(0.10, m.cagr(), 1e-12);
    assertEquals(0.4641, m.totalReturn(), 1e-12);
  }

  @Test
  void exposureCountsDaysWithAnOpenPositionOrATrade() {
    // Day 1 holds a position overnight, day 2 opens and closes one, day 3 is flat, day 4 holds
    // two: 3 of 4 days exposed.
    List<DailyRecord> days = new ArrayList<>();
    LocalDate d = Fixtures.DAY;
    int[][] activity = {{0, 0, 1}, {1, 1, 0}, {0, 0, 0}, {1, 0, 2}};
    for (int[] a : activity) {
      days.add(new DailyRecord(d, 1000, 0, 0, a[0], a[1], a[2], 0, 1.30, Map.of()));
      d = Fixtures.nextWeekday(d);
    }
    PerformanceMetrics m = PerformanceMetrics.of(result(1000, days));

    assertEquals(0.75, m.exposure(), 1e-12);
    assertEquals(5.20, m.commissions(), 1e-9);
  }

  @Test
  void benchmarkBetaAndAlphaOfAStrategyThatIsHalfTheBenchmarkPlusTenBasisPoints() {
    // Each day the strategy returns 0.5 x the benchmark's return + 0.001, so the regression of
    // its daily returns on the benchmark's has beta 0.5, intercept 0.001 (x 252 = 0.252 a year)
    // and correlation 1. The benchmark goes 100 -> 110 -> 99 -> 104.5 -> 121: a 21 % return with a
    // 10 % drawdown (110 -> 99).
    double[] closes = {100, 110, 99, 104.5, 121};
    List<DailyRecord> days = new ArrayList<>();
    LocalDate d = Fixtures.DAY;
    double equity = 1000;
    for (int i = 0; i < closes.length; i++) {
      if (i > 0) {
        equity *= 1 + 0.5 * (closes[i] / closes[i - 1] - 1) + 0.001;
      }
      days.add(new DailyRecord(d, equity, 0, 0, 0, 0, 0, 0, 0,
          Map.of("SPY", closes[i], "QQQ", 400.0)));
      d = Fixtures.nextWeekday(d);
    }
    PerformanceMetrics m = PerformanceMetrics.of(
        result(1000, days, List.of(), List.of("SPY", "QQQ", "IWM")));

    PerformanceMetrics.BenchmarkComparison spy = m.benchmarks().get(0);
    assertEquals("SPY", spy.symbol());
    assertEquals(0.21, spy.totalReturn(), 1e-12);
    assertEquals(0.10, spy.maxDrawdownPercent(), 1e-12);
    assertEquals(0.5, spy.beta(), 1e-9);
    assertEquals(0.252, spy.alpha(), 1e-9);
    assertEquals(1.0, spy.correlation(), 1e-9);
    assertEquals(4, spy.days());
    assertEquals(equity / 1000 - 1 - 0.21, spy.excessReturn(), 1e-12);
    // A benchmark that never moves has a return of 0 and no beta; one without closes is left out.
    PerformanceMetrics.BenchmarkComparison qqq = m.benchmarks().get(1);
    assertEquals(0, qqq.totalReturn(), 1e-12);
    assertTrue(Double.isNaN(qqq.beta()));
    assertEquals(2, m.benchmarks().size());
  }

  @Test
  void breakdownsGroupByStrategyDteAndHalfHourOfEntry() {
    List<TradeRecord> trades = List.of(
        condor("dte0_ic", Fixtures.DAY, LocalTime.of(9, 31), 0, 1.5, 100),
        condor("dte0_ic", Fixtures.DAY, LocalTime.of(9, 59), 1, 1.5, -50),
        condor("dte0_ic", Fixtures.DAY, LocalTime.of(10, 0), 0, 1.5, 30),
        condor("Wheel <b>", Fixtures.DAY, LocalTime.of(15, 45), 7, 1.5, 20));
    PerformanceMetrics m = PerformanceMetrics.of(result(1000, days(1100), trades, List.of()));

    assertEquals(List.of("dte0_ic", "Wheel <b>"),
        m.byStrategy().stream().map(PerformanceMetrics.Bucket::key).toList());
    assertEquals(List.of("0", "1", "7"),
        m.byDte().stream().map(PerformanceMetrics.Bucket::key).toList());
    assertEquals(List.of("09:30-10:00", "10:00-10:30", "15:30-16:00"),
        m.byEntryTime().stream().map(PerformanceMetrics.Bucket::key).toList());
    PerformanceMetrics.Bucket first = m.byEntryTime().get(0);
    assertEquals(2, first.trades());
    assertEquals(0.5, first.winRate(), 1e-12);
    assertEquals(50, first.totalPnl(), 1e-9);
    assertEquals(25, first.averagePnl(), 1e-9);
    assertEquals(80, m.byStrategy().get(0).totalPnl(), 1e-9);
  }

  @Test
  void slippageIsFillMinusLimitFromTheJournalAsSeedS2DefinesIt() {
    // Asked 1.50 credit for 2 units, filled at 1.45: 0.05 less credit per unit -> -0.05.
    List<JournalEvent> events = new ArrayList<>();
    TradeJournal journal = new TradeJournal(List.of(new JournalSink() {
      @Override
      public void append(JournalEvent event) {
        events.add(event);
      }

      @Override
      public void close() {}
    }));
    LocalDate expiry = Fixtures.DAY;
    OrderTicket ticket = OrderTicket.shortIronCondor(ClientOrderId.of("ic-1"),
        OptionContract.of("SPXW", expiry, 5690, OptionRight.PUT),
        OptionContract.of("SPXW", expiry, 5700, OptionRight.PUT),
        OptionContract.of("SPXW", expiry, 5900, OptionRight.CALL),
        OptionContract.of("SPXW", expiry, 5910, OptionRight.CALL), 2, 1.50);
    Instant t = Instant.parse("2025-03-03T15:00:00Z");
    journal.order("dte0_ic", t, ticket, null, "entry");
    journal.fill("dte0_ic", Fill.builder().fillId("f1").clientOrderId(ClientOrderId.of("ic-1"))
        .quantity(2).price(NetPrice.credit(1.45)).commission(5.20).time(t).build());
    BacktestResult plain = result(1000, days(1000));
    BacktestResult r = new BacktestResult(plain.strategies(), plain.source(), plain.from(),
        plain.to(), 1000, List.of(), events, List.of(), plain.days(), plain.quality());

    assertEquals(-0.05, PerformanceMetrics.of(r).averageSlippage(), 1e-9);
    assertEquals(0.75, PerformanceMetrics.of(r).observedShare(), 1e-12);
  }
}
