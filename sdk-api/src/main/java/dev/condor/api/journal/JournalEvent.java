package dev.condor.api.journal;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.internal.ValueStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One line of the journal: its type, the strategy, the time, and its fields in S2's names ({@code
 * order_id}, {@code action}, {@code expiry}, {@code short_put}, {@code limit_price}, {@code qty},
 * {@code fill_price}, {@code commission}, {@code reason}...). Field values are text, numbers,
 * booleans or lists of them; never secrets.
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class JournalEvent {

  JournalEvent() {}

  /** The event type. */
  public abstract JournalEventType type();

  /** The strategy instance it concerns. */
  public abstract String strategy();

  /** When it happened (simulated time in a backtest). */
  public abstract Instant time();

  /** The fields, in the order they were added. */
  public abstract Map<String, Object> fields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JournalEvent}. */
  @Stable(since = "0.1")
  public static final class Builder extends ImmutableJournalEvent.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (strategy().isBlank()) {
      throw new InvalidValueException("strategy", strategy(), "must name the strategy");
    }
    fields().forEach(JournalEvent::checkValue);
  }

  private static void checkValue(String key, Object value) {
    if (value instanceof List) {
      for (Object item : (List<?>) value) {
        checkValue(key, item);
      }
      return;
    }
    if (value instanceof Number && !Double.isFinite(((Number) value).doubleValue())) {
      throw new InvalidValueException(key, value, "journal numbers must be finite");
    }
    if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
      throw new InvalidValueException(key, value == null ? null : value.getClass().getName(),
          "journal values are text, numbers, booleans or lists of them");
    }
  }
}
