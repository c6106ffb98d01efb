package dev.condor.strategies.ivhv;

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
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IvHvConfigTest {

  private static final String PATH = "strategies.iv-hv-short-call";

  private static ConfigurationException invalid(Map<String, ?> values) {
    return assertThrows(ConfigurationException.class,
        () -> new IvHvProvider().configure(Settings.of(PATH, values)));
  }

  @Test
  void defaultsAreSeedS3s() {
    IvHvConfig c = new IvHvProvider().configure(Settings.empty(PATH));

    // "Starts with $1,000 split across SPY, VOO, VTI, QQQ ($250 each)"
    assertEquals(List.of(Underlying.SPY, Underlying.VOO, Underlying.VTI, Underlying.QQQ),
        c.tickers());
    assertEquals(1_000, c.capital());
    assertEquals(250, c.allocationPerTicker());
    assertEquals(LocalTime.of(9, 35), c.scanTime()); // "every day at market open (9:35 AM ET)"
    assertEquals(30, c.hvDays()); // "Calculates historical volatility (30-day)"
    assertEquals(3, c.ivEdgePoints()); // "IV > HV + 3%"
    assertEquals(5, c.priceEdgePercent()); // "price > theoretical + 5%"
    assertEquals(5, c.minOtmPercent()); // "Strike 5-15% OTM"
    assertEquals(15, c.maxOtmPercent());
    assertEquals(10, c.minVolume()); // "Option volume > 10"
    assertEquals(0.10, c.minBid()); // "bid > $0.10"
    assertEquals(5, c.allocationPercent()); // "5% of allocation per ticker"
    assertEquals(12.50, c.premiumBudget()); // "5% of $250 allocation = ~$12.50 per trade"
    assertEquals(2, c.maxPerTicker()); // "Max 2 positions per ticker"
    assertEquals(30, c.targetDays()); // "Hold time: 30 days (until expiration)"
    assertEquals(0.05, c.riskFreeRate());
    assertEquals(0, c.dividendYield());
    assertEquals(Duration.ofHours(1), c.pollInterval());
    assertEquals(IvHvConfig.defaults(), c);
  }

  @Test
  void requestsTheMaxPositionsGuard() {
    assertEquals(List.of(RiskPolicyRequest.of("max-positions", Map.of("perStrategy", 8,
        "perDay", 4))), IvHvRisk.requests(IvHvConfig.defaults()));
  }

  @Test
  void rejectsAScanTimeAfterTheClose() {
    ConfigurationException e = invalid(Map.of("scanTime", "16:30"));

    assertEquals(PATH + ".scanTime", e.key());
    assertTrue(e.getMessage().contains("must let the 4 scans (a minute apart) run inside the"
        + " 09:30-16:00 session, found 16:30"), e.getMessage());
    assertEquals(PATH + ".scanTime", invalid(Map.of("scanTime", "15:58")).key(),
        "the fourth scan would fall at 16:01");
  }

  @Test
  void rejectsAnAllocationAboveAllOfIt() {
    ConfigurationException e = invalid(Map.of("allocationPercent", 120));

    assertEquals(PATH + ".allocationPercent", e.key());
    assertTrue(e.getMessage().contains("must be above 0 and at most 100, found 120.0"),
        e.getMessage());
  }

  @Test
  void rejectsOtherBadValuesNamingTheKey() {
    assertEquals(PATH + ".maxOtmPercent",
        invalid(Map.of("minOtmPercent", 15, "maxOtmPercent", 5)).key());
    assertEquals(PATH + ".tickers", invalid(Map.of("tickers", List.of("SPY", "SPX"))).key());
    assertEquals(PATH + ".tickers", invalid(Map.of("tickers", "SPY, SPY")).key());
    assertEquals(PATH + ".capital", invalid(Map.of("capital", -1000)).key());
    assertEquals(PATH + ".hvDays", invalid(Map.of("hvDays", 2)).key());
    assertEquals(PATH + ".minVolume", invalid(Map.of("minVolume", -1)).key());
    assertEquals(PATH + ".targetDays", invalid(Map.of("targetDays", 1)).key());
  }

  @Test
  void rejectsAnUnknownKey() {
    ConfigurationException e = invalid(Map.of("ivEdge", 3));

    assertEquals(PATH + ".ivEdge", e.key());
    assertTrue(e.getMessage().contains("unknown key"), e.getMessage());
  }

  @Test
  void providerDescribesItselfForCondorList() {
    IvHvProvider p = new IvHvProvider();

    assertEquals("iv-hv-short-call", p.id());
    assertEquals(ApiVersion.CURRENT, p.apiVersion());
    assertTrue(p.capabilities().isEmpty());
    assertInstanceOf(IvHvProvider.class, PluginRegistry.discover()
        .find(StrategyProvider.class, "iv-hv-short-call"), "found by ServiceLoader");
    assertTrue(p.description().startsWith("S3: "), p.description());
  }
}
