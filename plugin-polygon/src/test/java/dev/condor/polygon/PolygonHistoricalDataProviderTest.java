package dev.condor.polygon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.data.HistoricalData;
import dev.condor.api.data.HistoricalDataProvider;
import dev.condor.api.data.MarketDataFeed;
import dev.condor.api.data.MarketDataFeedProvider;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.PluginException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.ProviderKind;
import dev.condor.api.plugin.SecretSpec;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.core.plugin.PluginRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class PolygonHistoricalDataProviderTest {

  private final PolygonHistoricalDataProvider provider = new PolygonHistoricalDataProvider();

  @Test
  void foundByServiceLoader() {
    HistoricalDataProvider<?> found = ServiceLoader.load(HistoricalDataProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.id().equals("polygon"))
        .findFirst().orElseThrow();
    assertInstanceOf(PolygonHistoricalDataProvider.class, found);
    assertEquals(ProviderKind.HISTORICAL_DATA, found.kind());
    assertEquals(ApiVersion.CURRENT, found.apiVersion());
    assertFalse(found.capabilities().contains(Capability.HISTORICAL_CHAINS));
  }

  @Test
  void defaultsAreTheFreePlanOnPolygonsHost() {
    PolygonConfig config = provider.configure(Settings.empty("data.polygon"));
    assertEquals(URI.create("https://api.polygon.io"), config.baseUrl());
    assertEquals(5, config.requestsPerMinute());
    assertEquals(Duration.ofSeconds(10), config.timeout());
    assertEquals(PolygonConfig.defaults(), config);
  }

  @Test
  void massiveHostAndUnlimitedPlan() {
    PolygonConfig config = provider.configure(Settings.of("data.polygon", Map.of(
        "baseUrl", "https://api.massive.com/", "requestsPerMinute", 0, "timeout", "30s",
        "rateLimitWait", "2m")));
    assertEquals(PolygonConfig.MASSIVE, config.baseUrl());
    assertEquals(0, config.requestsPerMinute());
    assertEquals(Duration.ofSeconds(30), config.timeout());
    assertEquals(Duration.ofMinutes(2), config.rateLimitWait());
  }

  @Test
  void badSettingsNameTheirKey() {
    ConfigurationException url = assertThrows(ConfigurationException.class, () -> provider.configure(
        Settings.of("data.polygon", Map.of("baseUrl", "ftp://x"))));
    assertEquals("data.polygon.baseUrl", url.key());
    ConfigurationException rate = assertThrows(ConfigurationException.class, () -> provider.configure(
        Settings.of("data.polygon", Map.of("requestsPerMinute", -1))));
    assertEquals("data.polygon.requestsPerMinute", rate.key());
    assertThrows(ConfigurationException.class, () -> provider.configure(
        Settings.of("data.polygon", Map.of("apiKey", "in-config-is-refused"))));
  }

  @Test
  void theApiKeyIsARequiredSecretAndNeverShown() {
    assertEquals(1, provider.secrets().size());
    SecretSpec spec = provider.secrets().iterator().next();
    assertEquals("apiKey", spec.name());
    assertTrue(spec.required());
    assertThrows(PluginException.class,
        () -> provider.create(PolygonConfig.defaults(), Secrets.none()));

    try (HistoricalData data =
        provider.create(PolygonConfig.defaults(), Secrets.of(Map.of("apiKey", "pk_live_abcdef")))) {
      assertFalse(data.toString().contains("pk_live_abcdef"));
      assertFalse(PolygonConfig.defaults().toString().contains("pk_live_abcdef"));
    }
  }

  @Test
  void theEnginesRegistryFindsAndCreatesBothServices() {
    PluginRegistry registry = PluginRegistry.discover();
    Secrets secrets = Secrets.of(Map.of("apiKey", "pk_live_abcdef"));
    HistoricalDataProvider<?> historical = registry.find(HistoricalDataProvider.class, "polygon");
    MarketDataFeedProvider<?> live = registry.find(MarketDataFeedProvider.class, "polygon");
    try (HistoricalData data = PluginRegistry.create(historical,
            Settings.of("data.polygon", Map.of("baseUrl", "https://api.massive.com")), secrets);
        MarketDataFeed feed = PluginRegistry.create(live, Settings.empty("feed"), secrets)) {
      assertInstanceOf(PolygonHistoricalData.class, data);
      assertInstanceOf(PolygonMarketDataFeed.class, feed);
      assertTrue(data.toString().contains("api.massive.com"));
    }
  }
}
