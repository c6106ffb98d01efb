package dev.condor.core.calendar;

import dev.condor.api.calendar.Expiry;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which option expiries each underlying lists on which days, and since when: the one place to
 * correct when a listing date turns out wrong.
 *
 * <p>An underlying's schedule is a list of {@link Series}: a root, its settlement, the days it
 * expires on (the third Friday, a weekday, or the VIX rule), the first expiry it is listed for, and
 * what happens when that day is not a trading day. Cboe's conventions for closed days: third-Friday
 * monthlies and Wednesday and Friday weeklies move to the previous trading day (Good Friday moves
 * the SPX monthly to Thursday, with an AM settlement on Thursday's open); Monday weeklies move to
 * the next trading day (SPXW expired on Tuesday 2016-09-06 after Labor Day); Tuesday and Thursday
 * dailies are simply not listed. Expiry dates are last trading days: before 2015 a standard monthly
 * formally expired on the Saturday after the third Friday, which no strategy can trade.
 *
 * <p>Sources and approximations, so a reviewer knows what to trust:
 *
 * <ul>
 *   <li>SPX AM monthlies: every third Friday of the calendar range (SPX moved from PM to AM
 *       settlement around 1992, unverified here; earlier monthlies are still reported AM).
 *   <li>SPXW Fridays: Cboe introduced SPX Weeklys in October 2005; the first expiry used here,
 *       2005-11-04, is approximate. Not listed on the third Friday until the PM third-Friday series
 *       (SPXPM, a separate root from 2011) became SPXW on 2017-05-01: from the third Friday of May
 *       2017, the SPXW third-Friday expiry coexists with the AM monthly.
 *   <li>SPXW Wednesdays: listed from 2016-02-23, first expiry 2016-03-02 (Cboe circular RG16-024).
 *       Mondays: launched 2016-08-15, first expiry 2016-08-22. Tuesdays: listed from 2022-04-18,
 *       first expiry 2022-04-26. Thursdays: listed from 2022-05-11, first expiry taken as
 *       2022-05-19 (the first listings targeted the 19th and the 26th). From then on every trading
 *       day has an SPXW expiry; the 2022-05-12 Thursday is therefore not listed.
 *   <li>End-of-month and quarterly SPXW expiries before the dailies are not listed (a known gap:
 *       e.g. a Thursday or Tuesday month end before 2022).
 *   <li>NDX: AM monthlies; NDXP Fridays (not the third Friday: the chains of 2023 and 2024 list
 *       only the AM NDX then) from 2017-01-06, an unverified approximation; every other weekday
 *       from 2023-05-30, the earliest day the NDX chain of 2023-05-26 evidences (NDXP dailies may
 *       be older; this errs towards listing too few rather than phantom expiries).
 *   <li>SPY: monthlies from 2005-01-21 (options listed 2005-01-10); Friday weeklies from
 *       2010-06-04 (Weeklys were extended to ETFs in mid-2010, approximate); Wednesdays from
 *       2016-09-14 (listing began 2016-09-07); Mondays from 2018-02-26 (listing began 2018-02-16);
 *       Tuesdays and Thursdays from 2022-11-14, making SPY daily.
 *   <li>QQQ: Friday weeklies from 2010-06-04 (approximate); Mondays and Wednesdays from 2022-01-03
 *       (approximate: "2022-ish"); Tuesdays and Thursdays from 2022-11-14. IWM: Friday weeklies
 *       from 2010-06-04 and Mondays and Wednesdays from 2022-01-03 (both approximate), no dailies.
 *   <li>XSP (PM, one root): assumed to follow the SPXW weekday schedule, an approximation. RUT: AM
 *       monthlies and RUTW Fridays from 2010-06-04 (approximate).
 *   <li>VIX: AM monthlies only, on the Wednesday 30 days before the next month's SPX monthly (the
 *       Cboe rule, with its holiday shifts), from 2006-03-22; VIX weeklies are not listed.
 *   <li>VIX1D and VIX9D have no options. Other ETFs and single stocks: third-Friday monthlies only,
 *       since Weeklys are listed name by name. Listing start dates are not modeled for those.
 * </ul>
 */
final class ExpiryRules {

  /** What a series does when its nominal expiry day is not a trading day. */
  enum OnClosedDay {
    PREVIOUS_TRADING_DAY,
    NEXT_TRADING_DAY,
    NOT_LISTED
  }

