package dev.condor.api.order;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.internal.ValueStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One execution of (part of) an order: how many units filled, at what net price per unit, for
 * what commission. {@link #fillId()} is unique per order at the venue, so a fill seen twice is
 * booked once.
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class Fill {

  Fill() {}

  /** The venue's execution id, unique within the order. */
  public abstract String fillId();

  /** The order that filled. */
  public abstract ClientOrderId clientOrderId();

  /** The broker's id of the order, if known. */
  public abstract Optional<String> brokerOrderId();

  /** Units filled in this execution. */
  public abstract int quantity();

  /** The net price per unit. */
  public abstract NetPrice price();

  /** Commission and fees for this execution, in dollars (&gt;= 0). */
  @Value.Default
  public double commission() {
    return 0;
  }

  /** When it filled. */
  public abstract Instant time();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Fill}. */
  @Stable(since = "0.1")
  public static final class Builder extends ImmutableFill.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (fillId().isBlank()) {
      throw new InvalidValueException("fillId", fillId(), "must not be blank");
    }
    if (quantity() < 1) {
      throw new InvalidValueException("quantity", quantity(), "must be >= 1");
    }
    if (!(commission() >= 0) || Double.isInfinite(commission())) {
      throw new InvalidValueException("commission", commission(), "must be a finite amount >= 0");
    }
  }
}
