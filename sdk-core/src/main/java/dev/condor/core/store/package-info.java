/**
 * The historical store: option chains and daily bars in Parquet (one file per underlying and
 * trading day), written and read with embedded DuckDB, loaded into primitive columns and shared by
 * every backtest that reads the same day.
 */
package dev.condor.core.store;
