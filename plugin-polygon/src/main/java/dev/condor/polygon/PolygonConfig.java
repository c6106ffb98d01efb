package dev.condor.polygon;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The Polygon plugin's validated configuration (made by {@link
 * PolygonHistoricalDataProvider#configure}); it holds no secret.
 *
 * @param baseUrl the REST API's base URL: {@link #POLYGON} or, after the rename, {@link #MASSIVE}
 * @param timeout how long one request may take before it is reported as timed out
 * @param requestsPerMinute the plan's request budget (5 on the free plan); 0 means unlimited
 * @param rateLimitWait the longest a 429 is waited out (per request) before it is reported
 */
public record PolygonConfig(URI baseUrl, Duration timeout, int requestsPerMinute,
    Duration rateLimitWait) {

  /** Polygon's REST API, the default. */
  public static final URI POLYGON = URI.create("https://api.polygon.io");
  /** The same API under the Massive name; either host accepts the same keys and paths. */
  public static final URI MASSIVE = URI.create("https://api.massive.com");

  /** Checks that nothing is missing or out of range. */
  public PolygonConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(rateLimitWait, "rateLimitWait");
    if (requestsPerMinute < 0) {
      throw new IllegalArgumentException("requestsPerMinute must be >= 0");
    }
  }

  /** The defaults: Polygon's host, 10 s timeout, the free plan's 5 requests a minute, 60 s wait. */
  public static PolygonConfig defaults() {
    return new PolygonConfig(POLYGON, Duration.ofSeconds(10), 5, Duration.ofSeconds(60));
  }
}
