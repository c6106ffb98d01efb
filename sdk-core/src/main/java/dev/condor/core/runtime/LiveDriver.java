package dev.condor.core.runtime;

import dev.condor.api.calendar.TradingCalendar;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives runners live on Vert.x: each strategy on its own context (one thread at a time, never
 * blocked), polled by one-shot timers at the instants its {@link PollPlan} gives (the same
 * instants a backtest polls at), in the time of the given clock. Each poll's next timer is armed
 * when it completes, so polls never overlap; a poll that overran its successor's instant moves on
 * to the first instant still ahead.
 *
 * <p>Accelerated: given a {@link SimulatedClock} and a speed above 1, the driver paces simulated
 * time itself: it waits the simulated gap divided by the speed, then sets the clock to the poll's
 * instant, so an accelerated paper run polls at exactly the backtest's instants and writes the same
 * journal.
 */
public final class LiveDriver {

  private static final Logger LOG = LoggerFactory.getLogger(LiveDriver.class);

  private final Vertx vertx;
  private final InstantSource clock;
  private final double speed;
  private final TradingCalendar calendar;
  private long anchorWallNanos = -1;
  private Instant anchorSimulated;

  /** A strategy's own context and its timers. */
  public static final class Slot {
    private final Context context;
    private StrategyRunner runner;
    private final List<Long> timers = new ArrayList<>();
    private volatile boolean stopped;

    private Slot(Context context) {
      this.context = context;
    }

    /** The executor that runs tasks on the strategy's context. */
    public Executor executor() {
      return task -> context.runOnContext(v -> task.run());
    }
  }

  /**
   * @param clock the time strategies see: the system clock live, a {@link SimulatedClock} the
   *     driver paces when accelerated
   * @param speed simulated seconds per wall-clock second (1 for real time)
   */
  public LiveDriver(Vertx vertx, InstantSource clock, double speed, TradingCalendar calendar) {
    this.vertx = vertx;
    this.clock = clock;
    this.speed = speed;
    this.calendar = calendar;
  }

  /** A new context for one strategy; wire its runner with {@link Slot#executor()}. */
  public Slot newSlot() {
    return new Slot(vertx.getOrCreateContext());
  }

  /** Starts the runner on its context, then schedules its polls. */
  public CompletionStage<Void> start(Slot slot, StrategyRunner runner) {
    slot.runner = runner;
    CompletableFuture<Void> started = new CompletableFuture<>();
    slot.context.runOnContext(v -> runner.start().whenComplete((r, e) -> {
      // timers armed on the slot's context fire there
      slot.context.runOnContext(x -> scheduleNext(slot, clock.instant(), true));
      started.complete(null);
    }));
    return started;
  }

  private void scheduleNext(Slot slot, Instant after, boolean inclusive) {
    if (slot.stopped) {
      return;
    }
    Instant now = clock.instant();
    Instant from = after.isBefore(now) ? now : after;
    Optional<Instant> next = PollPlan.next(from, inclusive || from != after,
        slot.runner.strategy().schedule(), calendar);
    if (next.isEmpty()) {
      LOG.warn("{}: the calendar has no trading session ahead; no more polls", slot.runner.name());
      return;
    }
    Instant due = next.get();
    long delay = delayMillis(now, due);
    slot.timers.add(vertx.setTimer(delay, id -> {
      slot.timers.remove(id);
      if (slot.stopped) {
        return;
      }
      if (clock instanceof SimulatedClock simulated && due.isAfter(simulated.instant())) {
        simulated.set(due);
      }
      slot.runner.poll().whenComplete((r, e) -> {
        if (e != null) {
          LOG.error("poll of {} failed", slot.runner.name(), e);
        }
        slot.context.runOnContext(x -> scheduleNext(slot, due, false));
      });
    }));
  }

  /** Cancels the runner's timers and stops it on its context. */
  public CompletionStage<Void> stop(Slot slot) {
    CompletableFuture<Void> stopped = new CompletableFuture<>();
    slot.context.runOnContext(v -> {
      slot.stopped = true;
      slot.timers.forEach(vertx::cancelTimer);
      slot.timers.clear();
      if (slot.runner == null) {
        stopped.complete(null);
        return;
      }
      slot.runner.stop().whenComplete((r, e) -> stopped.complete(null));
    });
    return stopped;
  }

  /**
   * How long to wait for {@code due}. A paced simulated clock is held to the wall clock from the
   * first wait on (simulated time = anchor + wall time elapsed x speed), so the time polls take
   * does not add up to a drift over a day; a real clock just waits out the difference.
   */
  private long delayMillis(Instant now, Instant due) {
    if (!(clock instanceof SimulatedClock)) {
      return Math.max(1, Duration.between(now, due).toMillis());
    }
    synchronized (this) {
      if (anchorWallNanos < 0) {
        anchorWallNanos = System.nanoTime();
        anchorSimulated = now;
      }
    }
    double simulatedMillis = Duration.between(anchorSimulated, due).toMillis();
    long targetNanos = anchorWallNanos + (long) (simulatedMillis / speed * 1_000_000);
    return Math.max(1, (targetNanos - System.nanoTime()) / 1_000_000);
  }
}
