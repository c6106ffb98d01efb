package dev.condor.core.broker.paper;

import static dev.condor.core.broker.paper.Fixtures.EXPIRY;
import static dev.condor.core.broker.paper.Fixtures.WEDNESDAY_10AM;
import static dev.condor.core.broker.paper.Fixtures.done;
import static dev.condor.core.broker.paper.Fixtures.failure;
import static dev.condor.core.broker.paper.Fixtures.id;
import static dev.condor.core.broker.paper.PaperBrokerFillsTest.assertAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.condor.api.error.BrokerException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.TimeInForce;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Expiry: seed S4's SPX wheel put settled in cash, AM against PM values, ETF assignment. */
class PaperBrokerSettlementTest {

  private static final double CENT = 1e-6;
  /** Seed S4's put: O:SPX241220P05280000, an AM-settled third-Friday monthly. */
  private static final OptionContract SPX_5280P =
      OptionContract.of("SPX", EXPIRY, 5280, OptionRight.PUT);
  /** The same strike and expiry under the PM-settled root. */
  private static final OptionContract SPXW_5280P =
      OptionContract.of("SPXW", EXPIRY, 5280, OptionRight.PUT);
  private static final OptionContract SPY_580P =
      OptionContract.of("SPY", EXPIRY, 580, OptionRight.PUT);
  private static final OptionContract SPY_560C =
      OptionContract.of("SPY", EXPIRY, 560, OptionRight.CALL);
  private static final OptionContract SPY_600C =
      OptionContract.of("SPY", EXPIRY, 600, OptionRight.CALL);

  /** Thursday 2024-12-19 16:00 New York: the AM monthly still trades until 16:15. */
  private static final Instant THURSDAY_4PM = Instant.parse("2024-12-19T21:00:00Z");
  /** Friday 2024-12-20 10:00 New York: the AM settlement value is out, PM options still trade. */
  private static final Instant FRIDAY_10AM = Instant.parse("2024-12-20T15:00:00Z");
  /** Friday 2024-12-20 16:30 New York: everything expiring that day has stopped trading. */
  private static final Instant FRIDAY_430PM = Instant.parse("2024-12-20T21:30:00Z");

  private final StubMarket market = Fixtures.market()
      .quote(SPX_5280P, 15.40, 15.60)
      .quote(SPXW_5280P, 15.40, 15.60)
      .settlement(Underlying.SPX, EXPIRY, SettlementTime.AM, 5200)
      .settlement(Underlying.SPX, EXPIRY, SettlementTime.PM, 5300);
  private final MutableClock clock = new MutableClock(WEDNESDAY_10AM);
  private final PaperBroker broker = PaperBroker.over(market, clock,
      PaperBrokerConfig.builder().fillModel(FillModel.NATURAL).startingCash(1_000_000).build());

  private void sellPut(String id, OptionContract put, double credit) {
    sellPut(broker, id, put, credit);
  }

  private static void sellPut(PaperBroker broker, String id, OptionContract put, double credit) {
    OrderState state = done(broker.place(
        OrderTicket.single(id(id), Leg.sell(put), 1, NetPrice.credit(credit))));
    assertEquals(OrderStatus.FILLED, state.status());
  }

