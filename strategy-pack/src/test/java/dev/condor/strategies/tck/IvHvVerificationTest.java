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

/**
 * S4 (iv-hv-short-call) through the strategy suite: SPY calls implied at 28 % while SPY has
 * barely moved, so implied volatility stands well above historical.
 */
class IvHvVerificationTest extends StrategyVerification {

  @Override
  protected String providerId() {
    return "iv-hv-short-call";
  }

  @Override
  protected Map<String, Object> settings() {
    return Map.of("tickers", "SPY", "capital", 100_000, "hvDays", 30);
  }

  @Override
  protected MarketScenario scenario() {
    ScenarioBuilder b = Scenarios.newYork().history(Underlying.SPY, path(580, 0.0005, 0.002, 40))
        .strikes(1, 110);
    for (int d = 0; d < 5; d++) {
      double spot = 580 + d;
      b.day(MONDAY.plusDays(d))
          .at(t(9, 30)).level(Underlying.SPY, spot)
          .chain(Underlying.SPY, 0.28, 27, 28, 29, 30, 31, 32, 33, 34)
          .at(t(9, 35))
          .at(t(15, 0));
    }
    return b.build();
  }
}
