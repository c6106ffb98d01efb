package dev.condor.ibkr;

import dev.condor.tck.broker.BrokerVerification;
import dev.condor.tck.broker.VenueSimulation;
import java.util.Map;

/** The TCK's broker rules, run against the IBKR plugin and its simulated gateway. */
class IbkrBrokerVerificationTest extends BrokerVerification {

  @Override
  protected String providerId() {
    return IbkrBrokerProvider.ID;
  }

  @Override
  protected Map<String, Object> settings(String baseUrl) {
    return Map.of(
        "baseUrl", baseUrl + IbkrVenue.API,
        "timeout", "1s",
        "minRequestInterval", "0ms",
        "tickleInterval", "0s");
  }

  @Override
  protected Map<String, String> secrets() {
    // the gateway holds the session: the plugin needs no secret
    return Map.of();
  }

  @Override
  protected VenueSimulation venue() {
    return new IbkrVenue();
  }
}
