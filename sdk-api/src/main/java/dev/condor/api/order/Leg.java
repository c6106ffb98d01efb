package dev.condor.api.order;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.internal.ValueStyle;
import org.immutables.value.Value;

/** One option of a multi-leg order: the contract, buy or sell, and its ratio in the structure. */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class Leg {

  Leg() {}

  /** The option. */
  @Value.Parameter
  public abstract OptionContract contract();

  /** Buy or sell. */
  @Value.Parameter
  public abstract Side side();

  /** Contracts of this leg per unit of the order (1 for spreads and condors). */
  @Value.Default
  public int ratio() {
    return 1;
  }

  /** A 1-ratio sell leg. */
  public static Leg sell(OptionContract contract) {
    return ImmutableLeg.of(contract, Side.SELL);
  }

  /** A 1-ratio buy leg. */
  public static Leg buy(OptionContract contract) {
    return ImmutableLeg.of(contract, Side.BUY);
  }

  /** A leg with a ratio (ratio spreads, custom structures). */
  public static Leg of(OptionContract contract, Side side, int ratio) {
    return ImmutableLeg.builder().contract(contract).side(side).ratio(ratio).build();
  }

  /** The same contract and ratio on the other side, as used to close. */
  public Leg reversed() {
    return ImmutableLeg.builder().from(this).side(side().opposite()).build();
  }

  @Value.Check
  void check() {
    if (ratio() < 1) {
      throw new InvalidValueException("ratio", ratio(), "must be >= 1");
    }
  }

  @Override
  public String toString() {
    return side() + (ratio() == 1 ? " " : " " + ratio() + "x ") + contract();
  }
}
