package dev.condor.ibkr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.broker.BrokerProvider;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.Settings;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The provider: discovery, declared capabilities and secrets, and reading its settings. */
class IbkrBrokerProviderTest {

  private final IbkrBrokerProvider provider = new IbkrBrokerProvider();

  @Test
  void isFoundByServiceLoaderUnderItsId() {
    boolean found = ServiceLoader.load(BrokerProvider.class).stream()
        .anyMatch(p -> p.type() == IbkrBrokerProvider.class && "ibkr".equals(p.get().id()));
    assertTrue(found);
  }

  @Test
  void declaresTheApiVersionCapabilitiesAndNoSecrets() {
    assertEquals(ApiVersion.CURRENT, provider.apiVersion());
    assertTrue(provider.capabilities().contains(Capability.MULTI_LEG_ORDERS));
    assertTrue(provider.capabilities().contains(Capability.ORDER_PREVIEW));
    assertTrue(provider.capabilities().contains(Capability.REPLACE_ORDER));
    assertFalse(provider.capabilities().contains(Capability.SIMULATED));
    assertTrue(provider.secrets().isEmpty());
    assertEquals(IbkrConfig.class, provider.configType());
  }

  @Test
  void defaultsPointAtTheLocalGatewayWithoutTrustingItsCertificate() {
    IbkrConfig c = provider.configure(Settings.empty("brokers.ibkr"));

    assertEquals("https://localhost:5000/v1/api", c.baseUrl().toString());
    assertFalse(c.trustSelfSignedCertificate());
    assertTrue(c.accountId().isEmpty());
    assertEquals(Duration.ofMillis(100), c.minRequestInterval());
    assertEquals(Duration.ofSeconds(60), c.tickleInterval());
  }

  @Test
  void readsEveryKey() {
    IbkrConfig c = provider.configure(Settings.of("brokers.ibkr", Map.of(
        "baseUrl", "https://gateway.internal:5001/v1/api/", "accountId", "DU123456",
        "timeout", "3s", "trustSelfSignedCertificate", true, "minRequestInterval", "250ms",
        "tickleInterval", "0s")));

    assertEquals("https://gateway.internal:5001/v1/api", c.baseUrl().toString());
    assertEquals("DU123456", c.accountId().orElseThrow());
    assertEquals(Duration.ofSeconds(3), c.timeout());
    assertTrue(c.trustSelfSignedCertificate());
    assertEquals(Duration.ZERO, c.tickleInterval());
  }

  @Test
  void rejectsAMisspeltKeyNamingIt() {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> provider.configure(
        Settings.of("brokers.ibkr", Map.of("baseURL", "https://localhost:5000/v1/api"))));
    assertTrue(e.getMessage().contains("baseURL"), e.getMessage());
  }

  @Test
  void rejectsABadBaseUrlNamingTheKey() {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> provider.configure(
        Settings.of("brokers.ibkr", Map.of("baseUrl", "ftp://localhost/v1/api"))));
    assertEquals("brokers.ibkr.baseUrl", e.key());
  }

  @Test
  void keepsTheAccountNumberOutOfItsDescription() {
    IbkrConfig c = provider.configure(Settings.of("brokers.ibkr", Map.of("accountId", "U9999999")));
    assertFalse(c.toString().contains("U9999999"), c.toString());
  }
}
