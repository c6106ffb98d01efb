package dev.condor.strategies.tck;

import static dev.condor.strategies.tck.PackScenarios.MONDAY;
import static dev.condor.strategies.tck.PackScenarios.t;

import dev.condor.api.instrument.Underlying;
import dev.condor.tck.strategy.MarketScenario;
import dev.condor.tck.strategy.ScenarioBuilder;
import dev.condor.tck.strategy.Scenarios;
import dev.condor.tck.strategy.StrategyVerification;
import java.util.Map;

/**
 * S2 (iron-condor-0dte) through the strategy suite: VIX inside its band most days, 0DTE SPX
 * chains, a Wednesday that runs at the short put, and a Thursday with VIX above the band.
 */
class ZeroDteCondorVerificationTest extends StrategyVerification {

  @Override
  protected String providerId() {
    return "iron-condor-0dte";
  }

  @Override
  protected Map<String, Object> settings() {
    return Map.of("vixMin", 14, "vixMax", 30, "quantity", 1);
  }

  @Override
  protected MarketScenario scenario() {
    ScenarioBuilder b = Scenarios.newYork();
    double[] vix = {18, 19, 20, 34, 17};
    for (int d = 0; d < 5; d++) {
      double spot = 5800 + 10 * d;
      b.day(MONDAY.plusDays(d))
          .at(t(9, 40)).level(Underlying.SPX, spot).level(Underlying.VIX, vix[d])
          .chain(Underlying.SPX, vix[d] / 100, 0)
          .at(t(9, 45))
          .at(t(9, 50))
          .at(t(11, 0)).level(Underlying.SPX, d == 2 ? spot - 45 : spot + 5)
          .at(t(15, 45));
    }
    return b.build();
  }
}
