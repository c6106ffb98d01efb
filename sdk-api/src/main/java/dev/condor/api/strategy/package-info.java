/**
 * The strategy SPI: the decisions of a trading strategy, without the plumbing.
 *
 * <p>Every system Condor replaces runs the same loop by hand: poll, force exits at the end of the
 * day, check red lines (the short strike too close, a delta too high), take profits and stops,
 * then look for a new entry in a time window. Condor's engine runs that loop once, for every
 * strategy, in live runs and backtests alike. A {@link dev.condor.api.strategy.Strategy} supplies
 * the pieces: a {@link dev.condor.api.strategy.StrategySchedule}, the {@link
 * dev.condor.api.strategy.DataNeeds} it reads, an {@link dev.condor.api.strategy.EntryDecision}
 * when asked for an entry, an {@link dev.condor.api.strategy.ExitDecision} per open position, and
 * the risk policies it wants. It reads the world only through its {@link
 * dev.condor.api.strategy.StrategyContext}, which is what makes a backtest of it trustworthy.
 */
package dev.condor.api.strategy;
