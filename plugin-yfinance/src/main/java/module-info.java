/**
 * Condor plugin: Yahoo Finance chart history and option chains; the provider arrives with the data-plugins issue.
 *
 * <p>Depends on the API only; found by the engine through ServiceLoader.
 */
module dev.condor.yfinance {
  requires dev.condor.api;
}
