package dev.condor.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.calendar.Expiry;
import dev.condor.api.calendar.TradingSession;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.Underlying;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NyseCalendarTest {

  private static final NyseCalendar CALENDAR = NyseCalendar.instance();

  private static TradingSession session(String date) {
    return CALENDAR.session(LocalDate.parse(date)).orElseThrow();
  }

  @ParameterizedTest(name = "{0} is closed: {1}")
  @CsvSource({
      "2024-03-29, Good Friday",
      "2022-06-20, Juneteenth on Sunday observed Monday",
      "2023-06-19, Juneteenth",
      "2021-07-05, Independence Day on Sunday observed Monday",
      "2020-07-03, Independence Day on Saturday observed Friday",
      "2021-12-24, Christmas on Saturday observed Friday",
      "2022-12-26, Christmas on Sunday observed Monday",
      "2023-01-02, New Year's Day on Sunday observed Monday",
      "1997-01-01, New Year's Day",
      "1998-01-19, first Martin Luther King Jr. Day closure",
      "2024-02-19, Washington's Birthday",
      "2024-05-27, Memorial Day",
      "2024-09-02, Labor Day",
      "2024-11-28, Thanksgiving",
      "2035-03-23, Good Friday 2035",
      "1994-04-27, Nixon funeral",
      "2001-09-11, September 11",
      "2001-09-14, September 11",
      "2004-06-11, Reagan funeral",
      "2007-01-02, Ford funeral",
      "2012-10-29, Hurricane Sandy",
      "2012-10-30, Hurricane Sandy",
      "2018-12-05, George H. W. Bush funeral",
      "2025-01-09, Carter day of mourning",
      "2026-06-19, Juneteenth on the third Friday"
  })
  void holidaysAndSpecialClosuresAreNotTradingDays(LocalDate date, String why) {
    assertFalse(CALENDAR.isTradingDay(date), why);
    assertTrue(CALENDAR.session(date).isEmpty(), why);
  }

  @ParameterizedTest(name = "{0} trades: {1}")
  @CsvSource({
      "2021-06-18, Juneteenth was not an NYSE holiday before 2022",
      "2021-12-31, New Year's Day on Saturday closes no Friday",
      "2022-01-03, the Monday after a Saturday New Year's Day trades",
      "1997-01-20, no Martin Luther King Jr. Day closure before 1998",
      "2001-09-17, reopening after September 11",
      "2015-04-02, the Thursday before Good Friday",
      "2020-07-02, the Thursday before a Friday-observed Independence Day trades a full day"
  })
  void dayAroundHolidaysTrade(LocalDate date, String why) {
    assertTrue(CALENDAR.isTradingDay(date), why);
    assertFalse(CALENDAR.session(date).orElseThrow().earlyClose(), why);
  }

  @Test
  void weekendsAreNotTradingDays() {
    assertFalse(CALENDAR.isTradingDay(LocalDate.of(2024, 3, 30)));
    assertFalse(CALENDAR.isTradingDay(LocalDate.of(2024, 3, 31)));
  }

  @Test
  void regularSessionRunsFrom0930To1600WithIndexOptionsTo1615() {
    TradingSession session = session("2024-06-12");
    assertEquals(LocalTime.of(9, 30), session.open().toLocalTime());
    assertEquals(LocalTime.of(16, 0), session.close().toLocalTime());
    assertEquals(LocalTime.of(16, 15), session.indexOptionsClose().toLocalTime());
    assertFalse(session.earlyClose());
    assertEquals(ZoneId.of("America/New_York"), session.open().getZone());
  }

  @Test
  void dayAfterThanksgivingClosesAt1300WithIndexOptionsTo1315() {
    TradingSession session = session("2024-11-29");
    assertTrue(session.earlyClose());
    assertEquals(LocalTime.of(13, 0), session.close().toLocalTime());
    assertEquals(LocalTime.of(13, 15), session.indexOptionsClose().toLocalTime());
  }

  @ParameterizedTest(name = "{0} closes at {1}")
  @CsvSource({
      "2023-07-03, 13:00", // Monday July 3
      "2024-07-03, 13:00", // Wednesday July 3, early since 2013
      "2025-07-03, 13:00", // Thursday July 3
      "2024-12-24, 13:00",
      "2025-12-24, 13:00",
      "2025-11-28, 13:00",
      "2035-11-23, 13:00",
      "1996-07-05, 13:00", // Friday after a Thursday Independence Day, 1995-2012 practice
      "1999-12-31, 13:00", // special: eve of 2000
      "2003-12-26, 13:00", // special: Friday after Christmas
      "1992-11-27, 14:00", // early closes were at 14:00 before 1993
      "1990-12-24, 14:00"
  })
  void earlyCloses(LocalDate date, LocalTime close) {
    TradingSession session = CALENDAR.session(date).orElseThrow();
    assertTrue(session.earlyClose());
    assertEquals(close, session.close().toLocalTime());
    assertEquals(close.plusMinutes(15), session.indexOptionsClose().toLocalTime());
  }

  @ParameterizedTest(name = "{0} is a full day")
  @CsvSource({
      "1996-07-03", // Wednesday July 3 before 2013
      "2013-07-05", // Friday after a Thursday Independence Day, from 2013
      "1991-11-29", // day after Thanksgiving before 1992
      "2015-07-02" // Thursday before a Friday-observed Independence Day
  })
  void daysThatLookLikeEarlyClosesButWereFullDays(LocalDate date) {
    assertFalse(CALENDAR.session(date).orElseThrow().earlyClose());
  }

  @Test
  void openIsDaylightSavingTimeCorrectInUtc() {
    assertEquals(Instant.parse("2024-03-11T13:30:00Z"), session("2024-03-11").open().toInstant());
    assertEquals(Instant.parse("2024-03-08T14:30:00Z"), session("2024-03-08").open().toInstant());
    assertEquals(Instant.parse("2024-11-04T14:30:00Z"), session("2024-11-04").open().toInstant());
    assertEquals(Instant.parse("2024-11-01T13:30:00Z"), session("2024-11-01").open().toInstant());
  }

  @Test
  void nextAndPreviousTradingDaySkipWeekendsAndHolidays() {
    // Thursday 2024-03-28 -> Monday 2024-04-01 over Good Friday and the weekend
    assertEquals(LocalDate.of(2024, 4, 1), CALENDAR.nextTradingDay(LocalDate.of(2024, 3, 28)));
    assertEquals(LocalDate.of(2024, 3, 28), CALENDAR.previousTradingDay(LocalDate.of(2024, 4, 1)));
    // the week of September 11
    assertEquals(LocalDate.of(2001, 9, 17), CALENDAR.nextTradingDay(LocalDate.of(2001, 9, 10)));
    assertEquals(LocalDate.of(2001, 9, 10), CALENDAR.previousTradingDay(LocalDate.of(2001, 9, 17)));
    // from a non-trading day
    assertEquals(LocalDate.of(2024, 4, 1), CALENDAR.nextTradingDay(LocalDate.of(2024, 3, 29)));
    // across the year boundary
    assertEquals(LocalDate.of(2025, 1, 2), CALENDAR.nextTradingDay(LocalDate.of(2024, 12, 31)));
  }

  @Test
  void tradingDaysBetweenCountsDaysAfterFromUpToAndIncludingTo() {
    LocalDate thursday = LocalDate.of(2024, 3, 28);
    assertEquals(0, CALENDAR.tradingDaysBetween(thursday, thursday));
    assertEquals(1, CALENDAR.tradingDaysBetween(thursday, LocalDate.of(2024, 4, 1)));
    assertEquals(0, CALENDAR.tradingDaysBetween(thursday, LocalDate.of(2024, 3, 31)));
    assertEquals(-1, CALENDAR.tradingDaysBetween(LocalDate.of(2024, 4, 1), thursday));
    // 2024 had 252 sessions
    assertEquals(252,
        CALENDAR.tradingDaysBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31)));
    // across many years, against a day-by-day count
    LocalDate from = LocalDate.of(1990, 1, 1);
    LocalDate to = LocalDate.of(2035, 12, 31);
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (CALENDAR.isTradingDay(day)) {
        count++;
      }
    }
    assertEquals(count, CALENDAR.tradingDaysBetween(from, to));
  }

  @Test
  void datesOutsideTheSupportedRangeAreRejectedNamingTheRange() {
    for (LocalDate outside : List.of(LocalDate.of(1989, 12, 29), LocalDate.of(2036, 1, 2))) {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> CALENDAR.isTradingDay(outside));
      assertTrue(e.getMessage().contains("1990-01-01..2035-12-31"), e.getMessage());
      assertThrows(InvalidValueException.class, () -> CALENDAR.session(outside));
      assertThrows(InvalidValueException.class, () -> CALENDAR.nextTradingDay(outside));
      assertThrows(InvalidValueException.class,
          () -> CALENDAR.tradingDaysBetween(LocalDate.of(2000, 1, 3), outside));
    }
    assertThrows(InvalidValueException.class,
        () -> CALENDAR.nextTradingDay(LocalDate.of(2035, 12, 31)));
    assertThrows(InvalidValueException.class,
        () -> CALENDAR.previousTradingDay(LocalDate.of(1990, 1, 2)));
    assertThrows(InvalidValueException.class, () -> CALENDAR.isTradingDay(null));
  }

  @Test
  void extraClosuresCloseTheDayAndMoveExpiries() {
    LocalDate friday = LocalDate.of(2030, 5, 10);
    NyseCalendar calendar = NyseCalendar.withExtraClosures(List.of(friday));
    assertTrue(CALENDAR.isTradingDay(friday));
    assertFalse(calendar.isTradingDay(friday));
    assertEquals(LocalDate.of(2030, 5, 9), calendar.previousTradingDay(LocalDate.of(2030, 5, 13)));
    List<LocalDate> spxw = calendar.expiries(Underlying.SPX, friday.minusDays(1), friday).stream()
        .map(Expiry::date)
        .toList();
    assertEquals(List.of(LocalDate.of(2030, 5, 9)), spxw);
    assertSame(CALENDAR, NyseCalendar.withExtraClosures(List.of()));
    assertThrows(InvalidValueException.class,
        () -> NyseCalendar.withExtraClosures(List.of(LocalDate.of(2040, 1, 2))));
  }

  @Test
  void easterComputusMatchesKnownEasterSundays() {
    assertEquals(LocalDate.of(2024, 3, 31), NyseHoliday.easterSunday(2024));
    assertEquals(LocalDate.of(2025, 4, 20), NyseHoliday.easterSunday(2025));
    assertEquals(LocalDate.of(2000, 4, 23), NyseHoliday.easterSunday(2000));
    assertEquals(LocalDate.of(2008, 3, 23), NyseHoliday.easterSunday(2008));
    assertEquals(LocalDate.of(2035, 3, 25), NyseHoliday.easterSunday(2035));
  }

  @Test
  void zoneIsNewYork() {
    assertEquals(ZoneId.of("America/New_York"), CALENDAR.zone());
  }
}
