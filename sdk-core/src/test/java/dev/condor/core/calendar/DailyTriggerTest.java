package dev.condor.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DailyTriggerTest {

  private static final NyseCalendar CALENDAR = NyseCalendar.instance();
  private static final DailyTrigger AT_0936 = DailyTrigger.at(LocalTime.of(9, 36));

  private static ZonedDateTime ny(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(NyseCalendar.ZONE);
  }

  private static ZonedDateTime next(DailyTrigger trigger, String afterNewYorkTime) {
    return trigger.next(ny(afterNewYorkTime), CALENDAR).orElseThrow();
  }

  @Test
  void fridayAfterTheTriggerFiresNextMonday() {
    assertEquals(ny("2024-03-25T09:36"), next(AT_0936, "2024-03-22T10:00"));
  }

  @Test
  void skipsAMondayHoliday() {
    // Washington's Birthday, Monday 2024-02-19
    assertEquals(ny("2024-02-20T09:36"), next(AT_0936, "2024-02-16T10:00"));
  }

  @Test
  void skipsGoodFridayAndTheWeekend() {
    assertEquals(ny("2024-04-01T09:36"), next(AT_0936, "2024-03-28T09:36"));
  }

  @Test
  void firesStrictlyAfterTheGivenInstant() {
    assertEquals(ny("2024-03-25T09:36"), next(AT_0936, "2024-03-25T09:35:59"));
    assertEquals(ny("2024-03-26T09:36"), next(AT_0936, "2024-03-25T09:36"));
  }

  @Test
  void instantsFollowDaylightSavingTime() {
    assertEquals(Instant.parse("2024-03-08T14:36:00Z"),
        next(AT_0936, "2024-03-08T08:00").toInstant());
    assertEquals(Instant.parse("2024-03-11T13:36:00Z"),
        next(AT_0936, "2024-03-08T10:00").toInstant());
    assertEquals(Instant.parse("2024-11-01T13:36:00Z"),
        next(AT_0936, "2024-11-01T08:00").toInstant());
    assertEquals(Instant.parse("2024-11-04T14:36:00Z"),
        next(AT_0936, "2024-11-01T10:00").toInstant());
  }

  @Test
  void acceptsAnInstantInAnyZoneAndAnswersInNewYorkTime() {
    ZonedDateTime utc = ZonedDateTime.of(2024, 3, 11, 13, 0, 0, 0, ZoneOffset.UTC); // 09:00 EDT
    ZonedDateTime fired = AT_0936.next(utc, CALENDAR).orElseThrow();
    assertEquals(ny("2024-03-11T09:36"), fired);
    assertEquals(NyseCalendar.ZONE, fired.getZone());
  }

  @Test
  void timeDuringTheLostPartOfAnEarlyCloseSessionSkipsThatDay() {
    DailyTrigger at1545 = DailyTrigger.at(LocalTime.of(15, 45));
    // Friday 2024-11-29 closes at 13:00
    assertEquals(ny("2024-12-02T15:45"), next(at1545, "2024-11-28T12:00"));
    assertEquals(Optional.empty(), at1545.on(LocalDate.of(2024, 11, 29), CALENDAR));
  }

  @Test
  void timesWithinOrOutsideAnEarlyCloseSessionStillFire() {
    LocalDate dayAfterThanksgiving = LocalDate.of(2024, 11, 29);
    for (LocalTime time : new LocalTime[] {
        LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(13, 0), LocalTime.of(17, 0)}) {
      assertEquals(Optional.of(ZonedDateTime.of(dayAfterThanksgiving, time, NyseCalendar.ZONE)),
          DailyTrigger.at(time).on(dayAfterThanksgiving, CALENDAR), time.toString());
    }
  }

  @Test
  void beforeCloseFollowsEarlyCloses() {
    DailyTrigger exit = DailyTrigger.beforeClose(Duration.ofMinutes(15));
    assertEquals(ny("2024-11-29T12:45"), next(exit, "2024-11-28T12:00"));
    assertEquals(ny("2024-12-02T15:45"), next(exit, "2024-11-29T12:45"));
  }

  @Test
  void doesNotFireOnWeekendsOrHolidays() {
    assertTrue(AT_0936.on(LocalDate.of(2024, 3, 30), CALENDAR).isEmpty());
    assertTrue(AT_0936.on(LocalDate.of(2024, 3, 29), CALENDAR).isEmpty());
  }

  @Test
  void emptyPastTheEndOfTheCalendar() {
    assertEquals(Optional.empty(), AT_0936.next(ny("2035-12-31T10:00"), CALENDAR));
  }

  @Test
  void rejectsMissingOrOutOfRangeArguments() {
    assertThrows(InvalidValueException.class, () -> DailyTrigger.at(null));
    assertThrows(InvalidValueException.class,
        () -> DailyTrigger.beforeClose(Duration.ofMinutes(-1)));
    assertThrows(InvalidValueException.class, () -> DailyTrigger.beforeClose(Duration.ofHours(4)));
    assertThrows(InvalidValueException.class, () -> AT_0936.next(null, CALENDAR));
  }

  @Test
  void triggersWithTheSameRuleAreEqual() {
    assertEquals(AT_0936, DailyTrigger.at(LocalTime.of(9, 36)));
    assertEquals(AT_0936.hashCode(), DailyTrigger.at(LocalTime.of(9, 36)).hashCode());
    assertNotEquals(AT_0936, DailyTrigger.beforeClose(Duration.ofMinutes(15)));
    assertTrue(AT_0936.toString().contains("09:36"));
  }
}
