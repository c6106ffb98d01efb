package dev.condor.core.calendar;

import dev.condor.api.Experimental;
import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.calendar.TradingSession;
import dev.condor.api.error.InvalidValueException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A time of day a job runs on every trading day, such as "09:36 New York time" for an entry or
 * "15 minutes before the close" for an exit, and when it next fires.
 *
 * <p>It is a pure function of the calendar, with no threads or timers, so the live driver can
 * arm a timer for {@link #next} and the backtest driver can step its clock with the same answer.
 * Times are wall-clock times in the calendar's zone, so daylight saving time is handled by
 * java.time: 09:36 is 14:36 UTC in winter and 13:36 UTC in summer.
 *
 * <p>A trigger {@link #at} a fixed time skips early-close days when its time falls after the
 * early close but not after the regular 16:00 close: a 15:45 trigger does not fire on a day that
 * closes at 13:00, because the session it was meant for ended earlier. Times outside the regular
 * session (a 08:00 preparation, a 17:00 report) fire on every trading day. To exit before the
 * close whatever time the close is, use {@link #beforeClose}.
 */
@Experimental(since = "0.1")
public final class DailyTrigger {

  // A calendar with no trading day for this long has run past its range or is broken.
  private static final int MAX_DAYS_AHEAD = 366;

  private final LocalTime time;
  private final Duration beforeClose;

  private DailyTrigger(LocalTime time, Duration beforeClose) {
    this.time = time;
    this.beforeClose = beforeClose;
  }

  /** A trigger at this wall-clock time of the calendar's zone on every trading day. */
  public static DailyTrigger at(LocalTime time) {
    if (time == null) {
      throw new InvalidValueException("time", null, "is required");
    }
    return new DailyTrigger(time, null);
  }

  /**
   * A trigger this long before each trading day's close (the equity close, 16:00 or the early
   * close), e.g. {@code beforeClose(Duration.ofMinutes(15))} fires at 15:45 or at 12:45.
   */
  public static DailyTrigger beforeClose(Duration beforeClose) {
    if (beforeClose == null) {
      throw new InvalidValueException("beforeClose", null, "is required");
    }
    if (beforeClose.isNegative() || beforeClose.compareTo(Duration.ofHours(3)) > 0) {
      throw new InvalidValueException("beforeClose", beforeClose,
          "must be between 0 and 3 hours, so that it falls within even an early-close session");
    }
    return new DailyTrigger(null, beforeClose);
  }

  /**
   * When the trigger fires on {@code date}: empty when the exchange does not trade that day or
   * the trigger skips it (a time after an early close).
   */
  public Optional<ZonedDateTime> on(LocalDate date, TradingCalendar calendar) {
    requireCalendar(calendar);
    return calendar.session(date).flatMap(this::on);
  }

  /**
   * The first firing strictly after {@code after}, in the calendar's zone whatever the zone of
   * {@code after}; empty when {@code after} lies outside the calendar's range or no firing is left
   * in it.
   */
  public Optional<ZonedDateTime> next(ZonedDateTime after, TradingCalendar calendar) {
    if (after == null) {
      throw new InvalidValueException("after", null, "is required");
    }
    requireCalendar(calendar);
    LocalDate day = after.withZoneSameInstant(calendar.zone()).toLocalDate();
    for (int i = 0; i <= MAX_DAYS_AHEAD; i++, day = day.plusDays(1)) {
      Optional<TradingSession> session;
      try {
        session = calendar.session(day);
      } catch (InvalidValueException outsideTheCalendar) {
        return Optional.empty();
      }
      Optional<ZonedDateTime> firing = session.flatMap(this::on);
      if (firing.isPresent() && firing.get().isAfter(after)) {
        return firing;
      }
    }
    return Optional.empty();
  }

  private static void requireCalendar(TradingCalendar calendar) {
    if (calendar == null) {
      throw new InvalidValueException("calendar", null, "is required");
    }
  }

  private Optional<ZonedDateTime> on(TradingSession session) {
    if (beforeClose != null) {
      return Optional.of(session.close().minus(beforeClose));
    }
    LocalTime close = session.close().toLocalTime();
    if (session.earlyClose() && time.isAfter(close) && !time.isAfter(NyseCalendar.REGULAR_CLOSE)) {
      return Optional.empty();
    }
    return Optional.of(ZonedDateTime.of(session.date(), time, session.open().getZone()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DailyTrigger other
        && Objects.equals(time, other.time)
        && Objects.equals(beforeClose, other.beforeClose);
  }

  @Override
  public int hashCode() {
    return Objects.hash(time, beforeClose);
  }

  @Override
  public String toString() {
    return time != null
        ? "DailyTrigger[" + time + " on trading days]"
        : "DailyTrigger[" + beforeClose + " before the close on trading days]";
  }
}
