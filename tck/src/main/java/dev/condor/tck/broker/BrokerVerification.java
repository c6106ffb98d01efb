package dev.condor.tck.broker;

import java.util.Map;

/**
 * The broker suite: extend it in the plugin's own tests, supply the plugin under test and a
 * {@link VenueSimulation}, and every rule of the broker contract runs against a WireMock venue.
 * Each test is named after its rule ({@code required_idempotency_timeoutNeverPlacesTwice}); each
 * failure says which rule broke and what to look at. A capability the plugin does not declare is
 * an explained skip.
 *
 * <p>(Skeleton: the rules land with the TCK.)
 */
public abstract class BrokerVerification {

  /** The provider id the plugin registers with ServiceLoader. */
  protected abstract String providerId();

  /**
   * Settings that point the plugin at the simulated venue ({@code baseUrl}, with every other base
   * URL of the plugin also there) with short timeouts (the suite stalls placements for 3 s).
   */
  protected abstract Map<String, Object> settings(String baseUrl);

  /** Fake secrets the plugin needs; the suite checks none of them ever leaks. */
  protected abstract Map<String, String> secrets();

  /** The venue simulation. */
  protected abstract VenueSimulation venue();
}
