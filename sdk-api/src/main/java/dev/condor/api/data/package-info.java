/**
 * The data SPIs: live market data ({@link dev.condor.api.data.MarketDataFeed}) and history
 * ({@link dev.condor.api.data.HistoricalData}).
 *
 * <p>Sources differ in what they offer: Polygon has option minute bars, quotes and snapshots;
 * Yahoo has daily and intraday bars and current chains without greeks; the simulated market has
 * everything, estimated. A source declares what it has as capabilities. Vendors' rate limits,
 * pagination and session handshakes stay inside the plugin; what comes out is complete, or a
 * {@link dev.condor.api.error.DataException} that names the endpoint and the field.
 */
package dev.condor.api.data;
