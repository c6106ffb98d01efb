package dev.condor.api.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionTest {

  private static final LocalDate DEC20 = LocalDate.of(2024, 12, 20);

  private static OrderTicket vertical() {
    return OrderTicket.creditVertical(ClientOrderId.of("s0-1"),
        OptionContract.of("SPXW", DEC20, 5775, OptionRight.PUT),
        OptionContract.of("SPXW", DEC20, 5765, OptionRight.PUT), 1, 1.50);
  }

  private static ExitDecision closeQuantity(int quantity) {
    return ExitDecision.closeUnitsAtMarket(quantity, "red line");
  }

  // ---- exits ----

  @Test
  void closeClosesEveryOpenUnit() {
    assertEquals(5, ExitDecision.closeAtMarket("stop loss").unitsToClose(5));
    assertEquals(1, ExitDecision.closeAtLimit(NetPrice.debit(0.70), "profit target")
        .unitsToClose(1));
  }

  @Test
  void holdClosesNothing() {
    assertEquals(0, ExitDecision.hold().unitsToClose(5));
    assertTrue(ExitDecision.hold().isHold());
    assertFalse(ExitDecision.closeAtMarket("x").isHold());
  }

  @Test
  void aFractionIsRoundedUp() {
    // 50 % of 3 = 1.5 -> 2
    assertEquals(2, ExitDecision.closeFractionAtMarket(0.5, "red line").unitsToClose(3));
    // 50 % of 4 = 2
    assertEquals(2, ExitDecision.closeFractionAtMarket(0.5, "red line").unitsToClose(4));
    // 25 % of 10 = 2.5 -> 3
    assertEquals(3, ExitDecision.closeFractionAtMarket(0.25, "red line").unitsToClose(10));
    // 100 % of 7 = 7
    assertEquals(7, ExitDecision.closeFractionAtMarket(1.0, "red line").unitsToClose(7));
  }

  @Test
  void aFractionOfASingleOpenUnitClosesIt() {
    // 10 % of 1 = 0.1 -> 1
    assertEquals(1, ExitDecision.closeFractionAtMarket(0.1, "red line").unitsToClose(1));
    assertEquals(1, ExitDecision.closeFractionAtMarket(0.5, "red line").unitsToClose(1));
  }

  @Test
  void aQuantityIsCappedAtTheOpenUnits() {
    assertEquals(2, closeQuantity(2).unitsToClose(3));
    assertEquals(3, closeQuantity(5).unitsToClose(3));
  }

  @Test
  void closeAtLimitKeepsItsLimitAndMarketHasNone() {
    assertEquals(Optional.of(NetPrice.debit(0.70)),
        ExitDecision.closeAtLimit(NetPrice.debit(0.70), "target").limit());
    assertEquals(Optional.empty(), ExitDecision.closeAtMarket("stop").limit());
    assertEquals(Optional.empty(), ExitDecision.closeFractionAtMarket(0.5, "red line").limit());
  }

  @Test
  void aPartialCloseNeedsEitherAQuantityOrAFractionInZeroToOne() {
    for (double bad : new double[] {0, -0.5, 1.01, Double.NaN}) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> ExitDecision.closeFractionAtMarket(bad, "red line"), "fraction " + bad);
      assertEquals("quantity/fraction", e.field());
    }
    assertThrows(InvalidValueException.class,
        () -> ImmutableExitDecision.builder().action(ExitDecision.Action.CLOSE_PARTIAL)
            .quantity(1).fraction(0.5).reason("both").build());
  }

  @Test
  void exitDecisionsNeedAReason() {
    assertEquals("reason", assertThrows(InvalidValueException.class,
        () -> ExitDecision.closeAtMarket(" ")).field());
    assertThrows(InvalidValueException.class,
        () -> ExitDecision.closeFractionAtMarket(0.5, ""));
    assertEquals("hold", ExitDecision.hold().reason());
  }

  // ---- entries ----

  @Test
  void entryDecisionsCarryTheTicketAndTheReason() {
    OrderTicket t = vertical();
    EntryDecision enter = EntryDecision.enter(t, "5775 is 25 points below spot");
    assertEquals(Optional.of(t), enter.ticket());
    assertFalse(enter.previewFirst());
    assertTrue(EntryDecision.enterAfterPreview(t, "S0 previews first").previewFirst());
    EntryDecision skip = EntryDecision.skip("VIX1D above 20");
    assertEquals(Optional.empty(), skip.ticket());
    assertEquals("VIX1D above 20", skip.reason());
  }

  @Test
  void entryDecisionsNeedANonBlankReason() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> EntryDecision.skip("  "));
    assertEquals("reason", e.field());
    assertTrue(e.getMessage().contains("every decision needs a reason"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> EntryDecision.enter(vertical(), ""));
  }
}
