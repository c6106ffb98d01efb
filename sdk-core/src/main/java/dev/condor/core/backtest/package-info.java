/**
 * Backtests: the same strategies the live driver runs, on simulated time over a historical or
 * simulated market, with the paper broker's fills and settlement; their results, metrics and
 * reports.
 */
package dev.condor.core.backtest;
