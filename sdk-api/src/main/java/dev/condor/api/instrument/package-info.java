/**
 * Instruments: what options are written on and the options themselves.
 *
 * <p>An {@link dev.condor.api.instrument.Underlying} carries the conventions of its options. SPX
 * and NDX options are European and cash-settled: no early assignment, and at expiry the intrinsic
 * value is paid in cash against a settlement value. Their third-Friday monthlies (roots SPX, NDX)
 * are AM-settled from the expiry day's opening prints, so they stop trading the day before; their
 * weeklies and dailies (roots SPXW, NDXP) are PM-settled on the close. ETF options (SPY, QQQ) are
 * American and physically settled: a short leg can be assigned on any day, and shares change hands.
 *
 * <p>An {@link dev.condor.api.instrument.OptionContract} is one listed option. It converts to and
 * from the OCC symbol that brokers use and the Polygon ticker that the data vendor uses; both
 * conversions reject malformed text with a message that says which part is wrong.
 */
package dev.condor.api.instrument;
