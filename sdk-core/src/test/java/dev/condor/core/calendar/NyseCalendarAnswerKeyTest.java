package dev.condor.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.calendar.TradingSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Compares the calendar with public answer keys kept outside the project: the exchange_calendars
 * XNYS sessions (every session's open and close, 1990-01-02 to 2023-01-13), the
 * pandas_market_calendars list of full-day closures (to 2021-07-05) and the trading days of the
 * S&amp;P 500 daily history (to 2026-08-17).
 */
class NyseCalendarAnswerKeyTest {

  private static final NyseCalendar CALENDAR = NyseCalendar.instance();
  private static final String XNYS_SESSIONS =
      "calendars/exchange_calendars_xnys_sessions_1990-2023.csv";

  /** One session of the XNYS answer key. */
  private record KeySession(Instant open, Instant close) {}

  @Test
  void everySessionOpenCloseAndEarlyCloseEqualsTheExchangeCalendarsXnysAnswerKey()
      throws IOException {
    Path file = SharedMarketData.require(XNYS_SESSIONS);
    TreeMap<LocalDate, KeySession> key = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] cells = line.split(",", -1);
      if (cells[0].isEmpty()) {
        continue; // the header row has an empty first cell
      }
      key.put(LocalDate.parse(cells[0].substring(0, 10)),
          new KeySession(Instant.parse(cells[1]), Instant.parse(cells[2])));
    }
    assertEquals(8324, key.size(), "the answer key's session count");

    List<String> mismatches = new ArrayList<>();
    int sessions = 0;
    int earlyCloses = 0;
    for (LocalDate day = key.firstKey(); !day.isAfter(key.lastKey()); day = day.plusDays(1)) {
      KeySession expected = key.get(day);
      Optional<TradingSession> actual = CALENDAR.session(day);
      if (actual.isPresent() != CALENDAR.isTradingDay(day)) {
        mismatches.add(day + ": session() and isTradingDay() disagree");
      }
      if (expected == null) {
        if (actual.isPresent()) {
          mismatches.add(day + " " + day.getDayOfWeek() + ": open here, closed in the answer key");
        }
        continue;
      }
      if (actual.isEmpty()) {
        mismatches.add(day + " " + day.getDayOfWeek() + ": closed here, open in the answer key");
        continue;
      }
      TradingSession session = actual.get();
      sessions++;
      boolean keyEarly = !expected.close().atZone(NyseCalendar.ZONE).toLocalTime()
          .equals(LocalTime.of(16, 0));
      if (keyEarly) {
        earlyCloses++;
      }
      if (!session.open().toInstant().equals(expected.open())
          || !session.close().toInstant().equals(expected.close())
          || session.earlyClose() != keyEarly) {
        mismatches.add(day + ": " + session.open() + ".." + session.close() + " early="
            + session.earlyClose() + ", answer key " + expected);
      }
      if (!Duration.between(session.close(), session.indexOptionsClose())
          .equals(Duration.ofMinutes(15))) {
        mismatches.add(day + ": index options close " + session.indexOptionsClose());
      }
    }

    assertTrue(mismatches.isEmpty(),
        mismatches.size() + " mismatches:\n" + String.join("\n", mismatches));
    assertEquals(8324, sessions);
    assertEquals(69, earlyCloses, "early closes in the answer key (4 at 14:00, 65 at 13:00)");
  }

  @Test
  void tradingDayNavigationWalksTheAnswerKeySessionsInOrder() throws IOException {
    Path file = SharedMarketData.require(XNYS_SESSIONS);
    List<LocalDate> sessions = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.startsWith(",")) {
        sessions.add(LocalDate.parse(line.substring(0, 10)));
      }
    }
    List<String> mismatches = new ArrayList<>();
    for (int i = 1; i < sessions.size(); i++) {
      LocalDate previous = sessions.get(i - 1);
      LocalDate current = sessions.get(i);
      if (!CALENDAR.nextTradingDay(previous).equals(current)
          || !CALENDAR.previousTradingDay(current).equals(previous)
          || CALENDAR.tradingDaysBetween(previous, current) != 1) {
        mismatches.add(previous + " -> " + current);
      }
    }
    assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    LocalDate first = sessions.get(0);
    LocalDate last = sessions.get(sessions.size() - 1);
    assertEquals(sessions.size() - 1, CALENDAR.tradingDaysBetween(first, last));
    assertEquals(-(sessions.size() - 1), CALENDAR.tradingDaysBetween(last, first));
  }

  @Test
  void fullDayClosuresEqualThePandasMarketCalendarsListFrom1990() throws IOException {
    Path file = SharedMarketData.require(
        "calendars/pandas_market_calendars_nyse_full_day_holidays_1928-2021.csv");
    DateTimeFormatter monthDayYear = DateTimeFormatter.ofPattern("M/d/yyyy");
    Set<LocalDate> closures = new TreeSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        closures.add(LocalDate.parse(line.trim(), monthDayYear));
      }
    }
    LocalDate last = ((TreeSet<LocalDate>) closures).last();
    closures.removeIf(day -> day.isBefore(NyseCalendar.FIRST_DATE));

    Set<LocalDate> ours = new TreeSet<>();
    for (LocalDate day = NyseCalendar.FIRST_DATE; !day.isAfter(last); day = day.plusDays(1)) {
      if (isWeekday(day) && !CALENDAR.isTradingDay(day)) {
        ours.add(day);
      }
    }
    assertSameDays(closures, ours);
    assertEquals(283, closures.size(), "closures compared");
  }

  @Test
  void tradingDaysFrom2023To2026EqualTheDaysOfTheSp500DailyHistory() throws IOException {
    Path file = SharedMarketData.require("index_daily/GSPC_daily_yfinance.csv");
    LocalDate from = LocalDate.of(2023, 1, 14); // the day after the XNYS answer key ends
    Set<LocalDate> keyDays = new TreeSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isEmpty() && Character.isDigit(line.charAt(0))) {
        LocalDate day = LocalDate.parse(line.substring(0, 10));
        if (!day.isBefore(from)) {
          keyDays.add(day);
        }
      }
    }
    LocalDate to = ((TreeSet<LocalDate>) keyDays).last();
    Set<LocalDate> ours = new TreeSet<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (CALENDAR.isTradingDay(day)) {
        ours.add(day);
      }
    }
    assertSameDays(keyDays, ours);
    assertEquals(899, keyDays.size(), "sessions compared");
  }

  /** Fails naming only the days that differ, not the thousands that agree. */
  private static void assertSameDays(Set<LocalDate> expected, Set<LocalDate> actual) {
    Set<LocalDate> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    Set<LocalDate> extra = new TreeSet<>(actual);
    extra.removeAll(expected);
    assertTrue(missing.isEmpty() && extra.isEmpty(),
        "in the answer key only: " + missing + "; here only: " + extra);
  }

  private static boolean isWeekday(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
