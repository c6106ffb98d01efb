/**
 * The portfolio: what is held and what it ties up.
 *
 * <p>Brokers hold options contract by contract ({@link dev.condor.api.portfolio.ContractPosition},
 * negative when short); strategies think in structures ({@link dev.condor.api.portfolio.Position}:
 * the iron condor opened by one ticket, with its open units and average credit). An {@link
 * dev.condor.api.portfolio.Account} gives cash, net liquidation and option buying power, and
 * {@link dev.condor.api.portfolio.BuyingPower} computes what a new position would tie up: for a
 * defined-risk credit spread, the width less the credit, times 100.
 */
package dev.condor.api.portfolio;
