/**
 * The market as the engine reads it: one interface over the simulated market, stored history and
 * live feeds, so the paper broker and both drivers price things the same way.
 */
package dev.condor.core.market;
