package dev.condor.api.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderTicketTest {

  private static final LocalDate DEC20 = LocalDate.of(2024, 12, 20);
  private static final LocalDate DEC27 = LocalDate.of(2024, 12, 27);
  private static final ClientOrderId ID = ClientOrderId.of("s0-20241220-1");

  private static OptionContract put(double strike) {
    return OptionContract.of("SPXW", DEC20, strike, OptionRight.PUT);
  }

  private static OptionContract call(double strike) {
    return OptionContract.of("SPXW", DEC20, strike, OptionRight.CALL);
  }

  /** A limit ticket of a structure, one unit, 1.00 credit. */
  private static OrderTicket ticket(Structure structure, Leg... legs) {
    return OrderTicket.builder().clientOrderId(ID).structure(structure).legs(List.of(legs))
        .quantity(1).limitPrice(NetPrice.credit(1.00)).build();
  }

  private static InvalidValueException rejected(Structure structure, Leg... legs) {
    return assertThrows(InvalidValueException.class, () -> ticket(structure, legs));
  }

  private static void assertMessageContains(Exception e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), "\"" + part + "\" not in: " + e.getMessage());
    }
  }

  // ---- valid structures ----

  @Test
  void buildsACreditVertical() {
    OrderTicket t = OrderTicket.creditVertical(ID, put(5775), put(5765), 2, 1.50);
    assertEquals(Structure.VERTICAL, t.structure());
    assertEquals(List.of(Leg.sell(put(5775)), Leg.buy(put(5765))), t.legs());
    assertEquals(2, t.quantity());
    assertEquals(OrderType.LIMIT, t.orderType());
    assertEquals(Optional.of(NetPrice.credit(1.50)), t.limitPrice());
    assertEquals(TimeInForce.DAY, t.timeInForce());
    assertEquals(PositionEffect.OPEN, t.positionEffect());
    assertEquals(Underlying.SPX, t.underlying());
    assertEquals(Optional.of(DEC20), t.expiry());
    assertEquals(10.0, t.width()); // 5775 - 5765
  }

  @Test
  void buildsAShortIronCondorWhoseWidthIsTheWiderWing() {
    // put wing 5775 - 5765 = 10, call wing 5840 - 5825 = 15
    OrderTicket t = OrderTicket.shortIronCondor(ID, put(5765), put(5775), call(5825), call(5840),
        1, 2.10);
    assertEquals(Structure.IRON_CONDOR, t.structure());
    assertEquals(4, t.legs().size());
    assertEquals(15.0, t.width());
  }

  @Test
  void buildsAShortStrangleOfWidthZero() {
    OrderTicket t = OrderTicket.shortStrangle(ID, put(5700), call(5900), 1, 3.20);
    assertEquals(Structure.STRANGLE, t.structure());
    assertEquals(List.of(Leg.sell(put(5700)), Leg.sell(call(5900))), t.legs());
    assertEquals(0.0, t.width());
  }

  @Test
  void aStrangleMayUseOneStrikeForBothLegs() {
    // a straddle: put strike at (not above) the call strike
    assertEquals(Structure.STRANGLE,
        OrderTicket.shortStrangle(ID, put(5800), call(5800), 1, 20).structure());
  }

  @Test
  void buildsASingleOption() {
    OrderTicket t = OrderTicket.single(ID, Leg.sell(put(5700)), 3, NetPrice.credit(0.45));
    assertEquals(Structure.SINGLE, t.structure());
    assertEquals(3, t.quantity());
    assertEquals(0.0, t.width());
  }

  @Test
  void aCustomStructureMaySpanExpiries() {
    OrderTicket calendar = ticket(Structure.CUSTOM, Leg.sell(put(5775)),
        Leg.buy(OptionContract.of("SPXW", DEC27, 5775, OptionRight.PUT)));
    assertEquals(Optional.empty(), calendar.expiry());
  }

  // ---- verticals ----

  @Test
  void rejectsVerticalWhoseLegsHaveDifferentExpiries() {
    InvalidValueException e = rejected(Structure.VERTICAL, Leg.sell(put(5775)),
        Leg.buy(OptionContract.of("SPXW", DEC27, 5765, OptionRight.PUT)));
    assertEquals("legs", e.field());
    assertMessageContains(e, "one expiry", "2024-12-20", "2024-12-27");
  }

  @Test
  void rejectsVerticalWithTheSameContractTwice() {
    InvalidValueException e = rejected(Structure.VERTICAL, Leg.sell(put(5775)), Leg.buy(put(5775)));
    assertMessageContains(e, "SPXW 241220P05775000 appears twice");
  }

  @Test
  void rejectsVerticalWithTheSameStrikeUnderTwoRoots() {
    // the AM monthly (SPX) and the PM weekly (SPXW) of one day are different contracts
    InvalidValueException e = rejected(Structure.VERTICAL,
        Leg.sell(OptionContract.of("SPX", DEC20, 5775, OptionRight.PUT)), Leg.buy(put(5775)));
    assertMessageContains(e, "two different strikes");
  }

  @Test
  void rejectsVerticalThatSellsBothLegs() {
    InvalidValueException e = rejected(Structure.VERTICAL, Leg.sell(put(5775)), Leg.sell(put(5765)));
    assertMessageContains(e, "buys one leg and sells the other");
  }

  @Test
  void rejectsVerticalOfAPutAndACall() {
    InvalidValueException e = rejected(Structure.VERTICAL, Leg.sell(put(5775)), Leg.buy(call(5825)));
    assertMessageContains(e, "two calls or two puts");
  }

  @Test
  void rejectsVerticalWithUnequalRatios() {
    Leg twoLong = Leg.of(put(5765), Side.BUY, 2);
    InvalidValueException e = rejected(Structure.VERTICAL, Leg.sell(put(5775)), twoLong);
    assertMessageContains(e, "equal ratios");
  }

  @Test
  void rejectsVerticalWithThreeLegs() {
    InvalidValueException e = rejected(Structure.VERTICAL, Leg.sell(put(5775)), Leg.buy(put(5765)),
        Leg.buy(put(5755)));
    assertMessageContains(e, "a VERTICAL has 2 leg(s), found 3");
  }

  // ---- iron condors ----

  @Test
  void rejectsIronCondorWithItsCallSpreadBelowItsPutSpread() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> OrderTicket.shortIronCondor(ID, put(5840), put(5850), call(5775), call(5790), 1, 2));
    assertMessageContains(e, "put spread below its call spread",
        "put strike 5850.0 above call strike 5775.0");
  }

  @Test
  void rejectsIronCondorWithThreeLegs() {
    InvalidValueException e = rejected(Structure.IRON_CONDOR, Leg.buy(put(5765)),
        Leg.sell(put(5775)), Leg.sell(call(5825)));
    assertMessageContains(e, "a IRON_CONDOR has 4 leg(s), found 3");
  }

  @Test
  void rejectsIronCondorThatSellsTheInnerPutButBuysTheInnerCall() {
    // both spreads are valid verticals, but the put side is short and the call side long
    InvalidValueException e = rejected(Structure.IRON_CONDOR, Leg.buy(put(5765)),
        Leg.sell(put(5775)), Leg.buy(call(5825)), Leg.sell(call(5840)));
    assertMessageContains(e, "sells (or buys) both inner strikes");
  }

  @Test
  void rejectsIronCondorOfThreePutsAndOneCall() {
    InvalidValueException e = rejected(Structure.IRON_CONDOR, Leg.buy(put(5765)),
        Leg.sell(put(5775)), Leg.sell(put(5785)), Leg.buy(call(5840)));
    assertMessageContains(e, "two puts and two calls");
  }

  @Test
  void rejectsIronCondorWhoseLegsSpanExpiries() {
    InvalidValueException e = rejected(Structure.IRON_CONDOR, Leg.buy(put(5765)),
        Leg.sell(put(5775)), Leg.sell(call(5825)),
        Leg.buy(OptionContract.of("SPXW", DEC27, 5840, OptionRight.CALL)));
    assertMessageContains(e, "2024-12-20", "2024-12-27");
  }

  // ---- strangles and singles ----

  @Test
  void rejectsStrangleWithThePutStrikeAboveTheCallStrike() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> OrderTicket.shortStrangle(ID, put(5900), call(5700), 1, 3));
    assertMessageContains(e, "put strike at or below the call strike");
  }

  @Test
  void rejectsStrangleOfTwoPutsOrOfOneBuyAndOneSell() {
    assertMessageContains(rejected(Structure.STRANGLE, Leg.sell(put(5700)), Leg.sell(put(5690))),
        "one put and one call");
    assertMessageContains(rejected(Structure.STRANGLE, Leg.sell(put(5700)), Leg.buy(call(5900))),
        "buys or sells both legs");
  }

  @Test
  void rejectsSingleWithTwoLegs() {
    assertMessageContains(rejected(Structure.SINGLE, Leg.sell(put(5700)), Leg.buy(put(5690))),
        "a SINGLE has 1 leg(s), found 2");
  }

  // ---- ticket-wide rules ----

  @Test
  void rejectsALimitTicketWithoutAPrice() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> OrderTicket.builder().clientOrderId(ID).structure(Structure.SINGLE)
            .addLegs(Leg.sell(put(5700))).quantity(1).build());
    assertEquals("limitPrice", e.field());
    assertMessageContains(e, "required for a LIMIT order");
  }

  @Test
  void rejectsAMarketTicketWithAPrice() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> OrderTicket.builder().clientOrderId(ID).structure(Structure.SINGLE)
            .addLegs(Leg.sell(put(5700))).quantity(1).orderType(OrderType.MARKET)
            .limitPrice(NetPrice.debit(0.20)).build());
    assertEquals("limitPrice", e.field());
    assertMessageContains(e, "absent for a MARKET order");
  }

  @Test
  void aMarketTicketHasNoPrice() {
    OrderTicket t = OrderTicket.builder().clientOrderId(ID).structure(Structure.SINGLE)
        .addLegs(Leg.buy(put(5700))).quantity(1).orderType(OrderType.MARKET).build();
    assertEquals(Optional.empty(), t.limitPrice());
  }

  @Test
  void rejectsQuantityZero() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> OrderTicket.creditVertical(ID, put(5775), put(5765), 0, 1.50));
    assertEquals("quantity", e.field());
    assertEquals("[CONDOR-INVALID-VALUE] quantity = 0: must be >= 1", e.getMessage());
  }

  @Test
  void rejectsLegsOnTwoUnderlyings() {
    OptionContract spyPut = OptionContract.of("SPY", DEC20, 577.5, OptionRight.PUT);
    InvalidValueException e = rejected(Structure.CUSTOM, Leg.sell(put(5775)), Leg.buy(spyPut));
    assertMessageContains(e, "every leg must be on one underlying, found SPX and SPY");
  }

  @Test
  void rejectsADuplicateContractEvenInACustomStructure() {
    InvalidValueException e = rejected(Structure.CUSTOM, Leg.sell(put(5775)), Leg.buy(put(5765)),
        Leg.buy(put(5775)));
    assertMessageContains(e, "SPXW 241220P05775000 appears twice");
  }

  @Test
  void rejectsNoLegsAndMoreThanEightLegs() {
    assertEquals("legs", rejected(Structure.CUSTOM).field());
    List<Leg> nine = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      nine.add(Leg.sell(put(5700 + 5 * i)));
    }
    assertMessageContains(rejected(Structure.CUSTOM, nine.toArray(new Leg[0])), "1 to 8 legs");
  }

  // ---- closing ----

  @Test
  void closingReversesEveryLegAndMarksItClose() {
    OrderTicket open = OrderTicket.builder().from(
        OrderTicket.shortIronCondor(ID, put(5765), put(5775), call(5825), call(5840), 3, 2.10))
        .strategy("s2-ic").timeInForce(TimeInForce.GTC).build();
    ClientOrderId closeId = ClientOrderId.of("s2-close-1");

    OrderTicket close = open.closing(closeId, 2, NetPrice.debit(0.70));

    assertEquals(closeId, close.clientOrderId());
    assertEquals(Structure.IRON_CONDOR, close.structure());
    assertEquals(List.of(Leg.sell(put(5765)), Leg.buy(put(5775)), Leg.buy(call(5825)),
        Leg.sell(call(5840))), close.legs());
    assertEquals(2, close.quantity());
    assertEquals(PositionEffect.CLOSE, close.positionEffect());
    assertEquals(OrderType.LIMIT, close.orderType());
    assertEquals(Optional.of(NetPrice.debit(0.70)), close.limitPrice());
    assertEquals(TimeInForce.GTC, close.timeInForce());
    assertEquals(Optional.of("s2-ic"), close.strategy());
  }

  @Test
  void closingWithoutALimitIsAMarketOrder() {
    OrderTicket open = OrderTicket.creditVertical(ID, put(5775), put(5765), 2, 1.50);
    OrderTicket close = open.closing(ClientOrderId.of("close-2"), 2, null);
    assertEquals(OrderType.MARKET, close.orderType());
    assertEquals(Optional.empty(), close.limitPrice());
    assertEquals(List.of(Leg.buy(put(5775)), Leg.sell(put(5765))), close.legs());
    assertEquals(PositionEffect.CLOSE, close.positionEffect());
  }

  @Test
  void legReversedKeepsContractAndRatio() {
    Leg leg = Leg.of(put(5775), Side.SELL, 2);
    Leg reversed = leg.reversed();
    assertEquals(Side.BUY, reversed.side());
    assertEquals(2, reversed.ratio());
    assertEquals(put(5775), reversed.contract());
    assertEquals("BUY 2x SPXW 241220P05775000", reversed.toString());
    assertEquals("SELL SPXW 241220P05775000", Leg.sell(put(5775)).toString());
  }

  @Test
  void legRejectsARatioBelowOne() {
    assertEquals("ratio", assertThrows(InvalidValueException.class,
        () -> Leg.of(put(5775), Side.SELL, 0)).field());
  }

  @Test
  void sidesAreOppositeWithSigns() {
    assertEquals(Side.SELL, Side.BUY.opposite());
    assertEquals(Side.BUY, Side.SELL.opposite());
    assertEquals(1, Side.BUY.sign());
    assertEquals(-1, Side.SELL.sign());
  }
}
