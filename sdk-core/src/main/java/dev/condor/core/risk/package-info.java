/**
 * The bundled risk policies: the seeds' exit rules, red lines and portfolio limits as {@link
 * dev.condor.api.risk.RiskPolicy} plugins, each with a {@link
 * dev.condor.api.risk.RiskPolicyProvider} found by a kebab-case id ({@link
 * dev.condor.core.risk.RiskPolicies} lists them).
 *
 * <p>Every decision says why with the numbers it compared. Positions are marked from the chain in
 * the context by {@link dev.condor.core.risk.PositionMark}: shorts are bought back at the ask and
 * longs sold at the bid ({@link dev.condor.core.risk.Pricing#NATURAL}), or at mid where a policy is
 * configured so. A position that cannot be marked (a leg without a quote, no chain) is held, never
 * closed on missing data, and the policy records why with {@link
 * dev.condor.api.strategy.StrategyContext#note(String)}, because {@link
 * dev.condor.api.strategy.ExitDecision#hold()} carries no reason of its own. Only forced exits (end
 * of day, expiry, kill switch, loss flattening) close at market regardless of quotes.
 *
 * <p><b>How the engine runs them.</b> A policy has one {@link dev.condor.api.risk.RiskStage}, at
 * which the engine calls {@code checkPosition} for each open position. At the entry step the
 * engine should call {@code checkEntry} of <em>every</em> requested policy, whatever its stage (the
 * default allows, so this is harmless): the kill switch and the loss-flatten policies are
 * FORCED_EXIT policies that must also refuse entries while they are engaged.
 *
 * <p>Most policies are stateless. Three remember what they saw, from the context only, so a
 * backtest replays them exactly if each run gets fresh instances: {@code max-positions} (entries
 * seen today), the loss stops (tripped for the rest of the day or week) and the kill switch. The
 * red lines are stateless: a partial close that leaves the position still breaching closes the
 * same share again on the next poll (3 units, 50 %: 2, then the last one).
 */
package dev.condor.core.risk;
