package dev.condor.api.strategy;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.internal.ValueStyle;
import dev.condor.api.order.NetPrice;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What to do with an open position on this poll: hold it, close it, or close part of it, at
 * market or at a limit, with the reason the journal keeps.
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class ExitDecision {

  private static final ExitDecision HOLD = ImmutableExitDecision.builder().action(Action.HOLD)
      .reason("hold").build();

  ExitDecision() {}

  /** The possible actions. */
  @Stable(since = "0.1")
  public enum Action {
    /** Keep the position. */
    HOLD,
    /** Close every open unit. */
    CLOSE,
    /** Close some of the open units ({@link #quantity()}). */
    CLOSE_PARTIAL
  }

  /** The action. */
  public abstract Action action();

  /** The limit for the closing order, or empty for a market order. */
  public abstract Optional<NetPrice> limit();

  /** Units to close for {@link Action#CLOSE_PARTIAL}; 0 otherwise. */
  @Value.Default
  public int quantity() {
    return 0;
  }

  /**
   * For a partial close, the share of the open units to close when the quantity is left to the
   * engine (S2 closes 50 %); 0 otherwise.
   */
  @Value.Default
  public double fraction() {
    return 0;
  }

  /** Why, e.g. {@code "profit target: debit 0.70 <= 50% of credit 1.45"}. */
  public abstract String reason();

  /** Keep the position. */
  public static ExitDecision hold() {
    return HOLD;
  }

  /** Close every unit with a market order. */
  public static ExitDecision closeAtMarket(String reason) {
    return ImmutableExitDecision.builder().action(Action.CLOSE).reason(reason).build();
  }

  /** Close every unit with a limit order. */
  public static ExitDecision closeAtLimit(NetPrice limit, String reason) {
    return ImmutableExitDecision.builder().action(Action.CLOSE).limit(limit).reason(reason).build();
  }

  /**
   * Close a share of the open units (rounded up to at least one unit) with a market order, as
   * S2's monthly red lines do with 50 %.
   */
  public static ExitDecision closeFractionAtMarket(double fraction, String reason) {
    return ImmutableExitDecision.builder().action(Action.CLOSE_PARTIAL).fraction(fraction)
        .reason(reason).build();
  }

  /** Close {@code quantity} of the open units (at most all of them) with a market order. */
  public static ExitDecision closeUnitsAtMarket(int quantity, String reason) {
    return ImmutableExitDecision.builder().action(Action.CLOSE_PARTIAL).quantity(quantity)
        .reason(reason).build();
  }

  /** Whether the decision keeps the position as it is. */
  public boolean isHold() {
    return action() == Action.HOLD;
  }

  /** The units to close out of {@code open}: all, the quantity, or the fraction rounded up. */
  public int unitsToClose(int open) {
    if (open <= 0) {
      return 0;
    }
    switch (action()) {
      case CLOSE:
        return open;
      case CLOSE_PARTIAL:
        // 1e-9 absorbs binary noise such as 0.14 * 50 = 7.000000000000001.
        int units = quantity() > 0 ? quantity() : (int) Math.ceil(open * fraction() - 1e-9);
        return Math.max(1, Math.min(open, units));
      default:
        return 0;
    }
  }

  @Value.Check
  void check() {
    if (reason().isBlank()) {
      throw new InvalidValueException("reason", reason(), "every decision needs a reason");
    }
    if (action() == Action.CLOSE_PARTIAL) {
      boolean byQuantity = quantity() > 0;
      boolean byFraction = fraction() > 0 && fraction() <= 1;
      if (byQuantity == byFraction) {
        throw new InvalidValueException("quantity/fraction", quantity() + "/" + fraction(),
            "a partial close needs either a quantity >= 1 or a fraction in (0, 1]");
      }
    }
  }
}
