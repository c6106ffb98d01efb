package dev.condor.api.portfolio;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.internal.ValueStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A brokerage account's balances at an instant, in dollars: cash, net liquidation value and the
 * buying power available for options (tastytrade's derivative buying power, IBKR's available
 * funds).
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class Account {

  Account() {}

  /** The broker's account id (an account number is not a secret, but keep it out of logs). */
  public abstract String accountId();

  /** Cash balance. */
  public abstract double cash();

  /** What the account would be worth if everything were closed at the mark. */
  public abstract double netLiquidation();

  /** Buying power available for new option positions. */
  public abstract double buyingPower();

  /** When the broker reported the balances. */
  public abstract Instant time();

  /** Whether the account can afford an order with this buying-power effect. */
  public boolean canAfford(double buyingPowerEffect) {
    return buyingPowerEffect <= buyingPower();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Account}. */
  @Stable(since = "0.1")
  public static final class Builder extends ImmutableAccount.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (accountId().isBlank()) {
      throw new InvalidValueException("accountId", accountId(), "must not be blank");
    }
    if (!Double.isFinite(cash()) || !Double.isFinite(netLiquidation())
        || !Double.isFinite(buyingPower())) {
      throw new InvalidValueException("balances",
          "cash=" + cash() + " netLiquidation=" + netLiquidation() + " buyingPower=" + buyingPower(),
          "must be finite");
    }
  }
}
