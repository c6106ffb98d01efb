/**
 * Condor's technology compatibility kit: abstract JUnit 5 suites that plugin authors extend to
 * verify a plugin against a WireMock-simulated venue ({@link dev.condor.tck.broker.BrokerVerification}
 * for brokers, {@link dev.condor.tck.strategy.StrategyVerification} for strategies, {@link
 * dev.condor.tck.data.HistoricalDataVerification} for historical market data).
 */
module dev.condor.tck {
  // API
  exports dev.condor.tck.broker;
  exports dev.condor.tck.strategy;
  exports dev.condor.tck.data;

  // SPI: the broker and strategy suites find the plugin under test by its provider id
  uses dev.condor.api.broker.BrokerProvider;
  uses dev.condor.api.strategy.StrategyProvider;
  uses dev.condor.api.data.HistoricalDataProvider;

  requires transitive dev.condor.api;
  requires transitive org.junit.jupiter.api;
  requires transitive wiremock.standalone;
  requires transitive org.junit.platform.launcher;
  requires java.logging;
}
