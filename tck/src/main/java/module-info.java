/**
 * Condor's technology compatibility kit: abstract JUnit 5 suites that plugin authors extend to
 * verify a broker, data or strategy plugin; the suites arrive with the TCK issue.
 */
module dev.condor.tck {
  exports dev.condor.tck.broker;

  requires transitive dev.condor.api;
  requires transitive org.junit.jupiter.api;
  requires transitive wiremock.standalone;
}
