package dev.condor.core.backtest.report;

import dev.condor.api.journal.JournalEvent;
import dev.condor.core.backtest.BacktestResult;
import dev.condor.core.backtest.DailyRecord;
import dev.condor.core.backtest.TradeRecord;
import dev.condor.core.runtime.JournalReplay;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The performance of a backtest: trade statistics, risk-adjusted returns of the daily equity,
 * drawdown and recovery, breakdowns by strategy, DTE and entry time, and the comparison with each
 * buy-and-hold benchmark (conventions in the package documentation).
 *
 * @param strategies the strategies' names with the provider each ran as
 * @param source the market source
 * @param from the first trading day
 * @param to the last trading day
 * @param tradingDays daily records
 * @param startingCapital the account before the first day, in dollars
 * @param endingEquity the account at the last close (the starting capital when there are no days)
 * @param riskFreeRate the annual risk-free rate the ratios subtract, e.g. 0.04
 * @param trades closed round trips
 * @param wins trades whose net P&amp;L is above zero (to the cent)
 * @param losses trades whose net P&amp;L is zero or below (seed S2)
 * @param winRate wins / trades, 0..1 (NaN without trades)
 * @param totalPnl net P&amp;L of the closed trades, in dollars
 * @param averagePnl net P&amp;L per trade (NaN without trades)
 * @param averageWin net P&amp;L per winning trade (NaN without wins)
 * @param averageLoss net P&amp;L per losing trade, zero or negative (NaN without losses)
 * @param maxWin the best trade's net P&amp;L (NaN without trades)
 * @param maxLoss the worst trade's net P&amp;L (NaN without trades)
 * @param profitFactor winning dollars / losing dollars; +infinity with wins and no losing dollars,
 *     NaN with neither
 * @param sharpe annualised Sharpe ratio of daily equity returns (NaN with under two days or no
 *     variation)
 * @param sortino annualised Sortino ratio of daily equity returns (+infinity when no day fell
 *     short of the target and the mean is positive)
 * @param maxDrawdown the deepest fall of the daily equity from a previous peak
 * @param totalReturn ending equity / starting capital − 1
 * @param returnOnCapital total P&amp;L of closed trades / starting capital
 * @param cagr compound annual growth rate over calendar days
 * @param exposure share of trading days with a position open at the close or a trade that day
 * @param commissions commissions charged during the run, in dollars
 * @param averageSlippage fill − limit in points per unit over filled limit orders (seed S2, as
 *     {@link dev.condor.core.portfolio.TradeSummary} defines it)
 * @param byStrategy trade statistics per strategy
 * @param byDte trade statistics per days to expiry at entry
 * @param byEntryTime trade statistics per 30-minute bucket of entry time (New York)
 * @param benchmarks the comparison with each benchmark that has closes
 * @param observedQuotes option quotes read that were observed
 * @param estimatedQuotes option quotes read that a model estimated
 * @param observedShare observed quotes / all quotes read, 0..1
 */
