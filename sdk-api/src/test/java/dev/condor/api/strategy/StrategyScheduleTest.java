package dev.condor.api.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class StrategyScheduleTest {

  private static LocalTime at(String time) {
    return LocalTime.parse(time);
  }

  private static TimeWindow window(String start, String end) {
    return TimeWindow.of(at(start), at(end));
  }

  @Test
  void entriesAreAllowedInsideAWindowStartInclusiveEndExclusive() {
    StrategySchedule s = StrategySchedule.polling(Duration.ofSeconds(45), window("09:45", "10:00"));
    assertFalse(s.entryAllowedAt(at("09:44:59")));
    assertTrue(s.entryAllowedAt(at("09:45")));
    assertTrue(s.entryAllowedAt(at("09:59:59.999")));
    assertFalse(s.entryAllowedAt(at("10:00")));
  }

  @Test
  void entriesAreAllowedInAnyOfSeveralWindows() {
    StrategySchedule s = StrategySchedule.polling(Duration.ofMinutes(5),
        window("09:45", "10:00"), window("14:00", "15:00"));
    assertTrue(s.entryAllowedAt(at("09:50")));
    assertFalse(s.entryAllowedAt(at("12:00")));
    assertTrue(s.entryAllowedAt(at("14:30")));
    assertFalse(s.entryAllowedAt(at("15:00")));
  }

  @Test
  void exactEntryTimesAllowOnlyThoseInstants() {
    StrategySchedule s = StrategySchedule.builder().pollInterval(Duration.ofMinutes(1))
        .addEntryTimes(at("09:36")).build();
    assertTrue(s.entryAllowedAt(at("09:36")));
    assertFalse(s.entryAllowedAt(at("09:35")));
    assertFalse(s.entryAllowedAt(at("09:36:01")));
    assertFalse(s.entryAllowedAt(at("09:37")));
  }

  @Test
  void withoutWindowsOrTimesTheWholeSessionIsAllowed() {
    StrategySchedule s = StrategySchedule.polling(Duration.ofSeconds(45));
    assertTrue(s.entryAllowedAt(at("09:30")));
    assertTrue(s.entryAllowedAt(at("12:00")));
    assertTrue(s.entryAllowedAt(at("15:59")));
  }

  @Test
  void rejectsWindowsAndTimesTogether() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> StrategySchedule.builder().pollInterval(Duration.ofMinutes(1))
            .addEntryWindows(window("09:45", "10:00")).addEntryTimes(at("09:36")).build());
    assertEquals("entryTimes", e.field());
    assertTrue(e.getMessage().contains("not both"), e.getMessage());
  }

  @Test
  void pollIntervalMustBeFromOneSecondToOneDay() {
    InvalidValueException tooFast = assertThrows(InvalidValueException.class,
        () -> StrategySchedule.polling(Duration.ofMillis(999)));
    assertEquals("pollInterval", tooFast.field());
    assertThrows(InvalidValueException.class,
        () -> StrategySchedule.polling(Duration.ofHours(24).plusSeconds(1)));
    assertEquals(Duration.ofSeconds(1),
        StrategySchedule.polling(Duration.ofSeconds(1)).pollInterval());
    assertEquals(Duration.ofHours(24), StrategySchedule.polling(Duration.ofHours(24)).pollInterval());
  }

  @Test
  void timeWindowRejectsAnEndNotAfterItsStart() {
    InvalidValueException equal =
        assertThrows(InvalidValueException.class, () -> window("10:00", "10:00"));
    assertEquals("window", equal.field());
    assertEquals("[CONDOR-INVALID-VALUE] window = \"10:00-10:00\": end must be after start",
        equal.getMessage());
    assertThrows(InvalidValueException.class, () -> window("10:00", "09:45"));
  }

  @Test
  void timeWindowContainsItsStartButNotItsEnd() {
    TimeWindow w = window("09:45", "10:00");
    assertTrue(w.contains(at("09:45")));
    assertFalse(w.contains(at("10:00")));
    assertEquals("09:45-10:00", w.toString());
  }
}
