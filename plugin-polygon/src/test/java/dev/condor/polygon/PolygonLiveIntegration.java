package dev.condor.polygon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.condor.api.instrument.Underlying;
import dev.condor.api.plugin.Secret;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Against the real API with the key in {@code POLYGON_API_KEY}, on the free plan's budget. Never
 * run by the build (surefire excludes {@code *Integration}); run it by hand with {@code -Dtest}.
 */
class PolygonLiveIntegration {

  @Test
  void dailySpyBarsAndSpxContracts() {
    String key = System.getenv("POLYGON_API_KEY");
    assumeTrue(key != null && !key.isBlank(), "POLYGON_API_KEY not set; skipped");
    LocalDate to = LocalDate.now().minusDays(3);
    try (PolygonHistoricalData data =
        new PolygonHistoricalData(PolygonConfig.defaults(), Secret.of("apiKey", key))) {
      assertFalse(data.bars(Underlying.SPY, Duration.ofDays(1), to.minusDays(10), to)
          .toCompletableFuture().join().isEmpty());
      assertFalse(data.contracts(Underlying.SPX, to, to.plusDays(1), to.plusDays(3))
          .toCompletableFuture().join().isEmpty());
    }
  }
}
