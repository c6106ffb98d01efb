/**
 * Condor plugin: Yahoo Finance daily and intraday history (the v8 chart endpoint) and polled
 * quotes and option chains (the v7 options endpoint, behind Yahoo's cookie and crumb), with greeks
 * computed locally by Black-Scholes. Yahoo keeps no option history.
 *
 * <p>Depends on the API only (plus Jackson and the JDK's HTTP client); found by the engine
 * through ServiceLoader.
 */
module dev.condor.yfinance {
  // API
  exports dev.condor.yfinance;

  requires dev.condor.api;
  requires java.net.http;
  requires com.fasterxml.jackson.databind;

  // internal: Yahoo's JSON, read reflectively by Jackson into the package-private wire records
  opens dev.condor.yfinance to com.fasterxml.jackson.databind;

  // SPI
  provides dev.condor.api.data.HistoricalDataProvider with
      dev.condor.yfinance.YahooHistoricalDataProvider;
  provides dev.condor.api.data.MarketDataFeedProvider with
      dev.condor.yfinance.YahooMarketDataFeedProvider;
}
