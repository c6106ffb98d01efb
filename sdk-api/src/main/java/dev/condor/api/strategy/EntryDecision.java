package dev.condor.api.strategy;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.internal.ValueStyle;
import dev.condor.api.order.OrderTicket;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A strategy's answer when asked for an entry: a ticket to place, or no trade; either way with the
 * reason, which the journal keeps (why this strike, why no trade today).
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class EntryDecision {

  EntryDecision() {}

  /** The order to place, if any. */
  public abstract Optional<OrderTicket> ticket();

  /** Why: the numbers behind the strikes, or why nothing qualified. */
  public abstract String reason();

  /** Whether the broker must preview the order first and a failed preview cancels it (S0). */
  @Value.Default
  public boolean previewFirst() {
    return false;
  }

  /** Place this ticket. */
  public static EntryDecision enter(OrderTicket ticket, String reason) {
    return ImmutableEntryDecision.builder().ticket(ticket).reason(reason).build();
  }

  /** Preview this ticket at the broker and place it only if the preview succeeds. */
  public static EntryDecision enterAfterPreview(OrderTicket ticket, String reason) {
    return ImmutableEntryDecision.builder().ticket(ticket).reason(reason).previewFirst(true).build();
  }

  /** No trade now, for this reason. */
  public static EntryDecision skip(String reason) {
    return ImmutableEntryDecision.builder().reason(reason).build();
  }

  @Value.Check
  void check() {
    if (reason().isBlank()) {
      throw new InvalidValueException("reason", reason(), "every decision needs a reason");
    }
  }
}
