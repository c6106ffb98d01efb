package dev.condor.yfinance;

import dev.condor.tck.data.DataVenueSimulation;
import dev.condor.tck.data.HistoricalDataVerification;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The TCK's market-data suite against the Yahoo history plugin and {@link YahooVenue}. Yahoo needs
 * no secret. The two pagination rules are skipped, saying why: Yahoo's chart endpoint answers a
 * whole range in one response, so the plugin sends one request and there is no later page to
 * follow or to fail (the suite has no optional-scenario hook for pagination, so the skip lives
 * here).
 */
class YahooHistoricalDataVerificationTest extends HistoricalDataVerification {

  static final String UNPAGINATED = "Yahoo's /v8/finance/chart does not paginate: one request "
      + "answers the whole range (no cursor, no next link), so the plugin sends exactly one "
      + "request per bars() call and ";

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

  @Test
  @Override
  public void required_pagination_allPagesOnce() {
    Assumptions.abort(UNPAGINATED + "there are no pages to follow (the whole range is checked by "
        + "required_bars_dailyMappedExactly)");
  }

  @Test
  @Override
  public void required_pagination_laterPageFailureFailsWhole() {
    Assumptions.abort(UNPAGINATED + "there is no later page to fail (a failed request is "
        + "checked by required_unavailable_5xxTyped)");
  }
}
