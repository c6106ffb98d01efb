/**
 * Polygon (Massive) historical data: {@link dev.condor.polygon.PolygonHistoricalDataProvider}
 * makes the service; the venue's JSON stays in package-private wire records.
 */
package dev.condor.polygon;
