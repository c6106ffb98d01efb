package dev.condor.core.runtime;

import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.strategy.Strategy;
import dev.condor.core.risk.RiskPolicies;
import java.util.List;
import java.util.stream.Collectors;

/** The risk policies a strategy requests, made from the bundled catalogue as the engine would. */
final class SteppedPolicies {
  private SteppedPolicies() {}

  static List<RiskPolicy> of(Strategy strategy) {
    return strategy.riskPolicies().stream().map(RiskPolicies::create).collect(Collectors.toList());
  }
}
