/**
 * {@code iron-condor-monthly}: seed S2's monthly iron condor on SPX, sold when the VIX spikes.
 *
 * <p>S2 keeps each strategy as config, scanner, risk and strategy; so does this package. {@link
 * dev.condor.strategies.monthly.MonthlyIronCondorConfig} holds the validated parameters, whose
 * defaults are S2's table; {@link dev.condor.strategies.monthly.MonthlyIronCondorScanner} is the
 * pure entry logic (trigger, expiry, strikes, credit) answering a candidate with its numbers or the
 * reason there is none; {@link dev.condor.strategies.monthly.MonthlyIronCondorRisk} lists the
 * engine policies that manage the position (S2's red lines with a 50 % partial close, and the
 * 30-day time exit, its only P&amp;L exit); {@link
 * dev.condor.strategies.monthly.MonthlyIronCondorStrategy} ties them to the engine's loop.
 *
 * <p>Readings of the seed where it is silent: the "VIX daily change" is the VIX now against its
 * previous close, checked every poll inside the entry window; "monthly" means the standard
 * third-Friday SPX expiry (AM-settled, root SPX), the first at least 49 calendar days out, so the
 * condor is held about 19 days (49 to 30 DTE) as S2 says; a spike day allows one entry; each entry
 * sells 2 condors, the least for which a 50 % partial close leaves something open.
 */
package dev.condor.strategies.monthly;
