package dev.condor.polygon;

import dev.condor.tck.data.DataVenueSimulation;
import dev.condor.tck.data.HistoricalDataVerification;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The TCK's market-data suite against the Polygon plugin, found by {@code ServiceLoader} as
 * {@code polygon}, talking to {@link PolygonVenue}: a 1 s request timeout (the suite stalls 3 s)
 * and no client-side pacing ({@code requestsPerMinute} 0), so the suite's few requests go through
 * at once.
 */
class PolygonHistoricalDataVerificationTest extends HistoricalDataVerification {

  @Override
  protected String providerId() {
    return PolygonHistoricalDataProvider.ID;
  }

  @Override
  protected Map<String, Object> settings(String baseUrl) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("baseUrl", baseUrl);
    s.put("timeout", "1s");
    s.put("requestsPerMinute", 0);
    return s;
  }

  @Override
  protected Map<String, String> secrets() {
    return Map.of(PolygonHistoricalDataProvider.API_KEY, PolygonVenue.KEY);
  }

  @Override
  protected DataVenueSimulation venue() {
    return new PolygonVenue();
  }
}
