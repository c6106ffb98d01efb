package dev.condor.strategies.zerodte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Provider;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.strategy.RiskPolicyRequest;
import dev.condor.api.strategy.StrategyProvider;
import dev.condor.api.strategy.TimeWindow;
import dev.condor.core.plugin.PluginRegistry;
import dev.condor.strategies.testing.StrategyHarness;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The configuration: every row of S2's table as a default, and clear errors naming the key. */
class ZeroDteCondorConfigTest {

  static final String PATH = "strategies.ic0.settings";

  static ZeroDteCondorConfig read(Map<String, ?> values) {
    return ZeroDteCondorConfig.from(Settings.of(PATH, values));
  }

  static ConfigurationException refused(Map<String, ?> values) {
    return assertThrows(ConfigurationException.class, () -> read(values));
  }

  @Test
  void defaultsAreTheRowsOfS2sTable() {
    ZeroDteCondorConfig c = ZeroDteCondorConfig.from(Settings.empty(PATH));
    assertEquals(ZeroDteCondorConfig.DEFAULTS, c);
    assertEquals(LocalTime.of(9, 45), c.entryStart()); // Entry window 9:45-10:00 ET
    assertEquals(LocalTime.of(10, 0), c.entryEnd());
    assertEquals(14, c.vixMin()); // VIX band 14-30
    assertEquals(30, c.vixMax());
    assertEquals(0.06, c.targetDelta()); // Target delta 0.06
    assertEquals(10, c.wingWidth()); // Wing width 10 pts
    assertEquals(30, c.minDistance()); // Min distance +-30 pts from spot
    assertEquals(0.50, c.minCredit()); // Min credit $0.50
    assertEquals(50, c.profitTargetPercent()); // Profit target 50% of credit
    assertEquals(2, c.stopLossMultiple()); // Stop loss 2x credit
    assertEquals(LocalTime.of(15, 45), c.eodClose()); // EOD close 3:45 PM ET
    assertEquals(1, c.maxEntriesPerDay()); // Max entries 1/day
    assertEquals(1, c.maxOpenPositions()); // "single position at a time"
    assertEquals(15, c.deltaRedLine()); // Delta red line 15
    assertEquals(15, c.proximityRedLine()); // Proximity red line 15 pts
    assertEquals(Duration.ofSeconds(45), c.pollInterval()); // Poll interval 45s
    assertEquals(1, c.quantity()); // the journal example's qty 1
    assertEquals(0.05, c.limitOffset()); // not in S2's table
  }

  @Test
  void readsEveryKey() {
    ZeroDteCondorConfig c = read(Map.ofEntries(Map.entry("entryStart", "10:00"),
        Map.entry("entryEnd", "10:30"), Map.entry("vixMin", 12), Map.entry("vixMax", 35),
        Map.entry("targetDelta", 0.08), Map.entry("wingWidth", 20), Map.entry("minDistance", 40),
        Map.entry("minCredit", 0.8), Map.entry("profitTargetPercent", 60),
        Map.entry("stopLossMultiple", 3), Map.entry("eodClose", "15:30"),
        Map.entry("maxEntriesPerDay", 2), Map.entry("maxOpenPositions", 2),
        Map.entry("deltaRedLine", 20), Map.entry("proximityRedLine", 10),
        Map.entry("pollInterval", "1m"), Map.entry("quantity", 3), Map.entry("limitOffset", 0)));
    assertEquals(new ZeroDteCondorConfig(LocalTime.of(10, 0), LocalTime.of(10, 30), 12, 35, 0.08,
        20, 40, 0.8, 60, 3, LocalTime.of(15, 30), 2, 2, 20, 10, Duration.ofMinutes(1), 3, 0), c);
  }

  @Test
  void refusesAProfitTargetOf120Percent() {
    ConfigurationException e = refused(Map.of("profitTargetPercent", 120));
    assertEquals(PATH + ".profitTargetPercent", e.key());
    assertEquals("[CONDOR-CONFIG] strategies.ic0.settings.profitTargetPercent: must be > 0 and"
        + " < 100 (percent of the credit), found 120.0", e.getMessage());
  }

  @Test
  void refusesANegativeWingWidth() {
    ConfigurationException e = refused(Map.of("wingWidth", -10));
    assertEquals(PATH + ".wingWidth", e.key());
    assertTrue(e.getMessage().contains("must be > 0 and <= 500 points, found -10.0"),
        e.getMessage());
  }

  @Test
  void refusesAnEntryWindowAfterTheClose() {
    ConfigurationException e = refused(Map.of("entryStart", "16:15", "entryEnd", "16:30"));
    assertEquals(PATH + ".entryStart", e.key());
    assertTrue(e.getMessage().contains("must be inside the regular session, from 09:30 and before"
        + " the 16:00 close, found 16:15"), e.getMessage());
  }

