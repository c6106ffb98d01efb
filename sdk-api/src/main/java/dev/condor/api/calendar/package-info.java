/**
 * The market calendar: when the exchange trades and when options expire.
 *
 * <p>US equity and index options follow the NYSE/Cboe calendar in New York time: regular sessions
 * from 09:30 to 16:00, early closes at 13:00 (the day after Thanksgiving, Christmas Eve and some
 * days around Independence Day), and index options trading 15 minutes past the equity close.
 * Expiries follow their root: SPX monthlies expire on the third Friday and settle on that
 * morning's opening prints (AM); SPXW weeklies and dailies settle on the close (PM). When an
 * expiry falls on a holiday it moves to the previous trading day.
 */
package dev.condor.api.calendar;
