package dev.condor.core.runtime;

import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.calendar.TradingSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Drives runners through trading days in simulated time, on the caller's thread, with no Vert.x:
 * each strategy is polled when its {@link PollPlan} says. Events at the same instant run in the runners'
 * order, so a run is deterministic. The runners must be wired to this driver's {@link
 * SimulatedClock} and to a direct executor.
 */
public final class SteppedDriver {

  private final List<StrategyRunner> runners;
  private final SimulatedClock clock;
  private final TradingCalendar calendar;

  /** A driver for these runners, moving {@code clock} over {@code calendar}'s sessions. */
  public SteppedDriver(List<StrategyRunner> runners, SimulatedClock clock, TradingCalendar calendar) {
    this.runners = List.copyOf(runners);
    this.clock = clock;
    this.calendar = calendar;
  }

  /** Starts every runner at the clock's current instant. */
  public void start() {
    for (StrategyRunner r : runners) {
      r.start().toCompletableFuture().join();
    }
  }

  /** Runs every trading day from {@code from} to {@code to}, inclusive. */
  public void run(LocalDate from, LocalDate to) {
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      Optional<TradingSession> session = calendar.session(day);
      if (session.isPresent()) {
        runDay(session.get());
      }
    }
  }

  /** Runs one session: every poll of every runner, in time order (see {@link PollPlan}). */
  public void runDay(TradingSession session) {
    record Event(Instant time, int runner) {}
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < runners.size(); i++) {
      for (Instant t : PollPlan.of(session, runners.get(i).strategy().schedule(), calendar)) {
        events.add(new Event(t, i));
      }
    }
    events.sort(Comparator.comparing(Event::time).thenComparingInt(Event::runner));
    for (Event e : events) {
      if (e.time().isAfter(clock.instant())) {
        clock.set(e.time());
      }
      runners.get(e.runner()).poll().toCompletableFuture().join();
    }
  }

  /** Stops every runner at the clock's current instant. */
  public void stop() {
    for (StrategyRunner r : runners) {
      r.stop().toCompletableFuture().join();
    }
  }
}
