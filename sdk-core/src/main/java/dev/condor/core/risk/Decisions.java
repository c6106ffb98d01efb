package dev.condor.core.risk;

import dev.condor.api.order.OrderTicket;
import dev.condor.api.risk.EntryVerdict;
import dev.condor.api.strategy.ExitDecision;
import dev.condor.api.strategy.StrategyContext;

/** The decisions several policies make the same way. */
final class Decisions {

  private Decisions() {}

  /**
   * Holds a position the policy could not judge and journals why: the API's hold carries no reason,
   * so the reason goes to the journal as a decision note instead.
   */
  static ExitDecision holdBecause(StrategyContext context, String reason) {
    context.note(reason);
    return ExitDecision.hold();
  }

  /** A market close of all units ({@code fraction} 1) or of a share of them (S2's monthly 50 %). */
  static ExitDecision closeAtMarket(double fraction, String reason) {
    return fraction >= 1
        ? ExitDecision.closeAtMarket(reason)
        : ExitDecision.closeFractionAtMarket(fraction, reason);
  }

  /**
   * Scales a proposed entry by a size multiplier, rounding down to whole units: allowed as proposed
   * when nothing is cut (a multiplier above 1 cannot add units: a verdict only resizes down),
   * resized when at least one unit is left, rejected when none is.
   *
   * @param why the facts behind the multiplier, e.g. {@code "vix regime: VIX 22.00 sizes x0.75"}
   */
  static EntryVerdict scale(OrderTicket ticket, double multiplier, String why) {
    int proposed = ticket.quantity();
    int units = Terms.unitsWithin(proposed * multiplier, 1);
    if (units >= proposed) {
      return EntryVerdict.allow();
    }
    String reason = why + ": " + proposed + " -> " + Fmt.units(units);
    return units >= 1 ? EntryVerdict.resize(units, reason) : EntryVerdict.reject(reason);
  }
}
