package dev.condor.core.risk;

import dev.condor.api.error.PluginException;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskPolicyProvider;
import dev.condor.api.strategy.RiskPolicyRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The bundled risk policy providers, and how a strategy's {@link RiskPolicyRequest} becomes a
 * policy. The engine may equally resolve requests through its plugin registry, which finds these
 * same providers with ServiceLoader alongside third-party ones; this catalogue is for wiring by
 * hand and for tests.
 *
 * <table>
 *   <caption>The bundled policies by stage</caption>
 *   <tr><th>stage</th><th>ids</th></tr>
 *   <tr><td>FORCED_EXIT</td><td>eod-close, expiry-exit, kill-switch, daily-loss-flatten,
 *       weekly-loss-flatten</td></tr>
 *   <tr><td>RED_LINE</td><td>delta-red-line, proximity-red-line, tested-exit</td></tr>
 *   <tr><td>EXIT</td><td>profit-target, stop-loss, time-exit</td></tr>
 *   <tr><td>ENTRY</td><td>min-credit, min-roi, max-loss-per-position, max-positions,
 *       max-portfolio-risk, daily-loss, weekly-loss, vix-regime, drawdown-sizing</td></tr>
 * </table>
 */
public final class RiskPolicies {

  private RiskPolicies() {}

  /** A fresh instance of every bundled provider, in id order. */
  public static List<RiskPolicyProvider<?>> providers() {
    return Stream.<RiskPolicyProvider<?>>of(
            new ScheduledClosePolicy.EodCloseProvider(),
            new ScheduledClosePolicy.ExpiryExitProvider(),
            new KillSwitchPolicy.Provider(),
            new LossFlattenPolicy.DailyProvider(),
            new LossFlattenPolicy.WeeklyProvider(),
            new DeltaRedLinePolicy.Provider(),
            new ProximityRedLinePolicy.Provider(),
            new TestedExitPolicy.Provider(),
            new ProfitTargetPolicy.Provider(),
            new StopLossPolicy.Provider(),
            new TimeExitPolicy.Provider(),
            new MinCreditPolicy.Provider(),
            new MinRoiPolicy.Provider(),
            new MaxLossPerPositionPolicy.Provider(),
            new MaxPositionsPolicy.Provider(),
            new MaxPortfolioRiskPolicy.Provider(),
            new LossStopPolicy.DailyProvider(),
            new LossStopPolicy.WeeklyProvider(),
            new VixRegimePolicy.Provider(),
            new DrawdownSizingPolicy.Provider())
        .sorted(Comparator.comparing(RiskPolicyProvider::id))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The bundled provider with an id. */
  public static Optional<RiskPolicyProvider<?>> find(String id) {
    return providers().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * A policy for a request, its settings read under {@code risk.<policyId>}.
   *
   * @throws PluginException for an id no bundled provider has (the message lists the ids)
   * @throws dev.condor.api.error.ConfigurationException naming the full key of a bad setting
   */
  public static RiskPolicy create(RiskPolicyRequest request) {
    return create(request, "risk." + request.policyId());
  }

  /**
   * A policy for a request, its settings read under {@code path} (e.g. {@code
   * strategies.iron-condor-0dte.risk.profit-target}), so errors name the key as the user wrote it.
   *
   * @throws PluginException for an id no bundled provider has (the message lists the ids)
   * @throws dev.condor.api.error.ConfigurationException naming the full key of a bad setting
   */
  public static RiskPolicy create(RiskPolicyRequest request, String path) {
    RiskPolicyProvider<?> provider = find(request.policyId()).orElseThrow(() ->
        new PluginException(PluginException.Problem.UNKNOWN_ID, "no bundled risk policy has id \""
            + request.policyId() + "\"; known: "
            + providers().stream().map(RiskPolicyProvider::id).collect(Collectors.toList())));
    return create(provider, Settings.of(path, request.settings()));
  }

  private static <C> RiskPolicy create(RiskPolicyProvider<C> provider, Settings settings) {
    return provider.create(provider.configure(settings), Secrets.none());
  }
}
