package dev.condor.strategies.tck;

import static dev.condor.strategies.tck.PackScenarios.MONDAY;
import static dev.condor.strategies.tck.PackScenarios.t;

import dev.condor.api.instrument.Underlying;
import dev.condor.tck.strategy.MarketScenario;
import dev.condor.tck.strategy.ScenarioBuilder;
import dev.condor.tck.strategy.Scenarios;
import dev.condor.tck.strategy.StrategyVerification;
import java.time.LocalDate;
import java.util.Map;

/**
 * The monthly iron condor (iron-condor-monthly) through the strategy suite: a quiet Monday, a VIX
 * spike on Tuesday, and the May 2026 monthly SPX expiry in range.
 */
class MonthlyIronCondorVerificationTest extends StrategyVerification {

  @Override
  protected String providerId() {
    return "iron-condor-monthly";
  }

  @Override
  protected Map<String, Object> settings() {
    return Map.of("vixSpikePercent", 20, "minDaysToExpiry", 49);
  }

  /** Five weeks keep the third-Friday expiry a third Friday (15 May to 19 June 2026). */
  @Override
  protected int shiftWeeks() {
    return 5;
  }

  @Override
  protected MarketScenario scenario() {
    ScenarioBuilder b = Scenarios.newYork().history(Underlying.VIX, 15, 16, 16)
        .strikes(5, 220);
    double[] vix = {16, 20.5, 21, 19, 18};
    for (int d = 0; d < 5; d++) {
      double spot = 5800 - 30 * d;
      b.day(MONDAY.plusDays(d))
          .at(t(9, 50)).level(Underlying.SPX, spot).level(Underlying.VIX, vix[d])
          .chainExpiring(Underlying.SPX, vix[d] / 100 + 0.05, LocalDate.of(2026, 5, 15))
          .at(t(14, 0));
    }
    return b.build();
  }
}
