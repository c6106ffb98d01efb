package dev.condor.strategies.monthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.strategy.StrategyProvider;
import dev.condor.core.plugin.PluginRegistry;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthlyIronCondorConfigTest {

  private static final String PATH = "strategies.iron-condor-monthly";

  private static MonthlyIronCondorConfig read(Map<String, ?> values) {
    return new MonthlyIronCondorProvider().configure(Settings.of(PATH, values));
  }

  private static ConfigurationException refused(Map<String, ?> values) {
    return assertThrows(ConfigurationException.class, () -> read(values));
  }

  @Test
  void defaultsAreSeedS2sMonthlyTable() {
    MonthlyIronCondorConfig c = read(Map.of());
    assertEquals(MonthlyIronCondorConfig.DEFAULTS, c);
    assertEquals(20, c.vixSpikePercent());        // Entry trigger: VIX daily change >= 20%
    assertEquals(49, c.minDaysToExpiry());        // Min DTE: 49 days
    assertEquals(0.10, c.targetDelta());          // Target delta: 0.10
    assertEquals(25, c.wingWidth());              // Wing width: 25 pts
    assertEquals(125, c.minPutDistance());        // Min distance: put 125
    assertEquals(100, c.minCallDistance());       //               call 100
    assertEquals(3.00, c.minCredit());            // Min credit: $3.00
    assertEquals(30, c.timeExitDaysToExpiry());   // Time exit: DTE <= 30
    assertEquals(3, c.maxPositions());            // Max positions: 3 concurrent
    assertEquals(30, c.deltaRedLine());           // Delta red line: 30, partial close 50 % qty
    assertEquals(50, c.proximityRedLine());       // Proximity red line: 50 pts, partial 50 %
    assertEquals(0.5, c.redLineCloseFraction());
    assertEquals(Duration.ofSeconds(300), c.pollInterval()); // Poll interval: 300 s
    assertEquals(25, c.strikeMultiple());         // Prefer quarter strikes: multiples of 25
    // not in the seed: one entry a spike day, 2 condors, 09:45-15:45, the standard monthly
    assertEquals(1, c.maxEntriesPerDay());
    assertEquals(2, c.contracts());
    assertEquals(LocalTime.of(9, 45), c.entryStart());
    assertEquals(LocalTime.of(15, 45), c.entryEnd());
    assertTrue(c.monthlyExpiriesOnly());
    assertEquals(MonthlyIronCondorConfig.Pricing.NATURAL, c.pricing());
  }

  @Test
  void readsEveryKey() {
    MonthlyIronCondorConfig c = read(Map.of("wingWidth", 50, "pollInterval", "5m",
        "entryStart", "10:00", "entryEnd", "15:00", "pricing", "mid", "contracts", 4));
    assertEquals(50, c.wingWidth());
    assertEquals(Duration.ofMinutes(5), c.pollInterval());
    assertEquals(LocalTime.of(10, 0), c.entryStart());
    assertEquals(LocalTime.of(15, 0), c.entryEnd());
    assertEquals(MonthlyIronCondorConfig.Pricing.MID, c.pricing());
    assertEquals(4, c.contracts());
  }

  @Test
  void refusesANegativeWingWidthNamingTheKey() {
    assertEquals("[CONDOR-CONFIG] strategies.iron-condor-monthly.wingWidth: must be above 0 and"
        + " at most 500, found -25.0", refused(Map.of("wingWidth", -25)).getMessage());
  }

  @Test
  void refusesAnEntryWindowAfterTheClose() {
    ConfigurationException e = refused(Map.of("entryEnd", "16:30"));
    assertEquals(PATH + ".entryEnd", e.key());
    assertEquals("[CONDOR-CONFIG] strategies.iron-condor-monthly.entryEnd: must be no later than"
        + " 16:00 (the close), found 16:30", e.getMessage());
    assertEquals(PATH + ".entryStart", refused(Map.of("entryStart", "16:05")).key());
    assertEquals(PATH + ".entryEnd",
        refused(Map.of("entryStart", "11:00", "entryEnd", "10:00")).key());
  }

  @Test
  void refusesOutOfRangeValuesNamingEachKey() {
    assertEquals(PATH + ".vixSpikePercent", refused(Map.of("vixSpikePercent", 0)).key());
    assertEquals(PATH + ".targetDelta", refused(Map.of("targetDelta", 1.2)).key());
    assertEquals(PATH + ".deltaRedLine", refused(Map.of("deltaRedLine", 120)).key());
    assertEquals(PATH + ".redLineCloseFraction",
        refused(Map.of("redLineCloseFraction", 1.5)).key());
    assertEquals(PATH + ".minPutDistance", refused(Map.of("minPutDistance", -1)).key());
    assertEquals(PATH + ".maxPositions", refused(Map.of("maxPositions", 0)).key());
    assertEquals(PATH + ".contracts", refused(Map.of("contracts", 0)).key());
    assertEquals(PATH + ".pollInterval", refused(Map.of("pollInterval", "0s")).key());
    assertEquals(PATH + ".pricing", refused(Map.of("pricing", "best")).key());
    assertEquals(PATH + ".minDaysToExpiry", refused(Map.of("minDaysToExpiry", 2.5)).key());
  }

  @Test
  void refusesRulesBetweenValues() {
    ConfigurationException credit = refused(Map.of("minCredit", 30));
    assertEquals(PATH + ".minCredit", credit.key());
    assertTrue(credit.getMessage().contains("must be below wingWidth 25.0"), credit.getMessage());
    ConfigurationException exit = refused(Map.of("timeExitDaysToExpiry", 49));
    assertEquals(PATH + ".timeExitDaysToExpiry", exit.key());
    assertTrue(exit.getMessage().contains("must be below minDaysToExpiry 49"), exit.getMessage());
  }

  @Test
  void refusesAMisspeltKey() {
    ConfigurationException e = refused(Map.of("wingWidht", 25));
    assertEquals(PATH + ".wingWidht", e.key());
    assertTrue(e.getMessage().contains("unknown key"), e.getMessage());
  }

  @Test
  void isFoundByServiceLoaderUnderItsId() {
    StrategyProvider<?> p = PluginRegistry.discover()
        .find(StrategyProvider.class, MonthlyIronCondorProvider.ID);
    assertEquals(MonthlyIronCondorProvider.class, p.getClass());
    assertEquals("iron-condor-monthly", p.id());
    assertEquals(ApiVersion.CURRENT, p.apiVersion());
    assertTrue(p.capabilities().isEmpty());
    assertTrue(p.secrets().isEmpty());
    assertTrue(p.description().contains("S2 monthly_ic"), p.description());
    MonthlyIronCondorProvider provider = new MonthlyIronCondorProvider();
    assertEquals(MonthlyIronCondorConfig.DEFAULTS, ((MonthlyIronCondorStrategy) provider.create(
        provider.configure(Settings.empty(PATH)), Secrets.none())).config());
  }
}
