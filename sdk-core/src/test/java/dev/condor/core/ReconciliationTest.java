package dev.condor.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.condor.api.broker.Broker;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.journal.JournalSink;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.ContractPosition;
import dev.condor.api.strategy.DataNeeds;
import dev.condor.api.strategy.EntryDecision;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyContext;
import dev.condor.api.strategy.StrategySchedule;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.journal.TradeJournal;
import dev.condor.core.runtime.PortfolioTracker;
import dev.condor.core.runtime.SimulatedClock;
import dev.condor.core.runtime.StrategyRunner;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

  private static final LocalDate EXPIRY = LocalDate.of(2026, 3, 20);
  private static final Instant T = Instant.parse("2026-02-17T15:00:00Z");
  private static final OptionContract LP = OptionContract.of("SPX", EXPIRY, 5500, OptionRight.PUT);
  private static final OptionContract SP = OptionContract.of("SPX", EXPIRY, 5525, OptionRight.PUT);
  private static final OptionContract SC = OptionContract.of("SPX", EXPIRY, 6200, OptionRight.CALL);
  private static final OptionContract LC = OptionContract.of("SPX", EXPIRY, 6225, OptionRight.CALL);

  private final List<JournalEvent> written = new ArrayList<>();
  private final TradeJournal journal = new TradeJournal(List.of(new JournalSink() {
    @Override
    public void append(JournalEvent event) {
      written.add(event);
    }

    @Override
    public void close() {}
  }));

  /** A venue that reports fixed positions and working orders. */
  private static Broker venue(List<ContractPosition> positions, List<OrderState> open) {
    return new Broker() {
      @Override
      public CompletionStage<Account> account() {
        return CompletableFuture.completedFuture(Account.builder().accountId("A").cash(0)
            .netLiquidation(0).buyingPower(0).time(T).build());
      }

      @Override
      public CompletionStage<List<ContractPosition>> positions() {
        return CompletableFuture.completedFuture(positions);
      }

      @Override
      public CompletionStage<OrderState> place(OrderTicket ticket) {
        throw new AssertionError("reconciliation must not trade");
      }

      @Override
      public CompletionStage<Optional<OrderState>> order(ClientOrderId id) {
        return CompletableFuture.completedFuture(Optional.empty());
      }

      @Override
      public CompletionStage<List<OrderState>> openOrders() {
        return CompletableFuture.completedFuture(open);
      }

      @Override
      public CompletionStage<OrderState> cancel(ClientOrderId id) {
        throw new AssertionError();
      }

      @Override
      public CompletionStage<List<Fill>> fills(ClientOrderId id) {
        return CompletableFuture.completedFuture(List.of());
      }

      @Override
      public String venue() {
        return "venue";
      }

      @Override
      public void close() {}
    };
  }

  private static ContractPosition held(OptionContract c, int qty) {
    return ContractPosition.builder().contract(c).quantity(qty).averagePrice(1).build();
  }

  /** A monthly condor of 3 units, opened and filled, as the journal recorded it. */
  private StrategyRunner recoveredRunner(Broker broker) {
    OrderTicket ic = OrderTicket.builder().from(OrderTicket.shortIronCondor(
        ClientOrderId.of("monthly_ic-20260217-1"), LP, SP, SC, LC, 3, 3.10)).strategy("monthly_ic").build();
    List<JournalEvent> events = new ArrayList<>();
    TradeJournal capture = new TradeJournal(List.of(new JournalSink() {
      @Override
      public void append(JournalEvent event) {
        events.add(event);
      }

      @Override
      public void close() {}
    }));
    capture.order("monthly_ic", T, ic, null, "VIX spike");
    capture.orderState("monthly_ic", T, ic.clientOrderId(), OrderStatus.FILLED, null);
    capture.fill("monthly_ic", Fill.builder().fillId("f1").clientOrderId(ic.clientOrderId())
        .quantity(3).price(NetPrice.credit(3.10)).commission(7.80).time(T).build());
    Strategy idle = new Strategy() {
      @Override
      public StrategySchedule schedule() {
        return StrategySchedule.polling(Duration.ofMinutes(5));
      }

      @Override
      public DataNeeds dataNeeds() {
        return DataNeeds.builder().underlying(dev.condor.api.instrument.Underlying.SPX).build();
      }

      @Override
      public EntryDecision scanEntry(StrategyContext context) {
        return EntryDecision.skip("idle");
      }
    };
    StrategyRunner runner = new StrategyRunner("monthly_ic", idle, List.of(), new StrategyRunner.Wiring(
        broker, null, NyseCalendar.instance(), journal, new SimulatedClock(T), Runnable::run,
        new PortfolioTracker(), Duration.ofMinutes(2), s -> {}));
    runner.recover(events);
    return runner;
  }

  @Test
  void agreementReportsNothing() {
    Broker broker = venue(List.of(held(LP, 3), held(SP, -3), held(SC, -3), held(LC, 3)), List.of());
    List<String> findings = Reconciliation.run(broker, List.of(recoveredRunner(broker)), journal,
        () -> T).toCompletableFuture().join();
    assertEquals(List.of(), findings);
  }

  @Test
  void everyDifferenceIsReportedAndJournalledBeforeTrading() {
    OrderState stranger = OrderState.builder().clientOrderId(ClientOrderId.of("manual-1"))
        .status(OrderStatus.WORKING).quantity(1).updatedAt(T).build();
    // the broker lost the long call wing and shows 2 short puts instead of 3
    Broker broker = venue(List.of(held(LP, 3), held(SP, -2), held(SC, -3)), List.of(stranger));

    List<String> findings = Reconciliation.run(broker, List.of(recoveredRunner(broker)), journal,
        () -> T).toCompletableFuture().join();

    assertEquals(List.of(
        "working order manual-1 at the broker is not in the journal (placed by another program?); left alone",
        "position SPX 260320C06225000: journal 3, broker 0",
        "position SPX 260320P05525000: journal -3, broker -2"), findings);
    assertEquals(3, written.stream().filter(e -> e.type() == JournalEventType.RECONCILE).count());
  }
}