  /** The days a series expires on. */
  enum Days {
    /** The third Friday of every month. */
    THIRD_FRIDAY,
    /** Every occurrence of one weekday (a Friday weekly skips the third Friday). */
    WEEKDAY,
    /** The Wednesday 30 days before the next month's third Friday. */
    VIX_MONTHLY
  }

  /**
   * One listed series of expiries.
   *
   * @param weekday the weekday of a {@link Days#WEEKDAY} series, else {@code null}
   * @param firstExpiry the first expiry listed, or {@code null} for the whole calendar range
   */
  record Series(String root, SettlementTime settlement, boolean monthly, Days days,
      DayOfWeek weekday, LocalDate firstExpiry, OnClosedDay onClosedDay) {}

  private static final LocalDate SPXW_FRIDAYS = LocalDate.of(2005, 11, 4);
  private static final LocalDate SPXW_WEDNESDAYS = LocalDate.of(2016, 3, 2);
  private static final LocalDate SPXW_MONDAYS = LocalDate.of(2016, 8, 22);
  private static final LocalDate SPXW_THIRD_FRIDAYS = LocalDate.of(2017, 5, 19);
  private static final LocalDate SPXW_TUESDAYS = LocalDate.of(2022, 4, 26);
  private static final LocalDate SPXW_THURSDAYS = LocalDate.of(2022, 5, 19);
  private static final LocalDate NDXP_FRIDAYS = LocalDate.of(2017, 1, 6);
  private static final LocalDate NDXP_DAILIES = LocalDate.of(2023, 5, 30);
  private static final LocalDate ETF_FRIDAYS = LocalDate.of(2010, 6, 4);
  private static final LocalDate SPY_MONTHLIES = LocalDate.of(2005, 1, 21);
  private static final LocalDate SPY_WEDNESDAYS = LocalDate.of(2016, 9, 14);
  private static final LocalDate SPY_MONDAYS = LocalDate.of(2018, 2, 26);
  private static final LocalDate ETF_MONDAYS_WEDNESDAYS = LocalDate.of(2022, 1, 3);
  private static final LocalDate ETF_DAILIES = LocalDate.of(2022, 11, 14);
  private static final LocalDate VIX_MONTHLIES = LocalDate.of(2006, 3, 22);

  private static final Map<String, List<Series>> SCHEDULES = Map.ofEntries(
      Map.entry("SPX", List.of(
          monthly("SPX", SettlementTime.AM, null),
          thirdFridayPm("SPXW", SPXW_THIRD_FRIDAYS),
          weekly("SPXW", DayOfWeek.FRIDAY, SPXW_FRIDAYS),
          weekly("SPXW", DayOfWeek.WEDNESDAY, SPXW_WEDNESDAYS),
          weekly("SPXW", DayOfWeek.MONDAY, SPXW_MONDAYS),
          weekly("SPXW", DayOfWeek.TUESDAY, SPXW_TUESDAYS),
          weekly("SPXW", DayOfWeek.THURSDAY, SPXW_THURSDAYS))),
      Map.entry("XSP", List.of(
          monthly("XSP", SettlementTime.PM, null),
          weekly("XSP", DayOfWeek.FRIDAY, SPXW_FRIDAYS),
          weekly("XSP", DayOfWeek.WEDNESDAY, SPXW_WEDNESDAYS),
          weekly("XSP", DayOfWeek.MONDAY, SPXW_MONDAYS),
          weekly("XSP", DayOfWeek.TUESDAY, SPXW_TUESDAYS),
          weekly("XSP", DayOfWeek.THURSDAY, SPXW_THURSDAYS))),
      Map.entry("NDX", List.of(
          monthly("NDX", SettlementTime.AM, null),
          weekly("NDXP", DayOfWeek.FRIDAY, NDXP_FRIDAYS),
          weekly("NDXP", DayOfWeek.MONDAY, NDXP_DAILIES),
          weekly("NDXP", DayOfWeek.TUESDAY, NDXP_DAILIES),
          weekly("NDXP", DayOfWeek.WEDNESDAY, NDXP_DAILIES),
          weekly("NDXP", DayOfWeek.THURSDAY, NDXP_DAILIES))),
      Map.entry("RUT", List.of(
          monthly("RUT", SettlementTime.AM, null),
          weekly("RUTW", DayOfWeek.FRIDAY, ETF_FRIDAYS))),
      Map.entry("VIX", List.of(
          new Series("VIX", SettlementTime.AM, true, Days.VIX_MONTHLY, null, VIX_MONTHLIES,
              OnClosedDay.PREVIOUS_TRADING_DAY))),
      Map.entry("VIX1D", List.of()),
      Map.entry("VIX9D", List.of()),
      Map.entry("SPY", List.of(
          monthly("SPY", SettlementTime.PM, SPY_MONTHLIES),
          weekly("SPY", DayOfWeek.FRIDAY, ETF_FRIDAYS),
          weekly("SPY", DayOfWeek.WEDNESDAY, SPY_WEDNESDAYS),
          weekly("SPY", DayOfWeek.MONDAY, SPY_MONDAYS),
          weekly("SPY", DayOfWeek.TUESDAY, ETF_DAILIES),
          weekly("SPY", DayOfWeek.THURSDAY, ETF_DAILIES))),
      Map.entry("QQQ", List.of(
          monthly("QQQ", SettlementTime.PM, null),
          weekly("QQQ", DayOfWeek.FRIDAY, ETF_FRIDAYS),
          weekly("QQQ", DayOfWeek.MONDAY, ETF_MONDAYS_WEDNESDAYS),
          weekly("QQQ", DayOfWeek.WEDNESDAY, ETF_MONDAYS_WEDNESDAYS),
          weekly("QQQ", DayOfWeek.TUESDAY, ETF_DAILIES),
          weekly("QQQ", DayOfWeek.THURSDAY, ETF_DAILIES))),
      Map.entry("IWM", List.of(
          monthly("IWM", SettlementTime.PM, null),
          weekly("IWM", DayOfWeek.FRIDAY, ETF_FRIDAYS),
          weekly("IWM", DayOfWeek.MONDAY, ETF_MONDAYS_WEDNESDAYS),
          weekly("IWM", DayOfWeek.WEDNESDAY, ETF_MONDAYS_WEDNESDAYS))));

