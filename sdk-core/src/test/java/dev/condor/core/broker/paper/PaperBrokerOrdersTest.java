package dev.condor.core.broker.paper;

import static dev.condor.core.broker.paper.Fixtures.P5690;
import static dev.condor.core.broker.paper.Fixtures.P5700;
import static dev.condor.core.broker.paper.Fixtures.WEDNESDAY_10AM;
import static dev.condor.core.broker.paper.Fixtures.done;
import static dev.condor.core.broker.paper.Fixtures.failure;
import static dev.condor.core.broker.paper.Fixtures.id;
import static dev.condor.core.broker.paper.Fixtures.putSpread;
import static dev.condor.core.broker.paper.PaperBrokerFillsTest.assertAccount;
import static dev.condor.core.broker.paper.PaperBrokerFillsTest.assertPrice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.BrokerException;
import dev.condor.api.order.Fill;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderPreview;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.PriceEffect;
import dev.condor.api.order.TimeInForce;
import dev.condor.api.portfolio.ContractPosition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PaperBrokerOrdersTest {

  private static final double CENT = 1e-6;
  /** 2024-12-18 16:15 New York, when SPX options stop trading for the day. */
  private static final Instant INDEX_CLOSE = Instant.parse("2024-12-18T21:15:00Z");

  private final StubMarket market = Fixtures.market();
  private final MutableClock clock = new MutableClock(WEDNESDAY_10AM);
  private final PaperBroker broker = PaperBroker.over(market, clock,
      PaperBrokerConfig.builder().fillModel(FillModel.NATURAL).build());

  private PaperBroker brokerWithCash(double cash) {
    return PaperBroker.over(market, clock,
        PaperBrokerConfig.builder().fillModel(FillModel.NATURAL).startingCash(cash).build());
  }

  @Test
  void limitThatIsNotMarketableRestsThenFillsWhenTheMarketMoves() {
    OrderState placed = done(broker.place(putSpread("r-1", 1, 0.40)));

    assertEquals(OrderStatus.WORKING, placed.status());
    assertEquals(0, placed.filledQuantity());
    assertEquals(List.of(placed), done(broker.openOrders()));
    // nothing filled; the working order reserves (10 - 0.40) x 100 + 1.30
    assertAccount(broker, 100_000, 100_000, 99_038.70);
    assertEquals(List.of(), broker.checkWorkingOrders());

    market.quote(P5700, 3.10, 3.30); // natural now 3.10 - 2.70 = 0.40
    clock.advance(Duration.ofMinutes(1));
    List<OrderState> changed = broker.checkWorkingOrders();

    assertEquals(1, changed.size());
    assertEquals(OrderStatus.FILLED, changed.get(0).status());
    assertPrice(0.40, PriceEffect.CREDIT, changed.get(0).averageFillPrice().orElseThrow());
    Fill fill = done(broker.fills(id("r-1"))).get(0);
    assertEquals("r-1-1", fill.fillId());
    assertEquals(WEDNESDAY_10AM.plus(Duration.ofMinutes(1)), fill.time());
    assertEquals(List.of(), done(broker.openOrders()));
    // 100,000 + 40 - 1.30; marks 260 - 320; holds 1,000
    assertAccount(broker, 100_038.70, 99_978.70, 99_038.70);
  }

  @Test
  void restingLimitIsAlsoFilledLazilyWhenTheOrderIsLookedUp() {
    done(broker.place(putSpread("r-1", 1, 0.40)));
    market.quote(P5700, 3.20, 3.40); // natural 0.50: better than the limit

    OrderState state = done(broker.order(id("r-1"))).orElseThrow();

    assertEquals(OrderStatus.FILLED, state.status());
    assertPrice(0.50, PriceEffect.CREDIT, state.averageFillPrice().orElseThrow());
  }

  @Test
  void placingAgainWithAKnownIdReturnsTheSameOrderAndNeverFillsTwice() {
    OrderTicket ticket = putSpread("i-1", 1, 0.30);

    OrderState first = done(broker.place(ticket));
    OrderState again = done(broker.place(ticket));

    assertEquals(first, again);
    assertEquals(1, done(broker.fills(id("i-1"))).size());
    assertAccount(broker, 100_028.70, 99_978.70, 99_028.70);
  }

  @Test
  void aDifferentTicketUnderAKnownIdIsRefusedAndTheFirstOrderKept() {
    OrderState first = done(broker.place(putSpread("i-1", 1, 0.40)));

    BrokerException e = failure(broker.place(putSpread("i-1", 3, 0.40)));

    assertEquals(BrokerException.Kind.REJECTED, e.kind());
    assertEquals(Optional.of("DUPLICATE_CLIENT_ORDER_ID"), e.venueCode());
    assertEquals(Optional.of(first), done(broker.order(id("i-1"))));
  }

  @Test
  void anyOrderPlacedIsFoundByItsClientOrderId() {
    done(broker.place(putSpread("a-1", 1, 0.30)));
    done(broker.place(putSpread("a-2", 2, 0.40)));

    OrderState filled = done(broker.order(id("a-1"))).orElseThrow();
    OrderState working = done(broker.order(id("a-2"))).orElseThrow();

    assertEquals(OrderStatus.FILLED, filled.status());
    assertEquals(Optional.of("PAPER-1"), filled.brokerOrderId());
    assertEquals(OrderStatus.WORKING, working.status());
    assertEquals(2, working.quantity());
    assertEquals(Optional.of("PAPER-2"), working.brokerOrderId());
    assertEquals(Optional.empty(), done(broker.order(id("never-placed"))));
    BrokerException e = failure(broker.fills(id("never-placed")));
    assertEquals(BrokerException.Kind.NOT_FOUND, e.kind());
  }

  @Test
  void cancelEndsAWorkingOrderAndReleasesItsBuyingPower() {
    done(broker.place(putSpread("c-1", 1, 0.40)));

    OrderState cancelled = done(broker.cancel(id("c-1")));

    assertEquals(OrderStatus.CANCELLED, cancelled.status());
    assertEquals(Optional.of("cancelled by request"), cancelled.message());
    assertEquals(List.of(), done(broker.openOrders()));
    assertAccount(broker, 100_000, 100_000, 100_000);
  }

  @Test
  void cancellingAnEndedOrderIsRejectedAndAnUnknownOneIsNotFound() {
    done(broker.place(putSpread("c-1", 1, 0.30)));

    BrokerException filled = failure(broker.cancel(id("c-1")));
    BrokerException unknown = failure(broker.cancel(id("c-2")));

    assertEquals(BrokerException.Kind.REJECTED, filled.kind());
    assertEquals(Optional.of("ORDER_NOT_WORKING"), filled.venueCode());
    assertEquals(Optional.of("order c-1 is FILLED and can no longer be cancelled"),
        filled.venueMessage());
    assertEquals(BrokerException.Kind.NOT_FOUND, unknown.kind());
    assertEquals(OrderStatus.FILLED, done(broker.order(id("c-1"))).orElseThrow().status());
  }

  @Test
  void replaceMovesTheLimitAndFillsOnceItIsMarketable() {
    done(broker.place(putSpread("x-1", 1, 0.40)));

    OrderState lower = done(broker.replace(id("x-1"), NetPrice.credit(0.35)));
    assertEquals(OrderStatus.WORKING, lower.status());
    assertAccount(broker, 100_000, 100_000, 99_033.70); // reserves 965 + 1.30

    OrderState marketable = done(broker.replace(id("x-1"), NetPrice.credit(0.30)));
    assertEquals(OrderStatus.FILLED, marketable.status());
    assertPrice(0.30, PriceEffect.CREDIT, marketable.averageFillPrice().orElseThrow());

    BrokerException again = failure(broker.replace(id("x-1"), NetPrice.credit(0.20)));
    assertEquals(Optional.of("ORDER_NOT_WORKING"), again.venueCode());
  }

  @Test
  void replaceBeyondTheBuyingPowerIsRejectedAndTheOrderKeepsItsLimit() {
    PaperBroker small = brokerWithCash(1_000);
    done(small.place(putSpread("x-1", 1, 0.40))); // needs 961.30 of 1,000

    BrokerException e = failure(small.replace(id("x-1"), NetPrice.credit(0.00)));

    assertEquals(Optional.of("BUYING_POWER"), e.venueCode());
    assertEquals(Optional.of("insufficient buying power: needs 1001.30, has 1000.00"),
        e.venueMessage());
    assertEquals(OrderStatus.WORKING, done(small.order(id("x-1"))).orElseThrow().status());
    assertAccount(small, 1_000, 1_000, 38.70);
  }

  @Test
  void dayOrderExpiresAtTheIndexOptionsCloseAndGtcKeepsWorking() {
    done(broker.place(putSpread("d-1", 1, 0.40)));
    OrderTicket gtc = OrderTicket.builder().from(putSpread("g-1", 1, 0.40))
        .timeInForce(TimeInForce.GTC).build();
    done(broker.place(gtc));

    clock.set(INDEX_CLOSE.minusSeconds(1));
    assertEquals(OrderStatus.WORKING, done(broker.order(id("d-1"))).orElseThrow().status());

    clock.set(INDEX_CLOSE);
    OrderState expired = done(broker.order(id("d-1"))).orElseThrow();
    assertEquals(OrderStatus.EXPIRED, expired.status());
    assertEquals(Optional.of("DAY order expired at the session close 2024-12-18T16:15-05:00"),
        expired.message());
    assertEquals(INDEX_CLOSE, expired.updatedAt());

    clock.set(Instant.parse("2024-12-19T15:00:00Z"));
    assertEquals(List.of(id("g-1")),
        done(broker.openOrders()).stream().map(OrderState::clientOrderId).toList());
    // only the GTC order still reserves (10 - 0.40) x 100 + 1.30
    assertAccount(broker, 100_000, 100_000, 99_038.70);
  }

  @Test
  void iocOrderThatCannotFillAtOnceIsCancelled() {
    OrderTicket ioc = OrderTicket.builder().from(putSpread("ioc-1", 1, 0.40))
        .timeInForce(TimeInForce.IOC).build();

    OrderState state = done(broker.place(ioc));

    assertEquals(OrderStatus.CANCELLED, state.status());
    assertEquals(0, state.filledQuantity());
    assertEquals(Optional.of("IOC: unfilled remainder cancelled"), state.message());
  }

  @Test
  void insufficientBuyingPowerRejectsTheOrderAndRecordsIt() {
    PaperBroker small = brokerWithCash(1_000);

    BrokerException e = failure(small.place(putSpread("bp-1", 2, 0.30)));

    // (10 - 0.30) x 100 x 2 + 0.65 x 2 legs x 2
    assertEquals(BrokerException.Kind.REJECTED, e.kind());
    assertEquals(Optional.of("BUYING_POWER"), e.venueCode());
    assertEquals(Optional.of("insufficient buying power: needs 1942.60, has 1000.00"),
        e.venueMessage());
    OrderState recorded = done(small.order(id("bp-1"))).orElseThrow();
    assertEquals(OrderStatus.REJECTED, recorded.status());
    assertEquals(2, recorded.quantity());
    assertEquals(Optional.of("insufficient buying power: needs 1942.60, has 1000.00"),
        recorded.message());
    BrokerException again = failure(small.place(putSpread("bp-1", 2, 0.30)));
    assertEquals(e.venueMessage(), again.venueMessage());
    assertEquals(List.of(), done(small.positions()));
    assertAccount(small, 1_000, 1_000, 1_000);
  }

  @Test
  void closingMoreThanIsHeldIsRejectedAndClosingWhatIsHeldFlattens() {
    OrderTicket open = putSpread("o-1", 1, 0.30);
    done(broker.place(open));

    BrokerException e = failure(broker.place(open.closing(id("close-2"), 2, null)));

    assertEquals(BrokerException.Kind.REJECTED, e.kind());
    assertEquals(Optional.of("CLOSE_EXCEEDS_POSITION"), e.venueCode());
    assertEquals(Optional.of("cannot buy to close 2 of SPXW 241220P05700000: the account holds -1"),
        e.venueMessage());

    OrderState closed = done(broker.place(open.closing(id("close-1"), 1, null)));

    // buys the 5700 put at 3.20, sells the 5690 put at 2.50
    assertEquals(OrderStatus.FILLED, closed.status());
    assertPrice(0.70, PriceEffect.DEBIT, closed.averageFillPrice().orElseThrow());
    assertEquals(List.of(), done(broker.positions()));
    // 100,000 + 30 - 1.30 - 70 - 1.30, nothing held
    assertAccount(broker, 99_957.40, 99_957.40, 99_957.40);
  }

  @Test
  void closingWhatWorkingClosingOrdersAlreadyCloseIsRejected() {
    OrderTicket open = putSpread("o-1", 1, 0.30);
    done(broker.place(open));
    done(broker.place(open.closing(id("close-1"), 1, NetPrice.debit(0.10)))); // rests

    BrokerException e = failure(broker.place(open.closing(id("close-2"), 1, null)));

    assertEquals(Optional.of("cannot buy to close 1 of SPXW 241220P05700000: the account holds -1,"
        + " of which 1 are already being closed by working orders"), e.venueMessage());
  }

  @Test
  void closingWithNothingHeldIsRejected() {
    BrokerException e = failure(broker.place(
        putSpread("o-1", 1, 0.30).closing(id("close-1"), 1, NetPrice.debit(0.70))));

    assertEquals(Optional.of("CLOSE_EXCEEDS_POSITION"), e.venueCode());
    assertEquals(Optional.of("cannot buy to close 1 of SPXW 241220P05700000: the account holds 0"),
        e.venueMessage());
    assertEquals(OrderStatus.REJECTED, done(broker.order(id("close-1"))).orElseThrow().status());
    assertAccount(broker, 100_000, 100_000, 100_000);
  }

  @Test
  void previewGivesTheBuyingPowerEffectAndCommissionWithoutPlacing() {
    OrderPreview preview = done(broker.preview(putSpread("pv-1", 1, 0.30)));

    assertEquals(970, preview.buyingPowerEffect(), CENT); // (10 - 0.30) x 100
    assertEquals(1.30, preview.estimatedCommission(), CENT);
    assertEquals(List.of(), preview.warnings());
    assertEquals(Optional.empty(), done(broker.order(id("pv-1"))));

    OrderPreview tooBig = done(brokerWithCash(500).preview(putSpread("pv-2", 1, 0.30)));
    assertEquals(List.of("insufficient buying power: needs 971.30, has 500.00"),
        tooBig.warnings());
  }

  @Test
  void previewOfAClosingOrderShowsTheBuyingPowerItFrees() {
    OrderTicket open = putSpread("o-1", 1, 0.30);
    done(broker.place(open));

    OrderPreview preview = done(broker.preview(open.closing(id("close-1"), 1, null)));

    // frees the 1,000 held, less the 70 debit paid to close
    assertEquals(-930, preview.buyingPowerEffect(), CENT);
    assertEquals(1.30, preview.estimatedCommission(), CENT);
    assertEquals(List.of(), preview.warnings());
  }

  @Test
  void concurrentPlacementsFromWorkerThreadsBookEveryOrderOnce() throws Exception {
    PaperBroker big = brokerWithCash(1_000_000);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < 8; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < 25; i++) {
            done(big.place(PaperBrokerFillsTest.marketPutSpread("t" + thread + "-" + i, 1)));
            done(big.place(PaperBrokerFillsTest.marketPutSpread("shared-" + i, 1)));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    // 200 own orders and 25 shared ids, each filled once: 225 x (30 - 1.30)
    List<ContractPosition> positions = done(big.positions());
    assertEquals(225, positions.get(0).quantity());
    assertEquals(-225, positions.get(1).quantity());
    assertEquals(1_000_000 + 225 * 28.70, done(big.account()).cash(), CENT);
    for (int i = 0; i < 25; i++) {
      assertEquals(1, done(big.fills(id("shared-" + i))).size());
    }
    assertTrue(done(big.openOrders()).isEmpty());
  }
}
