package dev.condor.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.calendar.Expiry;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExpiryRulesTest {

  private static final NyseCalendar CALENDAR = NyseCalendar.instance();

  private static List<Expiry> on(Underlying underlying, String date) {
    LocalDate day = LocalDate.parse(date);
    return CALENDAR.expiries(underlying, day, day);
  }

  private static List<Expiry> between(Underlying underlying, String from, String to) {
    return CALENDAR.expiries(underlying, LocalDate.parse(from), LocalDate.parse(to));
  }

  private static String describe(List<Expiry> expiries) {
    return expiries.stream()
        .map(e -> e.date() + " " + e.root() + " " + e.settlementTime() + (e.monthly() ? " M" : ""))
        .collect(Collectors.joining(", "));
  }

  private static Expiry expiry(String date, String root, SettlementTime time, boolean monthly) {
    return Expiry.of(LocalDate.parse(date), root, time, monthly);
  }

  @Test
  void thirdFridayHasTheAmSpxMonthlyFirstThenThePmSpxw() {
    assertEquals(List.of(
        expiry("2024-12-20", "SPX", SettlementTime.AM, true),
        expiry("2024-12-20", "SPXW", SettlementTime.PM, false)), on(Underlying.SPX, "2024-12-20"));
    assertEquals(expiry("2024-03-15", "SPX", SettlementTime.AM, true),
        on(Underlying.SPX, "2024-03-15").get(0));
  }

  @Test
  void ordinaryFridayHasOnlyThePmSpxw() {
    assertEquals(List.of(expiry("2023-06-09", "SPXW", SettlementTime.PM, false)),
        on(Underlying.SPX, "2023-06-09"));
  }

  @Test
  void goodFridayOnTheThirdFridayMovesTheMonthlyToThursday() {
    assertEquals(List.of(
        expiry("2025-04-17", "SPX", SettlementTime.AM, true),
        expiry("2025-04-17", "SPXW", SettlementTime.PM, false)),
        between(Underlying.SPX, "2025-04-17", "2025-04-18"));
    // before the daily and third-Friday SPXW listings, only the AM monthly moves
    assertEquals(List.of(expiry("2014-04-17", "SPX", SettlementTime.AM, true)),
        between(Underlying.SPX, "2014-04-14", "2014-04-18"));
  }

  @Test
  void juneteenthOnTheThirdFridayMovesTheMonthlyToThursday() {
    assertEquals(List.of(
        expiry("2026-06-18", "SPX", SettlementTime.AM, true),
        expiry("2026-06-18", "SPXW", SettlementTime.PM, false)), on(Underlying.SPX, "2026-06-18"));
    // 2027: Juneteenth is a Saturday, observed on the third Friday
    assertEquals(expiry("2027-06-17", "SPX", SettlementTime.AM, true),
        on(Underlying.SPX, "2027-06-17").get(0));
    // an ETF's PM monthly keeps its monthly flag when it lands on a daily's day
    assertEquals(List.of(expiry("2026-06-18", "QQQ", SettlementTime.PM, true)),
        on(Underlying.QQQ, "2026-06-18"));
  }

  @Test
  void spxwTuesdaysStartIn2022() {
    assertEquals(List.of(expiry("2022-05-10", "SPXW", SettlementTime.PM, false)),
        on(Underlying.SPX, "2022-05-10"));
    assertTrue(on(Underlying.SPX, "2021-05-11").isEmpty());
    assertTrue(on(Underlying.SPX, "2022-04-19").isEmpty(), "first Tuesday expiry is 2022-04-26");
    assertFalse(on(Underlying.SPX, "2022-04-26").isEmpty());
  }

  @Test
  void spxwThursdaysStartOn20220519() {
    assertTrue(on(Underlying.SPX, "2022-05-12").isEmpty());
    assertFalse(on(Underlying.SPX, "2022-05-19").isEmpty());
  }

  @Test
  void spxwMondaysAndWednesdaysStartIn2016() {
    assertTrue(on(Underlying.SPX, "2015-06-10").isEmpty());
    assertTrue(on(Underlying.SPX, "2016-02-24").isEmpty());
    assertFalse(on(Underlying.SPX, "2016-03-02").isEmpty());
    assertTrue(on(Underlying.SPX, "2016-08-15").isEmpty());
    assertFalse(on(Underlying.SPX, "2016-08-22").isEmpty());
  }

  @Test
  void mondayWeeklyOnAHolidayMovesToTuesday() {
    assertEquals(List.of(expiry("2016-09-06", "SPXW", SettlementTime.PM, false)),
        on(Underlying.SPX, "2016-09-06"));
    assertEquals(1, on(Underlying.SPX, "2017-01-17").size());
    assertEquals(1, on(Underlying.SPX, "2017-01-18").size(), "the Wednesday is listed too");
  }

  @Test
  void wednesdayAndFridayWeekliesOnAHolidayMoveToTheDayBefore() {
    // Good Friday 2021-04-02 was not the third Friday
    assertEquals(List.of(expiry("2021-04-01", "SPXW", SettlementTime.PM, false)),
        between(Underlying.SPX, "2021-04-01", "2021-04-02"));
    // Independence Day on Wednesday 2018-07-04
    assertEquals(List.of(expiry("2018-07-03", "SPXW", SettlementTime.PM, false)),
        between(Underlying.SPX, "2018-07-03", "2018-07-04"));
  }

  @Test
  void dailiesOnAHolidayAreNotListed() {
    // Thanksgiving week 2023 and the Carter day of mourning 2025-01-09
    assertEquals("2023-11-20 2023-11-21 2023-11-22 2023-11-24",
        dates(between(Underlying.SPX, "2023-11-20", "2023-11-24")));
    assertEquals("2025-01-06 2025-01-07 2025-01-08 2025-01-10",
        dates(between(Underlying.SPX, "2025-01-06", "2025-01-10")));
  }

  @Test
  void fromMay2022EveryTradingDayHasAnSpxwExpiry() {
    LocalDate from = LocalDate.of(2022, 5, 19);
    LocalDate to = NyseCalendar.LAST_DATE;
    List<LocalDate> spxw = CALENDAR.expiries(Underlying.SPX, from, to).stream()
        .filter(e -> e.root().equals("SPXW"))
        .map(Expiry::date)
        .toList();
    List<LocalDate> tradingDays = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (CALENDAR.isTradingDay(day)) {
        tradingDays.add(day);
      }
    }
    assertEquals(tradingDays, spxw);
  }

  @Test
  void ndxHasAmMonthliesAndPmNdxpOnOtherDays() {
    assertEquals(List.of(expiry("2024-04-19", "NDX", SettlementTime.AM, true)),
        on(Underlying.NDX, "2024-04-19"));
    assertEquals(List.of(expiry("2024-04-18", "NDXP", SettlementTime.PM, false)),
        on(Underlying.NDX, "2024-04-18"));
    assertEquals(List.of(expiry("2023-05-26", "NDXP", SettlementTime.PM, false)),
        on(Underlying.NDX, "2023-05-26"));
    assertTrue(on(Underlying.NDX, "2023-05-24").isEmpty(), "NDXP dailies from 2023-05-30 only");
  }

  @Test
  void etfsArePmUnderTheirSymbolWithTheThirdFridayMonthly() {
    assertEquals(List.of(expiry("2024-06-21", "SPY", SettlementTime.PM, true)),
        on(Underlying.SPY, "2024-06-21"));
    assertEquals(List.of(expiry("2023-06-06", "SPY", SettlementTime.PM, false)),
        on(Underlying.SPY, "2023-06-06"));
    assertTrue(on(Underlying.SPY, "2022-11-08").isEmpty(), "SPY Tuesdays from 2022-11-14");
    assertFalse(on(Underlying.SPY, "2022-11-15").isEmpty());
    assertTrue(on(Underlying.SPY, "2012-06-13").isEmpty(), "no SPY Wednesdays in 2012");
    assertFalse(on(Underlying.SPY, "2012-06-08").isEmpty(), "SPY Friday weeklies in 2012");
    assertTrue(on(Underlying.SPY, "2004-06-18").isEmpty(), "SPY options listed in 2005");
    assertEquals(List.of(expiry("2024-03-15", "IWM", SettlementTime.PM, true)),
        on(Underlying.IWM, "2024-03-15"));
    assertEquals(List.of(expiry("2024-03-15", "XSP", SettlementTime.PM, true)),
        on(Underlying.XSP, "2024-03-15"));
  }

  @Test
  void singleStocksAndOtherEtfsListOnlyMonthlies() {
    List<Expiry> aapl = between(Underlying.of("AAPL"), "2024-03-01", "2024-03-31");
    assertEquals(List.of(expiry("2024-03-15", "AAPL", SettlementTime.PM, true)), aapl);
    assertEquals(1, between(Underlying.VTI, "2024-03-01", "2024-03-31").size());
  }

  @Test
  void volatilityIndicesWithoutOptionsHaveNoExpiries() {
    assertTrue(between(Underlying.VIX1D, "2024-01-01", "2024-12-31").isEmpty());
    assertTrue(between(Underlying.VIX9D, "2024-01-01", "2024-12-31").isEmpty());
  }

  @Test
  void vixMonthliesExpireThirtyDaysBeforeTheNextSpxMonthly() {
    assertEquals("2016-06-15 2016-07-20 2016-08-17",
        dates(between(Underlying.VIX, "2016-06-01", "2016-08-31")));
    // April 2025's SPX monthly moved to Thursday for Good Friday: the March VIX expiry is a Tuesday
    assertEquals(List.of(expiry("2025-03-18", "VIX", SettlementTime.AM, true)),
        between(Underlying.VIX, "2025-03-01", "2025-03-31"));
    // the June 2024 VIX Wednesday was Juneteenth: the trading day before
    assertEquals("2024-06-18", dates(between(Underlying.VIX, "2024-06-01", "2024-06-30")));
  }

  @Test
  void expiriesAreOrderedByDateThenAmBeforePmAndFallOnTradingDays() {
    List<Expiry> all = CALENDAR.expiries(Underlying.SPX, NyseCalendar.FIRST_DATE,
        NyseCalendar.LAST_DATE);
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i - 1).compareTo(all.get(i)) < 0,
          describe(List.of(all.get(i - 1), all.get(i))));
    }
    for (Expiry e : all) {
      assertTrue(CALENDAR.isTradingDay(e.date()), describe(List.of(e)));
    }
    long monthlies = all.stream().filter(Expiry::monthly).count();
    assertEquals(46 * 12, monthlies);
    assertTrue(all.stream().filter(Expiry::monthly)
        .allMatch(e -> e.root().equals("SPX") && e.settlementTime() == SettlementTime.AM));
  }

  @Test
  void monthliesFallOnTheThirdFridayUnlessItIsAHoliday() {
    for (Underlying underlying : List.of(Underlying.SPX, Underlying.SPY)) {
      for (Expiry e : between(underlying, "2005-01-01", "2035-12-31")) {
        if (e.monthly()) {
          boolean thirdFriday = ExpiryRules.isThirdFriday(e.date());
          boolean thursdayBeforeHoliday = e.date().getDayOfWeek() == DayOfWeek.THURSDAY
              && !CALENDAR.isTradingDay(e.date().plusDays(1));
          assertTrue(thirdFriday || thursdayBeforeHoliday, describe(List.of(e)));
        }
      }
    }
  }

  @Test
  void emptyWhenFromIsAfterToAndRejectedOutsideTheRange() {
    assertTrue(between(Underlying.SPX, "2024-03-15", "2024-03-14").isEmpty());
    assertThrows(InvalidValueException.class,
        () -> between(Underlying.SPX, "2035-12-01", "2036-01-31"));
    assertThrows(InvalidValueException.class,
        () -> CALENDAR.expiries(null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)));
  }

  private static String dates(List<Expiry> expiries) {
    return expiries.stream().map(e -> e.date().toString()).collect(Collectors.joining(" "));
  }
}