  @Test
  void seedS4SpxPutSettlesInCashAtTheAmValue() {
    sellPut("wheel-1", SPX_5280P, 15.40);
    // cash 1,000,000 + 1,540 - 0.65; marked at the 15.50 mid; cash-secured: (5280 - 15.40) x 100
    assertAccount(broker, 1_001_539.35, 999_989.35, 473_539.35);

    clock.set(FRIDAY_10AM);
    List<Settlement> settled = broker.settleExpired();

    assertEquals(1, settled.size());
    Settlement s = settled.get(0);
    assertEquals(SPX_5280P, s.contract());
    assertEquals(-1, s.quantity());
    assertEquals(SettlementTime.AM, s.settlementTime());
    assertEquals(5200, s.settlementValue(), CENT);
    assertEquals(80, s.intrinsicValue(), CENT);
    assertEquals(Settlement.Outcome.CASH_SETTLED, s.outcome());
    assertEquals(0, s.shares());
    assertEquals(-8_000, s.cashFlow(), CENT);
    assertEquals(FRIDAY_10AM, s.time());
    // seed S4: premium 1,540 and settlement -8,000 make -6,460 before commissions
    assertEquals(-6_460, 15.40 * 100 + s.cashFlow(), CENT);
    assertEquals(List.of(), done(broker.positions()));
    assertAccount(broker, 1_000_000 - 6_460 - 0.65, 993_539.35, 993_539.35);
    assertEquals(settled, broker.settlements());
    assertEquals(List.of(), broker.settleExpired());
  }

  @Test
  void seedS4SpxPutOutOfTheMoneyExpiresWorthlessAndKeepsThePremium() {
    market.settlement(Underlying.SPX, EXPIRY, SettlementTime.AM, 5300);
    sellPut("wheel-1", SPX_5280P, 15.40);

    clock.set(FRIDAY_10AM);
    List<Settlement> settled = broker.settleExpired();

    assertEquals(1, settled.size());
    assertEquals(Settlement.Outcome.EXPIRED_WORTHLESS, settled.get(0).outcome());
    assertEquals(0, settled.get(0).intrinsicValue(), CENT);
    assertEquals(0, settled.get(0).cashFlow(), CENT);
    // seed S4: P&L +1,540, less the 0.65 commission
    assertAccount(broker, 1_001_539.35, 1_001_539.35, 1_001_539.35);
  }

  @Test
  void amRootSettlesOnTheOpeningValueAndPmRootOnTheClose() {
    // two cash-secured puts need 2 x 526,460.65
    PaperBroker broker = PaperBroker.over(market, clock,
        PaperBrokerConfig.builder().fillModel(FillModel.NATURAL).startingCash(2_000_000).build());
    sellPut(broker, "am-1", SPX_5280P, 15.40);
    sellPut(broker, "pm-1", SPXW_5280P, 15.40);

    clock.set(THURSDAY_4PM);
    assertEquals(List.of(), broker.settleExpired()); // the monthly still trades

    clock.set(FRIDAY_10AM);
    List<Settlement> morning = broker.settleExpired();
    assertEquals(List.of(SPX_5280P), morning.stream().map(Settlement::contract).toList());
    assertEquals(5200, morning.get(0).settlementValue(), CENT);
    assertEquals(-8_000, morning.get(0).cashFlow(), CENT);
    assertEquals(List.of(SPXW_5280P),
        done(broker.positions()).stream().map(p -> p.contract()).toList());

    clock.set(FRIDAY_430PM);
    List<Settlement> evening = broker.settleExpired();
    assertEquals(1, evening.size());
    assertEquals(SPXW_5280P, evening.get(0).contract());
    assertEquals(SettlementTime.PM, evening.get(0).settlementTime());
    assertEquals(5300, evening.get(0).settlementValue(), CENT);
    assertEquals(Settlement.Outcome.EXPIRED_WORTHLESS, evening.get(0).outcome());
    // 2,000,000 + 2 x (1,540 - 0.65) - 8,000
    assertAccount(broker, 1_995_078.70, 1_995_078.70, 1_995_078.70);
  }

  @Test
  void positionWaitsUntilTheMarketKnowsItsSettlementValue() {
    OptionContract unsettled = OptionContract.of("XSP", EXPIRY, 580, OptionRight.PUT);
    market.quote(unsettled, 5.00, 5.10);
    sellPut("xsp-1", unsettled, 5.00);

    clock.set(FRIDAY_430PM);
    assertEquals(List.of(), broker.settleExpired());
    assertEquals(-1, done(broker.positions()).get(0).quantity());

    market.settlement(Underlying.XSP, EXPIRY, SettlementTime.PM, 575);
    List<Settlement> settled = broker.settleExpired();
    assertEquals(Settlement.Outcome.CASH_SETTLED, settled.get(0).outcome());
    assertEquals(-500, settled.get(0).cashFlow(), CENT); // (580 - 575) x 100 x -1
    assertEquals(List.of(), done(broker.positions()));
  }

