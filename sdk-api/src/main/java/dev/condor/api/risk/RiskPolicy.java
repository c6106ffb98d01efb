package dev.condor.api.risk;

import dev.condor.api.Stable;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.portfolio.Position;
import dev.condor.api.strategy.ExitDecision;

/**
 * One risk rule (a profit target, a delta red line, a daily loss stop, a VIX regime...) that the
 * engine applies at its {@link #stage()} of every poll. Each time it acts, the engine journals a
 * RISK event with the policy's name and reason. Like strategies, policies read time and data only
 * from their context and never block.
 */
@Stable(since = "0.1")
public interface RiskPolicy {

  /** A short name for the journal, e.g. {@code delta-red-line}. */
  String name();

  /** When in the poll it acts. */
  RiskStage stage();

  /** Decides about an open position (stages FORCED_EXIT, RED_LINE, EXIT); holds by default. */
  default ExitDecision checkPosition(Position position, RiskContext context) {
    return ExitDecision.hold();
  }

  /**
   * Decides about a proposed entry; allows by default. The engine asks every policy, whatever its
   * stage, so a forced-exit policy (a kill switch, a loss flatten) also blocks new entries.
   */
  default EntryVerdict checkEntry(OrderTicket ticket, RiskContext context) {
    return EntryVerdict.allow();
  }
}
