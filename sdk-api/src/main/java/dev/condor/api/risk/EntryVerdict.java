package dev.condor.api.risk;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A risk policy's answer to a proposed entry: allow it, allow fewer units, or reject it, with
 * the reason the journal keeps.
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class EntryVerdict {

  private static final EntryVerdict ALLOW =
      ImmutableEntryVerdict.builder().outcome(Outcome.ALLOW).reason("allowed").build();

  EntryVerdict() {}

  /** The possible outcomes. */
  @Stable(since = "0.1")
  public enum Outcome {
    /** Place as proposed. */
    ALLOW,
    /** Place with {@link #quantity()} units instead. */
    RESIZE,
    /** Do not place. */
    REJECT
  }

  /** The outcome. */
  public abstract Outcome outcome();

  /** The units allowed for {@link Outcome#RESIZE}; 0 otherwise. */
  @Value.Default
  public int quantity() {
    return 0;
  }

  /** Why. */
  public abstract String reason();

  /** Place as proposed. */
  public static EntryVerdict allow() {
    return ALLOW;
  }

  /** Place with fewer units. */
  public static EntryVerdict resize(int quantity, String reason) {
    return ImmutableEntryVerdict.builder().outcome(Outcome.RESIZE).quantity(quantity)
        .reason(reason).build();
  }

  /** Do not place. */
  public static EntryVerdict reject(String reason) {
    return ImmutableEntryVerdict.builder().outcome(Outcome.REJECT).reason(reason).build();
  }

  @Value.Check
  void check() {
    if (outcome() == Outcome.RESIZE && quantity() < 1) {
      throw new InvalidValueException("quantity", quantity(),
          "a resize allows at least 1 unit (reject instead)");
    }
    if (reason().isBlank()) {
      throw new InvalidValueException("reason", reason(), "every verdict needs a reason");
    }
  }
}
