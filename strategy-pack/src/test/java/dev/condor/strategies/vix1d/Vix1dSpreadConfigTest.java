package dev.condor.strategies.vix1d;

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
import dev.condor.api.strategy.RiskPolicyRequest;
import dev.condor.api.strategy.StrategyProvider;
import dev.condor.api.strategy.TimeWindow;
import dev.condor.core.plugin.PluginRegistry;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration: S0's values as defaults, and clear errors naming the full key. */
class Vix1dSpreadConfigTest {

  static final String PATH = "strategies.s0.settings";

  static Vix1dSpreadConfig read(Map<String, ?> values) {
    return Vix1dSpreadConfig.from(Settings.of(PATH, values));
  }

  static ConfigurationException refused(Map<String, ?> values) {
    return assertThrows(ConfigurationException.class, () -> read(values));
  }

  @Test
  void defaultsAreSeedS0s() {
    Vix1dSpreadConfig c = Vix1dSpreadConfig.from(Settings.empty(PATH));
    assertEquals(Vix1dSpreadConfig.DEFAULTS, c);
    assertEquals(LocalTime.of(9, 36), c.entryTime()); // "09:36 ET on trading days"
    assertEquals(Underlying.SPY, c.trendUnderlying()); // "SPY close above its 20-day average"
    assertEquals(20, c.trendLength());
    assertEquals(0.5, c.expectedMoveFraction()); // "half the VIX1D expected move"
    assertEquals(5, c.width()); // S0's long leg: the next listed strike, 5 points out
    assertEquals(0.05, c.limitOffset()); // "limit at mid - 0.05 rounded to 0.05"
    assertEquals(0.05, c.minCredit()); // not in S0: at least one tick of credit
    assertEquals(1, c.quantity()); // S0's order: quantity 1
    assertTrue(c.previewFirst()); // S0's dry-run before the order
    assertEquals(Duration.ofMinutes(1), c.pollInterval()); // not in S0
  }

  @Test
  void readsEveryKey() {
    Vix1dSpreadConfig c = read(Map.of("entryTime", "09:45", "trendUnderlying", "QQQ",
        "trendLength", 50, "expectedMoveFraction", 0.75, "width", 10, "limitOffset", 0.10,
        "minCredit", 0.30, "quantity", 2, "previewFirst", false, "pollInterval", "5m"));
    assertEquals(new Vix1dSpreadConfig(LocalTime.of(9, 45), Underlying.QQQ, 50, 0.75, 10, 0.10,
        0.30, 2, false, Duration.ofMinutes(5)), c);
  }

  @Test
  void refusesANegativeWidthNamingTheKey() {
    ConfigurationException e = refused(Map.of("width", -5));
    assertEquals(PATH + ".width", e.key());
    assertEquals("[CONDOR-CONFIG] strategies.s0.settings.width: must be > 0 and <= 500 points,"
        + " found -5.0", e.getMessage());
  }

  @Test
  void refusesAnEntryTimeAfterTheClose() {
    ConfigurationException e = refused(Map.of("entryTime", "16:30"));
    assertEquals(PATH + ".entryTime", e.key());
    assertTrue(e.getMessage().contains("must be inside the regular session, from 09:30 and before"
        + " the 16:00 close"), e.getMessage());
    assertTrue(e.getMessage().endsWith("found 16:30"), e.getMessage());
  }

  @Test
  void refusesAnEntryTimeBeforeTheOpen() {
    assertEquals(PATH + ".entryTime", refused(Map.of("entryTime", "08:00")).key());
  }

  @Test
  void refusesAnExpectedMoveFractionOf120() {
    ConfigurationException e = refused(Map.of("expectedMoveFraction", 120));
    assertEquals(PATH + ".expectedMoveFraction", e.key());
    assertTrue(e.getMessage().contains("must be > 0 and <= 5"), e.getMessage());
  }

  @Test
  void refusesAMinimumCreditAsWideAsTheSpread() {
    ConfigurationException e = refused(Map.of("width", 5, "minCredit", 5));
    assertEquals(PATH + ".minCredit", e.key());
    assertTrue(e.getMessage().contains("a spread cannot pay more than its width"), e.getMessage());
  }

  @Test
  void refusesAShortTrendAndABadSymbol() {
    assertEquals(PATH + ".trendLength", refused(Map.of("trendLength", 1)).key());
    assertEquals(PATH + ".trendLength", refused(Map.of("trendLength", "twenty")).key());
    assertEquals(PATH + ".trendUnderlying", refused(Map.of("trendUnderlying", "S&P")).key());
    assertEquals(PATH + ".quantity", refused(Map.of("quantity", 0)).key());
    assertEquals(PATH + ".pollInterval", refused(Map.of("pollInterval", "2h")).key());
  }

  @Test
  void refusesAMisspeltKeyListingTheKnownOnes() {
    ConfigurationException e = refused(Map.of("widht", 5));
    assertEquals(PATH + ".widht", e.key());
    assertTrue(e.getMessage().contains("unknown key"), e.getMessage());
    assertTrue(e.getMessage().contains("width"), e.getMessage());
  }

  @Test
  void theStrategyRunsAt0936OnTodaysExpiryAndRequestsOneEntryADay() {
    Vix1dSpreadStrategy s = new Vix1dSpreadStrategy(Vix1dSpreadConfig.DEFAULTS);
    assertEquals(List.of(LocalTime.of(9, 36)), s.schedule().entryTimes());
    assertEquals(List.<TimeWindow>of(), s.schedule().entryWindows());
    assertEquals(Underlying.SPX, s.dataNeeds().underlying());
    assertEquals(0, s.dataNeeds().maxDaysToExpiry());
    assertTrue(s.dataNeeds().quotes().contains(Underlying.VIX1D));
    assertEquals(20, s.dataNeeds().dailyHistoryDays());
    assertEquals(List.of(RiskPolicyRequest.of("max-positions",
        Map.of("perStrategy", 1, "perDay", 1))), s.riskPolicies());
  }

  @Test
  void theProviderIsFoundByIdAndMakesTheStrategy() {
    Provider<?, ?> found = PluginRegistry.discover().find(StrategyProvider.class,
        Vix1dSpreadProvider.ID);
    assertTrue(found instanceof Vix1dSpreadProvider, String.valueOf(found));
    Vix1dSpreadProvider p = new Vix1dSpreadProvider();
    assertEquals("vix1d-credit-spread", p.id());
    assertEquals(ApiVersion.CURRENT, p.apiVersion());
    assertFalse(p.description().isBlank());
    assertTrue(p.capabilities().isEmpty());
    assertSame(Vix1dSpreadConfig.class, p.configType());
    Vix1dSpreadConfig c = p.configure(Settings.empty(PATH));
    assertEquals(Vix1dSpreadConfig.DEFAULTS, c);
    assertTrue(p.create(c, Secrets.none()) instanceof Vix1dSpreadStrategy);
  }
}
