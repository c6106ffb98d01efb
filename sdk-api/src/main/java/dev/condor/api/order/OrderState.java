package dev.condor.api.order;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.internal.ValueStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** What a broker reports about one order at an instant: its status and how much has filled. */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class OrderState {

  OrderState() {}

  /** The caller's id of the order. */
  public abstract ClientOrderId clientOrderId();

  /** The broker's own id, once it has one. */
  public abstract Optional<String> brokerOrderId();

  /** The status. */
  public abstract OrderStatus status();

  /** Units ordered. */
  public abstract int quantity();

  /** Units filled so far. */
  @Value.Default
  public int filledQuantity() {
    return 0;
  }

  /** The average net fill price per unit, once something filled. */
  public abstract Optional<NetPrice> averageFillPrice();

  /** When the broker last changed the order. */
  public abstract Instant updatedAt();

  /** The venue's reason for a rejection or cancellation, verbatim, if it gave one. */
  public abstract Optional<String> message();

  /** Units still to fill. */
  public int remainingQuantity() {
    return quantity() - filledQuantity();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrderState}. */
  @Stable(since = "0.1")
  public static final class Builder extends ImmutableOrderState.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (quantity() < 1) {
      throw new InvalidValueException("quantity", quantity(), "must be >= 1");
    }
    if (filledQuantity() < 0 || filledQuantity() > quantity()) {
      throw new InvalidValueException("filledQuantity", filledQuantity(),
          "must be between 0 and the order quantity " + quantity());
    }
    if (status() == OrderStatus.FILLED && filledQuantity() != quantity()) {
      throw new InvalidValueException("filledQuantity", filledQuantity(),
          "must equal the quantity " + quantity() + " when FILLED");
    }
    if (status() == OrderStatus.PARTIALLY_FILLED
        && (filledQuantity() == 0 || filledQuantity() == quantity())) {
      throw new InvalidValueException("filledQuantity", filledQuantity(),
          "must be between 1 and " + (quantity() - 1) + " when PARTIALLY_FILLED");
    }
    if (filledQuantity() > 0 && averageFillPrice().isEmpty()) {
      throw new InvalidValueException("averageFillPrice", null,
          "is required once units have filled");
    }
  }
}