  private ExpiryRules() {}

  /** The schedule of an underlying: its own, or third-Friday monthlies of its PM root. */
  static List<Series> scheduleOf(Underlying underlying) {
    List<Series> known = SCHEDULES.get(underlying.symbol());
    if (known != null) {
      return known;
    }
    return underlying.pmRoot()
        .map(root -> List.of(monthly(root, SettlementTime.PM, null)))
        .orElse(List.of());
  }

  /** The expiries of {@code underlying} between two dates of the calendar's range, inclusive. */
  static List<Expiry> expiries(NyseCalendar calendar, Underlying underlying, LocalDate from,
      LocalDate to) {
    if (from.isAfter(to)) {
      return List.of();
    }
    Map<String, Expiry> byDateAndRoot = new LinkedHashMap<>();
    for (Series series : scheduleOf(underlying)) {
      for (LocalDate nominal : nominalDays(series, from, to)) {
        LocalDate day = resolve(calendar, series, nominal);
        if (day == null || day.isBefore(from) || day.isAfter(to)) {
          continue;
        }
        Expiry expiry = Expiry.of(day, series.root(), series.settlement(), series.monthly());
        // A daily on a holiday-shifted monthly's day is the same contract: keep the monthly flag.
        byDateAndRoot.merge(day + " " + series.root(), expiry,
            (kept, added) -> kept.monthly() ? kept : added);
      }
    }
    List<Expiry> expiries = new ArrayList<>(byDateAndRoot.values());
    expiries.sort(Comparator.<Expiry>naturalOrder().thenComparing(Expiry::root));
    return List.copyOf(expiries);
  }

  /**
   * The days a series nominally expires on around {@code from..to}: a week (two months for the
   * VIX) either side, so expiries that a holiday moves into the window are found.
   */
  private static List<LocalDate> nominalDays(Series series, LocalDate from, LocalDate to) {
    List<LocalDate> days = new ArrayList<>();
    switch (series.days()) {
      case WEEKDAY -> {
        LocalDate start = max(from.minusDays(7), NyseCalendar.FIRST_DATE)
            .with(TemporalAdjusters.nextOrSame(series.weekday()));
        LocalDate end = min(to.plusDays(7), NyseCalendar.LAST_DATE);
        for (LocalDate day = start; !day.isAfter(end); day = day.plusWeeks(1)) {
          boolean standardExpiry = series.weekday() == DayOfWeek.FRIDAY && isThirdFriday(day);
          if (!standardExpiry && listed(series, day)) {
            days.add(day);
          }
        }
      }
      case THIRD_FRIDAY -> {
        for (YearMonth month : months(from.minusMonths(1), to.plusMonths(1))) {
          LocalDate day = thirdFriday(month);
          if (listed(series, day)) {
            days.add(day);
          }
        }
      }
      case VIX_MONTHLY -> {
        for (YearMonth month : months(from.minusMonths(2), to.plusMonths(2))) {
          days.add(month.atDay(1));
        }
      }
      default -> throw new IllegalStateException("unknown days " + series.days());
    }
    return days;
  }

