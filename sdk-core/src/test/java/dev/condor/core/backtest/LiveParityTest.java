package dev.condor.core.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.journal.JournalSink;
import dev.condor.core.Condor;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.market.sim.SimulatedMarket;
import dev.condor.core.market.sim.SimulationConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same strategy over the same market, once through the live driver on Vert.x (per-strategy
 * context, broker calls on worker threads, timers at an accelerated clock) and once through the
 * backtest driver (one thread, no Vert.x): the journals are the same, event for event.
 */
class LiveParityTest {

  private static final LocalDate FIRST = LocalDate.of(2024, 3, 7);
  private static final LocalDate LAST = LocalDate.of(2024, 3, 8);

  @Test
  void theLiveDriverAtAnAcceleratedClockWritesTheBacktestsJournal() throws Exception {
    SimulatedMarket market = SimulatedMarket.shared(SimulationConfig.defaults());
    BacktestResult backtest = Backtest.builder().market(market, "simulated")
        .strategy("puts", new PutSpreadAtTen(30, 10)).from(FIRST).to(LAST).build().run();

    List<JournalEvent> live = new CopyOnWriteArrayList<>();
    Condor condor = Condor.builder().market(market)
        .strategy("puts", new PutSpreadAtTen(30, 10))
        .journalSink(new JournalSink() {
          @Override
          public void append(JournalEvent event) {
            live.add(event);
          }

          @Override
          public void close() {}
        })
        .accelerated(FIRST.atStartOfDay(NyseCalendar.ZONE).toInstant(), 100_000)
        .shutdownHook(false)
        .build();
    condor.start().toCompletableFuture().get(10, TimeUnit.SECONDS);
    // two sessions and a night at 100,000x: about 1 s; stop once Friday has settled (the next
    // poll, Monday 09:30, is 2.4 s of wall time away)
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (settlements(live) < 2 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    condor.stop().toCompletableFuture().get(10, TimeUnit.SECONDS);

    List<JournalEvent> strategyEvents = live.stream().filter(e -> e.strategy().equals("puts"))
        .toList();
    assertEquals(2, backtest.trades().size(), "the backtest traded both days");
    assertTrue(strategyEvents.size() > 10, "the live run journalled: " + strategyEvents);
    assertEquals(backtest.journal().size(), strategyEvents.size(),
        "same number of events\nbacktest: " + backtest.journal() + "\nlive: " + strategyEvents);
    for (int i = 0; i < strategyEvents.size(); i++) {
      assertEquals(backtest.journal().get(i), strategyEvents.get(i), "event " + i);
    }
  }

  private static long settlements(List<JournalEvent> events) {
    return events.stream().filter(e -> e.type() == JournalEventType.SETTLEMENT).count();
  }
}
