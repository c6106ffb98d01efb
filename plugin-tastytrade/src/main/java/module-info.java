/**
 * Condor plugin: tastytrade broker (REST, OAuth2) and DXLink live quotes; the provider arrives with the broker-plugins issue.
 *
 * <p>Depends on the API only; found by the engine through ServiceLoader.
 */
module dev.condor.tastytrade {
  requires dev.condor.api;
}
