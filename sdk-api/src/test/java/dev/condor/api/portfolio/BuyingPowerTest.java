package dev.condor.api.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.Structure;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuyingPowerTest {

  private static final LocalDate DEC20 = LocalDate.of(2024, 12, 20);
  private static final ClientOrderId ID = ClientOrderId.of("bp-1");
  private static final double EPS = 1e-6;

  private static OptionContract spxw(double strike, OptionRight right) {
    return OptionContract.of("SPXW", DEC20, strike, right);
  }

  private static OrderTicket single(Leg leg, int quantity, NetPrice price) {
    return OrderTicket.single(ID, leg, quantity, price);
  }

  // ---- defined risk ----

  @Test
  void creditVerticalTiesUpWidthLessCreditPerUnit() {
    OrderTicket t = OrderTicket.creditVertical(ID, spxw(5775, OptionRight.PUT),
        spxw(5765, OptionRight.PUT), 2, 1.50);
    // (10 x 100 - 1.50 x 100) x 2 = (1000 - 150) x 2 = 1700
    assertEquals(1700.0, BuyingPower.of(t, NetPrice.credit(1.50), 5800), EPS);
    // filled better, at 1.80: (1000 - 180) x 2 = 1640
    assertEquals(1640.0, BuyingPower.of(t, NetPrice.credit(1.80), 5800), EPS);
  }

  @Test
  void ironCondorCountsItsWiderWingOnce() {
    OrderTicket t = OrderTicket.shortIronCondor(ID, spxw(5765, OptionRight.PUT),
        spxw(5775, OptionRight.PUT), spxw(5825, OptionRight.CALL), spxw(5840, OptionRight.CALL),
        3, 2.10);
    // wings 10 and 15: (15 x 100 - 2.10 x 100) x 3 = 1290 x 3 = 3870
    assertEquals(3870.0, BuyingPower.of(t, NetPrice.credit(2.10), 5800), EPS);
  }

  @Test
  void debitVerticalTiesUpTheDebit() {
    OrderTicket t = OrderTicket.builder().clientOrderId(ID).structure(Structure.VERTICAL)
        .legs(List.of(Leg.buy(spxw(5775, OptionRight.PUT)), Leg.sell(spxw(5765, OptionRight.PUT))))
        .quantity(2).limitPrice(NetPrice.debit(3.20)).build();
    // 3.20 x 100 x 2 = 640
    assertEquals(640.0, BuyingPower.of(t, NetPrice.debit(3.20), 5800), EPS);
  }

  @Test
  void creditAboveTheWidthTiesUpNothing() {
    OrderTicket t = OrderTicket.creditVertical(ID, spxw(5775, OptionRight.PUT),
        spxw(5765, OptionRight.PUT), 1, 10.50);
    assertEquals(0.0, BuyingPower.of(t, NetPrice.credit(10.50), 5800));
  }

  // ---- single options ----

  @Test
  void shortPutIsCashSecured() {
    OptionContract put = spxw(5280, OptionRight.PUT);
    // (5280 - 15.40) x 100 = 5264.60 x 100 = 526,460
    assertEquals(526_460.0, BuyingPower.cashSecuredPut(put, 15.40), EPS);
    // two contracts through the ticket: 1,052,920
    assertEquals(1_052_920.0,
        BuyingPower.of(single(Leg.sell(put), 2, NetPrice.credit(15.40)), NetPrice.credit(15.40),
            5800), EPS);
  }

  @Test
  void longOptionTiesUpThePremiumPaid() {
    OrderTicket t = single(Leg.buy(spxw(5700, OptionRight.PUT)), 4, NetPrice.debit(0.45));
    // 0.45 x 100 x 4 = 180
    assertEquals(180.0, BuyingPower.of(t, NetPrice.debit(0.45), 5800), EPS);
  }

  @Test
  void nakedShortCallOnSpxUsesFifteenPercentOfTheIndex() {
    // SPX 5800, call 6000 (200 OTM), premium 2.00:
    // 15 % x 5800 = 870; 870 - 200 = 670 > floor 10 % x 5800 = 580; (2.00 + 670) x 100 = 67,200
    OptionContract call = spxw(6000, OptionRight.CALL);
    assertEquals(67_200.0, BuyingPower.nakedShort(call, 2.00, 5800), EPS);
    assertEquals(134_400.0,
        BuyingPower.of(single(Leg.sell(call), 2, NetPrice.credit(2.00)), NetPrice.credit(2.00),
            5800), EPS);
  }

  @Test
  void nakedShortCallOnSpxFarOutOfTheMoneyPaysTheTenPercentFloor() {
    // call 6400 (600 OTM), premium 0.50: 870 - 600 = 270 < floor 580; (0.50 + 580) x 100 = 58,050
    assertEquals(58_050.0, BuyingPower.nakedShort(spxw(6400, OptionRight.CALL), 0.50, 5800), EPS);
  }

  @Test
  void nakedShortCallOnSpyUsesTwentyPercent() {
    OptionContract call = OptionContract.of("SPY", DEC20, 600, OptionRight.CALL);
    // SPY 580, call 600 (20 OTM), premium 0.50:
    // 20 % x 580 = 116; 116 - 20 = 96 > floor 58; (0.50 + 96) x 100 = 9,650
    assertEquals(9_650.0, BuyingPower.nakedShort(call, 0.50, 580), EPS);
  }

  @Test
  void nakedShortCallOnSpyFarOutOfTheMoneyPaysTheTenPercentFloor() {
    OptionContract call = OptionContract.of("SPY", DEC20, 650, OptionRight.CALL);
    // call 650 (70 OTM), premium 0.10: 116 - 70 = 46 < floor 58; (0.10 + 58) x 100 = 5,810
    assertEquals(5_810.0, BuyingPower.nakedShort(call, 0.10, 580), EPS);
  }

  @Test
  void xspIsAnIndexAtFifteenPercent() {
    OptionContract call = OptionContract.of("XSP", DEC20, 600, OptionRight.CALL);
    // 15 % x 580 = 87; 87 - 20 = 67 > 58; (0.50 + 67) x 100 = 6,750
    assertEquals(6_750.0, BuyingPower.nakedShort(call, 0.50, 580), EPS);
  }

  @Test
  void nakedShortPutFloorIsTenPercentOfTheStrike() {
    // SPX 5800, put 5600 (200 OTM), premium 2.00: 870 - 200 = 670 > 560; (2 + 670) x 100 = 67,200
    assertEquals(67_200.0, BuyingPower.nakedShort(spxw(5600, OptionRight.PUT), 2.00, 5800), EPS);
    // put 5000 (800 OTM), premium 0.50: 870 - 800 = 70 < 10 % x 5000 = 500;
    // (0.50 + 500) x 100 = 50,050
    assertEquals(50_050.0, BuyingPower.nakedShort(spxw(5000, OptionRight.PUT), 0.50, 5800), EPS);
  }

  @Test
  void nakedShortRejectsANonPositiveUnderlyingPrice() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> BuyingPower.nakedShort(spxw(6000, OptionRight.CALL), 2, 0));
    assertEquals("underlyingPrice", e.field());
  }

  // ---- strangles and custom ----

  @Test
  void shortStrangleTiesUpTheLargerSideAndTheOtherSidesPremium() {
    OrderTicket t = OrderTicket.shortStrangle(ID, spxw(5700, OptionRight.PUT),
        spxw(6000, OptionRight.CALL), 2, 4.00);
    // net 4.00 split 2.00 / 2.00; SPX 5800:
    // put 5700 (100 OTM): 870 - 100 = 770 > 570 -> (2 + 770) x 100 = 77,200
    // call 6000 (200 OTM): 870 - 200 = 670 > 580 -> (2 + 670) x 100 = 67,200
    // per unit 77,200 + 2.00 x 100 = 77,400; two units 154,800
    assertEquals(154_800.0, BuyingPower.of(t, NetPrice.credit(4.00), 5800), EPS);
  }

  @Test
  void customStructuresAreNotModelled() {
    OrderTicket calendar = OrderTicket.builder().clientOrderId(ID).structure(Structure.CUSTOM)
        .legs(List.of(Leg.sell(spxw(5775, OptionRight.PUT)),
            Leg.buy(OptionContract.of("SPXW", DEC20.plusDays(7), 5775, OptionRight.PUT))))
        .quantity(1).limitPrice(NetPrice.debit(1.00)).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> BuyingPower.of(calendar, NetPrice.debit(1.00), 5800));
    assertEquals("structure", e.field());
    assertTrue(e.getMessage().contains("not modelled"), e.getMessage());
  }
}
