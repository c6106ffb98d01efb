/**
 * Condor's API: the stable contract between the engine, embedding applications and plugins.
 *
 * <p>Every public type carries {@link dev.condor.api.Stable} or {@link
 * dev.condor.api.Experimental}. The API depends on the JDK alone: it speaks {@link
 * java.util.concurrent.CompletionStage}, {@link java.util.concurrent.Flow} and immutable values,
 * so a plugin needs nothing else to be written and no engine upgrade breaks it.
 *
 * <p>Packages, by feature:
 *
 * <ul>
 *   <li>{@code instrument}: underlyings and option contracts, with OCC and Polygon symbols;
 *   <li>{@code market}: quotes, option quotes, option chain snapshots and bars;
 *   <li>{@code order}: legs, multi-leg tickets, order states and fills;
 *   <li>{@code portfolio}: positions, accounts and buying power;
 *   <li>{@code plugin}: what every provider declares (id, API version, configuration, secrets,
 *       capabilities);
 *   <li>{@code broker}, {@code data}, {@code strategy}, {@code risk}, {@code journal}: the SPIs;
 *   <li>{@code quant}: pricing, volatility, moving averages and sizing;
 *   <li>{@code error}: the small hierarchy of unchecked exceptions.
 * </ul>
 */
package dev.condor.api;
