package dev.condor.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.journal.JournalSink;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.order.OrderTicket;
import dev.condor.core.journal.TradeJournal;
import dev.condor.core.runtime.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrderManagerTest {

  private static final LocalDate EXPIRY = LocalDate.of(2026, 2, 17);
  private final ScriptedBroker broker = new ScriptedBroker();
  private final List<JournalEvent> journal = new ArrayList<>();
  private final List<Fill> booked = new ArrayList<>();
  private final SimulatedClock clock = new SimulatedClock(Instant.parse("2026-02-17T14:46:12Z"));
  private final OrderManager orders = new OrderManager("dte0_ic", broker,
      new TradeJournal(List.of(new JournalSink() {
        @Override
        public void append(JournalEvent event) {
          // the broker must not have seen the order when its ORDER event is written
          if (event.type() == JournalEventType.ORDER) {
            assertTrue(broker.venueOrders.isEmpty() || !broker.venueOrders.containsKey(
                ClientOrderId.of((String) event.fields().get("order_id"))),
                "ORDER journalled after the order reached the broker");
          }
          journal.add(event);
        }

        @Override
        public void close() {}
      })), clock, Runnable::run, (order, fill) -> booked.add(fill), Duration.ofSeconds(60));

  private static OrderTicket condor(String id) {
    return OrderTicket.shortIronCondor(ClientOrderId.of(id),
        OptionContract.of("SPXW", EXPIRY, 5690, OptionRight.PUT),
        OptionContract.of("SPXW", EXPIRY, 5700, OptionRight.PUT),
        OptionContract.of("SPXW", EXPIRY, 5900, OptionRight.CALL),
        OptionContract.of("SPXW", EXPIRY, 5910, OptionRight.CALL), 1, 1.50);
  }

  private List<String> types() {
    return journal.stream().map(e -> e.type() + (e.type() == JournalEventType.ORDER_STATE
        ? ":" + e.fields().get("status") : "")).collect(Collectors.toList());
  }

  @Test
  void journalsTheOrderBeforeSendingItAndTracksItWorking() {
    TrackedOrder o = orders.submit(condor("ic-1"), null, "9:46 scan").toCompletableFuture().join();

    assertEquals(OrderStatus.WORKING, o.status());
    assertEquals(List.of("ORDER", "ORDER_STATE:WORKING"), types());
    assertEquals(1, broker.placeCalls);
  }

  @Test
  void resubmittingAKnownIdSendsNothing() {
    orders.submit(condor("ic-1"), null, "scan").toCompletableFuture().join();
    orders.submit(condor("ic-1"), null, "scan again").toCompletableFuture().join();

    assertEquals(1, broker.placeCalls);
    assertEquals(1, journal.stream().filter(e -> e.type() == JournalEventType.ORDER).count());
  }

  @Test
  void aTimeoutIsResolvedByLookupNeverByResending() {
    broker.onPlace = ScriptedBroker.OnPlace.TIMEOUT_RECEIVED;
    TrackedOrder o = orders.submit(condor("ic-1"), null, "scan").toCompletableFuture().join();
    assertEquals(OrderStatus.UNKNOWN, o.status());

    orders.refresh().toCompletableFuture().join();

    assertEquals(OrderStatus.WORKING, o.status());
    assertEquals(1, broker.placeCalls, "the order must not be sent twice");
    assertEquals(List.of("ORDER", "ORDER_STATE:UNKNOWN", "ORDER_STATE:WORKING"), types());
  }

  @Test
  void anOrderTheVenueNeverReceivedIsGivenUpAfterTheGracePeriodAndNotResent() {
    broker.onPlace = ScriptedBroker.OnPlace.TIMEOUT_LOST;
    TrackedOrder o = orders.submit(condor("ic-1"), null, "scan").toCompletableFuture().join();

    clock.set(clock.instant().plusSeconds(30));
    orders.refresh().toCompletableFuture().join();
    assertEquals(OrderStatus.UNKNOWN, o.status(), "still looking within the grace period");

    clock.set(clock.instant().plusSeconds(31));
    orders.refresh().toCompletableFuture().join();
    assertEquals(OrderStatus.REJECTED, o.status());
    assertTrue(o.lastMessage().orElseThrow().contains("not resent"), o.lastMessage().orElseThrow());
    assertEquals(1, broker.placeCalls);
  }

  @Test
  void aVenueRejectionIsRecordedWithTheVenueMessage() {
    broker.onPlace = ScriptedBroker.OnPlace.REJECT;
    TrackedOrder o = orders.submit(condor("ic-1"), null, "scan").toCompletableFuture().join();

    assertEquals(OrderStatus.REJECTED, o.status());
    assertEquals("not enough buying power", o.lastMessage().orElseThrow());
    assertEquals(List.of("ORDER", "ORDER_STATE:REJECTED"), types());
  }

  @Test
  void fillsAreBookedOnceEvenWhenTheVenueReportsThemAgain() {
    TrackedOrder o = orders.submit(condor("ic-1"), null, "scan").toCompletableFuture().join();
    ClientOrderId id = o.ticket().clientOrderId();

    broker.fill(id, "x-1", 1, 1.45);
    orders.refresh().toCompletableFuture().join();
    orders.refresh().toCompletableFuture().join();

    assertEquals(1, booked.size());
    assertEquals(1, o.filledQuantity());
    assertEquals(OrderStatus.FILLED, o.status());
    assertEquals(1, journal.stream().filter(e -> e.type() == JournalEventType.FILL).count());
    assertEquals(1.45, (double) journal.stream().filter(e -> e.type() == JournalEventType.FILL)
        .findFirst().orElseThrow().fields().get("fill_price"));
  }

  @Test
  void partialFillsOfACondorAccumulateToTheOrderQuantity() {
    OrderTicket two = OrderTicket.builder().from(condor("ic-2")).quantity(2).build();
    TrackedOrder o = orders.submit(two, null, "scan").toCompletableFuture().join();

    broker.fill(two.clientOrderId(), "x-1", 1, 1.45);
    orders.refresh().toCompletableFuture().join();
    assertEquals(OrderStatus.PARTIALLY_FILLED, o.status());
    broker.fill(two.clientOrderId(), "x-2", 1, 1.55);
    orders.refresh().toCompletableFuture().join();

    assertEquals(OrderStatus.FILLED, o.status());
    assertEquals(2, o.filledQuantity());
    assertEquals(1.50, o.averageSignedFillPrice(), 1e-12);
    assertEquals(5.20, o.commissions(), 1e-12);
  }
}
