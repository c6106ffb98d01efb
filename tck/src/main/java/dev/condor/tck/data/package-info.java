/**
 * The market-data suite: {@link dev.condor.tck.data.HistoricalDataVerification}, which a
 * historical-data plugin extends in its tests with a {@link dev.condor.tck.data.DataVenueSimulation}.
 */
package dev.condor.tck.data;
