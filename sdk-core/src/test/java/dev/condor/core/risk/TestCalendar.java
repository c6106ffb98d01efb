package dev.condor.core.risk;

import dev.condor.api.calendar.Expiry;
import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.calendar.TradingSession;
import dev.condor.api.instrument.Underlying;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A hand-made exchange calendar for the policy tests: weekdays trade 09:30-16:00 New York time,
 * except the listed holidays, and the listed early closes end at 13:00.
 */
final class TestCalendar implements TradingCalendar {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Martin Luther King Jr. Day 2025 and Thanksgiving 2024. */
  static final Set<LocalDate> HOLIDAYS =
      Set.of(LocalDate.of(2025, 1, 20), LocalDate.of(2024, 11, 28));

  /** The day after Thanksgiving 2024. */
  static final Set<LocalDate> EARLY_CLOSES = Set.of(LocalDate.of(2024, 11, 29));

  static final TestCalendar INSTANCE = new TestCalendar();

  @Override
  public ZoneId zone() {
    return NEW_YORK;
  }

  @Override
  public boolean isTradingDay(LocalDate date) {
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
        && !HOLIDAYS.contains(date);
  }

  @Override
  public Optional<TradingSession> session(LocalDate date) {
    if (!isTradingDay(date)) {
      return Optional.empty();
    }
    boolean early = EARLY_CLOSES.contains(date);
    ZonedDateTime close = ZonedDateTime.of(date, early ? LocalTime.of(13, 0) : LocalTime.of(16, 0),
        NEW_YORK);
    return Optional.of(TradingSession.builder()
        .date(date)
        .open(ZonedDateTime.of(date, LocalTime.of(9, 30), NEW_YORK))
        .close(close)
        .indexOptionsClose(close.plusMinutes(15))
        .earlyClose(early)
        .build());
  }

  @Override
  public LocalDate nextTradingDay(LocalDate date) {
    LocalDate d = date.plusDays(1);
    while (!isTradingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  @Override
  public LocalDate previousTradingDay(LocalDate date) {
    LocalDate d = date.minusDays(1);
    while (!isTradingDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  @Override
  public int tradingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -tradingDaysBetween(to, from);
    }
    int days = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isTradingDay(d)) {
        days++;
      }
    }
    return days;
  }

  @Override
  public List<Expiry> expiries(Underlying underlying, LocalDate from, LocalDate to) {
    return List.of();
  }
}
