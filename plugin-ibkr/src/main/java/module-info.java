/**
 * Condor plugin: an Interactive Brokers broker over the Client Portal / Web API gateway.
 *
 * <p>Depends on the API only (plus Jackson and the JDK HTTP client); found by the engine through
 * ServiceLoader.
 */
module dev.condor.ibkr {
  // API
  exports dev.condor.ibkr;

  requires transitive dev.condor.api;
  requires java.net.http;
  requires com.fasterxml.jackson.databind;

  // build-time only: MapStruct annotations (the mapper is generated)
  requires static org.mapstruct;

  // internal: Jackson reads the package-private wire DTOs reflectively
  opens dev.condor.ibkr to com.fasterxml.jackson.databind;

  // SPI
  provides dev.condor.api.broker.BrokerProvider with dev.condor.ibkr.IbkrBrokerProvider;
}
