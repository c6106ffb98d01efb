/**
 * The strategy suite: {@link dev.condor.tck.strategy.StrategyVerification}, which a strategy
 * author extends, and the {@link dev.condor.tck.strategy.MarketScenario} it runs the strategy
 * over.
 *
 * <p>A scenario is a short, deterministic market: moments in time order, each with index and
 * underlying levels, option chains (Black-Scholes around the level, or hand-written) and the daily
 * closes before its day, on a {@link dev.condor.tck.strategy.ScenarioCalendar} of weekdays. The
 * suite feeds it through its own minimal strategy context and a loop of a dozen lines, with no
 * engine, so a rule's failure points at the strategy and nothing else. The scenario can be moved
 * whole by weeks, which is how the clock rule proves a strategy reads time only from its context.
 */
package dev.condor.tck.strategy;
