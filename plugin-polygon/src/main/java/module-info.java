/**
 * Condor plugin: Polygon (Massive) historical and snapshot data; the provider arrives with the data-plugins issue.
 *
 * <p>Depends on the API only; found by the engine through ServiceLoader.
 */
module dev.condor.polygon {
  requires dev.condor.api;
}
