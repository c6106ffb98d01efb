package dev.condor.strategies.tck;

import static dev.condor.strategies.tck.PackScenarios.MONDAY;
import static dev.condor.strategies.tck.PackScenarios.t;

import dev.condor.api.instrument.Underlying;
import dev.condor.tck.strategy.MarketScenario;
import dev.condor.tck.strategy.ScenarioBuilder;
import dev.condor.tck.strategy.Scenarios;
import dev.condor.tck.strategy.StrategyVerification;
import java.util.Map;

/** The SPX wheel (spx-wheel) through the strategy suite: SPX puts around 45 days out. */
class SpxWheelVerificationTest extends StrategyVerification {

  @Override
  protected String providerId() {
    return "spx-wheel";
  }

  @Override
  protected Map<String, Object> settings() {
    return Map.of("putDelta", 0.15, "dteTarget", 45, "contractsPerTrade", 1);
  }

  @Override
  protected MarketScenario scenario() {
    ScenarioBuilder b = Scenarios.newYork().account(2_000_000, 2_000_000, 2_000_000)
        .strikes(5, 160);
    double[] vix = {18, 17, 40, 19, 18};
    for (int d = 0; d < 5; d++) {
      double spot = 5800 + 15 * d;
      b.day(MONDAY.plusDays(d))
          .at(t(9, 45)).level(Underlying.SPX, spot).level(Underlying.VIX, vix[d])
          .chain(Underlying.SPX, 0.17, 41, 42, 43, 44, 45, 46, 47, 48, 49)
          .at(t(10, 0))
          .at(t(15, 0));
    }
    return b.build();
  }
}
