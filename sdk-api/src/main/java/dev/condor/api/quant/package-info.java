/**
 * The quant toolkit: pure functions for pricing, volatility and sizing that strategies, risk
 * policies and tools share, allocation-free where they sit on a hot path.
 *
 * <ul>
 *   <li>{@link dev.condor.api.quant.BlackScholes} prices European options (SPX, NDX, XSP) and
 *       their greeks; {@link dev.condor.api.quant.BlackScholes#greeks greeks} fills a reusable
 *       {@link dev.condor.api.quant.MutableGreeks} in one pass, for whole chains on every tick.
 *       American ETF options (SPY, QQQ) are priced as European: close enough for the short-dated
 *       out-of-the-money options sold, but not for deep in-the-money puts near an ex-dividend date.
 *   <li>{@link dev.condor.api.quant.ImpliedVolatility} inverts it, from 0DTE to years, and says
 *       which no-arbitrage bound a price broke when there is no volatility
 *       ({@link dev.condor.api.quant.IvSolution}).
 *   <li>{@link dev.condor.api.quant.HistoricalVolatility} measures realised volatility, to compare
 *       with implied.
 *   <li>{@link dev.condor.api.quant.ExpectedMove} turns a vol index or a volatility into a
 *       one-standard-deviation move: seed S0 places its 0DTE strikes half a VIX1D one-day move
 *       away.
 *   <li>{@link dev.condor.api.quant.MovePercentile} gives percentiles of historical N-day moves:
 *       seed S1 places its short strikes at the 95th to 100th percentile.
 *   <li>{@link dev.condor.api.quant.MovingAverages} and {@link dev.condor.api.quant.RollingMean}
 *       smooth series in batch and live, for trend and regime filters.
 *   <li>{@link dev.condor.api.quant.Sizing}, {@link dev.condor.api.quant.VixRegime} and {@link
 *       dev.condor.api.quant.DrawdownRegime} size positions: seed S1's Kelly check, 2% risk
 *       budget, and VIX and drawdown multipliers (with S1's thresholds as named defaults).
 * </ul>
 *
 * <p>Conventions, everywhere in the package:
 *
 * <ul>
 *   <li>Time to expiry is in years as an ACT/365 fraction of calendar time: one day is {@code
 *       1/365.0}, five minutes {@code 5/(60*24*365.0)}. Theta is per year; divide by 365 for a
 *       calendar day.
 *   <li>Volatilities, rates, yields, returns, drawdowns and risk fractions are decimals: 0.20 for
 *       20%. Vol indices (VIX, VIX1D) are the exception, passed as quoted (12 for 12%), and say so.
 *   <li>Realised volatility and expected moves use 252 trading days a year; horizons of moves are
 *       in trading days.
 *   <li>Prices are in the underlying's units (index points), per unit before the contract
 *       multiplier.
 *   <li>Rates and yields are continuously compounded.
 *   <li>Invalid input throws {@link dev.condor.api.error.InvalidValueException} naming the
 *       argument, the value and the rule; a price with no implied volatility is not invalid input
 *       and is reported as a result instead.
 * </ul>
 */
package dev.condor.api.quant;
