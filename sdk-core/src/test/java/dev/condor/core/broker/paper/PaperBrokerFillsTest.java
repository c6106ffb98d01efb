package dev.condor.core.broker.paper;

import static dev.condor.core.broker.paper.Fixtures.C5900;
import static dev.condor.core.broker.paper.Fixtures.C5910;
import static dev.condor.core.broker.paper.Fixtures.P5690;
import static dev.condor.core.broker.paper.Fixtures.P5700;
import static dev.condor.core.broker.paper.Fixtures.WEDNESDAY_10AM;
import static dev.condor.core.broker.paper.Fixtures.done;
import static dev.condor.core.broker.paper.Fixtures.failure;
import static dev.condor.core.broker.paper.Fixtures.id;
import static dev.condor.core.broker.paper.Fixtures.ironCondor;
import static dev.condor.core.broker.paper.Fixtures.putSpread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.BrokerException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.order.Fill;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.OrderType;
import dev.condor.api.order.PriceEffect;
import dev.condor.api.order.Structure;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.ContractPosition;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaperBrokerFillsTest {

  private static final double CENT = 1e-6;

  private final StubMarket market = Fixtures.market();
  private final MutableClock clock = new MutableClock(WEDNESDAY_10AM);

  private PaperBroker broker(PaperBrokerConfig config) {
    return PaperBroker.over(market, clock, config);
  }

  /** The pessimistic model these worked examples are computed for: sell at the bid, buy at the ask. */
  private static PaperBrokerConfig natural() {
    return PaperBrokerConfig.builder().fillModel(FillModel.NATURAL).build();
  }

  private static PaperBrokerConfig mid(double slippage) {
    return PaperBrokerConfig.builder().fillModel(FillModel.MID).slippage(slippage).build();
  }

  @Test
  void naturalFillSellsTheBidAndBuysTheAskOfACreditVertical() {
    PaperBroker broker = broker(natural());

    OrderState state = done(broker.place(putSpread("v-1", 2, 0.30)));

    // 3.00 bid of the 5700 put less the 2.70 ask of the 5690 put
    assertEquals(OrderStatus.FILLED, state.status());
    assertEquals(2, state.filledQuantity());
    assertPrice(0.30, PriceEffect.CREDIT, state.averageFillPrice().orElseThrow());
    assertEquals(Optional.of("PAPER-1"), state.brokerOrderId());
    List<Fill> fills = done(broker.fills(id("v-1")));
    assertEquals(1, fills.size());
    Fill fill = fills.get(0);
    assertEquals("v-1-1", fill.fillId());
    assertEquals(2, fill.quantity());
    assertPrice(0.30, PriceEffect.CREDIT, fill.price());
    assertEquals(2.60, fill.commission(), CENT); // 0.65 x 2 legs x 2
    assertEquals(WEDNESDAY_10AM, fill.time());

    List<ContractPosition> positions = done(broker.positions());
    assertEquals(2, positions.size());
    assertPosition(P5690, 2, 2.70, 2.60, positions.get(0));
    assertPosition(P5700, -2, 3.00, 3.10, positions.get(1));

    // cash 100,000 + 0.30 x 100 x 2 - 2.60; net liq adds 2 x 2.60 x 100 - 2 x 3.10 x 100;
    // buying power holds the width, 10 x 100 x 2
    assertAccount(broker, 100_057.40, 99_957.40, 98_057.40);
  }

  @Test
  void midFillGivesTheMidLessSlippageAndSplitsItAcrossTheLegs() {
    PaperBroker broker = broker(mid(0.05));

    OrderState state = done(broker.place(putSpread("v-1", 1, 0.45)));

    // mids 3.10 - 2.60 = 0.50, less 0.05 slippage
    assertEquals(OrderStatus.FILLED, state.status());
    assertPrice(0.45, PriceEffect.CREDIT, state.averageFillPrice().orElseThrow());
    assertEquals(1.30, done(broker.fills(id("v-1"))).get(0).commission(), CENT);
    // 0.15 better than natural, shared by two markets 0.20 wide: 0.075 each
    List<ContractPosition> positions = done(broker.positions());
    assertPosition(P5690, 1, 2.625, 2.60, positions.get(0));
    assertPosition(P5700, -1, 3.075, 3.10, positions.get(1));
    // cash 100,000 + 45 - 1.30; net liq + 260 - 310; buying power 100,000 - 955 - 1.30
    assertAccount(broker, 100_043.70, 99_993.70, 99_043.70);
  }

  @Test
  void midFillDoesNotReachALimitAboveMidLessSlippage() {
    PaperBroker broker = broker(mid(0.05));

    OrderState state = done(broker.place(putSpread("v-1", 1, 0.50)));

    assertEquals(OrderStatus.WORKING, state.status());
    assertEquals(0, done(broker.fills(id("v-1"))).size());
  }

  @Test
  void naturalFillOfAnIronCondorCrossesAllFourMarkets() {
    PaperBroker broker = broker(natural());

    OrderState state = done(broker.place(ironCondor("ic-1", 1, 0.60)));

    // 3.00 + 2.80 bids sold, 2.70 + 2.50 asks bought
    assertEquals(OrderStatus.FILLED, state.status());
    assertPrice(0.60, PriceEffect.CREDIT, state.averageFillPrice().orElseThrow());
    assertEquals(2.60, done(broker.fills(id("ic-1"))).get(0).commission(), CENT); // 0.65 x 4
    List<ContractPosition> positions = done(broker.positions());
    assertEquals(4, positions.size());
    assertPosition(C5900, -1, 2.80, 3.00, positions.get(0));
    assertPosition(C5910, 1, 2.50, 2.40, positions.get(1));
    assertPosition(P5690, 1, 2.70, 2.60, positions.get(2));
    assertPosition(P5700, -1, 3.00, 3.10, positions.get(3));
    // marks: -300 + 240 + 260 - 310 = -110; the condor holds its wider wing, 10 x 100
    assertAccount(broker, 100_057.40, 99_947.40, 99_057.40);
  }

  @Test
  void midFillOfAnIronCondorSharesTheImprovementByMarketWidth() {
    PaperBroker broker = broker(mid(0.10));

    OrderState state = done(broker.place(ironCondor("ic-1", 2, 1.00)));

    // mids 3.10 + 3.00 - 2.60 - 2.40 = 1.10, less 0.10
    assertEquals(OrderStatus.FILLED, state.status());
    assertPrice(1.00, PriceEffect.CREDIT, state.averageFillPrice().orElseThrow());
    assertEquals(5.20, done(broker.fills(id("ic-1"))).get(0).commission(), CENT); // 0.65 x 4 x 2
    // 0.40 better than natural over widths 0.20 + 0.20 + 0.40 + 0.20: 0.08 per 0.20 of width
    List<ContractPosition> positions = done(broker.positions());
    assertPosition(C5900, -2, 2.96, 3.00, positions.get(0));
    assertPosition(C5910, 2, 2.42, 2.40, positions.get(1));
    assertPosition(P5690, 2, 2.62, 2.60, positions.get(2));
    assertPosition(P5700, -2, 3.08, 3.10, positions.get(3));
    double legsSum = positions.get(0).averagePrice() - positions.get(1).averagePrice()
        - positions.get(2).averagePrice() + positions.get(3).averagePrice();
    assertEquals(1.00, legsSum, CENT);
    // cash 100,000 + 200 - 5.20; marks 2 x -110; holds 10 x 100 x 2
    assertAccount(broker, 100_194.80, 99_974.80, 98_194.80);
  }

  @Test
  void marketOrderFillsAtTheNaturalPriceAtOnce() {
    PaperBroker broker = broker(natural());

    OrderState state = done(broker.place(marketPutSpread("m-1", 1)));

    assertEquals(OrderStatus.FILLED, state.status());
    assertPrice(0.30, PriceEffect.CREDIT, state.averageFillPrice().orElseThrow());
    assertAccount(broker, 100_028.70, 99_978.70, 99_028.70);
  }

  @Test
  void marketOrderWithoutAQuoteOnEveryLegIsRejected() {
    market.unquote(P5690);
    PaperBroker broker = broker(natural());

    BrokerException e = failure(broker.place(marketPutSpread("m-1", 1)));

    assertEquals(BrokerException.Kind.REJECTED, e.kind());
    assertEquals(Optional.of("NO_QUOTE"), e.venueCode());
    assertEquals(Optional.of("no market for SPXW 241220P05690000: a market order needs a quote on"
        + " every leg"), e.venueMessage());
    assertEquals(OrderStatus.REJECTED, done(broker.order(id("m-1"))).orElseThrow().status());
    assertAccount(broker, 100_000, 100_000, 100_000);
  }

  @Test
  void partialFillsTakeAtMostTheConfiguredUnitsPerCheck() {
    PaperBroker broker = broker(PaperBrokerConfig.builder().fillModel(FillModel.NATURAL).maxUnitsPerFill(2).build());

    OrderState placed = done(broker.place(putSpread("p-1", 5, 0.30)));

    assertEquals(OrderStatus.PARTIALLY_FILLED, placed.status());
    assertEquals(2, placed.filledQuantity());
    assertEquals(3, placed.remainingQuantity());
    // 2 units hold 2,000; 3 working units reserve 3 x (970 + 1.30)
    assertAccount(broker, 100_057.40, 99_957.40, 95_143.50);

    assertEquals(List.of(), broker.checkWorkingOrders()); // same instant: nothing more
    clock.advance(Duration.ofMinutes(1));
    List<OrderState> changed = broker.checkWorkingOrders();
    assertEquals(1, changed.size());
    assertEquals(OrderStatus.PARTIALLY_FILLED, changed.get(0).status());
    assertEquals(4, changed.get(0).filledQuantity());

    clock.advance(Duration.ofMinutes(1));
    List<Fill> fills = done(broker.fills(id("p-1"))); // checks once more, lazily
    assertEquals(List.of("p-1-1", "p-1-2", "p-1-3"), fills.stream().map(Fill::fillId).toList());
    assertEquals(List.of(2, 2, 1), fills.stream().map(Fill::quantity).toList());
    assertEquals(List.of(WEDNESDAY_10AM, WEDNESDAY_10AM.plusSeconds(60),
        WEDNESDAY_10AM.plusSeconds(120)), fills.stream().map(Fill::time).toList());
    assertEquals(List.of(2.6, 2.6, 1.3), fills.stream()
        .map(f -> Math.round(f.commission() * 100) / 100.0).toList());
    OrderState filled = done(broker.order(id("p-1"))).orElseThrow();
    assertEquals(OrderStatus.FILLED, filled.status());
    assertEquals(5, filled.filledQuantity());
    assertEquals(List.of(), broker.checkWorkingOrders());
    // 100,000 + 5 x (30 - 1.30); 5 units hold 5,000
    assertAccount(broker, 100_143.50, 99_893.50, 95_143.50);
  }

  static OrderTicket marketPutSpread(String id, int quantity) {
    return OrderTicket.builder().clientOrderId(id(id)).structure(Structure.VERTICAL)
        .legs(List.of(Leg.sell(P5700), Leg.buy(P5690))).quantity(quantity)
        .orderType(OrderType.MARKET).build();
  }

  static void assertPrice(double amount, PriceEffect effect, NetPrice price) {
    assertEquals(effect, price.effect());
    assertEquals(amount, price.amount(), CENT);
  }

  static void assertPosition(OptionContract contract, int quantity, double averagePrice,
      double mark, ContractPosition position) {
    assertEquals(contract, position.contract());
    assertEquals(quantity, position.quantity());
    assertEquals(averagePrice, position.averagePrice(), CENT);
    assertTrue(position.markPrice().isPresent(), "mark of " + contract);
    assertEquals(mark, position.markPrice().getAsDouble(), CENT);
  }

  static void assertAccount(PaperBroker broker, double cash, double netLiquidation,
      double buyingPower) {
    Account account = done(broker.account());
    assertEquals("PAPER", account.accountId());
    assertEquals(cash, account.cash(), CENT, "cash");
    assertEquals(netLiquidation, account.netLiquidation(), CENT, "net liquidation");
    assertEquals(buyingPower, account.buyingPower(), CENT, "buying power");
  }
}
