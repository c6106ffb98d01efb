package dev.condor.api.strategy;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.internal.ValueStyle;
import java.time.LocalTime;
import org.immutables.value.Value;

/** A window of the trading day in exchange time, start inclusive and end exclusive (09:45–10:00). */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class TimeWindow {

  TimeWindow() {}

  /** The first instant inside the window. */
  @Value.Parameter
  public abstract LocalTime start();

  /** The first instant after the window. */
  @Value.Parameter
  public abstract LocalTime end();

  /** A window from {@code start} (inclusive) to {@code end} (exclusive). */
  public static TimeWindow of(LocalTime start, LocalTime end) {
    return ImmutableTimeWindow.of(start, end);
  }

  /** Whether a time of day falls inside. */
  public boolean contains(LocalTime time) {
    return !time.isBefore(start()) && time.isBefore(end());
  }

  @Value.Check
  void check() {
    if (!end().isAfter(start())) {
      throw new InvalidValueException("window", start() + "-" + end(), "end must be after start");
    }
  }

  @Override
  public String toString() {
    return start() + "-" + end();
  }
}
