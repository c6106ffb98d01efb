package dev.condor.tastytrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.broker.BrokerProvider;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.PluginException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.SecretSpec;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The provider's declaration and its configuration rules. */
class TastytradeBrokerProviderTest {

  private final TastytradeBrokerProvider provider = new TastytradeBrokerProvider();

  private TastytradeConfig configure(Map<String, ?> values) {
    return provider.configure(Settings.of("brokers.tastytrade", values));
  }

  private ConfigurationException refused(Map<String, ?> values) {
    return assertThrows(ConfigurationException.class, () -> configure(values));
  }

  @Test
  void isFoundByServiceLoaderUnderItsId() {
    @SuppressWarnings("rawtypes")
    Map<String, BrokerProvider> found = ServiceLoader.load(BrokerProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .collect(Collectors.toMap(BrokerProvider::id, p -> p, (a, b) -> a));
    assertTrue(found.get("tastytrade") instanceof TastytradeBrokerProvider);
  }

  @Test
  void declaresApiVersionCapabilitiesAndSecrets() {
    assertEquals(ApiVersion.CURRENT, provider.apiVersion());
    assertTrue(provider.capabilities().containsAll(java.util.Set.of(Capability.MULTI_LEG_ORDERS,
        Capability.ORDER_PREVIEW, Capability.REPLACE_ORDER)));
    assertFalse(provider.capabilities().contains(Capability.SIMULATED));
    Map<String, Boolean> secrets = provider.secrets().stream()
        .collect(Collectors.toMap(SecretSpec::name, SecretSpec::required));
    assertEquals(Map.of("clientSecret", true, "refreshToken", true, "clientId", false), secrets);
  }

  @Test
  void defaultsToProductionWithTenSecondTimeout() {
    TastytradeConfig c = configure(Map.of());
    assertEquals(URI.create("https://api.tastyworks.com"), c.baseUrl());
    assertEquals(Duration.ofSeconds(10), c.timeout());
    assertEquals(Optional.empty(), c.accountNumber());
    assertEquals("condor-tastytrade/0.1", c.userAgent());
    assertEquals(c.tokenFile().toAbsolutePath().getParent().resolve("orders.json"),
        c.orderIdFile());
  }

  @Test
  void sandboxSwitchSelectsTheSandbox() {
    assertEquals(URI.create("https://api.cert.tastyworks.com"),
        configure(Map.of("sandbox", true)).baseUrl());
  }

  @Test
  void sandboxAndBaseUrlTogetherAreRefused() {
    assertEquals("brokers.tastytrade.sandbox",
        refused(Map.of("sandbox", true, "baseUrl", "http://localhost:8080")).key());
  }

  @Test
  void readsEveryKey() {
    TastytradeConfig c = configure(Map.of("baseUrl", "http://localhost:8089/",
        "accountNumber", "5WT00001", "timeout", "2s", "tokenFile", "/tmp/t/token.json",
        "orderIdFile", "/tmp/t/ids.json", "userAgent", "my-app/2.0", "rateLimitWait", "1m"));
    assertEquals(URI.create("http://localhost:8089"), c.baseUrl());
    assertEquals(Optional.of("5WT00001"), c.accountNumber());
    assertEquals(Duration.ofSeconds(2), c.timeout());
    assertEquals("my-app/2.0", c.userAgent());
    assertEquals(Duration.ofMinutes(1), c.rateLimitWait());
    assertEquals("brokers.tastytrade.accountNumber", c.accountKey());
  }

  @Test
  void malformedSettingsNameTheirKey() {
    assertEquals("brokers.tastytrade.baseUrl", refused(Map.of("baseUrl", "api.tastyworks.com")).key());
    assertEquals("brokers.tastytrade.baseUrl",
        refused(Map.of("baseUrl", "https://api.tastyworks.com/v1")).key());
    assertEquals("brokers.tastytrade.accountNumber",
        refused(Map.of("accountNumber", "5wt 0001")).key());
    assertEquals("brokers.tastytrade.timeout", refused(Map.of("timeout", "0s")).key());
    assertEquals("brokers.tastytrade.userAgent", refused(Map.of("userAgent", "condor")).key());
    assertThrows(ConfigurationException.class, () -> configure(Map.of("sessionToken", "x")));
  }

  @Test
  void missingSecretIsAPluginErrorNamingIt() {
    TastytradeConfig c = configure(Map.of("baseUrl", "http://localhost:1"));
    PluginException e = assertThrows(PluginException.class,
        () -> provider.create(c, Secrets.of(Map.of("clientSecret", "s3cr3t-value"))));
    assertEquals(PluginException.Problem.MISSING_SECRET, e.problem());
    assertTrue(e.getMessage().contains("refreshToken"));
    assertFalse(e.getMessage().contains("s3cr3t-value"));
  }
}
