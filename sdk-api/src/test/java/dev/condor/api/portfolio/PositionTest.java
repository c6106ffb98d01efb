package dev.condor.api.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.Structure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionTest {

  private static final LocalDate DEC20 = LocalDate.of(2024, 12, 20);
  private static final ClientOrderId ID = ClientOrderId.of("s2-ic-1");

  private static OptionContract put(double strike) {
    return OptionContract.of("SPXW", DEC20, strike, OptionRight.PUT);
  }

  private static OptionContract call(double strike) {
    return OptionContract.of("SPXW", DEC20, strike, OptionRight.CALL);
  }

  private static Position position(OrderTicket openedBy, int quantity, NetPrice openPrice) {
    return Position.builder().openedBy(openedBy).quantity(quantity).openPrice(openPrice)
        .openedAt(Instant.parse("2024-12-20T14:36:05Z")).build();
  }

  private static OrderTicket putVertical(int quantity) {
    // short 5775 / long 5765: 10 wide
    return OrderTicket.creditVertical(ID, put(5775), put(5765), quantity, 1.50);
  }

  @Test
  void maxLossOfACreditVerticalIsWidthLessCreditTimesMultiplierTimesQuantity() {
    // (10 - 1.50) x 100 x 2 = 1700
    assertEquals(1700.0, position(putVertical(2), 2, NetPrice.credit(1.50)).maxLoss(), 1e-9);
  }

  @Test
  void maxLossCountsOnlyTheOpenUnits() {
    // opened 3, 1 still open: (10 - 1.50) x 100 x 1 = 850
    assertEquals(850.0, position(putVertical(3), 1, NetPrice.credit(1.50)).maxLoss(), 1e-9);
  }

  @Test
  void maxLossOfAnIronCondorUsesTheWiderWing() {
    // put wing 5775 - 5765 = 10, call wing 5840 - 5825 = 15: (15 - 2.10) x 100 x 1 = 1290
    OrderTicket ic = OrderTicket.shortIronCondor(ID, put(5765), put(5775), call(5825), call(5840),
        1, 2.10);
    assertEquals(1290.0, position(ic, 1, NetPrice.credit(2.10)).maxLoss(), 1e-9);
  }

  @Test
  void maxLossOfADebitVerticalIsTheDebitPaid() {
    OrderTicket debit = OrderTicket.builder().clientOrderId(ID).structure(Structure.VERTICAL)
        .legs(List.of(Leg.buy(put(5775)), Leg.sell(put(5765)))).quantity(2)
        .limitPrice(NetPrice.debit(3.20)).build();
    // 3.20 x 100 x 2 = 640
    assertEquals(640.0, position(debit, 2, NetPrice.debit(3.20)).maxLoss(), 1e-9);
  }

  @Test
  void maxLossIsNeverNegativeWhenTheCreditExceedsTheWidth() {
    assertEquals(0.0, position(putVertical(1), 1, NetPrice.credit(10.50)).maxLoss());
  }

  @Test
  void maxLossOfAShortStrangleOrNakedCallIsInfinite() {
    OrderTicket strangle = OrderTicket.shortStrangle(ID, put(5700), call(5900), 1, 3.20);
    assertEquals(Double.POSITIVE_INFINITY,
        position(strangle, 1, NetPrice.credit(3.20)).maxLoss());
    OrderTicket nakedCall = OrderTicket.single(ID, Leg.sell(call(5900)), 1, NetPrice.credit(0.45));
    assertEquals(Double.POSITIVE_INFINITY, position(nakedCall, 1, NetPrice.credit(0.45)).maxLoss());
  }

  @Test
  void maxLossOfAShortPutIsTheStrikeLessThePremium() {
    // the wheel's short put: (5700 - 0.45) x 100 x 2 = 1,139,910
    OrderTicket shortPut = OrderTicket.single(ID, Leg.sell(put(5700)), 2, NetPrice.credit(0.45));
    assertEquals(1_139_910.0, position(shortPut, 2, NetPrice.credit(0.45)).maxLoss(), 1e-6);
  }

  @Test
  void maxLossOfALongOptionIsThePremiumPaid() {
    OrderTicket longPut = OrderTicket.single(ID, Leg.buy(put(5700)), 4, NetPrice.debit(0.45));
    // 0.45 x 100 x 4 = 180
    assertEquals(180.0, position(longPut, 4, NetPrice.debit(0.45)).maxLoss(), 1e-9);
  }

  @Test
  void pnlIfClosedAtIsCreditLessDebitTimesMultiplierTimesQuantity() {
    Position p = position(putVertical(2), 2, NetPrice.credit(1.50));
    // (1.50 - 0.70) x 100 x 2 = +160
    assertEquals(160.0, p.pnlIfClosedAt(NetPrice.debit(0.70)), 1e-9);
    // (1.50 - 3.00) x 100 x 2 = -300
    assertEquals(-300.0, p.pnlIfClosedAt(NetPrice.debit(3.00)), 1e-9);
    // expiring worthless: closed at 0, the whole credit: 1.50 x 100 x 2 = 300
    assertEquals(300.0, p.pnlIfClosedAt(NetPrice.debit(0)), 1e-9);
  }

  @Test
  void idUnderlyingAndMultiplierComeFromTheOpeningTicket() {
    Position p = position(putVertical(2), 2, NetPrice.credit(1.50));
    assertEquals("s2-ic-1", p.id());
    assertEquals(Underlying.SPX, p.underlying());
    assertEquals(100, p.multiplier());
    assertEquals(0.0, p.commissions());
  }

  @Test
  void rejectsMoreOpenUnitsThanOpenedOrNone() {
    InvalidValueException tooMany = assertThrows(InvalidValueException.class,
        () -> position(putVertical(2), 3, NetPrice.credit(1.50)));
    assertEquals("quantity", tooMany.field());
    assertEquals("[CONDOR-INVALID-VALUE] quantity = 3: must be between 1 and the opening quantity 2",
        tooMany.getMessage());
    assertThrows(InvalidValueException.class,
        () -> position(putVertical(2), 0, NetPrice.credit(1.50)));
  }

  @Test
  void rejectsNegativeCommissions() {
    assertEquals("commissions", assertThrows(InvalidValueException.class,
        () -> Position.builder().from(position(putVertical(1), 1, NetPrice.credit(1.50)))
            .commissions(-1).build()).field());
  }

  @Test
  void contractPositionIsNeverFlat() {
    ContractPosition shortPut = ContractPosition.builder().contract(put(5775)).quantity(-2)
        .averagePrice(2.50).build();
    assertEquals(-2, shortPut.quantity());
    assertEquals("quantity", assertThrows(InvalidValueException.class,
        () -> ContractPosition.builder().contract(put(5775)).quantity(0).averagePrice(2.50)
            .build()).field());
    assertEquals("averagePrice", assertThrows(InvalidValueException.class,
        () -> ContractPosition.builder().contract(put(5775)).quantity(1)
            .averagePrice(Double.NaN).build()).field());
  }

  @Test
  void accountCanAffordUpToItsBuyingPower() {
    Account a = Account.builder().accountId("5WT00001").cash(50_000).netLiquidation(52_000)
        .buyingPower(40_000).time(Instant.EPOCH).build();
    assertEquals(true, a.canAfford(40_000));
    assertEquals(false, a.canAfford(40_000.01));
    assertEquals("accountId", assertThrows(InvalidValueException.class,
        () -> Account.builder().from(a).accountId(" ").build()).field());
    assertEquals("balances", assertThrows(InvalidValueException.class,
        () -> Account.builder().from(a).cash(Double.NaN).build()).field());
  }
}
