package dev.condor.core.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The NYSE's unscheduled full-day closures and one-off early closes from 1990 on, as data: no rule
 * predicts them, so each one is listed with the event behind it.
 *
 * <p>Checked against the exchange_calendars XNYS answer key (1990-01-02 to 2023-01-13) and the
 * pandas_market_calendars list of full-day closures (to 2021); later entries against the sessions
 * of the S&amp;P 500 daily history to 2026. Add new closures here when the exchange announces them,
 * or pass them to {@link NyseCalendar#withExtraClosures} without a release.
 */
final class NyseSpecialDays {

  /** Full-day closures that are not regular holidays, each with the reason the exchange closed. */
  static final Map<LocalDate, String> CLOSURES = table(
      "1994-04-27", "National day of mourning for former President Richard Nixon",
      "2001-09-11", "September 11 attacks",
      "2001-09-12", "September 11 attacks",
      "2001-09-13", "September 11 attacks",
      "2001-09-14", "September 11 attacks",
      "2004-06-11", "National day of mourning for former President Ronald Reagan",
      "2007-01-02", "National day of mourning for former President Gerald Ford",
      "2012-10-29", "Hurricane Sandy",
      "2012-10-30", "Hurricane Sandy",
      "2018-12-05", "National day of mourning for former President George H. W. Bush",
      "2025-01-09", "National day of mourning for former President Jimmy Carter");

  /**
   * Early closes that no rule of {@link NyseEarlyCloses} gives; they close at the early-close time
   * of their era (13:00).
   */
  static final Map<LocalDate, String> EARLY_CLOSES = table(
      "1997-12-26", "Day after Christmas (Friday)",
      "1999-12-31", "New Year's Eve before the year 2000",
      "2003-12-26", "Day after Christmas (Friday)");

  private NyseSpecialDays() {}

  private static Map<LocalDate, String> table(String... dateThenReason) {
    Map<LocalDate, String> table = new LinkedHashMap<>();
    for (int i = 0; i < dateThenReason.length; i += 2) {
      table.put(LocalDate.parse(dateThenReason[i]), dateThenReason[i + 1]);
    }
    return Collections.unmodifiableMap(table);
  }
}
