/**
 * Polygon (renamed Massive) data for Condor: {@link dev.condor.polygon.PolygonHistoricalDataProvider}
 * (bars of indices, ETFs and options; option contracts listed on a day) and {@link
 * dev.condor.polygon.PolygonMarketDataFeedProvider} (polled quote and chain snapshots with greeks),
 * both with provider id {@code polygon}. The venue's JSON stays in package-private wire records.
 *
 * <p>Configuration (the same section for both):
 *
 * <pre>{@code
 * polygon:
 *   baseUrl: https://api.polygon.io     # or https://api.massive.com (same keys, same paths)
 *   timeout: 10s
 *   requestsPerMinute: 5                # the free plan; 0 = unlimited (paid plans)
 *   rateLimitWait: 60s                  # the longest a 429 is waited out, per request
 * }</pre>
 *
 * <p>Secret {@code apiKey} (environment or the owner-only secrets file, never configuration): sent
 * only as {@code Authorization: Bearer}, on every page, and only to the configured host.
 *
 * <p>Tickers: indices are asked for as {@code I:SPX}, {@code I:NDX}, {@code I:VIX}, {@code
 * I:VIX1D}, {@code I:VIX9D}; ETFs by symbol; options as {@code O:} + root + YYMMDD + C/P + strike
 * x 1000 ({@link dev.condor.api.instrument.OptionContract#polygonTicker()}). Contracts are asked
 * for by the bare underlying ({@code underlying_ticker=SPX}), which lists both SPX and SPXW.
 */
package dev.condor.polygon;
