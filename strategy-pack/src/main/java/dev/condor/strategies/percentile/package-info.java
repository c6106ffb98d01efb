/**
 * {@code percentile-credit-spread}: seed S1's credit spreads with strikes at a percentile of past
 * moves.
 *
 * <p>S1 sells NDX (or SPX) credit spreads 0 to 10 trading days from expiry. The short strike sits
 * where the underlying has not gone in all but the worst few percent of past windows: the 99th
 * percentile of the moves from the previous close to the close {@code DTE} days later ({@code DTE
 * + 1} daily returns). Neutral mode sells both sides as an iron condor; with_flow sells the spread
 * on the side the momentum moves away from (bullish: puts), against_flow the other side. Entries
 * are priced at the mid credit less 0.05 (S1 prices at the mid and "gives up $0.05-0.10" to be
 * filled), need S1's $0.50 and 5 % return on risk, and risk 2 % of capital each; exits (50 %
 * profit, tested within 2x the width, the expiry day at 15:30) and the portfolio limits are
 * bundled risk policies the strategy requests.
 *
 * <p>The pieces follow seed S2's layout: {@link
 * dev.condor.strategies.percentile.PercentileSpreadConfig} (validated configuration, S1's
 * defaults), {@link dev.condor.strategies.percentile.PercentileSpreadScanner} (the pure entry
 * scan), {@link dev.condor.strategies.percentile.PercentileSpreadRisk} (the requested policies)
 * and {@link dev.condor.strategies.percentile.PercentileSpreadStrategy} (the engine's view).
 */
package dev.condor.strategies.percentile;
