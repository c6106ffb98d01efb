package dev.condor.ibkr;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.portfolio.Account;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Reads balances and positions from a real, logged-in Client Portal gateway. Never runs in CI:
 * surefire does not pick up {@code *Integration} classes, and it needs {@code
 * CONDOR_IBKR_GATEWAY} (the gateway's API root, e.g. {@code https://localhost:5000/v1/api}).
 * Read-only: it places no order.
 */
class IbkrGatewayIntegration {

  @Test
  @EnabledIfEnvironmentVariable(named = "CONDOR_IBKR_GATEWAY", matches = "https?://.+")
  void readsTheAccountFromARealGateway() throws Exception {
    IbkrBrokerProvider provider = new IbkrBrokerProvider();
    IbkrConfig config = provider.configure(Settings.of("brokers.ibkr", Map.of(
        "baseUrl", System.getenv("CONDOR_IBKR_GATEWAY"), "trustSelfSignedCertificate", true)));
    try (IbkrBroker broker = provider.create(config, Secrets.none())) {
      Account account = broker.account().toCompletableFuture().get(30, TimeUnit.SECONDS);
      assertFalse(account.accountId().isBlank());
      broker.positions().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
  }
}
