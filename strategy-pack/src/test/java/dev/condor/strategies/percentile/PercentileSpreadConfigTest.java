package dev.condor.strategies.percentile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Settings;
import dev.condor.api.strategy.RiskPolicyRequest;
import dev.condor.api.strategy.StrategyProvider;
import dev.condor.core.plugin.PluginRegistry;
import dev.condor.api.strategy.TimeWindow;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PercentileSpreadConfigTest {

  private static final String PATH = "strategies.percentile-credit-spread";

  private static ConfigurationException invalid(Map<String, ?> values) {
    return assertThrows(ConfigurationException.class,
        () -> new PercentileSpreadProvider().configure(Settings.of(PATH, values)));
  }

  @Test
  void defaultsAreSeedS1sOptimalConfiguration() {
    PercentileSpreadConfig c = new PercentileSpreadProvider().configure(Settings.empty(PATH));

    assertEquals(Underlying.NDX, c.underlying()); // "--ticker NDX"
    assertEquals(1, c.dte()); // "--dte 1"
    assertEquals(99, c.percentile()); // "--percentile 99"
    assertEquals(20, c.width()); // "--spread-width 20"
    assertEquals(FlowMode.NEUTRAL, c.flowMode()); // "DTE1_p99_w20_neutral"
    assertEquals("DTE1_p99_w20_neutral", c.label());
    assertEquals(List.of(TimeWindow.of(LocalTime.of(10, 0), LocalTime.of(11, 0))),
        c.entryWindows()); // 1 DTE "Optimal Entry: 10:00-11:00 AM"
    assertEquals(Duration.ofMinutes(30), c.pollInterval()); // "0DTE: Every 30 minutes"
    assertEquals(0.50, c.minCredit()); // "Minimum credit: $0.50 per spread"
    assertEquals(5, c.minRoiPercent()); // "Target ROI: >5%"
    assertEquals(50, c.profitTargetPercent()); // "Primary Target: 50% of Credit"
    assertEquals(LocalTime.of(15, 30), c.expiryExitTime()); // "by 3:30 PM on expiration day"
    assertEquals(2, c.testedWidthMultiple()); // "underlying within 2x wing width"
    assertEquals(2, c.riskPercent()); // "Total Capital / 50 (2% per position)"
    assertEquals(25, c.maxEntriesPerDay()); // "Daily Limit = Max Positions * 0.5"
    assertEquals(252, c.lookbackDays());
    assertEquals(5, c.momentumDays());
    assertEquals(PercentileSpreadConfig.defaults(), c);
  }

  @Test
  void entryWindowsFollowS1sTimingForEachDte() {
    assertEquals("[09:35-11:30, 12:30-13:30]",
        PercentileSpreadConfig.defaultEntryWindows(0).toString());
    assertEquals("[10:00-11:00]", PercentileSpreadConfig.defaultEntryWindows(1).toString());
    assertEquals("[09:35-11:30]", PercentileSpreadConfig.defaultEntryWindows(3).toString());
    assertEquals("[09:35-15:55]", PercentileSpreadConfig.defaultEntryWindows(10).toString());
  }

  @Test
  void requestsS1sExitsAndLimitsAsRiskPolicies() {
    List<RiskPolicyRequest> r = PercentileSpreadRisk.requests(PercentileSpreadConfig.defaults());

    assertEquals(List.of("expiry-exit", "daily-loss-flatten", "weekly-loss-flatten", "tested-exit",
        "profit-target", "min-credit", "min-roi", "max-loss-per-position", "max-positions",
        "max-portfolio-risk", "daily-loss", "weekly-loss", "vix-regime", "drawdown-sizing"),
        r.stream().map(RiskPolicyRequest::policyId).collect(Collectors.toList()));
    assertEquals(Map.of("time", "15:30"), r.get(0).settings());
    assertEquals(Map.of("widthMultiple", 2.0, "minDte", 1, "maxDte", 3, "closeFraction", 1),
        r.get(3).settings());
    assertEquals(Map.of("percentOfCredit", 50.0), r.get(4).settings());
  }

  @Test
  void rejectsAPercentileOutsideNinetyFiveToHundred() {
    ConfigurationException e = invalid(Map.of("percentile", 120));

    assertEquals(PATH + ".percentile", e.key());
    assertTrue(e.getMessage().contains(PATH + ".percentile: must be between 95 and 100 (S1's"
        + " 95th-100th percentile), found 120.0"), e.getMessage());
  }

  @Test
  void rejectsANegativeWidth() {
    ConfigurationException e = invalid(Map.of("width", -20));

    assertEquals(PATH + ".width", e.key());
    assertTrue(e.getMessage().contains("must be between 10 and 100 (S1's 10-100 point wings),"
        + " found -20.0"), e.getMessage());
  }

  @Test
  void rejectsAnEntryWindowAfterTheClose() {
    ConfigurationException e = invalid(Map.of("entryWindows", List.of("16:05-16:30")));

    assertEquals(PATH + ".entryWindows", e.key());
    assertTrue(e.getMessage().contains("must lie inside the 09:30-16:00 session, found"
        + " 16:05-16:30"), e.getMessage());
  }

  @Test
  void rejectsAnEntryWindowNoPollFallsIn() {
    ConfigurationException e = invalid(Map.of("entryWindows", "10:05-10:20"));

    assertTrue(e.getMessage().contains("holds no poll: polls run every 30 min from 09:30"),
        e.getMessage());
  }

  @Test
  void rejectsOtherOutOfRangeValuesNamingTheKey() {
    assertEquals(PATH + ".dte", invalid(Map.of("dte", 4)).key());
    assertEquals(PATH + ".profitTargetPercent", invalid(Map.of("profitTargetPercent", 80)).key());
    assertEquals(PATH + ".flowMode", invalid(Map.of("flowMode", "sideways")).key());
    assertEquals(PATH + ".entryWindows", invalid(Map.of("entryWindows", "11:00-10:00")).key());
    assertEquals(PATH + ".expiryExitTime", invalid(Map.of("expiryExitTime", "16:30")).key());
    assertEquals(PATH + ".underlying", invalid(Map.of("underlying", "VIX1D")).key());
    assertEquals(PATH + ".momentumDays", invalid(Map.of("momentumDays", 300)).key());
  }

  @Test
  void rejectsAnUnknownKey() {
    ConfigurationException e = invalid(Map.of("percentil", 99));

    assertEquals(PATH + ".percentil", e.key());
    assertTrue(e.getMessage().contains("unknown key"), e.getMessage());
  }

  @Test
  void providerDescribesItselfForCondorList() {
    PercentileSpreadProvider p = new PercentileSpreadProvider();

    assertEquals("percentile-credit-spread", p.id());
    assertEquals(ApiVersion.CURRENT, p.apiVersion());
    assertTrue(p.capabilities().isEmpty());
    assertInstanceOf(PercentileSpreadProvider.class, PluginRegistry.discover()
        .find(StrategyProvider.class, "percentile-credit-spread"), "found by ServiceLoader");
    assertTrue(p.description().startsWith("S1: "), p.description());
  }
}
