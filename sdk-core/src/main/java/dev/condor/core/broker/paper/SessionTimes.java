package dev.condor.core.broker.paper;

import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.calendar.TradingSession;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.UnderlyingKind;
import dev.condor.api.order.Leg;
import dev.condor.api.order.OrderTicket;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When orders and contracts stop trading, from the exchange calendar: the session close that ends
 * a DAY order, and the last moment an option trades before it settles.
 */
final class SessionTimes {

  private static final LocalTime FALLBACK_CLOSE = LocalTime.of(16, 0);
  private static final LocalTime FALLBACK_INDEX_CLOSE = LocalTime.of(16, 15);
  /** Enough to cross any run of closures the exchange has had. */
  private static final int MAX_DAYS_AHEAD = 14;

  private final TradingCalendar calendar;
  private final ZoneId zone;

  SessionTimes(TradingCalendar calendar) {
    this.calendar = calendar;
    this.zone = calendar.zone();
  }

  /**
   * The close of the first session that ends after {@code now}: the index options close for
   * index underlyings, the equity close otherwise, and the equity close for a leg that expires
   * PM-settled that day (it stops trading at the bell).
   */
  Instant dayOrderEnd(OrderTicket ticket, Instant now) {
    LocalDate day = now.atZone(zone).toLocalDate();
    for (int i = 0; i <= MAX_DAYS_AHEAD; i++, day = day.plusDays(1)) {
      Optional<TradingSession> session = session(day);
      if (session.isPresent()) {
        Instant close = closeFor(ticket, session.get());
        if (close.isAfter(now)) {
          return close;
        }
      }
    }
    return day.atTime(FALLBACK_CLOSE).atZone(zone).toInstant();
  }

  /**
   * The last instant the contract trades: the close of its expiry day when PM-settled, the close
   * of the trading day before its expiry when AM-settled (it settles on that morning's opening
   * prints).
   */
  Instant tradingEnds(OptionContract contract) {
    if (contract.settlementTime() == SettlementTime.AM) {
      LocalDate before = previousTradingDay(contract.expiry());
      return session(before).map(s -> s.indexOptionsClose().toInstant())
          .orElseGet(() -> before.atTime(FALLBACK_INDEX_CLOSE).atZone(zone).toInstant());
    }
    return session(contract.expiry()).map(s -> s.close().toInstant())
        .orElseGet(() -> contract.expiry().atTime(FALLBACK_CLOSE).atZone(zone).toInstant());
  }

  /** The earliest {@link #tradingEnds} of the ticket's legs. */
  Instant tradingEnds(OrderTicket ticket) {
    Instant first = null;
    for (Leg leg : ticket.legs()) {
      Instant end = tradingEnds(leg.contract());
      if (first == null || end.isBefore(first)) {
        first = end;
      }
    }
    return first;
  }

  private Instant closeFor(OrderTicket ticket, TradingSession session) {
    for (Leg leg : ticket.legs()) {
      if (leg.contract().expiry().equals(session.date())
          && leg.contract().settlementTime() == SettlementTime.PM) {
        return session.close().toInstant();
      }
    }
    return ticket.underlying().kind() == UnderlyingKind.INDEX
        ? session.indexOptionsClose().toInstant()
        : session.close().toInstant();
  }

  // The calendar covers a fixed range of years; beyond it, weekdays with regular hours are the
  // honest guess rather than a failure in the middle of an order.
  private Optional<TradingSession> session(LocalDate day) {
    try {
      return calendar.session(day);
    } catch (InvalidValueException e) {
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        return Optional.empty();
      }
      return Optional.of(TradingSession.builder().date(day)
          .open(day.atTime(9, 30).atZone(zone))
          .close(day.atTime(FALLBACK_CLOSE).atZone(zone))
          .indexOptionsClose(day.atTime(FALLBACK_INDEX_CLOSE).atZone(zone))
          .earlyClose(false).build());
    }
  }

  private LocalDate previousTradingDay(LocalDate day) {
    try {
      return calendar.previousTradingDay(day);
    } catch (InvalidValueException e) {
      LocalDate d = day.minusDays(1);
      while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        d = d.minusDays(1);
      }
      return d;
    }
  }
}
