package dev.condor.api.order;

import static dev.condor.api.order.OrderStatus.CANCELLED;
import static dev.condor.api.order.OrderStatus.EXPIRED;
import static dev.condor.api.order.OrderStatus.FILLED;
import static dev.condor.api.order.OrderStatus.PARTIALLY_FILLED;
import static dev.condor.api.order.OrderStatus.PENDING_CANCEL;
import static dev.condor.api.order.OrderStatus.PENDING_NEW;
import static dev.condor.api.order.OrderStatus.REJECTED;
import static dev.condor.api.order.OrderStatus.UNKNOWN;
import static dev.condor.api.order.OrderStatus.WORKING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderStatusTest {

  private static final OrderStatus[] ORDER = OrderStatus.values();

  /**
   * The allowed transitions, row = from, column = to, columns in the order of the header. Y:
   * allowed, '.': refused. Staying put is always allowed (a venue repeating a state is no change).
   *
   * <p>Reasoning per row: before the broker acknowledges (PENDING_NEW) or while the outcome is
   * unknown (UNKNOWN) any venue outcome may be reported, but nothing can be cancelled before the
   * order is known; a working order never goes back to PENDING_NEW; once something filled the order
   * cannot be unfilled (no WORKING, UNKNOWN, PENDING_NEW) nor rejected; a pending cancel ends
   * cancelled, filled or expired, or goes back to working (cancel refused) or partially filled (a
   * fill raced the cancel); terminal states accept nothing else.
   */
  private static final String TABLE = String.join("\n",
      "                  PN  UN  WO  PF  PC  FI  CA  RE  EX",
      "PENDING_NEW       Y   Y   Y   Y   .   Y   Y   Y   Y ",
      "UNKNOWN           Y   Y   Y   Y   .   Y   Y   Y   Y ",
      "WORKING           .   Y   Y   Y   Y   Y   Y   Y   Y ",
      "PARTIALLY_FILLED  .   .   .   Y   Y   Y   Y   .   Y ",
      "PENDING_CANCEL    .   .   Y   Y   Y   Y   Y   .   Y ",
      "FILLED            .   .   .   .   .   Y   .   .   . ",
      "CANCELLED         .   .   .   .   .   .   Y   .   . ",
      "REJECTED          .   .   .   .   .   .   .   Y   . ",
      "EXPIRED           .   .   .   .   .   .   .   .   Y ");

  @Test
  void everyTransitionMatchesTheExpectationTable() {
    String[] rows = TABLE.split("\n");
    assertEquals(ORDER.length + 1, rows.length);
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (int r = 1; r < rows.length; r++) {
      String[] cells = rows[r].trim().split("\\s+");
      OrderStatus from = OrderStatus.valueOf(cells[0]);
      assertEquals(ORDER[r - 1], from, "rows follow the enum order");
      assertEquals(ORDER.length + 1, cells.length, rows[r]);
      for (int c = 0; c < ORDER.length; c++) {
        String cell = cells[c + 1];
        boolean expected = cell.equals("Y");
        if (from.canTransitionTo(ORDER[c]) != expected) {
          mismatches.add(from + " -> " + ORDER[c] + " expected " + expected);
        }
        checked++;
      }
    }
    assertEquals(List.of(), mismatches);
    assertEquals(81, checked);
  }

  @Test
  void terminalStatesAcceptNoOtherState() {
    for (OrderStatus terminal : EnumSet.of(FILLED, CANCELLED, REJECTED, EXPIRED)) {
      for (OrderStatus next : ORDER) {
        if (next != terminal) {
          assertFalse(terminal.canTransitionTo(next), terminal + " -> " + next);
        }
      }
    }
  }

  @Test
  void unknownGoesBackToPendingNewWhenTheBrokerNeverSawTheOrder() {
    assertTrue(UNKNOWN.canTransitionTo(PENDING_NEW));
    assertTrue(PENDING_NEW.canTransitionTo(UNKNOWN));
  }

  @Test
  void unknownMayTurnOutFilled() {
    assertTrue(UNKNOWN.canTransitionTo(FILLED));
    assertTrue(UNKNOWN.canTransitionTo(WORKING));
  }

  @Test
  void nothingIsCancelledBeforeItsOutcomeIsKnown() {
    assertFalse(UNKNOWN.canTransitionTo(PENDING_CANCEL));
    assertFalse(PENDING_NEW.canTransitionTo(PENDING_CANCEL));
  }

  @Test
  void partiallyFilledNeverGoesBackToWorking() {
    assertFalse(PARTIALLY_FILLED.canTransitionTo(WORKING));
    assertTrue(PARTIALLY_FILLED.canTransitionTo(FILLED));
    assertTrue(PARTIALLY_FILLED.canTransitionTo(CANCELLED));
  }

  @Test
  void terminalAndLiveStates() {
    assertEquals(EnumSet.of(FILLED, CANCELLED, REJECTED, EXPIRED),
        EnumSet.copyOf(List.of(ORDER).stream().filter(OrderStatus::isTerminal).toList()));
    for (OrderStatus s : ORDER) {
      assertEquals(!s.isTerminal(), s.isLive(), s.toString());
    }
  }
}
