package dev.condor.api.strategy;

import dev.condor.api.Stable;
import dev.condor.api.portfolio.Position;
import java.util.List;

/**
 * A trading strategy, as the pieces the engine's loop asks for: when to run, what data to read,
 * how to find an entry, how to manage a position, and which risk policies guard it.
 *
 * <p>On each poll the engine applies, in this order: forced exits (end of day, expiry, stop) →
 * risk red lines → profit, stop and time exits (the requested policies, then {@link #manage}) →
 * new entries ({@link #scanEntry}, only inside the schedule's entry windows and when every risk
 * policy allows). The strategy only decides; the engine places, tracks and journals the orders.
 *
 * <p>Methods run on one thread at a time, must not block, and read time and data only through
 * the {@link StrategyContext}: no wall clock, no I/O, no randomness that is not seeded from the
 * context. Then a backtest and a live run make the same decisions on the same data.
 */
@Stable(since = "0.1")
public interface Strategy {

  /** When the engine runs the strategy. */
  StrategySchedule schedule();

  /** The data the engine fetches before each call. */
  DataNeeds dataNeeds();

  /** The risk policies this strategy wants, by provider id with their settings. */
  default List<RiskPolicyRequest> riskPolicies() {
    return List.of();
  }

  /** Called once when the strategy starts, after reconciliation with the broker. */
  default void setup(StrategyContext context) {}

  /** Looks for a new entry; called only inside an entry window and within the limits. */
  EntryDecision scanEntry(StrategyContext context);

  /** Decides about one open position, after the risk policies have held it. */
  default ExitDecision manage(Position position, StrategyContext context) {
    return ExitDecision.hold();
  }

  /**
   * What to do with an open position when the strategy stops (on request or at shutdown): by
   * default keep it (a monthly condor survives a restart); a 0DTE strategy closes.
   */
  default ExitDecision onStop(Position position, StrategyContext context) {
    return ExitDecision.hold();
  }
}
