/**
 * The risk SPI: rules that guard positions and entries.
 *
 * <p>Option selling has negative skew: many small wins, rare large losses. The rules that keep a
 * rare loss survivable live here as {@link dev.condor.api.risk.RiskPolicy} plugins, each acting at
 * a {@link dev.condor.api.risk.RiskStage}: forced exits (end of day), red lines (the underlying
 * within 15 points of a short strike, a short delta above 15), exits (50 % profit target, stop at
 * 2x credit, time exit at 30 DTE) and entry checks (minimum credit and ROI, position limits,
 * daily and weekly loss stops, VIX regimes, drawdown sizing). Policies see the whole {@link
 * dev.condor.api.risk.PortfolioState}, and every action is journalled with its reason.
 */
package dev.condor.api.risk;
