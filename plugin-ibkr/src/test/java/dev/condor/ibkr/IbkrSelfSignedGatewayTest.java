package dev.condor.ibkr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.condor.api.error.BrokerException;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.tck.broker.TestAccount;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway's self-signed certificate is refused by default and accepted only on opt-in. */
class IbkrSelfSignedGatewayTest {

  private WireMockServer server;

  @BeforeEach
  void start() {
    // WireMock's HTTPS port serves its own self-signed certificate, like the gateway does
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort().dynamicHttpsPort());
    server.start();
    new IbkrVenue().account(new WireMock("localhost", server.port()),
        new TestAccount("U1234567", 10, 20, 30, List.of()));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private IbkrBroker broker(boolean trust) {
    IbkrBrokerProvider provider = new IbkrBrokerProvider();
    return provider.create(provider.configure(Settings.of("brokers.ibkr", Map.of(
        "baseUrl", "https://localhost:" + server.httpsPort() + IbkrVenue.API, "timeout", "2s",
        "minRequestInterval", "0ms", "tickleInterval", "0s",
        "trustSelfSignedCertificate", trust))), Secrets.none());
  }

  @Test
  void refusesTheSelfSignedCertificateUnlessTold() throws Exception {
    try (IbkrBroker broker = broker(false)) {
      broker.account().toCompletableFuture().get(10, TimeUnit.SECONDS);
      fail("an untrusted certificate was accepted");
    } catch (ExecutionException e) {
      BrokerException b = (BrokerException) e.getCause();
      assertEquals(BrokerException.Kind.UNAVAILABLE, b.kind());
      assertTrue(b.getMessage().contains("trustSelfSignedCertificate"), b.getMessage());
    }
  }

  @Test
  void acceptsTheSelfSignedCertificateWhenTrusted() throws Exception {
    try (IbkrBroker broker = broker(true)) {
      assertEquals(20, broker.account().toCompletableFuture().get(10, TimeUnit.SECONDS)
          .netLiquidation(), 1e-9);
    }
  }
}
