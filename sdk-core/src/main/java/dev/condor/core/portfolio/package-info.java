/**
 * Positions as the engine books them from fills and settlements, the round trips they make, and
 * seed S2's summary of those trades.
 */
package dev.condor.core.portfolio;
