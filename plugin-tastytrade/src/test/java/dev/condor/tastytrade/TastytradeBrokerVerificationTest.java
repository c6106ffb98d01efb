package dev.condor.tastytrade;

import dev.condor.tck.broker.BrokerVerification;
import dev.condor.tck.broker.VenueSimulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The TCK's broker suite against tastytrade as {@link TastytradeVenue} simulates it. */
class TastytradeBrokerVerificationTest extends BrokerVerification {

  private final Path state;

  TastytradeBrokerVerificationTest() {
    try {
      state = Files.createTempDirectory("tastytrade-tck");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected String providerId() {
    return TastytradeBrokerProvider.ID;
  }

  @Override
  protected Map<String, Object> settings(String baseUrl) {
    // a fresh token and order-id file per broker, so no rule inherits another's session
    Path dir = state.resolve(Long.toString(System.nanoTime()));
    return Map.of(
        "baseUrl", baseUrl,
        "timeout", "1s",
        "rateLimitWait", "10s",
        "tokenFile", dir.resolve("token.json").toString(),
        "orderIdFile", dir.resolve("orders.json").toString(),
        "userAgent", "condor-tck/0.1");
  }

  @Override
  protected Map<String, String> secrets() {
    return Map.of(
        "clientSecret", "tck-client-secret-9f2c41d7",
        "refreshToken", "tck-refresh-token-6ab0e3c8");
  }

  @Override
  protected VenueSimulation venue() {
    return new TastytradeVenue();
  }
}
