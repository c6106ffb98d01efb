/**
 * The bundled strategies (S0-S4 of the systems Condor replaces); the strategies arrive with the
 * strategy-pack issue. Depends on the API only; found by the engine through ServiceLoader.
 */
module dev.condor.strategies {
  requires dev.condor.api;
}
