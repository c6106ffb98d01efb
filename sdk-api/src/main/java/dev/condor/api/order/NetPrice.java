package dev.condor.api.order;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The net price of one unit of a (multi-leg) order in the underlying's points: an amount, never
 * negative, and whether it is received (credit) or paid (debit). An iron condor opened for 1.50
 * is {@code NetPrice.credit(1.50)}: $150 per contract with a multiplier of 100.
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class NetPrice {

  NetPrice() {}

  /** The amount, in points, &gt;= 0. */
  @Value.Parameter
  public abstract double amount();

  /** Credit or debit. */
  @Value.Parameter
  public abstract PriceEffect effect();

  /** A credit of {@code amount} points. */
  public static NetPrice credit(double amount) {
    return ImmutableNetPrice.of(amount, PriceEffect.CREDIT);
  }

  /** A debit of {@code amount} points. */
  public static NetPrice debit(double amount) {
    return ImmutableNetPrice.of(amount, PriceEffect.DEBIT);
  }

  /**
   * The price from a signed cash flow per unit: positive is a credit, negative a debit (zero is a
   * zero credit).
   */
  public static NetPrice ofSigned(double signedAmount) {
    return signedAmount >= 0 ? credit(signedAmount) : debit(-signedAmount);
  }

  /** The cash flow per unit: {@code +amount} for a credit, {@code -amount} for a debit. */
  public double signed() {
    return effect() == PriceEffect.CREDIT ? amount() : -amount();
  }

  @Value.Check
  void check() {
    if (!(amount() >= 0) || Double.isInfinite(amount())) {
      throw new InvalidValueException("price", amount(),
          "must be a finite amount >= 0 (use credit() or debit() for the direction)");
    }
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.2f %s", amount(), effect());
  }
}
