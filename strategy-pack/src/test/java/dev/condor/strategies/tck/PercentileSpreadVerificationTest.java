package dev.condor.strategies.tck;

import static dev.condor.strategies.tck.PackScenarios.MONDAY;
import static dev.condor.strategies.tck.PackScenarios.path;
import static dev.condor.strategies.tck.PackScenarios.t;

import dev.condor.api.instrument.Underlying;
import dev.condor.tck.strategy.MarketScenario;
import dev.condor.tck.strategy.ScenarioBuilder;
import dev.condor.tck.strategy.Scenarios;
import dev.condor.tck.strategy.StrategyVerification;
import java.util.Map;

/** S1 (percentile-credit-spread) through the strategy suite: 1DTE SPX spreads each morning. */
class PercentileSpreadVerificationTest extends StrategyVerification {

  @Override
  protected String providerId() {
    return "percentile-credit-spread";
  }

  @Override
  protected Map<String, Object> settings() {
    return Map.of("underlying", "SPX", "dte", 1, "lookbackDays", 60, "momentumDays", 10);
  }

  @Override
  protected MarketScenario scenario() {
    ScenarioBuilder b = Scenarios.newYork().history(Underlying.SPX, path(5790, 0.001, 0.006, 80));
    for (int d = 0; d < 5; d++) {
      double spot = 5800 + 12 * d;
      b.day(MONDAY.plusDays(d))
          .at(t(9, 45)).level(Underlying.SPX, spot).level(Underlying.VIX, 17)
          .chain(Underlying.SPX, 0.16, 0, 1, 2, 3, 4)
          .at(t(10, 0))
          .at(t(10, 30))
          .at(t(15, 30)).level(Underlying.SPX, spot + 4);
    }
    return b.build();
  }
}
