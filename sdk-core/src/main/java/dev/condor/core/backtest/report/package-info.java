/**
 * Backtest reports: the performance metrics of a {@link dev.condor.core.backtest.BacktestResult},
 * a console table of them, and a report directory with seed S1's trade and daily logs as CSV, a
 * JSON summary, and one self-contained HTML page with charts.
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li><b>Daily returns</b>: each day's closing equity over the previous close, − 1; the first
 *       day's return is over the starting capital. Ratios use these returns, never trade P&amp;L.
 *   <li><b>Sharpe</b>: mean(r − rf/252) / sample standard deviation(r) × √252, rf the annual
 *       risk-free rate (0 unless given).
 *   <li><b>Sortino</b>: mean(r − rf/252) / downside deviation × √252, where the downside deviation
 *       is √(Σ min(0, r − rf/252)² / n) over <em>all</em> n days (days above the target count as
 *       zero shortfall); the target is the daily risk-free rate, 0 by default.
 *   <li><b>Max drawdown</b>: the deepest fall of the daily closing equity below its running peak
 *       (the starting capital counts as the first peak), chosen by percent of the peak; recovery is
 *       the number of trading days from the trough to the first close at or above that peak, or
 *       "not recovered".
 *   <li><b>Total return</b> is ending equity / starting capital − 1; <b>return on capital</b> is the
 *       closed trades' net P&amp;L / starting capital; <b>CAGR</b> is (ending / starting
 *       equity)^(365.25 / calendar days) − 1 with calendar days = to − from + 1.
 *   <li><b>Exposure</b>: the share of trading days with at least one position open at the close,
 *       or a position entered or closed that day.
 *   <li><b>Wins</b> are trades with a net P&amp;L above zero once rounded to cents; every other trade is a loss (seed
 *       S2). <b>Profit factor</b> is the winning trades' net dollars / the losing trades' net
 *       dollars; infinite when there are wins and no losing dollars (written {@code "infinite"}
 *       in JSON, {@code inf} in text and CSV), undefined without trades ({@code null}, {@code n/a}).
 *   <li><b>Slippage</b>: seed S2's fill − limit per unit over filled limit orders, from the journal
 *       replayed as {@link dev.condor.core.portfolio.TradeSummary} does.
 *   <li><b>Benchmarks</b>: buy-and-hold return from the benchmark's first close in the run to its
 *       last; its own max drawdown over its closes; <b>excess return</b> = the strategy's total
 *       return − the benchmark's (what seed S3 calls alpha); <b>alpha</b> = CAPM (Jensen's) alpha
 *       of the daily returns on days where the benchmark closed on that day and the previous one:
 *       beta = cov(rp, rb) / var(rb), alpha = (mean(rp − rf) − beta × mean(rb − rf)) × 252.
 *   <li>Trade dates and times of day are read in New York; entry-time buckets are 30 minutes
 *       ("09:30-10:00").
 * </ul>
 *
 * <p>Every file is deterministic: the same result gives byte-identical output (numbers formatted
 * with {@link java.util.Locale#ROOT}, no timestamp unless one is passed in, stable ordering).
 */
package dev.condor.core.backtest.report;