  @Test
  void etfOptionsInTheMoneyAreAssignedOrExercisedAndOutOfTheMoneyExpireWorthless() {
    market.level(Underlying.SPY, 585)
        .quote(SPY_580P, 5.00, 5.10)
        .quote(SPY_560C, 11.80, 12.00)
        .quote(SPY_600C, 1.00, 1.10)
        .settlement(Underlying.SPY, EXPIRY, SettlementTime.PM, 570);
    sellPut("spy-p", SPY_580P, 5.00);
    done(broker.place(OrderTicket.single(id("spy-c"), Leg.buy(SPY_560C), 1,
        NetPrice.debit(12.00))));
    sellPut("spy-n", SPY_600C, 1.00);
    // 1,000,000 + 500 - 1,200 + 100 - 3 x 0.65
    double cash = 999_398.05;
    // holds: put (580 - 5) x 100 + 500 = 58,000; long call 0; naked call
    // (1.00 + max(0.20 x 585 - 15, 0.10 x 585)) x 100 + 100 = 10,400
    assertAccount(broker, cash,
        cash - 505 + 1_190 - 105, cash - 58_000 - 10_400);

    clock.set(FRIDAY_430PM);
    List<Settlement> settled = broker.settleExpired();

    assertEquals(List.of(SPY_560C, SPY_600C, SPY_580P),
        settled.stream().map(Settlement::contract).toList());
    Settlement exercised = settled.get(0);
    assertEquals(Settlement.Outcome.EXERCISED, exercised.outcome());
    assertEquals(100, exercised.shares()); // bought at 560, sold at 570
    assertEquals(1_000, exercised.cashFlow(), CENT);
    Settlement worthless = settled.get(1);
    assertEquals(Settlement.Outcome.EXPIRED_WORTHLESS, worthless.outcome());
    assertEquals(0, worthless.shares());
    assertEquals(0, worthless.cashFlow(), CENT);
    Settlement assigned = settled.get(2);
    assertEquals(Settlement.Outcome.ASSIGNED, assigned.outcome());
    assertEquals(-1, assigned.quantity());
    assertEquals(100, assigned.shares()); // put to us at 580, sold at 570
    assertEquals(570, assigned.settlementValue(), CENT);
    assertEquals(-1_000, assigned.cashFlow(), CENT);
    assertEquals(List.of(), done(broker.positions()));
    assertAccount(broker, cash, cash, cash);
  }

  @Test
  void ordersOnAContractThatStoppedTradingExpireOrAreRejected() {
    OrderTicket gtc = OrderTicket.builder()
        .from(OrderTicket.single(id("late-1"), Leg.sell(SPX_5280P), 1, NetPrice.credit(20.00)))
        .timeInForce(TimeInForce.GTC).build();
    done(broker.place(gtc));

    clock.set(FRIDAY_10AM);
    OrderState expired = done(broker.order(id("late-1"))).orElseThrow();
    BrokerException late = failure(broker.place(
        OrderTicket.single(id("late-2"), Leg.sell(SPX_5280P), 1, NetPrice.credit(20.00))));

    assertEquals(OrderStatus.EXPIRED, expired.status());
    assertEquals(Optional.of("SPX 241220P05280000 stopped trading at 2024-12-19T16:15-05:00"),
        expired.message());
    assertEquals(Optional.of("CONTRACT_EXPIRED"), late.venueCode());
    assertAccount(broker, 1_000_000, 1_000_000, 1_000_000);
  }
}
