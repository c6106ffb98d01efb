package dev.condor.api.order;

import dev.condor.api.Stable;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order is in its life, with the transitions allowed between states.
 *
 * <pre>
 *   PENDING_NEW ──▶ WORKING ──▶ PARTIALLY_FILLED ──▶ FILLED
 *        │  ▲          │   ╲            │
 *        ▼  │          ▼    ▶ PENDING_CANCEL ──▶ CANCELLED
 *      UNKNOWN      REJECTED, EXPIRED
 * </pre>
 *
 * <p>{@link #UNKNOWN} is the state of a placement whose outcome was not seen (a timeout, a lost
 * connection): the order must be looked up at the broker by its client order id before anything
 * else, and goes back to {@link #PENDING_NEW} only when the broker confirms it never received it.
 */
@Stable(since = "0.1")
public enum OrderStatus {
  /** Journalled and about to be sent, or sent and not yet acknowledged. */
  PENDING_NEW,
  /** Sent, but whether the broker received it is not known; look it up before any retry. */
  UNKNOWN,
  /** Accepted by the broker and working. */
  WORKING,
  /** Some but not all units filled; the rest still working. */
  PARTIALLY_FILLED,
  /** A cancel was requested and not yet confirmed. */
  PENDING_CANCEL,
  /** Every unit filled. Terminal. */
  FILLED,
  /** Cancelled, possibly after partial fills. Terminal. */
  CANCELLED,
  /** Refused by the broker or by a risk policy. Terminal. */
  REJECTED,
  /** Ended unfilled by its time in force or by expiry. Terminal. */
  EXPIRED;

  private static final Set<OrderStatus> TERMINAL = EnumSet.of(FILLED, CANCELLED, REJECTED, EXPIRED);

  /** Whether nothing more can happen to the order. */
  public boolean isTerminal() {
    return TERMINAL.contains(this);
  }

  /** Whether the order may still fill. */
  public boolean isLive() {
    return !isTerminal();
  }

  /** Whether moving from this state to {@code next} is allowed (staying put always is). */
  public boolean canTransitionTo(OrderStatus next) {
    if (next == this) {
      return true;
    }
    switch (this) {
      case PENDING_NEW:
        return next != PENDING_CANCEL;
      case UNKNOWN:
        return next != PENDING_CANCEL;
      case WORKING:
        return next != PENDING_NEW;
      case PARTIALLY_FILLED:
        return next != PENDING_NEW && next != UNKNOWN && next != REJECTED && next != WORKING;
      case PENDING_CANCEL:
        return next == CANCELLED || next == FILLED || next == PARTIALLY_FILLED || next == WORKING
            || next == EXPIRED;
      default:
        return false;
    }
  }
}
