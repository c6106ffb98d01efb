/**
 * The paper broker ({@code "paper"}), Condor's default: a simulated account that fills multi-leg
 * option orders against the engine's market with a commission and fill model, keeps positions,
 * cash and buying power, and settles options at expiry (index options in cash, ETF options by
 * assignment). Backtests and paper trading use it; it is also the reference implementation of
 * the {@link dev.condor.api.broker.Broker} contract.
 */
package dev.condor.core.broker.paper;
