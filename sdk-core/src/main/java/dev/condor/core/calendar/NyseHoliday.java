package dev.condor.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * A regular NYSE holiday and the rule that gives the day the exchange observes it in a year.
 *
 * <p>The rules hold for 1990 to 2035, the range of {@link NyseCalendar}; they do not try to
 * describe earlier history (Washington's Birthday before 1971, election days before 1981).
 */
enum NyseHoliday {
  /**
   * January 1; on a Sunday the Monday after. On a Saturday the exchange stays open on Friday
   * December 31, because NYSE Rule 7.2 does not close the last trading day of a year for the next
   * year's holiday (1993-12-31, 1999-12-31, 2004-12-31, 2010-12-31 and 2021-12-31 all traded).
   */
  NEW_YEARS_DAY {
    @Override
    Optional<LocalDate> observedIn(int year) {
      LocalDate day = LocalDate.of(year, Month.JANUARY, 1);
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
        return Optional.empty();
      }
      return Optional.of(day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day);
    }
  },
  /** The third Monday of January; the NYSE first closed for it in 1998. */
  MARTIN_LUTHER_KING_JR_DAY {
    @Override
    Optional<LocalDate> observedIn(int year) {
      if (year < 1998) {
        return Optional.empty();
      }
      return Optional.of(nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY));
    }
  },
  /** Washington's Birthday (Presidents' Day): the third Monday of February. */
  WASHINGTONS_BIRTHDAY {
    @Override
    Optional<LocalDate> observedIn(int year) {
      return Optional.of(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY));
    }
  },
  /** The Friday before Easter Sunday (Gregorian computus). */
  GOOD_FRIDAY {
    @Override
    Optional<LocalDate> observedIn(int year) {
      return Optional.of(easterSunday(year).minusDays(2));
    }
  },
  /** The last Monday of May. */
  MEMORIAL_DAY {
    @Override
    Optional<LocalDate> observedIn(int year) {
      return Optional.of(LocalDate.of(year, Month.MAY, 1)
          .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    }
  },
  /** June 19, observed on the nearest weekday; the NYSE first closed for it in 2022. */
  JUNETEENTH {
    @Override
    Optional<LocalDate> observedIn(int year) {
      if (year < 2022) {
        return Optional.empty();
      }
      return Optional.of(nearestWeekday(LocalDate.of(year, Month.JUNE, 19)));
    }
  },
  /** July 4, observed on the nearest weekday. */
  INDEPENDENCE_DAY {
    @Override
    Optional<LocalDate> observedIn(int year) {
      return Optional.of(nearestWeekday(LocalDate.of(year, Month.JULY, 4)));
    }
  },
  /** The first Monday of September. */
  LABOR_DAY {
    @Override
    Optional<LocalDate> observedIn(int year) {
      return Optional.of(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY));
    }
  },
  /** The fourth Thursday of November. */
  THANKSGIVING_DAY {
    @Override
    Optional<LocalDate> observedIn(int year) {
      return Optional.of(nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY));
    }
  },
  /** December 25, observed on the nearest weekday. */
  CHRISTMAS_DAY {
    @Override
    Optional<LocalDate> observedIn(int year) {
      return Optional.of(nearestWeekday(LocalDate.of(year, Month.DECEMBER, 25)));
    }
  };

  /**
   * The weekday the exchange is closed for this holiday in {@code year}, always within that year,
   * or empty when the holiday is not observed that year.
   */
  abstract Optional<LocalDate> observedIn(int year);

  /** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private static LocalDate nth(int year, Month month, int n, DayOfWeek day) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }

  private static LocalDate nearestWeekday(LocalDate day) {
    return switch (day.getDayOfWeek()) {
      case SATURDAY -> day.minusDays(1);
      case SUNDAY -> day.plusDays(1);
      default -> day;
    };
  }
}
