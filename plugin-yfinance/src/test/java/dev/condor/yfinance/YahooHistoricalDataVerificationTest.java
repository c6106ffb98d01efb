package dev.condor.yfinance;

import dev.condor.tck.data.DataVenueSimulation;
import dev.condor.tck.data.HistoricalDataVerification;
import java.util.Map;

/**
 * The TCK's market-data suite against the Yahoo history plugin and {@link YahooVenue}. Yahoo needs
 * no secret. The two pagination rules are skipped, saying why ({@link YahooVenue#paginates()}):
 * Yahoo's chart endpoint answers a whole range in one response, so there is no later page to
 * follow or to fail.
 */
class YahooHistoricalDataVerificationTest extends HistoricalDataVerification {

  @Override
  protected String providerId() {
    return YahooHistoricalDataProvider.ID;
  }

  @Override
  protected Map<String, Object> settings(String baseUrl) {
    return Map.of(
        "baseUrl", baseUrl,
        "cookieUrl", baseUrl + "/fc",
        "timeout", "1s",          // well under the suite's 3 s stall
        "rateLimitWait", "3s");   // waits out the suite's Retry-After: 2 once
  }

  @Override
  protected Map<String, String> secrets() {
    return Map.of();
  }

  @Override
  protected DataVenueSimulation venue() {
    return new YahooVenue();
  }
}
