package dev.condor.api.order;

import dev.condor.api.Stable;
import dev.condor.api.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a broker says an order would do, without placing it (tastytrade's dry run, IBKR's what-if):
 * the change in buying power, the estimated commission and fees, and any warnings. S0 refuses to
 * trade when the preview fails.
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class OrderPreview {

  OrderPreview() {}

  /** The ticket previewed. */
  public abstract ClientOrderId clientOrderId();

  /** Buying power the order would use, in dollars (negative if it frees buying power). */
  public abstract double buyingPowerEffect();

  /** Estimated commission and fees, in dollars. */
  @Value.Default
  public double estimatedCommission() {
    return 0;
  }

  /** The venue's warnings, verbatim. */
  public abstract List<String> warnings();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrderPreview}. */
  @Stable(since = "0.1")
  public static final class Builder extends ImmutableOrderPreview.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (!Double.isFinite(buyingPowerEffect())) {
      throw new dev.condor.api.error.InvalidValueException(
          "buyingPowerEffect", buyingPowerEffect(), "must be finite");
    }
    if (!(estimatedCommission() >= 0) || Double.isInfinite(estimatedCommission())) {
      throw new dev.condor.api.error.InvalidValueException(
          "estimatedCommission", estimatedCommission(), "must be a finite amount >= 0");
    }
  }
}
