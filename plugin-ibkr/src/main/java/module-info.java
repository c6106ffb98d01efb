/**
 * Condor plugin: Interactive Brokers broker over the Client Portal / Web API gateway; the provider arrives with the broker-plugins issue.
 *
 * <p>Depends on the API only; found by the engine through ServiceLoader.
 */
module dev.condor.ibkr {
  requires dev.condor.api;
}
