package dev.condor.core.runtime;

import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.calendar.TradingSession;
import dev.condor.api.strategy.StrategySchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When a strategy is polled, the one answer both drivers use so a backtest and a live run poll at
 * the same instants: on each trading session, from the open at the schedule's interval, at each of
 * its entry times inside the session, and once at the close (when PM-expiring positions settle).
 */
public final class PollPlan {

  private PollPlan() {}

  /** The instants of one session's polls for this schedule, in order, without repeats. */
  public static TreeSet<Instant> of(TradingSession session, StrategySchedule schedule,
      TradingCalendar calendar) {
    TreeSet<Instant> polls = new TreeSet<>();
    for (ZonedDateTime t = session.open(); t.isBefore(session.close());
        t = t.plus(schedule.pollInterval())) {
      polls.add(t.toInstant());
    }
    for (LocalTime entry : schedule.entryTimes()) {
      ZonedDateTime t = session.date().atTime(entry).atZone(calendar.zone());
      if (!t.isBefore(session.open()) && t.isBefore(session.close())) {
        polls.add(t.toInstant());
      }
    }
    polls.add(session.close().toInstant());
    return polls;
  }

  /**
   * The first poll at or after {@code from} (strictly after it when {@code inclusive} is false),
   * looking up to a year ahead; empty when the calendar has no session left.
   */
  public static Optional<Instant> next(Instant from, boolean inclusive, StrategySchedule schedule,
      TradingCalendar calendar) {
    LocalDate day = from.atZone(calendar.zone()).toLocalDate();
    for (int i = 0; i < 370; i++, day = day.plusDays(1)) {
      Optional<TradingSession> session = calendar.session(day);
      if (session.isEmpty()) {
        continue;
      }
      TreeSet<Instant> polls = of(session.get(), schedule, calendar);
      Instant next = inclusive ? polls.ceiling(from) : polls.higher(from);
      if (next != null) {
        return Optional.of(next);
      }
    }
    return Optional.empty();
  }
}
