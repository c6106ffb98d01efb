package dev.condor.tastytrade;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderPreview;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.portfolio.Account;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against tastytrade's sandbox with a real sandbox login: reads the account and dry-runs an order
 * (nothing is placed). Never part of the build (surefire excludes {@code *Integration}); run it by
 * hand with {@code TASTYTRADE_SANDBOX_CLIENT_SECRET} and {@code TASTYTRADE_SANDBOX_REFRESH_TOKEN}
 * set: {@code ./mvnw -pl plugin-tastytrade test -Dtest=TastytradeSandboxIntegration
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class TastytradeSandboxIntegration {

  @TempDir Path dir;

  @Test
  void readsTheSandboxAccountAndDryRunsASpyPut() {
    String secret = System.getenv("TASTYTRADE_SANDBOX_CLIENT_SECRET");
    String refresh = System.getenv("TASTYTRADE_SANDBOX_REFRESH_TOKEN");
    assumeTrue(secret != null && refresh != null, "no sandbox credentials in the environment");
    TastytradeBrokerProvider provider = new TastytradeBrokerProvider();
    TastytradeConfig config = provider.configure(Settings.of("brokers.tastytrade",
        Map.of("sandbox", true, "tokenFile", dir.resolve("token.json").toString())));
    try (TastytradeBroker broker = provider.create(config,
        Secrets.of(Map.of("clientSecret", secret, "refreshToken", refresh)))) {
      Account account = broker.account().toCompletableFuture().join();
      assertFalse(account.accountId().isBlank());
      broker.positions().toCompletableFuture().join();
      List<OptionContract> chain = broker.optionChain(Underlying.SPY).toCompletableFuture().join();
      assumeTrue(!chain.isEmpty(), "the sandbox listed no SPY options");
      LocalDate expiry = chain.get(0).expiry();
      OptionContract put = chain.stream().filter(c -> c.expiry().equals(expiry) && c.isPut())
          .findFirst().orElseThrow();
      OrderPreview preview = broker.preview(OrderTicket.single(ClientOrderId.of("sandbox-dry-run"),
          Leg.buy(put), 1, NetPrice.debit(0.05))).toCompletableFuture().join();
      assertFalse(Double.isNaN(preview.buyingPowerEffect()));
    }
  }
}
