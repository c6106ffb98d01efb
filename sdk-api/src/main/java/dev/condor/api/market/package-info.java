/**
 * Market data: what things cost at an instant.
 *
 * <p>A {@link dev.condor.api.market.Quote} prices an underlying (an index has a level but no bid or
 * ask); an {@link dev.condor.api.market.OptionQuote} prices one option, with implied volatility and
 * {@link dev.condor.api.market.Greeks} when known; an {@link dev.condor.api.market.OptionChain} is
 * a snapshot of all listed options of an underlying with the lookups that strategies use to choose
 * strikes (S0 chooses by distance from spot and premium, S2 by delta, S4 by a percentage offset).
 * A {@link dev.condor.api.market.Bar} summarises an interval.
 *
 * <p>Every value says whether it was {@linkplain dev.condor.api.market.DataOrigin observed or
 * estimated}: the simulated market marks everything estimated, and a backtest reports the share.
 * Prices are in the underlying's points (an SPX option quoted 1.50 costs $150 per contract).
 */
package dev.condor.api.market;
