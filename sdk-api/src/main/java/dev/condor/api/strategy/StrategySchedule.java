package dev.condor.api.strategy;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.internal.ValueStyle;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.immutables.value.Value;

/**
 * When the engine runs a strategy on a trading day: a poll every {@link #pollInterval()} during the
 * session to manage positions, and entries looked for only inside the {@link #entryWindows()}, or
 * exactly at the {@link #entryTimes()} (S0 enters at 09:36).
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class StrategySchedule {

  StrategySchedule() {}

  /** How often positions are managed (S2: 45 s for 0DTE, 5 min for monthlies). */
  public abstract Duration pollInterval();

  /** Windows in which new entries may be opened; empty means the whole session. */
  public abstract List<TimeWindow> entryWindows();

  /** Exact times at which entries are looked for, instead of every poll in a window. */
  public abstract List<LocalTime> entryTimes();

  /** Whether an entry may be looked for at this time of day on a poll. */
  public boolean entryAllowedAt(LocalTime time) {
    if (!entryTimes().isEmpty()) {
      return entryTimes().contains(time);
    }
    if (entryWindows().isEmpty()) {
      return true;
    }
    for (TimeWindow w : entryWindows()) {
      if (w.contains(time)) {
        return true;
      }
    }
    return false;
  }

  /** A schedule polling at an interval with entries in the given windows. */
  public static StrategySchedule polling(Duration interval, TimeWindow... entryWindows) {
    return builder().pollInterval(interval).addEntryWindows(entryWindows).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StrategySchedule}. */
  @Stable(since = "0.1")
  public static final class Builder extends ImmutableStrategySchedule.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (pollInterval().compareTo(Duration.ofSeconds(1)) < 0
        || pollInterval().compareTo(Duration.ofHours(24)) > 0) {
      throw new InvalidValueException("pollInterval", pollInterval(), "must be from 1 s to 24 h");
    }
    if (!entryWindows().isEmpty() && !entryTimes().isEmpty()) {
      throw new InvalidValueException("entryTimes", entryTimes(),
          "give entry windows or entry times, not both");
    }
  }
}
