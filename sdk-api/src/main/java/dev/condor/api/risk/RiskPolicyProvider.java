package dev.condor.api.risk;

import dev.condor.api.Stable;
import dev.condor.api.plugin.Provider;
import dev.condor.api.plugin.ProviderKind;

/**
 * Makes {@link RiskPolicy} instances from settings; registered for {@link java.util.ServiceLoader}.
 * Strategies request policies by this provider's id.
 *
 * @param <C> the policy's configuration type
 */
@Stable(since = "0.1")
public interface RiskPolicyProvider<C> extends Provider<RiskPolicy, C> {

  @Override
  default ProviderKind kind() {
    return ProviderKind.RISK_POLICY;
  }
}
