package dev.condor.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;

/**
 * The rules for the NYSE's scheduled early closes (13:00, or 14:00 before 1993), plus the one-off
 * early closes of {@link NyseSpecialDays#EARLY_CLOSES}.
 *
 * <p>The rules reproduce the exchange_calendars XNYS answer key for 1990-2022 exactly, including
 * its history around Independence Day, and project the current practice to 2035:
 *
 * <ul>
 *   <li>the day after Thanksgiving, from 1992 (1990 and 1991 were full days);
 *   <li>Christmas Eve when it is a weekday the exchange trades (it is the observed Christmas
 *       holiday when December 25 is a Saturday);
 *   <li>July 3 from 1995 when it falls on a Monday, Tuesday or Thursday, and also on a Wednesday
 *       from 2013 (Wednesday July 3 1996 and 2002 were full days); from 1995 to 2012, Friday July 5
 *       after a Thursday holiday instead (1996-07-05, 2002-07-05). July 3 on a Friday is the
 *       observed holiday of a Saturday July 4, and the Thursday before it trades a full day.
 * </ul>
 */
final class NyseEarlyCloses {

  /** The early close since 1993. */
  static final LocalTime EARLY_CLOSE = LocalTime.of(13, 0);
  /** The early close in 1990-1992, per the answer key. */
  static final LocalTime EARLY_CLOSE_BEFORE_1993 = LocalTime.of(14, 0);

  private NyseEarlyCloses() {}

  /**
   * The early close of {@code tradingDay}, or {@code null} when it closes at the regular time. The
   * caller has established that the exchange trades that day: the rules alone would also name
   * days that are holidays (Christmas Eve when observed as Christmas).
   */
  static LocalTime earlyCloseOn(LocalDate tradingDay) {
    if (!isEarlyClose(tradingDay)) {
      return null;
    }
    return tradingDay.getYear() < 1993 ? EARLY_CLOSE_BEFORE_1993 : EARLY_CLOSE;
  }

  private static boolean isEarlyClose(LocalDate day) {
    return isDayAfterThanksgiving(day)
        || isChristmasEve(day)
        || isAroundIndependenceDay(day)
        || NyseSpecialDays.EARLY_CLOSES.containsKey(day);
  }

  private static boolean isDayAfterThanksgiving(LocalDate day) {
    return day.getYear() >= 1992
        && day.getMonth() == Month.NOVEMBER
        && NyseHoliday.THANKSGIVING_DAY.observedIn(day.getYear())
            .map(thanksgiving -> thanksgiving.plusDays(1).equals(day))
            .orElse(false);
  }

  private static boolean isChristmasEve(LocalDate day) {
    return day.getMonth() == Month.DECEMBER && day.getDayOfMonth() == 24 && isWeekday(day);
  }

  private static boolean isAroundIndependenceDay(LocalDate day) {
    int year = day.getYear();
    if (day.getMonth() != Month.JULY || year < 1995) {
      return false;
    }
    DayOfWeek weekday = day.getDayOfWeek();
    if (day.getDayOfMonth() == 3) {
      return weekday == DayOfWeek.MONDAY
          || weekday == DayOfWeek.TUESDAY
          || weekday == DayOfWeek.THURSDAY
          || (weekday == DayOfWeek.WEDNESDAY && year >= 2013);
    }
    return day.getDayOfMonth() == 5 && weekday == DayOfWeek.FRIDAY && year <= 2012;
  }

  private static boolean isWeekday(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
