package dev.condor.core.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionBookTest {

  private static final LocalDate EXPIRY = LocalDate.of(2026, 2, 17);
  private static final Instant T0 = Instant.parse("2026-02-17T14:46:18Z");

  private static OrderTicket condor(String id, int qty) {
    return OrderTicket.shortIronCondor(ClientOrderId.of(id),
        OptionContract.of("SPXW", EXPIRY, 5690, OptionRight.PUT),
        OptionContract.of("SPXW", EXPIRY, 5700, OptionRight.PUT),
        OptionContract.of("SPXW", EXPIRY, 5900, OptionRight.CALL),
        OptionContract.of("SPXW", EXPIRY, 5910, OptionRight.CALL), qty, 1.50);
  }

  private static Fill fill(String order, String id, int qty, NetPrice price, double commission) {
    return Fill.builder().fillId(id).clientOrderId(ClientOrderId.of(order)).quantity(qty)
        .price(price).commission(commission).time(T0).build();
  }

  @Test
  void seedS2RoundTripPnlIsOpenMinusCloseTimes100TimesQtyMinusCommissions() {
    PositionBook book = new PositionBook("dte0_ic");
    OrderTicket open = condor("ic-1", 1);
    book.apply(open, null, fill("ic-1", "f1", 1, NetPrice.credit(1.45), 2.60));
    OrderTicket close = open.closing(ClientOrderId.of("ic-2"), 1, NetPrice.debit(0.70));
    book.apply(close, "ic-1", fill("ic-2", "f2", 1, NetPrice.debit(0.70), 2.60));

    // (1.45 - 0.70) x 100 x 1 = 75.00 gross; minus 2.60 + 2.60 commissions = 69.80 net
    ClosedTrade t = book.closedTrades().get(0);
    assertEquals(75.00, t.grossPnl(), 1e-9);
    assertEquals(69.80, t.netPnl(), 1e-9);
    assertTrue(book.openPositions().isEmpty());
  }

  @Test
  void partialCloseLeavesTheRestOpenWithItsShareOfOpeningCommission() {
    PositionBook book = new PositionBook("monthly_ic");
    OrderTicket open = condor("ic-1", 3);
    book.apply(open, null, fill("ic-1", "f1", 3, NetPrice.credit(3.20), 7.80));
    book.apply(open.closing(ClientOrderId.of("ic-2"), 2, null), "ic-1",
        fill("ic-2", "f2", 2, NetPrice.debit(5.00), 5.20));

    // closed 2 of 3: (3.20 - 5.00) x 100 x 2 = -360; commissions 2/3 of 7.80 = 5.20, plus 5.20
    ClosedTrade t = book.closedTrades().get(0);
    assertEquals(2, t.quantity());
    assertEquals(-360.0, t.grossPnl(), 1e-9);
    assertEquals(-370.40, t.netPnl(), 1e-9);
    assertEquals(1, book.openPositions().get(0).quantity());
    assertEquals(2.60, book.openPositions().get(0).commissions(), 1e-9);
  }

  @Test
  void averagesTheOpeningPriceOverPartialFills() {
    PositionBook book = new PositionBook("dte0_ic");
    OrderTicket open = condor("ic-1", 2);
    book.apply(open, null, fill("ic-1", "f1", 1, NetPrice.credit(1.40), 2.60));
    book.apply(open, null, fill("ic-1", "f2", 1, NetPrice.credit(1.60), 2.60));

    assertEquals(1.50, book.openPositions().get(0).openPrice().amount(), 1e-12);
    assertEquals(2, book.openPositions().get(0).quantity());
  }

  @Test
  void settlementClosesAtTheIntrinsicValue() {
    PositionBook book = new PositionBook("spx-wheel");
    OrderTicket put = OrderTicket.single(ClientOrderId.of("w-1"),
        dev.condor.api.order.Leg.sell(OptionContract.of("SPX", LocalDate.of(2024, 12, 20), 5280,
            OptionRight.PUT)), 1, NetPrice.credit(15.40));
    book.apply(put, null, fill("w-1", "f1", 1, NetPrice.credit(15.40), 0));

    // seed S4: settlement 5200 -> the short put pays (5280 - 5200) = 80 points: -8,000 + 1,540
    book.settle("w-1", 1, NetPrice.debit(80), T0);

    ClosedTrade t = book.closedTrades().get(0);
    assertEquals(-6460.0, t.netPnl(), 1e-9);
    assertTrue(t.settled());
  }

  @Test
  void summaryHasSeedS2FieldsAndDrawdownOfCumulativeNetPnl() {
    List<ClosedTrade> trades = List.of(
        trade(100), trade(-250), trade(50), trade(-100), trade(400));
    TradeSummary s = TradeSummary.of(trades);

    assertEquals(5, s.totalTrades());
    assertEquals(3, s.wins());
    assertEquals(2, s.losses());
    assertEquals(0.6, s.winRate(), 1e-12);
    assertEquals(200.0, s.netPnl(), 1e-9);
    assertEquals(40.0, s.avgPnl(), 1e-9);
    assertEquals(400.0, s.maxWin(), 1e-9);
    assertEquals(-250.0, s.maxLoss(), 1e-9);
    // cumulative: 100, -150, -100, -200, 200 -> peak 100, trough -200: drawdown 300
    assertEquals(300.0, s.maxDrawdown(), 1e-9);
  }

  @Test
  void slippageIsFillMinusLimitPerUnitOverFilledLimitOrders() {
    var orders = new dev.condor.core.order.OrderManager("s", null, null, () -> T0, Runnable::run,
        (o, f) -> {}, java.time.Duration.ofMinutes(1));
    // credit limit 1.50 filled at 1.45 (2 units) and 1.55 (2 units): average 1.50 -> 0 slippage;
    // a second order, limit 0.70 debit filled at 0.75 (1 unit): +0.05
    var a = orders.adopt(condor("a", 4), null, dev.condor.api.order.OrderStatus.FILLED);
    orders.adoptFill(fill("a", "a1", 2, NetPrice.credit(1.45), 0));
    orders.adoptFill(fill("a", "a2", 2, NetPrice.credit(1.55), 0));
    OrderTicket close = condor("a", 1).closing(ClientOrderId.of("b"), 1, NetPrice.debit(0.70));
    orders.adopt(close, "a", dev.condor.api.order.OrderStatus.FILLED);
    orders.adoptFill(fill("b", "b1", 1, NetPrice.debit(0.75), 0));

    // (0 x 4 + 0.05 x 1) / 5 units = 0.01
    assertEquals(0.01, TradeSummary.of(List.of(), List.copyOf(orders.orders())).avgSlippage(), 1e-12);
    assertEquals(4, a.filledQuantity());
  }

  private static ClosedTrade trade(double net) {
    return new ClosedTrade("p", "s", T0, T0, 1, net / 100, 0, 100, 0, false);
  }
}
