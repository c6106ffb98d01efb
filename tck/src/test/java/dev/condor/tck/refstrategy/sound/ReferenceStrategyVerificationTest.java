package dev.condor.tck.refstrategy.sound;

import dev.condor.tck.strategy.MarketScenario;
import dev.condor.tck.strategy.StrategyVerification;
import java.util.Map;

/** The reference strategy, found through ServiceLoader, passes every rule of the suite. */
class ReferenceStrategyVerificationTest extends StrategyVerification {

  @Override
  protected String providerId() {
    return "tck-reference";
  }

  @Override
  protected Map<String, Object> settings() {
    return Map.of("targetDelta", 0.10, "width", 10, "quantity", 1);
  }

  @Override
  protected MarketScenario scenario() {
    return ReferenceScenario.spxWeek();
  }
}
