/**
 * Seed S2's 0DTE SPX iron condor ({@code iron-condor-0dte}, S2's {@code dte0_ic}): between 09:45
 * and 10:00 ET, when the VIX is between 14 and 30, sell a same-day condor with short strikes near
 * 0.06 delta and at least 30 points from spot, 10-point wings, for at least 0.50 of credit; one
 * entry a day, one position at a time.
 *
 * <p>The pieces follow S2's {@code config / scanner / risk / strategy} layout: {@link
 * dev.condor.strategies.zerodte.ZeroDteCondorConfig} holds every parameter of S2's table as the
 * defaults; {@link dev.condor.strategies.zerodte.ZeroDteCondorScanner} picks the legs and the
 * limit from a chain, or says why not; the risk side is not code here but the engine's policies,
 * requested by id with S2's numbers ({@link
 * dev.condor.strategies.zerodte.ZeroDteCondorStrategy#riskPolicies()}): the 15:45 end-of-day close,
 * the delta (15) and proximity (15 points) red lines closing at market, the 50 % profit target,
 * the 2x-credit stop, the 0.50 minimum credit and the one-a-day, one-at-a-time limits. The engine
 * runs them in S2's priority order: forced exit, red lines, profit and stop, then entries.
 *
 * <p><b>Strike rule.</b> "Target delta 0.06" picks, for each side, the out-of-the-money SPXW strike
 * whose |delta| is nearest 0.06 (ties to the strike further out); "min distance 30 points" is a
 * floor (puts) and a ceiling (calls): a delta strike closer than 30 points to spot is moved out to
 * the nearest strike at least 30 points away. Wings are bought exactly 10 points further out.
 */
package dev.condor.strategies.zerodte;
