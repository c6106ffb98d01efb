package dev.condor.core.broker.paper;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Leg;
import dev.condor.api.order.Side;
import java.util.List;

/**
 * The structure one opening order put on, with the buying power it holds: the legs as opened,
 * how many contracts of each are still open, and the dollars held for the units filled.
 *
 * <p>The hold of a unit is its buying-power effect at the fill price plus the credit it brought
 * in (a credit spread holds its width times the multiplier, a cash-secured put its strike, a
 * debit structure nothing beyond the cash already paid). What is still held scales with the most
 * open units of any leg: closing whole units frees their share, while closing only some legs (a
 * broken spread) frees nothing until the last leg goes, which is conservative where a venue
 * would charge the naked remainder more.
 */
final class Lot {

  private final ClientOrderId openedBy;
  private final List<Leg> legs;
  private final int[] open;
  private int unitsFilled;
  private double holdFilled;

  Lot(ClientOrderId openedBy, List<Leg> legs) {
    this.openedBy = openedBy;
    this.legs = List.copyOf(legs);
    this.open = new int[legs.size()];
  }

  private Lot(Lot other) {
    this.openedBy = other.openedBy;
    this.legs = other.legs;
    this.open = other.open.clone();
    this.unitsFilled = other.unitsFilled;
    this.holdFilled = other.holdFilled;
  }

  /** A copy to try a closing order on without changing this one. */
  Lot copy() {
    return new Lot(this);
  }

  ClientOrderId openedBy() {
    return openedBy;
  }

  /** Books {@code units} more units filled, holding {@code hold} dollars for them. */
  void opened(int units, double hold) {
    for (int i = 0; i < legs.size(); i++) {
      open[i] += legs.get(i).ratio() * units;
    }
    unitsFilled += units;
    holdFilled += hold;
  }

  /** The dollars still held. */
  double hold() {
    if (unitsFilled == 0) {
      return 0;
    }
    double openUnits = 0;
    for (int i = 0; i < legs.size(); i++) {
      openUnits = Math.max(openUnits, (double) open[i] / legs.get(i).ratio());
    }
    return holdFilled * openUnits / unitsFilled;
  }

  /** Whether every leg is closed. */
  boolean isEmpty() {
    for (int count : open) {
      if (count > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a closing order's legs are exactly this structure reversed, so it should be matched
   * here before lots that merely share a contract.
   */
  boolean isClosedBy(List<Leg> closingLegs) {
    if (closingLegs.size() != legs.size()) {
      return false;
    }
    for (Leg closing : closingLegs) {
      boolean found = false;
      for (Leg leg : legs) {
        if (leg.contract().equals(closing.contract()) && leg.side() == closing.side().opposite()
            && leg.ratio() == closing.ratio()) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * Closes up to {@code contracts} contracts of {@code contract} opened on {@code side}; returns
   * how many it closed.
   */
  int close(OptionContract contract, Side side, int contracts) {
    int closed = 0;
    for (int i = 0; i < legs.size() && closed < contracts; i++) {
      Leg leg = legs.get(i);
      if (leg.contract().equals(contract) && leg.side() == side) {
        int take = Math.min(open[i], contracts - closed);
        open[i] -= take;
        closed += take;
      }
    }
    return closed;
  }

  /** Drops every open contract of {@code contract}: it expired and was settled. */
  void expire(OptionContract contract) {
    for (int i = 0; i < legs.size(); i++) {
      if (legs.get(i).contract().equals(contract)) {
        open[i] = 0;
      }
    }
  }

  /** The contracts of the structure. */
  List<Leg> legs() {
    return legs;
  }
}
