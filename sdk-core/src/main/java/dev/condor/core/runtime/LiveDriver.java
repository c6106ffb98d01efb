package dev.condor.core.runtime;

import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.strategy.StrategySchedule;
import dev.condor.core.calendar.DailyTrigger;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.InstantSource;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives runners live on Vert.x: each strategy on its own context (one thread at a time, never
 * blocked), polled by a periodic timer at its schedule's interval and by one-shot timers at its
 * entry times ("09:36 ET on trading days"), in the time of the given clock; with an {@link
 * AcceleratedClock} the timers run proportionally faster. A poll still running when the next is
 * due is not overlapped: the tick is skipped.
 */
public final class LiveDriver {

  private static final Logger LOG = LoggerFactory.getLogger(LiveDriver.class);

  private final Vertx vertx;
  private final InstantSource clock;
  private final double speed;
  private final TradingCalendar calendar;

  /** A strategy's own context and its timers. */
  public static final class Slot {
    private final Context context;
    private StrategyRunner runner;
    private final List<Long> timers = new ArrayList<>();
    private final AtomicBoolean polling = new AtomicBoolean();
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
   * @param clock the time strategies see (an {@link AcceleratedClock} runs faster than real time)
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
      StrategySchedule schedule = runner.strategy().schedule();
      long every = wallMillis(schedule.pollInterval());
      slot.timers.add(vertx.setPeriodic(every, id -> tick(slot)));
      for (LocalTime entry : schedule.entryTimes()) {
        scheduleTrigger(slot, DailyTrigger.at(entry));
      }
      started.complete(null);
    }));
    return started;
  }

  private void scheduleTrigger(Slot slot, DailyTrigger trigger) {
    if (slot.stopped) {
      return;
    }
    ZonedDateTime now = clock.instant().atZone(calendar.zone());
    Optional<ZonedDateTime> next = trigger.next(now, calendar);
    if (next.isEmpty()) {
      return;
    }
    long delay = wallMillis(Duration.between(now, next.get()));
    slot.timers.add(vertx.setTimer(delay, id -> {
      tick(slot);
      scheduleTrigger(slot, trigger);
    }));
  }

  private void tick(Slot slot) {
    if (slot.stopped || !slot.polling.compareAndSet(false, true)) {
      return;
    }
    slot.runner.poll().whenComplete((r, e) -> {
      slot.polling.set(false);
      if (e != null) {
        LOG.error("poll of {} failed", slot.runner.name(), e);
      }
    });
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

  private long wallMillis(Duration simulated) {
    return Math.max(1, (long) (simulated.toMillis() / speed));
  }
}
