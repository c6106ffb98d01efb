package dev.condor.api.portfolio;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.internal.ValueStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A broker's holding of one option contract: a signed quantity (negative when short) and the
 * average price it was opened at. Brokers report positions this way, leg by leg; the engine
 * reconciles them with its multi-leg {@link Position}s.
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class ContractPosition {

  ContractPosition() {}

  /** The contract held. */
  public abstract OptionContract contract();

  /** Contracts held: positive long, negative short, never 0. */
  public abstract int quantity();

  /** The average opening price per contract, in points. */
  public abstract double averagePrice();

  /** The current mark per contract, in points, if the broker reports one. */
  public abstract OptionalDouble markPrice();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContractPosition}. */
  @Stable(since = "0.1")
  public static final class Builder extends ImmutableContractPosition.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (quantity() == 0) {
      throw new InvalidValueException("quantity", 0, "must not be 0 (a flat contract is no position)");
    }
    if (!(averagePrice() >= 0) || Double.isInfinite(averagePrice())) {
      throw new InvalidValueException("averagePrice", averagePrice(), "must be a finite price >= 0");
    }
  }
}
