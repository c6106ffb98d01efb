/**
 * Yahoo Finance for Condor: {@link dev.condor.yfinance.YahooHistoricalData} (underlying bars,
 * splits and dividends from the v8 chart endpoint) and {@link
 * dev.condor.yfinance.YahooMarketDataFeed} (polled quotes and option chains, greeks estimated
 * locally). Yahoo's JSON is read into package-private wire records and mapped to the API's types.
 */
package dev.condor.yfinance;