public record PerformanceMetrics(Map<String, String> strategies, String source, LocalDate from,
    LocalDate to, int tradingDays, double startingCapital, double endingEquity,
    double riskFreeRate, int trades, int wins, int losses, double winRate, double totalPnl,
    double averagePnl, double averageWin, double averageLoss, double maxWin, double maxLoss,
    double profitFactor, double sharpe, double sortino, Drawdown maxDrawdown, double totalReturn,
    double returnOnCapital, double cagr, double exposure, double commissions,
    double averageSlippage, List<Bucket> byStrategy, List<Bucket> byDte, List<Bucket> byEntryTime,
    List<BenchmarkComparison> benchmarks, long observedQuotes, long estimatedQuotes,
    double observedShare) {

  /** Trading days per year, the annualisation factor of daily ratios. */
  public static final int TRADING_DAYS_PER_YEAR = 252;

  /** The zone in which trade dates and times of day are read. */
  public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Copies every collection. */
  public PerformanceMetrics {
    strategies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(strategies));
    byStrategy = List.copyOf(byStrategy);
    byDte = List.copyOf(byDte);
    byEntryTime = List.copyOf(byEntryTime);
    benchmarks = List.copyOf(benchmarks);
  }

  /**
   * The deepest fall of equity from a running peak, with when it peaked, bottomed and recovered.
   *
   * @param amount peak − trough, in dollars (0 when equity never fell)
   * @param percent (peak − trough) / peak, 0..1
   * @param peak the equity at the peak
   * @param peakDate the day of the peak (the first day when the peak was the starting capital)
   * @param troughDate the day of the trough
   * @param recoveredOn the first day whose close was back at or above the peak, if any
   * @param recoveryDays trading days from the trough to that day, if it recovered
   */
  public record Drawdown(double amount, double percent, double peak, LocalDate peakDate,
      LocalDate troughDate, Optional<LocalDate> recoveredOn, OptionalInt recoveryDays) {

    /** Whether equity got back to the peak before the run ended. */
    public boolean recovered() {
      return recoveredOn.isPresent();
    }
  }

  /**
   * Trade statistics of one group of trades (a strategy, a DTE, an entry-time bucket).
   *
   * @param key the group: a strategy name, a DTE ("0"), or a time bucket ("09:30-10:00")
   * @param trades trades in the group
   * @param wins trades with a net P&amp;L above zero (to the cent)
   * @param winRate wins / trades, 0..1
   * @param totalPnl net P&amp;L, in dollars
   * @param averagePnl net P&amp;L per trade
   */
  public record Bucket(String key, int trades, int wins, double winRate, double totalPnl,
      double averagePnl) {}

  /**
   * The strategy against one buy-and-hold benchmark.
   *
   * @param symbol the benchmark
   * @param firstClose its first close in the run
   * @param lastClose its last close in the run
   * @param totalReturn last close / first close − 1
   * @param maxDrawdownPercent the deepest fall of its closes from a running peak, 0..1
   * @param excessReturn the strategy's total return − the benchmark's (seed S3's "alpha")
   * @param beta covariance of the daily returns / variance of the benchmark's (NaN when it never
   *     moved)
   * @param alpha CAPM (Jensen's) alpha, annualised: (mean daily strategy excess return − beta ×
   *     mean daily benchmark excess return) × 252
   * @param correlation correlation of the daily returns
   * @param days days paired for the return statistics
   */
  public record BenchmarkComparison(String symbol, double firstClose, double lastClose,
      double totalReturn, double maxDrawdownPercent, double excessReturn, double beta,
      double alpha, double correlation, int days) {}

  /** The metrics of a result with a risk-free rate of 0. */
  public static PerformanceMetrics of(BacktestResult result) {
    return of(result, 0);
  }

  /**
   * The metrics of a result.
   *
   * @param riskFreeRate annual risk-free rate (0.04 for 4 %); Sharpe, Sortino and alpha subtract
   *     {@code riskFreeRate / 252} from each daily return
   * @throws IllegalArgumentException if the rate is not finite or the starting capital not above 0
   */
  public static PerformanceMetrics of(BacktestResult result, double riskFreeRate) {
    if (!Double.isFinite(riskFreeRate)) {
      throw new IllegalArgumentException("riskFreeRate must be finite, was " + riskFreeRate);
    }
    if (!(result.startingCapital() > 0) || Double.isInfinite(result.startingCapital())) {
      throw new IllegalArgumentException("a result's starting capital must be a finite amount"
          + " above 0 to measure returns, was " + result.startingCapital());
    }
    List<TradeRecord> trades = result.trades();
    int wins = 0;
    double total = 0;
    double won = 0;
    double lost = 0;
    double maxWin = Double.NaN;
    double maxLoss = Double.NaN;
    for (TradeRecord t : trades) {
      double net = t.trade().netPnl();
      total += net;
      if (isWin(net)) {
        wins++;
        won += net;
      } else {
        lost += net;
      }
      maxWin = Double.isNaN(maxWin) ? net : Math.max(maxWin, net);
      maxLoss = Double.isNaN(maxLoss) ? net : Math.min(maxLoss, net);
    }
    int n = trades.size();
    int losses = n - wins;
    double profitFactor = Math.round(lost * 100) < 0 ? won / -lost : won > 0 ? Double.POSITIVE_INFINITY : Double.NaN;

    List<DailyRecord> days = result.days();
    double start = result.startingCapital();
    double end = days.isEmpty() ? start : days.get(days.size() - 1).equity();
    double[] returns = dailyReturns(start, days);
    double rfDaily = riskFreeRate / TRADING_DAYS_PER_YEAR;
    double commissions = 0;
    int exposed = 0;
    for (DailyRecord d : days) {
      commissions += d.commissions();
      if (d.openPositions() > 0 || d.positionsEntered() > 0 || d.positionsClosed() > 0) {
        exposed++;
      }
    }
    long calendarDays = ChronoUnit.DAYS.between(result.from(), result.to()) + 1;
    double cagr = start > 0 && end > 0 && calendarDays > 0
        ? Math.pow(end / start, 365.25 / calendarDays) - 1 : Double.NaN;

    List<BenchmarkComparison> benchmarks = new ArrayList<>();
    for (String symbol : result.benchmarks()) {
      compare(symbol, days, end / start - 1, rfDaily).ifPresent(benchmarks::add);
    }
    return new PerformanceMetrics(result.strategies(), result.source(), result.from(), result.to(),
        days.size(), start, end, riskFreeRate, n, wins, losses, ratio(wins, n), total,
        ratio(total, n), ratio(won, wins), ratio(lost, losses), maxWin, maxLoss, profitFactor,
        sharpe(returns, rfDaily), sortino(returns, rfDaily), drawdown(start, days, result.from()),
        end / start - 1, total / start, cagr, ratio(exposed, days.size()), commissions,
        slippage(result.journal()), byStrategy(result), group(trades, t -> t.dte(), Integer::compare,
            String::valueOf), group(trades, t -> bucketStart(t.entryTime()), LocalTime::compareTo,
            PerformanceMetrics::bucketLabel), benchmarks, result.quality().observedQuotes(),
        result.quality().estimatedQuotes(), result.quality().observedShare());
  }

  /** Each day's equity over the previous close (the starting capital before the first day), − 1. */
  static double[] dailyReturns(double start, List<DailyRecord> days) {
    double[] r = new double[days.size()];
    double previous = start;
    for (int i = 0; i < r.length; i++) {
      double e = days.get(i).equity();
      r[i] = e / previous - 1;
      previous = e;
    }
    return r;
  }

  private static double sharpe(double[] r, double rfDaily) {
    if (r.length < 2) {
      return Double.NaN;
    }
    double mean = mean(r) - rfDaily;
    double sd = Math.sqrt(variance(r));
    return sd == 0 ? Double.NaN : mean / sd * Math.sqrt(TRADING_DAYS_PER_YEAR);
  }

  private static double sortino(double[] r, double rfDaily) {
    if (r.length < 2) {
      return Double.NaN;
    }
    double squares = 0;
    for (double x : r) {
      double shortfall = Math.min(0, x - rfDaily);
      squares += shortfall * shortfall;
    }
    double downside = Math.sqrt(squares / r.length);
    double mean = mean(r) - rfDaily;
    if (downside == 0) {
      return mean > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    }
    return mean / downside * Math.sqrt(TRADING_DAYS_PER_YEAR);
  }

  private static Drawdown drawdown(double start, List<DailyRecord> days, LocalDate from) {
    if (days.isEmpty()) {
      return new Drawdown(0, 0, start, from, from, Optional.of(from), OptionalInt.of(0));
    }
    double peak = start;
    LocalDate peakDate = days.get(0).date();
    double bestPercent = 0;
    double bestAmount = 0;
    double bestPeak = start;
    LocalDate bestPeakDate = peakDate;
    int troughIndex = 0;
    for (int i = 0; i < days.size(); i++) {
      DailyRecord d = days.get(i);
      if (d.equity() > peak) {
        peak = d.equity();
        peakDate = d.date();
      }
      double amount = peak - d.equity();
      double percent = peak > 0 ? amount / peak : 0;
      if (percent > bestPercent) {
        bestPercent = percent;
        bestAmount = amount;
        bestPeak = peak;
        bestPeakDate = peakDate;
        troughIndex = i;
      }
    }
    LocalDate trough = days.get(troughIndex).date();
    if (bestAmount == 0) {
      return new Drawdown(0, 0, bestPeak, trough, trough, Optional.of(trough), OptionalInt.of(0));
    }
    for (int i = troughIndex + 1; i < days.size(); i++) {
      if (days.get(i).equity() >= bestPeak) {
        return new Drawdown(bestAmount, bestPercent, bestPeak, bestPeakDate, trough,
            Optional.of(days.get(i).date()), OptionalInt.of(i - troughIndex));
      }
    }
    return new Drawdown(bestAmount, bestPercent, bestPeak, bestPeakDate, trough, Optional.empty(),
        OptionalInt.empty());
  }

  private static Optional<BenchmarkComparison> compare(String symbol, List<DailyRecord> days,
      double strategyReturn, double rfDaily) {
    List<Double> rp = new ArrayList<>();
    List<Double> rb = new ArrayList<>();
    double first = Double.NaN;
    double last = Double.NaN;
    double peak = Double.NaN;
    double worst = 0;
    DailyRecord previous = null;
    for (DailyRecord d : days) {
      Double close = d.benchmarkCloses().get(symbol);
      if (close != null && close > 0) {
        if (Double.isNaN(first)) {
          first = close;
          peak = close;
        }
        last = close;
        peak = Math.max(peak, close);
        worst = Math.max(worst, (peak - close) / peak);
        Double before = previous == null ? null : previous.benchmarkCloses().get(symbol);
        if (before != null && before > 0 && previous.equity() != 0) {
          rp.add(d.equity() / previous.equity() - 1);
          rb.add(close / before - 1);
        }
      }
      previous = d;
    }
    if (Double.isNaN(first)) {
      return Optional.empty();
    }
    double[] p = rp.stream().mapToDouble(Double::doubleValue).toArray();
    double[] b = rb.stream().mapToDouble(Double::doubleValue).toArray();
    double beta = Double.NaN;
    double alpha = Double.NaN;
    double correlation = Double.NaN;
    if (p.length >= 2) {
      double varB = variance(b);
      double varP = variance(p);
      double cov = covariance(p, b);
      if (varB > 0) {
        beta = cov / varB;
        alpha = ((mean(p) - rfDaily) - beta * (mean(b) - rfDaily)) * TRADING_DAYS_PER_YEAR;
      }
      if (varB > 0 && varP > 0) {
        correlation = cov / Math.sqrt(varB * varP);
      }
    }
    double benchmarkReturn = last / first - 1;
    return Optional.of(new BenchmarkComparison(symbol, first, last, benchmarkReturn, worst,
        strategyReturn - benchmarkReturn, beta, alpha, correlation, p.length));
  }

  private static double slippage(List<JournalEvent> journal) {
    if (journal.isEmpty()) {
      return 0;
    }
    // Order ids are unique within a run's journal, so one replay over every strategy's events
    // weighs each filled unit once, as TradeSummary does within a strategy.
    return JournalReplay.of("all strategies", journal).summary().avgSlippage();
  }

  private static List<Bucket> byStrategy(BacktestResult result) {
    Set<String> order = new LinkedHashSet<>(result.strategies().keySet());
    TreeMap<String, Boolean> others = new TreeMap<>();
    for (TradeRecord t : result.trades()) {
      if (!order.contains(t.trade().strategy())) {
        others.put(t.trade().strategy(), true);
      }
    }
    order.addAll(others.keySet());
    List<String> keys = new ArrayList<>(order);
    return group(result.trades(), t -> t.trade().strategy(),
        (a, b) -> Integer.compare(keys.indexOf(a), keys.indexOf(b)), Function.identity());
  }

  private static <K> List<Bucket> group(List<TradeRecord> trades, Function<TradeRecord, K> key,
      java.util.Comparator<K> order, Function<K, String> label) {
    TreeMap<K, List<TradeRecord>> groups = new TreeMap<>(order);
    for (TradeRecord t : trades) {
      groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
    }
    List<Bucket> buckets = new ArrayList<>();
    groups.forEach((k, list) -> {
      int wins = 0;
      double total = 0;
      for (TradeRecord t : list) {
        double net = t.trade().netPnl();
        total += net;
        if (isWin(net)) {
          wins++;
        }
      }
      buckets.add(new Bucket(label.apply(k), list.size(), wins, ratio(wins, list.size()), total,
          ratio(total, list.size())));
    });
    return buckets;
  }

  /**
   * Whether a trade's net P&amp;L is a win: above zero once rounded to cents, so that a scratch
   * trade whose prices leave a floating-point crumb is not counted as a win.
   */
  static boolean isWin(double netPnl) {
    return Math.round(netPnl * 100) > 0;
  }

  /** The start of the 30-minute bucket holding a time of day. */
  static LocalTime bucketStart(LocalTime time) {
    int minutes = time.getHour() * 60 + time.getMinute();
    int start = minutes / 30 * 30;
    return LocalTime.of(start / 60, start % 60);
  }

  private static String bucketLabel(LocalTime start) {
    return start + "-" + start.plusMinutes(30);
  }

  private static double ratio(double a, int n) {
    return n == 0 ? Double.NaN : a / n;
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  /** Sample variance (n − 1). */
  private static double variance(double[] x) {
    return covariance(x, x);
  }

  private static double covariance(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += (x[i] - mx) * (y[i] - my);
    }
    return s / (x.length - 1);
  }
}
