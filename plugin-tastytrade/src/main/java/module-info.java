/**
 * Condor plugin: tastytrade broker, and market data snapshots, over the REST API with OAuth2
 * (DXLink live quotes are not implemented yet).
 *
 * <p>Depends on the API only (plus Jackson and the JDK's HTTP client); found by the engine
 * through ServiceLoader.
 */
module dev.condor.tastytrade {
  // API
  exports dev.condor.tastytrade;

  requires dev.condor.api;
  requires java.net.http;
  requires com.fasterxml.jackson.databind;
  requires static org.mapstruct;

  // internal: the venue's JSON, read reflectively by Jackson
  opens dev.condor.tastytrade.wire to com.fasterxml.jackson.databind;

  // SPI
  provides dev.condor.api.broker.BrokerProvider with
      dev.condor.tastytrade.TastytradeBrokerProvider;
  provides dev.condor.api.data.MarketDataFeedProvider with
      dev.condor.tastytrade.TastytradeMarketDataFeedProvider;
}