  @Test
  void refusesAnEntryWindowThatEndsAfterTheForcedClose() {
    ConfigurationException e = refused(Map.of("entryStart", "15:30", "entryEnd", "15:50"));
    assertEquals(PATH + ".entryEnd", e.key());
    assertTrue(e.getMessage().contains("eodClose 15:45"), e.getMessage());
  }

  @Test
  void refusesAnInvertedWindowAndAnInvertedVixBand() {
    assertEquals(PATH + ".entryEnd", refused(Map.of("entryEnd", "09:40")).key());
    ConfigurationException band = refused(Map.of("vixMin", 30, "vixMax", 14));
    assertEquals(PATH + ".vixMax", band.key());
    assertTrue(band.getMessage().contains("must be above vixMin 30.0"), band.getMessage());
  }

  @Test
  void refusesOutOfRangeDeltasCreditsAndStops() {
    assertEquals(PATH + ".targetDelta", refused(Map.of("targetDelta", 6)).key());
    assertEquals(PATH + ".deltaRedLine", refused(Map.of("deltaRedLine", 150)).key());
    assertEquals(PATH + ".minCredit", refused(Map.of("minCredit", 12)).key());
    assertEquals(PATH + ".stopLossMultiple", refused(Map.of("stopLossMultiple", 1)).key());
    assertEquals(PATH + ".eodClose", refused(Map.of("eodClose", "16:30")).key());
    assertEquals(PATH + ".pollInterval", refused(Map.of("pollInterval", "0s")).key());
    assertEquals(PATH + ".maxEntriesPerDay", refused(Map.of("maxEntriesPerDay", 0)).key());
    assertEquals(PATH + ".vixMin", refused(Map.of("vixMin", "low")).key());
  }

  @Test
  void refusesAMisspeltKey() {
    ConfigurationException e = refused(Map.of("wingwidth", 10));
    assertEquals(PATH + ".wingwidth", e.key());
    assertTrue(e.getMessage().contains("wingWidth"), e.getMessage());
  }

  @Test
  void theStrategyPollsEvery45SecondsAndEntersOnlyInItsWindow() {
    ZeroDteCondorStrategy s = new ZeroDteCondorStrategy(ZeroDteCondorConfig.DEFAULTS);
    assertEquals(Duration.ofSeconds(45), s.schedule().pollInterval());
    assertEquals(List.of(TimeWindow.of(LocalTime.of(9, 45), LocalTime.of(10, 0))),
        s.schedule().entryWindows());
    assertEquals(Underlying.SPX, s.dataNeeds().underlying());
    assertEquals(0, s.dataNeeds().maxDaysToExpiry());
    assertTrue(s.dataNeeds().quotes().contains(Underlying.VIX));
  }

  @Test
  void requestsS2sRiskRulesByIdWithS2sNumbers() {
    ZeroDteCondorStrategy s = new ZeroDteCondorStrategy(ZeroDteCondorConfig.DEFAULTS);
    assertEquals(List.of(
        RiskPolicyRequest.of("eod-close", Map.of("time", "15:45")),
        RiskPolicyRequest.of("delta-red-line", Map.of("delta", 15.0, "closeFraction", 1)),
        RiskPolicyRequest.of("proximity-red-line", Map.of("points", 15.0, "closeFraction", 1)),
        RiskPolicyRequest.of("profit-target", Map.of("percentOfCredit", 50.0)),
        RiskPolicyRequest.of("stop-loss", Map.of("creditMultiple", 2.0)),
        RiskPolicyRequest.of("min-credit", Map.of("credit", 0.5)),
        RiskPolicyRequest.of("max-positions", Map.of("perStrategy", 1, "perDay", 1))),
        s.riskPolicies());
    // and the engine's registry makes every one of them from those settings
    List<RiskPolicy> made = StrategyHarness.policies(ZeroDteCondorProvider.ID, s);
    assertEquals(List.of("eod-close", "delta-red-line", "proximity-red-line", "profit-target",
        "stop-loss", "min-credit", "max-positions"),
        made.stream().map(RiskPolicy::name).collect(Collectors.toList()));
  }

  @Test
  void theProviderIsFoundByIdAndMakesTheStrategy() {
    Provider<?, ?> found = PluginRegistry.discover().find(StrategyProvider.class,
        ZeroDteCondorProvider.ID);
    assertTrue(found instanceof ZeroDteCondorProvider, String.valueOf(found));
    ZeroDteCondorProvider p = new ZeroDteCondorProvider();
    assertEquals("iron-condor-0dte", p.id());
    assertEquals(ApiVersion.CURRENT, p.apiVersion());
    assertFalse(p.description().isBlank());
    assertTrue(p.capabilities().isEmpty());
    assertSame(ZeroDteCondorConfig.class, p.configType());
    ZeroDteCondorConfig c = p.configure(Settings.empty(PATH));
    assertEquals(ZeroDteCondorConfig.DEFAULTS, c);
    assertTrue(p.create(c, Secrets.none()) instanceof ZeroDteCondorStrategy);
  }
}
