package dev.condor.core.runtime;

import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.Position;
import dev.condor.api.risk.PortfolioState;
import dev.condor.core.portfolio.PositionBook;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The portfolio across strategies as risk policies see it: equity from the broker's account, its
 * value at the start of the day and week and its peak, and every strategy's open positions.
 * Thread-safe: strategies on their own threads read it; the engine updates it.
 */
public final class PortfolioTracker {

  private final List<PositionBook> books = new CopyOnWriteArrayList<>();
  private volatile Account account;
  private volatile double dayStart = Double.NaN;
  private volatile double weekStart = Double.NaN;
  private volatile double peak = Double.NaN;
  private volatile LocalDate day;

  /** Adds a strategy's book to the portfolio. */
  public void register(PositionBook book) {
    books.add(book);
  }

  /** Takes a new account snapshot seen on {@code today}. */
  public synchronized void update(Account snapshot, LocalDate today) {
    double equity = snapshot.netLiquidation();
    if (day == null || !today.equals(day)) {
      if (day == null
          || !today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
              .equals(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))) {
        weekStart = equity;
      }
      dayStart = equity;
      day = today;
    }
    peak = Double.isNaN(peak) ? equity : Math.max(peak, equity);
    account = snapshot;
  }

  /** The last account snapshot, if any. */
  public Account account() {
    return account;
  }

  /** The state for risk policies; all equity figures equal the current one before any snapshot. */
  public PortfolioState state() {
    Account a = account;
    double equity = a == null ? 0 : a.netLiquidation();
    List<Position> positions = new ArrayList<>();
    for (PositionBook book : books) {
      positions.addAll(book.openPositions());
    }
    return PortfolioState.builder()
        .equity(equity)
        .dayStartEquity(Double.isNaN(dayStart) ? equity : dayStart)
        .weekStartEquity(Double.isNaN(weekStart) ? equity : weekStart)
        .peakEquity(Double.isNaN(peak) ? equity : peak)
        .openPositions(positions)
        .build();
  }
}
