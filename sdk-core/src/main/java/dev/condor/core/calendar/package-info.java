/**
 * The NYSE/Cboe market calendar from 1990 to 2035, listed option expiries, and a daily trigger
 * for scheduling strategy work on trading days.
 *
 * <p>US equity and index options trade on the NYSE calendar, in New York time: a regular session
 * from 09:30 to 16:00 on weekdays, with index options (SPX, NDX, XSP) trading to 16:15. The
 * exchange closes on ten holidays that follow fixed rules ({@code NyseHoliday}): a holiday that
 * falls on a Saturday is observed on the Friday before, one on a Sunday on the Monday after, except
 * New Year's Day, whose Saturday occurrence is simply lost (closing the Friday would close the
 * last trading day of the previous year). On top of the rules come unscheduled closures, such as
 * days of mourning for former presidents, the 9/11 attacks and Hurricane Sandy, which are kept as
 * a small table of data ({@code NyseSpecialDays}). The market closes early, at 13:00 (14:00 before
 * 1993), on the day after Thanksgiving, on Christmas Eve and around Independence Day
 * ({@code NyseEarlyCloses}); index options then trade to 13:15.
 *
 * <p>Option expiries follow the calendar but have their own conventions: the standard monthly
 * expiry is the third Friday (the day before when that Friday is a holiday), index monthlies
 * settle on the opening prints (AM) while weeklies and dailies settle on the close (PM), and the
 * weekdays that carry expiries grew over the years, up to every trading day for SPX since 2022.
 * {@code ExpiryRules} holds that schedule, with the source or approximation behind each date.
 *
 * <p>{@link NyseCalendar} is the entry point and implements {@link
 * dev.condor.api.calendar.TradingCalendar}; {@link DailyTrigger} computes when a daily job such as
 * "09:36 New York time" next runs. Everything here is pure JDK (java.time) and immutable, so the
 * live engine and the backtester share one clock.
 */
package dev.condor.core.calendar;
