package dev.condor.core.backtest;

import java.time.LocalDate;
import java.util.Map;

/**
 * One trading day of a backtest, taken at the close after expiring positions settled: the
 * account's value and the day's activity (seed S1's daily performance log), with the closes of the
 * benchmark symbols for buy-and-hold comparisons.
 *
 * @param date the trading day
 * @param equity net liquidation value at the close: cash plus open positions at their marks
 * @param realizedPnl profit or loss of the trades closed or settled that day, after commissions
 * @param unrealizedPnl open positions' profit or loss at the close's marks
 * @param positionsEntered positions opened that day
 * @param positionsClosed positions closed or settled that day
 * @param openPositions positions open after the close
 * @param riskAtClose the open positions' combined maximum loss, in dollars
 * @param commissions commissions charged that day
 * @param benchmarkCloses each benchmark symbol's close that day (missing when the source lacks it)
 */
public record DailyRecord(LocalDate date, double equity, double realizedPnl, double unrealizedPnl,
    int positionsEntered, int positionsClosed, int openPositions, double riskAtClose,
    double commissions, Map<String, Double> benchmarkCloses) {

  /** Copies the benchmark map, keeping its order. */
  public DailyRecord {
    benchmarkCloses = java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(benchmarkCloses));
  }
}
