/**
 * {@code iv-hv-short-call}: seed S3's volatility-arbitrage short calls on index ETFs.
 *
 * <p>S3 splits its capital evenly between SPY, VOO, VTI and QQQ and, every morning at 09:35 ET,
 * looks at each ticker's calls about 30 days out: it sells one whose implied volatility exceeds the
 * 30-day historical volatility by 3 points and whose price exceeds the Black-Scholes value at
 * that historical volatility by 5 %, 5-15 % out of the money, with volume above 10 and a bid above
 * 0.10. It sells at the bid, 5 % of the ticker's allocation in premium, at most two open per
 * ticker, and holds to expiry. Its daily printout (HV, IV, edge per ticker) is journalled as the
 * reason of each ticker's entry or skip; portfolio value against buy-and-hold benchmarks is the
 * reports' job, read from the journal.
 *
 * <p>Layout as in seed S2: {@link dev.condor.strategies.ivhv.IvHvConfig}, {@link
 * dev.condor.strategies.ivhv.IvHvScanner}, {@link dev.condor.strategies.ivhv.IvHvRisk}, {@link
 * dev.condor.strategies.ivhv.IvHvStrategy}.
 */
package dev.condor.strategies.ivhv;
