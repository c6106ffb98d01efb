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

/** S0 (vix1d-credit-spread) through the strategy suite: a rising SPY, 0DTE SPX each morning. */
class Vix1dSpreadVerificationTest extends StrategyVerification {

  @Override
  protected String providerId() {
    return "vix1d-credit-spread";
  }

  @Override
  protected Map<String, Object> settings() {
    return Map.of("trendLength", 20, "quantity", 1);
  }

  @Override
  protected MarketScenario scenario() {
    ScenarioBuilder b = Scenarios.newYork().history(Underlying.SPY, path(580, 0.002, 0.003, 25));
    double[] spx = {5800, 5815, 5790, 5760, 5785};
    for (int d = 0; d < 5; d++) {
      b.day(MONDAY.plusDays(d))
          .at(t(9, 31)).level(Underlying.SPX, spx[d]).level(Underlying.SPY, spx[d] / 10)
          .level(Underlying.VIX1D, 11 + d).chain(Underlying.SPX, 0.11 + d * 0.01, 0)
          .at(t(9, 36))
          .at(t(12, 0)).level(Underlying.SPX, spx[d] + 10).level(Underlying.SPY, spx[d] / 10 + 1)
          .at(t(15, 50));
    }
    return b.build();
  }
}
