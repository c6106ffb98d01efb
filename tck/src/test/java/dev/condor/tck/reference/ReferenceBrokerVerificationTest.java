package dev.condor.tck.reference;

import dev.condor.tck.broker.BrokerVerification;
import dev.condor.tck.broker.VenueSimulation;
import java.util.LinkedHashMap;
import java.util.Map;

/** The reference plugin passes every rule of the broker suite, found by ServiceLoader. */
class ReferenceBrokerVerificationTest extends BrokerVerification {

  static final String PASSWORD = "tck-kestrel-password-7f3a91";

  @Override
  protected String providerId() {
    return KestrelBrokerProvider.ID;
  }

  @Override
  protected Map<String, Object> settings(String baseUrl) {
    return kestrelSettings(baseUrl);
  }

  static Map<String, Object> kestrelSettings(String baseUrl) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("baseUrl", baseUrl);
    s.put("accountNumber", "TCK-ACCT-1");
    s.put("username", "tck-user");
    s.put("requestTimeout", "1s");
    return s;
  }

  @Override
  protected Map<String, String> secrets() {
    return Map.of("password", PASSWORD);
  }

  @Override
  protected VenueSimulation venue() {
    return new KestrelSimulation();
  }
}