  /** The trading day a nominal expiry resolves to, or {@code null} when none is listed. */
  private static LocalDate resolve(NyseCalendar calendar, Series series, LocalDate nominal) {
    if (series.days() == Days.VIX_MONTHLY) {
      return vixExpiry(calendar, series, YearMonth.from(nominal));
    }
    if (calendar.isOpen(nominal)) {
      return nominal;
    }
    return switch (series.onClosedDay()) {
      case PREVIOUS_TRADING_DAY -> previousOpen(calendar, nominal);
      case NEXT_TRADING_DAY -> nextOpen(calendar, nominal);
      case NOT_LISTED -> null;
    };
  }

  /**
   * The VIX expiry of a month: 30 days before the next month's third Friday, counted from the
   * trading day before that Friday when it is a holiday, and moved to the trading day before when
   * the Wednesday itself is a holiday.
   */
  private static LocalDate vixExpiry(NyseCalendar calendar, Series series, YearMonth month) {
    LocalDate spxExpiry = thirdFriday(month.plusMonths(1));
    if (spxExpiry.isAfter(NyseCalendar.LAST_DATE)) {
      return null;
    }
    if (!calendar.isOpen(spxExpiry)) {
      spxExpiry = previousOpen(calendar, spxExpiry);
    }
    LocalDate day = spxExpiry.minusDays(30);
    if (day.isBefore(NyseCalendar.FIRST_DATE)) {
      return null;
    }
    if (!calendar.isOpen(day)) {
      day = previousOpen(calendar, day);
    }
    return day != null && listed(series, day) ? day : null;
  }

  private static boolean listed(Series series, LocalDate nominal) {
    return series.firstExpiry() == null || !nominal.isBefore(series.firstExpiry());
  }

  private static Series monthly(String root, SettlementTime settlement, LocalDate firstExpiry) {
    return new Series(root, settlement, true, Days.THIRD_FRIDAY, null, firstExpiry,
        OnClosedDay.PREVIOUS_TRADING_DAY);
  }

  private static Series thirdFridayPm(String root, LocalDate firstExpiry) {
    return new Series(root, SettlementTime.PM, false, Days.THIRD_FRIDAY, null, firstExpiry,
        OnClosedDay.PREVIOUS_TRADING_DAY);
  }

  private static Series weekly(String root, DayOfWeek weekday, LocalDate firstExpiry) {
    OnClosedDay onClosedDay = switch (weekday) {
      case MONDAY -> OnClosedDay.NEXT_TRADING_DAY;
      case WEDNESDAY, FRIDAY -> OnClosedDay.PREVIOUS_TRADING_DAY;
      default -> OnClosedDay.NOT_LISTED;
    };
    return new Series(root, SettlementTime.PM, false, Days.WEEKDAY, weekday, firstExpiry,
        onClosedDay);
  }

  static boolean isThirdFriday(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.FRIDAY
        && day.getDayOfMonth() >= 15 && day.getDayOfMonth() <= 21;
  }

  static LocalDate thirdFriday(YearMonth month) {
    return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
  }

  /** The months from {@code from} to {@code to} that lie in the calendar's range. */
  private static List<YearMonth> months(LocalDate from, LocalDate to) {
    YearMonth first = YearMonth.from(max(from, NyseCalendar.FIRST_DATE));
    YearMonth last = YearMonth.from(min(to, NyseCalendar.LAST_DATE));
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      months.add(month);
    }
    return months;
  }

  private static LocalDate previousOpen(NyseCalendar calendar, LocalDate day) {
    for (LocalDate d = day.minusDays(1); !d.isBefore(NyseCalendar.FIRST_DATE); d = d.minusDays(1)) {
      if (calendar.isOpen(d)) {
        return d;
      }
    }
    return null;
  }

  private static LocalDate nextOpen(NyseCalendar calendar, LocalDate day) {
    for (LocalDate d = day.plusDays(1); !d.isAfter(NyseCalendar.LAST_DATE); d = d.plusDays(1)) {
      if (calendar.isOpen(d)) {
        return d;
      }
    }
    return null;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
