/**
 * The six bundled strategies through the TCK's strategy suite ({@code StrategyVerification}),
 * each over a short scenario on which it is meant to act.
 */
package dev.condor.strategies.tck;
