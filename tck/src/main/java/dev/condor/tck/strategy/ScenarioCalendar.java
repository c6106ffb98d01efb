package dev.condor.tck.strategy;

import dev.condor.api.Experimental;
import dev.condor.api.calendar.Expiry;
import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.calendar.TradingSession;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The suite's own trading calendar: every weekday but the scenario's holidays is a session from
 * 09:30 to 16:00 (index options to 16:15), and each trading day lists a PM expiry under the
 * underlying's PM root, plus an AM monthly under its AM root on the third Friday.
 */
@Experimental(since = "0.1")
public final class ScenarioCalendar implements TradingCalendar {

  private final ZoneId zone;
  private final Set<LocalDate> holidays;

  ScenarioCalendar(ZoneId zone, Set<LocalDate> holidays) {
    this.zone = zone;
    this.holidays = Set.copyOf(new TreeSet<>(holidays));
  }

  /** The holidays (weekdays without a session). */
  public Set<LocalDate> holidays() {
    return holidays;
  }

  ScenarioCalendar shiftedByWeeks(int weeks) {
    Set<LocalDate> moved = new TreeSet<>();
    holidays.forEach(d -> moved.add(d.plusWeeks(weeks)));
    return new ScenarioCalendar(zone, moved);
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  @Override
  public boolean isTradingDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(date);
  }

  @Override
  public Optional<TradingSession> session(LocalDate date) {
    if (!isTradingDay(date)) {
      return Optional.empty();
    }
    return Optional.of(TradingSession.builder().date(date)
        .open(date.atTime(LocalTime.of(9, 30)).atZone(zone))
        .close(date.atTime(LocalTime.of(16, 0)).atZone(zone))
        .indexOptionsClose(date.atTime(LocalTime.of(16, 15)).atZone(zone))
        .earlyClose(false).build());
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
    int n = 0;
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
      if (isTradingDay(d.plusDays(1))) {
        n++;
      }
    }
    return n;
  }

  @Override
  public List<Expiry> expiries(Underlying underlying, LocalDate from, LocalDate to) {
    List<Expiry> out = new ArrayList<>();
    long days = ChronoUnit.DAYS.between(from, to);
    for (long i = 0; i <= days; i++) {
      LocalDate d = from.plusDays(i);
      if (!isTradingDay(d)) {
        continue;
      }
      boolean monthly = isThirdFriday(d);
      if (monthly && underlying.amRoot().isPresent()) {
        out.add(Expiry.of(d, underlying.amRoot().get(), SettlementTime.AM, true));
      }
      String pm = underlying.pmRoot().orElse(underlying.symbol());
      boolean pmMonthly = monthly && underlying.amRoot().isEmpty();
      out.add(Expiry.of(d, pm, SettlementTime.PM, pmMonthly));
    }
    out.sort(null);
    return out;
  }

  /** Whether {@code date} is the third Friday of its month (the standard monthly expiry). */
  public static boolean isThirdFriday(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.FRIDAY && date.getDayOfMonth() >= 15
        && date.getDayOfMonth() <= 21;
  }

  @Override
  public String toString() {
    return "ScenarioCalendar[" + zone + ", weekdays but " + new TreeSet<>(holidays) + "]";
  }
}
