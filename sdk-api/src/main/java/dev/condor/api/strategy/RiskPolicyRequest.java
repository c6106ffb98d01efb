package dev.condor.api.strategy;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.internal.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A strategy's request for a risk policy: the policy provider's id and its settings, e.g.
 * {@code profit-target} with {@code {percentOfCredit: 50}}. The engine resolves it through the
 * plugin registry, so the user can override the settings in configuration.
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class RiskPolicyRequest {

  RiskPolicyRequest() {}

  /** The policy provider's id. */
  @Value.Parameter
  public abstract String policyId();

  /** The settings, as a configuration file would give them. */
  @Value.Parameter
  public abstract Map<String, Object> settings();

  /** A request for a policy with settings. */
  public static RiskPolicyRequest of(String policyId, Map<String, ?> settings) {
    return ImmutableRiskPolicyRequest.of(policyId, Map.copyOf(settings));
  }

  @Value.Check
  void check() {
    if (!policyId().matches("[a-z][a-z0-9-]{0,63}")) {
      throw new InvalidValueException("policyId", policyId(),
          "must be a lower-case id such as profit-target");
    }
  }
}
