package dev.condor.core.backtest.report;

import dev.condor.core.backtest.BacktestResult;
import dev.condor.core.backtest.DailyRecord;
import dev.condor.core.market.DataQuality;
import dev.condor.core.backtest.TradeRecord;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A year-long hand-built result of two option-selling strategies: ~300 trading days, ~150 trades
 * with mostly small wins and a few large losses, SPY and QQQ closes (QQQ missing for a week).
 */
final class RealisticResult {

  static final String ODD_NAME = "pcs <b>&\"wide\"";

  private RealisticResult() {}

  static BacktestResult build() {
    Random random = new Random(20_240_102L);
    double capital = 100_000;
    List<DailyRecord> days = new ArrayList<>();
    List<TradeRecord> trades = new ArrayList<>();
    LocalDate d = LocalDate.of(2024, 1, 2);
    double realizedTotal = 0;
    double spy = 472.65;
    double qqq = 409.52;
    int open = 0;
    LocalTime[] times = {LocalTime.of(9, 36), LocalTime.of(10, 5), LocalTime.of(10, 40),
        LocalTime.of(11, 15), LocalTime.of(12, 30), LocalTime.of(13, 50), LocalTime.of(14, 45)};
    int[] dtes = {0, 0, 0, 1, 1, 2, 7};
    for (int i = 0; i < 300; i++) {
      spy *= 1 + 0.0004 + 0.009 * random.nextGaussian();
      qqq *= 1 + 0.0005 + 0.012 * random.nextGaussian();
      int entered = 0;
      int closed = 0;
      double realized = 0;
      double commissions = 0;
      if (random.nextDouble() < 0.5) {
        int k = random.nextInt(times.length);
        boolean loss = random.nextDouble() < (i > 120 && i < 150 ? 0.6 : 0.12);
        double net = loss ? -(150 + random.nextInt(450)) : 40 + random.nextInt(140);
        String strategy = random.nextBoolean() ? "dte0_ic" : ODD_NAME;
        trades.add(Fixtures.condor(strategy, d, times[k], dtes[k],
            1.00 + random.nextInt(120) / 100.0, net));
        entered = 1;
        closed = 1;
        realized = net;
        commissions = 2.60;
      }
      realizedTotal += realized;
      open = random.nextDouble() < 0.3 ? 1 + random.nextInt(3) : 0;
      double unrealized = open * (random.nextGaussian() * 60);
      Map<String, Double> closes = new LinkedHashMap<>();
      closes.put("SPY", round(spy));
      if (i < 200 || i > 205) {
        closes.put("QQQ", round(qqq));
      }
      days.add(new DailyRecord(d, capital + realizedTotal + unrealized, realized, unrealized,
          entered, closed, open, open * 850.0, commissions, closes));
      d = Fixtures.nextWeekday(d);
    }
    Map<String, String> strategies = new LinkedHashMap<>();
    strategies.put("dte0_ic", "iron-condor");
    strategies.put(ODD_NAME, "credit-spread");
    return new BacktestResult(strategies, "simulated market, seed 7", days.get(0).date(),
        days.get(days.size() - 1).date(), capital, List.of("SPY", "QQQ"), List.of(), trades, days,
        new DataQuality(310_000, 940_000));
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
