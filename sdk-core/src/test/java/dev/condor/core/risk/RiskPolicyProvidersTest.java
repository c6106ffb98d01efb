package dev.condor.core.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.PluginException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.ProviderKind;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.quant.DrawdownRegime;
import dev.condor.api.quant.VixRegime;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskPolicyProvider;
import dev.condor.api.risk.RiskStage;
import dev.condor.api.strategy.RiskPolicyRequest;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskPolicyProvidersTest {

  private static final String PATH = "strategies.dte0_ic.risk";

  private static final Map<String, RiskStage> STAGES = new TreeMap<>(Map.ofEntries(
      Map.entry("eod-close", RiskStage.FORCED_EXIT),
      Map.entry("expiry-exit", RiskStage.FORCED_EXIT),
      Map.entry("kill-switch", RiskStage.FORCED_EXIT),
      Map.entry("daily-loss-flatten", RiskStage.FORCED_EXIT),
      Map.entry("weekly-loss-flatten", RiskStage.FORCED_EXIT),
      Map.entry("delta-red-line", RiskStage.RED_LINE),
      Map.entry("proximity-red-line", RiskStage.RED_LINE),
      Map.entry("tested-exit", RiskStage.RED_LINE),
      Map.entry("profit-target", RiskStage.EXIT),
      Map.entry("stop-loss", RiskStage.EXIT),
      Map.entry("time-exit", RiskStage.EXIT),
      Map.entry("min-credit", RiskStage.ENTRY),
      Map.entry("min-roi", RiskStage.ENTRY),
      Map.entry("max-loss-per-position", RiskStage.ENTRY),
      Map.entry("max-positions", RiskStage.ENTRY),
      Map.entry("max-portfolio-risk", RiskStage.ENTRY),
      Map.entry("daily-loss", RiskStage.ENTRY),
      Map.entry("weekly-loss", RiskStage.ENTRY),
      Map.entry("vix-regime", RiskStage.ENTRY),
      Map.entry("drawdown-sizing", RiskStage.ENTRY)));

  @Test
  void serviceLoaderFindsEveryBundledPolicyOnTheModulePath() {
    @SuppressWarnings("rawtypes")
    List<String> found = ServiceLoader.load(RiskPolicyProvider.class).stream()
        .map(p -> ((RiskPolicyProvider<?>) p.get()).id())
        .filter(STAGES::containsKey)
        .sorted()
        .collect(Collectors.toList());

    assertEquals(List.copyOf(STAGES.keySet()), found);
  }

  @Test
  void everyProviderDeclaresItselfAndMakesItsPolicyAtItsStageWithDefaults() {
    List<RiskPolicyProvider<?>> providers = RiskPolicies.providers();
    assertEquals(List.copyOf(STAGES.keySet()),
        providers.stream().map(RiskPolicyProvider::id).collect(Collectors.toList()));
    for (RiskPolicyProvider<?> provider : providers) {
      String id = provider.id();
      assertEquals(ProviderKind.RISK_POLICY, provider.kind(), id);
      assertEquals(ApiVersion.CURRENT, provider.apiVersion(), id);
      assertTrue(provider.id().matches("[a-z][a-z0-9-]+"), id);
      assertTrue(!provider.description().isBlank() && !provider.description().contains("\n"), id);
      RiskPolicy policy = RiskPolicies.create(RiskPolicyRequest.of(id, Map.of()));
      assertEquals(id, policy.name());
      assertEquals(STAGES.get(id), policy.stage(), id);
    }
  }

  @Test
  void emptySettingsGiveTheSeedDefaults() {
    assertEquals(new ProfitTargetPolicy.Config(50, Pricing.NATURAL), configure("profit-target"));
    assertEquals(new StopLossPolicy.Config(2, 0, Pricing.NATURAL), configure("stop-loss"));
    assertEquals(new TimeExitPolicy.Config(30, Pricing.NATURAL), configure("time-exit"));
    assertEquals(new ScheduledClosePolicy.Config(LocalTime.of(15, 45), false),
        configure("eod-close"));
    assertEquals(new ScheduledClosePolicy.Config(LocalTime.of(15, 30), false),
        configure("expiry-exit"));
    assertEquals(new DeltaRedLinePolicy.Config(15, 1), configure("delta-red-line"));
    assertEquals(new ProximityRedLinePolicy.Config(15, 1), configure("proximity-red-line"));
    assertEquals(new TestedExitPolicy.Config(2, 1, 3, 1), configure("tested-exit"));
    assertEquals(new MinCreditPolicy.Config(0.50), configure("min-credit"));
    assertEquals(new MinRoiPolicy.Config(5), configure("min-roi"));
    assertEquals(new MaxLossPerPositionPolicy.Config(30_000), configure("max-loss-per-position"));
    assertEquals(new MaxPositionsPolicy.Config(100, 50, 50, 30, OptionalInt.empty()),
        configure("max-positions"));
    assertEquals(new MaxPortfolioRiskPolicy.Config(20), configure("max-portfolio-risk"));
    assertEquals(new LossStopPolicy.Config(3, 0.5, 5), configure("daily-loss"));
    assertEquals(new LossStopPolicy.Config(0, 0.5, 10), configure("weekly-loss"));
    assertEquals(new LossFlattenPolicy.Config(7), configure("daily-loss-flatten"));
    assertEquals(new LossFlattenPolicy.Config(10), configure("weekly-loss-flatten"));
    assertEquals(VixRegime.S1_DEFAULT, ((VixRegimePolicy.Config) configure("vix-regime")).regime());
    assertEquals(DrawdownRegime.S1_DEFAULT,
        ((DrawdownSizingPolicy.Config) configure("drawdown-sizing")).regime());
  }

  @Test
  void settingsOverrideTheDefaults() {
    assertEquals(new StopLossPolicy.Config(2.5, 80, Pricing.MID), configure("stop-loss",
        Map.of("creditMultiple", 2.5, "percentOfMaxLoss", "80", "pricing", "mid")));
    assertEquals(new MaxPositionsPolicy.Config(100, 3, 50, 30, OptionalInt.of(1)),
        configure("max-positions", Map.of("perStrategy", 3, "perDay", 1)));
    assertEquals(new ScheduledClosePolicy.Config(LocalTime.of(15, 50), true),
        configure("eod-close", Map.of("time", "15:50", "allPositions", true)));
    assertEquals(VixRegime.of(new double[] {18, 25}, new double[] {1, 0.5, 0.25}, 35),
        ((VixRegimePolicy.Config) configure("vix-regime",
            Map.of("thresholds", List.of(18, 25), "multipliers", "1, 0.5, 0.25", "stopAt", 35)))
            .regime());
    assertEquals(DrawdownRegime.of(new double[] {0.02, 0.08}, new double[] {1, 0.5, 0}),
        ((DrawdownSizingPolicy.Config) configure("drawdown-sizing",
            Map.of("thresholdsPercent", List.of(2, 8), "multipliers", List.of(1, 0.5, 0))))
            .regime());
  }

  @ParameterizedTest(name = "{0}.{1} = {2}")
  @CsvSource(delimiter = '|', value = {
      "profit-target | percentOfCredit | 150 | must be > 0 and < 100, found 150.0",
      "profit-target | percentOfCredit | -5 | must be > 0 and < 100, found -5.0",
      "profit-target | pricing | last | must be natural or mid, found \"last\"",
      "stop-loss | percentOfMaxLoss | 150 | must be 0 (off) or > 0 and <= 100: a defined-risk"
          + " position cannot lose more than its max loss, so a stop beyond 100% (S1's 150%) would"
          + " never fire, found 150.0",
      "stop-loss | creditMultiple | 0.8 | must be 0 (off) or > 1 and <= 100 (a stop at 1x credit or"
          + " less is not a loss), found 0.8",
      "time-exit | daysToExpiry | -1 | must be between 0 and 1000, found -1",
      "eod-close | time | 16:30 | must be after 09:30 and no later than 16:00 (the regular close),"
          + " found 16:30",
      "expiry-exit | time | 09:00 | must be after 09:30 and no later than 16:00 (the regular"
          + " close), found 09:00",
      "delta-red-line | delta | 0 | must be > 0 and < 100, found 0.0",
      "delta-red-line | closeFraction | 1.5 | must be > 0 and <= 1, found 1.5",
      "proximity-red-line | points | -15 | must be > 0 and <= 10000, found -15.0",
      "tested-exit | maxDte | 0 | must be >= minDte 1, found 0",
      "min-credit | credit | -0.5 | must be > 0 and <= 1000, found -0.5",
      "min-roi | percent | 0 | must be > 0 and <= 1000, found 0.0",
      "max-loss-per-position | dollars | -30000 | must be > 0 and <= 1000000000, found -30000.0",
      "max-positions | total | 0 | must be between 1 and 100000, found 0",
      "max-positions | perDay | -1 | must be between 1 and 100000, found -1",
      "max-portfolio-risk | percentOfEquity | 120 | must be > 0 and <= 100, found 120.0",
      "daily-loss | reduceAtPercent | 6 | must be 0 (off) or > 0 and < rejectAtPercent 5, found 6.0",
      "daily-loss | reduceFactor | 1 | must be > 0 and < 1, found 1.0",
      "weekly-loss | rejectAtPercent | -10 | must be > 0 and <= 100, found -10.0",
      "daily-loss-flatten | flattenAtPercent | 0 | must be > 0 and <= 100, found 0.0",
      "vix-regime | stopAt | -30 | must be > 0 and <= 200, found -30.0",
      "vix-regime | thresholds | 20, 15, 30 | item [1] must be above the previous threshold 20.0,"
          + " found [20.0, 15.0, 30.0]",
      "drawdown-sizing | thresholdsPercent | -3, 5, 10 | item [0] = -3 must be between 0 and 100,"
          + " found [-3.0, 5.0, 10.0]",
      "drawdown-sizing | multipliers | 1, 0.5 | must hold one more value than the 3 thresholds,"
          + " one per band, found [1.0, 0.5]",
      "kill-switch | file | ' ' | must be a path, found \"\"",
  })
  void badValuesAreRefusedNamingTheFullKey(String id, String key, String value, String problem) {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> configure(id, Map.of(key, value)));

    String fullKey = PATH + "." + id + "." + key;
    assertEquals(fullKey, e.key());
    assertEquals("[CONDOR-CONFIG] " + fullKey + ": " + problem, e.getMessage());
  }

  @Test
  void anUnknownKeyIsRefusedNamingIt() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> configure("profit-target", Map.of("percentOfCredt", 50)));

    assertEquals(PATH + ".profit-target.percentOfCredt", e.key());
    assertEquals("[CONDOR-CONFIG] strategies.dte0_ic.risk.profit-target.percentOfCredt: unknown"
        + " key; known keys here are [percentOfCredit, pricing]", e.getMessage());
  }

  @Test
  void stopLossNeedsAtLeastOneTest() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> configure("stop-loss", Map.of("creditMultiple", 0)));

    assertEquals(PATH + ".stop-loss.creditMultiple", e.key());
  }

  @Test
  void catalogueResolvesRequestsAndRefusesUnknownIds() {
    RiskPolicy policy = RiskPolicies.create(
        RiskPolicyRequest.of("profit-target", Map.of("percentOfCredit", 60)));
    assertInstanceOf(ProfitTargetPolicy.class, policy);
    assertEquals("profit-target" + new ProfitTargetPolicy.Config(60, Pricing.NATURAL),
        policy.toString());

    PluginException e = assertThrows(PluginException.class,
        () -> RiskPolicies.create(RiskPolicyRequest.of("profit-taget", Map.of())));
    assertEquals(PluginException.Problem.UNKNOWN_ID, e.problem());
    assertTrue(e.getMessage().startsWith("[CONDOR-PLUGIN-UNKNOWN-ID] no bundled risk policy has id"
        + " \"profit-taget\"; known: [daily-loss, daily-loss-flatten, delta-red-line,"), e.getMessage());
  }

  @Test
  void catalogueErrorsNameTheKeyUnderTheDefaultPath() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> RiskPolicies.create(RiskPolicyRequest.of("min-credit", Map.of("credit", 0))));

    assertEquals("risk.min-credit.credit", e.key());
  }

  private static Object configure(String id) {
    return configure(id, Map.of());
  }

  private static Object configure(String id, Map<String, ?> values) {
    RiskPolicyProvider<?> provider = RiskPolicies.find(id).orElseThrow();
    Object config = provider.configure(Settings.of(PATH + "." + id, values));
    assertInstanceOf(provider.configType(), config);
    createWith(provider, Settings.of(PATH + "." + id, values));
    return config;
  }

  private static <C> RiskPolicy createWith(RiskPolicyProvider<C> provider, Settings settings) {
    return provider.create(provider.configure(settings), Secrets.none());
  }
}
