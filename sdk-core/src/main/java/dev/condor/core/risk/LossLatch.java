package dev.condor.core.risk;

import dev.condor.api.risk.PortfolioState;
import dev.condor.api.risk.RiskContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loss line that, once crossed, stays crossed for the rest of its period: S1 stops trading "for
 * the day" (or week), and closing at market can lift equity back above the line. The memory is per
 * policy instance, so a restart forgets it and relies on the loss itself.
 */
final class LossLatch {

  private final LossPeriod period;
  private final double atPercent;
  private final AtomicReference<LocalDate> trippedFor = new AtomicReference<>();

  LossLatch(LossPeriod period, double atPercent) {
    this.period = period;
    this.atPercent = atPercent;
  }

  /**
   * Why the line is crossed now ({@code daily loss 5.00% of day-start equity $100,000.00 >= 5%}) or
   * was earlier in the period, or empty.
   */
  Optional<String> check(RiskContext context) {
    PortfolioState portfolio = context.portfolio();
    LocalDate current = period.periodOf(Terms.today(context));
    double loss = period.lossFraction(portfolio);
    if (Terms.atLeast(loss * 100, atPercent)) {
      trippedFor.set(current);
      return Optional.of(period.describe(portfolio) + " >= " + Fmt.num(atPercent) + "%");
    }
    if (current.equals(trippedFor.get())) {
      return Optional.of(period.adjective() + " loss reached " + Fmt.num(atPercent) + "% earlier "
          + period.rest() + " (now " + Fmt.percent(loss) + ")");
    }
    return Optional.empty();
  }
}
