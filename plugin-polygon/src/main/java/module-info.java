/**
 * Condor plugin: Polygon (renamed Massive) historical bars of indices, ETFs and options, the
 * option contracts listed on a day, and polled quote and option chain snapshots, over the REST
 * API with an API key.
 *
 * <p>Depends on the API only (plus Jackson and the JDK's HTTP client); found by the engine
 * through ServiceLoader.
 */
module dev.condor.polygon {
  // API
  exports dev.condor.polygon;

  requires dev.condor.api;
  requires java.net.http;
  requires com.fasterxml.jackson.databind;
  requires static org.mapstruct;

  // internal: the venue's JSON, read reflectively by Jackson
  opens dev.condor.polygon to com.fasterxml.jackson.databind;

  // SPI
  provides dev.condor.api.data.HistoricalDataProvider with
      dev.condor.polygon.PolygonHistoricalDataProvider;
  provides dev.condor.api.data.MarketDataFeedProvider with
      dev.condor.polygon.PolygonMarketDataFeedProvider;
}
