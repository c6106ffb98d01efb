package dev.condor.core.runtime;

import dev.condor.api.plugin.Provider;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskPolicyProvider;
import dev.condor.core.plugin.PluginRegistry;
import java.util.List;
import java.util.Map;

/** The seed policies the test condor asks for (50 % profit target, 15:45 close), made once. */
final class SteppedPolicies {
  private SteppedPolicies() {}

  static List<RiskPolicy> seed() {
    PluginRegistry registry = PluginRegistry.discover();
    Provider<?, ?> target = registry.find(RiskPolicyProvider.class, "profit-target");
    Provider<?, ?> eod = registry.find(RiskPolicyProvider.class, "eod-close");
    return List.of(
        (RiskPolicy) PluginRegistry.create(target, Settings.of("pt", Map.of("percentOfCredit", 50)), Secrets.none()),
        (RiskPolicy) PluginRegistry.create(eod, Settings.of("eod", Map.of("time", "15:45")), Secrets.none()));
  }
}
