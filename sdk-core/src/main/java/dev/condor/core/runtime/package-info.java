/**
 * The strategy runtime: the one poll loop every strategy runs under (forced exits, red lines,
 * exits, entries), the context strategies read the world through, and the drivers that call it
 * live on Vert.x or in simulated time.
 */
package dev.condor.core.runtime;
