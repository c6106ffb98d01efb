package dev.condor.tck.reference;

import dev.condor.tck.data.DataVenueSimulation;
import dev.condor.tck.data.HistoricalDataVerification;
import java.util.LinkedHashMap;
import java.util.Map;

/** The reference data plugin (Wren) passes every rule of the market-data suite, found by ServiceLoader. */
class ReferenceHistoricalDataVerificationTest extends HistoricalDataVerification {

  @Override
  protected String providerId() {
    return WrenDataProvider.ID;
  }

  @Override
  protected Map<String, Object> settings(String baseUrl) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("baseUrl", baseUrl);
    s.put("requestTimeout", "1s");
    return s;
  }

  @Override
  protected Map<String, String> secrets() {
    return Map.of("apiKey", WrenSimulation.KEY);
  }

  @Override
  protected DataVenueSimulation venue() {
    return new WrenSimulation();
  }
}
