package dev.condor.api.calendar;

import dev.condor.api.Stable;
import dev.condor.api.instrument.Underlying;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The exchange calendar a strategy plans with: trading days, session hours (with early closes)
 * and listed option expiries, all in the exchange's time zone ({@code America/New_York} for
 * NYSE/Cboe). Strategies get it from their context, so a backtest and a live run agree.
 */
@Stable(since = "0.1")
public interface TradingCalendar {

  /** The exchange's time zone. */
  ZoneId zone();

  /** Whether the exchange trades on this date. */
  boolean isTradingDay(LocalDate date);

  /** The session of a trading day, or empty on a weekend, holiday or special closure. */
  Optional<TradingSession> session(LocalDate date);

  /** The first trading day strictly after {@code date}. */
  LocalDate nextTradingDay(LocalDate date);

  /** The last trading day strictly before {@code date}. */
  LocalDate previousTradingDay(LocalDate date);

  /**
   * The number of trading days after {@code from} up to and including {@code to} (0 when equal,
   * negative when {@code to} is before {@code from}): the "DTE in trading days" of an expiry.
   */
  int tradingDaysBetween(LocalDate from, LocalDate to);

  /**
   * The option expiries of an underlying listed between two dates (inclusive), in order: for SPX,
   * the AM-settled third-Friday monthlies (root SPX) and the PM-settled weeklies and dailies (SPXW),
   * shifted to the previous trading day when the exchange is closed.
   */
  List<Expiry> expiries(Underlying underlying, LocalDate from, LocalDate to);
}
