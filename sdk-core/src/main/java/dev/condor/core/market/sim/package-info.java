/**
 * The simulated market, Condor's embedded default data source ({@code "simulated"}): SPX, NDX,
 * SPY, QQQ, VOO and VTI with the VIX, VIX9D and VIX1D indices, minute by minute over the NYSE
 * sessions, with intraday option chains; deterministic from a seed, every value {@link
 * dev.condor.api.market.DataOrigin#ESTIMATED estimated}. It lets every command run with no account,
 * key or network.
 *
 * <h2>Price model</h2>
 *
 * <p>SPX follows a Bates model: Heston stochastic variance {@code dv = kappa (theta - v) dt + xi
 * sqrt(v) dW2} with {@code corr(dW1, dW2) = rho}, and log-normal price jumps at Poisson intensity
 * {@code lambda}, drift-compensated. It is stepped once per session minute (Euler, full
 * truncation, a 4 % volatility floor in the diffusion) and once overnight. Time runs on a business
 * clock of 252 trading days a year: non-trading days take no time, a night is 25 % of a day's
 * variance (1.8 times that over a weekend, normalised so a year stays a year) and a session's
 * minutes are weighted by a U-shaped intraday profile. NDX shares the variance (scaled by 1.24),
 * correlates 0.92 with SPX and takes the same jumps, scaled. SPY is SPX times 0.0998, QQQ is NDX
 * times 0.0243, VOO is SPY times 0.9192, each with a 0.8 bp minute-to-minute tracking error; VTI is
 * SPX times 0.0497 with beta 1 and its own slow drift (3 % a year, mean-reverting). The ratios
 * follow the configured starting levels when those are set.
 *
 * <h2>Calibration (from {@code ../shared/market-data}; the figures, not the data, are kept)</h2>
 *
 * <table>
 *   <caption>Model defaults and where they come from</caption>
 *   <tr><th>parameter</th><th>value</th><th>evidence</th></tr>
 *   <tr><td>long-run variance theta</td><td>0.028 (16.7 %)</td><td>VIX 1990-2026 median 17.6,
 *       mean 19.4; mean 21-day realised variance of ^GSPC 0.0325 (18.0 %), less jumps</td></tr>
 *   <tr><td>mean reversion kappa</td><td>4.5 / year</td><td>daily AR(1) of ln VIX 0.980 (kappa
 *       5.1), VIX squared 0.963 (9.4); half-life ~ 40 trading days</td></tr>
 *   <tr><td>vol of vol xi</td><td>0.60</td><td>std of daily changes of ln VIX, 1.08 a year;
 *       matched (1.11) by simulating the model</td></tr>
 *   <tr><td>correlation rho</td><td>-0.85</td><td>corr(daily ^GSPC log return, VIX change)
 *       -0.79 (-0.81 since 2010); the model's -0.85 yields -0.78 with jumps and the floor</td></tr>
 *   <tr><td>jumps</td><td>0.8 / year, mean -4 %, sd 4 %</td><td>days below -3 %: 3.15 a year,
 *       below -4 %: 1.26, |r| above 4 %: 2.33; returns over the prior day's VIX beyond -4 sd come
 *       0.13 a year more often than a normal law allows, beyond -3 sd 0.4</td></tr>
 *   <tr><td>overnight share, weekend</td><td>0.25, 1.8x</td><td>^GSPC 2015-2026: close-to-open
 *       variance 21 % and open-to-close 62 % of close-to-close; Monday gaps 1.8x
 *       weeknight</td></tr>
 *   <tr><td>intraday profile</td><td>{@code 0.560 + 2.546 e^(-x/0.1607) + 3.267
 *       e^(-(1-x)/0.00979)}</td><td>variance of 5-minute ^GSPC returns by time of day, May-Aug
 *       2026: the first half hour 2.7x midday, the last minutes about 2x</td></tr>
 *   <tr><td>NDX</td><td>corr 0.92, vol x1.24</td><td>^NDX vs ^GSPC 2010-2026: corr 0.93, vol
 *       ratio 1.21-1.25; VXN/VIX median 1.17</td></tr>
 *   <tr><td>ETF ratios</td><td>SPY/SPX 0.0998, QQQ/NDX 0.0243</td><td>unadjusted 2026 prices
 *       (0.0997, 0.02433) and the Cboe chain spots of 2023-06-02 (SPY 427.92: 0.0999) and
 *       2023-06-12 / 2024-03-22 (QQQ: 0.02423, 0.02430); tracking error 0.8 bp (SPY vs ^GSPC,
 *       5-minute)</td></tr>
 *   <tr><td>variance premium</td><td>x1.25 + 0.0045 at 30 days</td><td>mean VIX squared over
 *       mean forward realised variance 1.35 (1.29 since 2010); VIX by realised-vol decile
 *       (12.4 at 6.6 % realised, 29.6 at 39 %) asks for the additive part</td></tr>
 *   <tr><td>premium term structure</td><td>weight (days/30)^0.35</td><td>VIX9D/VIX median 0.94,
 *       VIX1D/VIX 0.83, VIX1D open/close 0.81 (Cboe 2011-2026 and 2022-2026)</td></tr>
 * </table>
 *
 * <p>Simulating these defaults over 396 years (nine seeds, 1990-2033) gives VIX mean 19.9, median
 * 18.1, 5th-95th percentile 12.3-34.0 (real 11.4-33.0); realised volatility 18.1 % (real 18.0 %);
 * 3.6 days a year below -3 %, 1.5 below -4 %, 2.2 beyond 4 % either way (real 3.15, 1.26, 2.33);
 * corr(return, VIX change) -0.78; std of daily ln VIX changes 1.11 a year (real 1.08); VIX9D/VIX
 * 0.93, VIX1D/VIX 0.85 and VIX1D open/close 0.88 (real 0.94, 0.83, 0.81). Single simulated years
 * vary as real ones do (mean VIX from 14 to 30 over seeds 1-40 of 2024).
 *
 * <h2>Volatility indices</h2>
 *
 * <p>From the Heston closed form of the expected variance integrated over {@code tau} years of
 * business time, {@code I(v, tau) = theta tau + (v - theta)(1 - e^(-kappa tau)) / kappa}, plus
 * {@code lambda (mu_J^2 + sigma_J^2) tau} for jumps, the risk-neutral variance to a horizon of
 * {@code T} calendar years is {@code W = (1 + 0.25 g) (I + jumps) + 0.0045 g T} with {@code g =
 * min(1, (days/30)^0.35)}. VIX is {@code 100 sqrt(W/T)} at 30 days and VIX9D at 9 days. VIX1D
 * blends the rest of the session, annualised per session minute (so the open reads below the
 * close, as the real index does), with the next full day, by the share of the session left;
 * after the close it is the next full day.
 *
 * <h2>Options</h2>
 *
 * <p>Expiries are the calendar's ({@link dev.condor.core.calendar.NyseCalendar#expiries}): PM
 * expiries trade until their day's close, AM expiries (the SPX and NDX monthlies) until the
 * index-options close of the day before and settle on the expiry day's opening level. Strikes sit
 * on the listed grids (SPX 5 points within 2 ATM standard deviations plus 1 % of spot, 25 beyond;
 * NDX 10/25/50; the ETFs $1 then $5) out to 6 standard deviations plus 2 % (at most 40 %).
 *
 * <p>The ATM variance of an expiry is {@code W} (through its business time, so a Monday expiry
 * seen on Friday carries little variance for its three calendar days, as the real 0.074 against
 * 0.118 of 2023-06-09 shows) times the share of a variance swap the smile leaves at the money (0.80
 * at 0 days, 0.67 at 30, 0.54 at a year; the real 30-day ATM/VIX ratios of the chains are
 * 0.75-0.92). The smile is a function of {@code z = ln(K/F)/(sigma_ATM sqrt(T))}, fitted by least
 * squares to about 26,000 out-of-the-money quotes (mid at least 0.10, up to 95 days, |z| up to 8)
 * of six Cboe SPX chains (2022-06-10, 2023-05-19, 2023-05-26, 2023-06-08, 2023-06-09 13:40,
 * 2024-01-05):
 * {@code 1 + 0.096 z + 0.462 (sqrt((z - 1.52)^2 + 3.63^2) - sqrt(1.52^2 + 3.63^2)) - A(T) tanh(z /
 * 1.97)}, {@code A(T) = 0.423 T^1.3 / (T^1.3 + 19.2^1.3)} (T in days), with {@code z} softly
 * clamped to [-10, 3.5]; residual error of IV/ATM 0.015 near the money, 0.08 overall (mostly the
 * difference between days). The 25-delta put and call read about 1.09/0.97 of ATM at 0 days,
 * 1.12/0.94 at 7 and 1.20/0.89 at 31 (2023-06-09 13:40 real: 1.04/1.01, 1.07/0.95, 1.19/0.89): the
 * put skew is steeper in strike for short expiries, flatter in standard deviations. Prices and
 * greeks (delta, gamma, theta per calendar day, vega per vol point) are Black-Scholes-Merton at
 * the strike's volatility, with dividend yields SPX 1.3 %, NDX 0.7 %; ETF options are floored at
 * their exercise value.
 *
 * <p>Quotes are the model price widened by {@code 0.04 sqrt(price)} for SPX and rounded outwards
 * to the tick (0.05 below 3.00, 0.10 above), plus up to 3.4 points in the money: the medians of
 * the 2023-06-09 13:40 SPX chain's out-of-the-money widths are 0.05 (mid below 0.10), 0.10 (0.50
 * to 3.00), 0.20 (3 to 10), 0.30 (10 to 20), 0.40 (20 to 50) and 0.50 (50 to 100), 2.9 to 3.8 deep
 * in the money. NDX uses {@code 0.2 + 0.35 sqrt(price)} (2024-03-22 chain: 0.5 to 5.9 by price),
 * SPY and QQQ penny ticks and {@code 0.015 sqrt(price)} (0.01-0.05 out of the money). A bid is
 * never negative and far, cheap options are bid at zero and offered at a tick. Sizes, volume (it
 * accumulates through the session) and open interest (largest near the money, on round strikes
 * and monthlies) are deterministic functions of the contract and the day.
 *
 * <h2>Determinism and speed</h2>
 *
 * <p>Randomness comes from the package's own xoshiro256** generator, one stream per group of
 * series (index model, ETF noise) and day, seeded from the configuration seed; paths use only
 * {@link java.lang.StrictMath}, so the same seed gives the same bits on every JVM. Days are
 * simulated in order once (each day's closing state is kept), minute paths live in primitive
 * columns in a bounded cache and are regenerated identically when evicted; any minute of a
 * generated day is an array read. Chains are cached per underlying and minute.
 *
 * <h2>Known approximations</h2>
 *
 * <ul>
 *   <li>One volatility smile for every underlying and regime (NDX and the ETFs share SPX's shape);
 *       beyond 95 days and beyond |z| of 8 it is an extrapolation.
 *   <li>Dividends are continuous yields; ETF prices do not drop on ex-dates, and American early
 *       exercise is only a floor at intrinsic value.
 *   <li>The risk-free rate is one constant; there is no term structure of rates.
 *   <li>Intraday (minute) bars get their high and low from a Brownian bridge drawn with the
 *       minute's model variance, not from simulated ticks.
 *   <li>Every expiry the calendar knows in a requested range is listed, however far ahead, and a
 *       single quote is served for any strike on the grid, inside the chain's band or not.
 * </ul>
 */
package dev.condor.core.market.sim;
