package dev.condor.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.broker.Broker;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.journal.JournalSink;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.OrderPreview;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.ContractPosition;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.strategy.Strategy;
import dev.condor.core.broker.paper.PaperBroker;
import dev.condor.core.broker.paper.PaperBrokerConfig;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.journal.JsonLinesJournal;
import dev.condor.core.journal.TradeJournal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the engine at random points (a journal write, just before or just after the venue applies
 * a call) and restarts it from its journal, over a venue that outlives the process. Whatever the
 * crash point, no order id reaches the venue twice, no strategy enters twice in a day, and every
 * fill the venue made is in the journal exactly once.
 */
class CrashRecoveryTest {

  private static final String NAME = "dte0_ic";
  private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18));

  /** Thrown where the simulated process dies; nothing after it runs in that process. */
  static final class Crash extends Error {
    private static final long serialVersionUID = 1L;

    Crash() {
      super("simulated crash", null, false, false);
    }
  }

  /** Counts the crashable steps of a process and kills it at the chosen one. */
  static final class Fate {
    private final int crashAt;
    private int steps;
    boolean dead;

    Fate(int crashAt) {
      this.crashAt = crashAt;
    }

    void step() {
      if (dead) {
        throw new Crash();
      }
      if (++steps == crashAt) {
        dead = true;
        throw new Crash();
      }
    }
  }

  /** The venue seen through a process that may die before or after each call reaches it. */
  static final class MortalBroker implements Broker {
    private final PaperBroker venue;
    private final Fate fate;
    private final Map<ClientOrderId, Integer> placed;

    MortalBroker(PaperBroker venue, Fate fate, Map<ClientOrderId, Integer> placed) {
      this.venue = venue;
      this.fate = fate;
      this.placed = placed;
    }

    private <T> CompletionStage<T> call(Supplier<CompletionStage<T>> venueCall) {
      try {
        fate.step(); // dies before the call leaves
        CompletionStage<T> result = venueCall.get();
        fate.step(); // dies after the venue applied it, before the answer is seen
        return result;
      } catch (Crash c) {
        return CompletableFuture.failedFuture(c);
      }
    }

    @Override
    public CompletionStage<OrderState> place(OrderTicket ticket) {
      return call(() -> {
        placed.merge(ticket.clientOrderId(), 1, Integer::sum);
        return venue.place(ticket);
      });
    }

    @Override
    public CompletionStage<Account> account() {
      return call(venue::account);
    }

    @Override
    public CompletionStage<List<ContractPosition>> positions() {
      return call(venue::positions);
    }

    @Override
    public CompletionStage<OrderPreview> preview(OrderTicket ticket) {
      return call(() -> venue.preview(ticket));
    }

    @Override
    public CompletionStage<Optional<OrderState>> order(ClientOrderId id) {
      return call(() -> venue.order(id));
    }

    @Override
    public CompletionStage<List<OrderState>> openOrders() {
      return call(venue::openOrders);
    }

    @Override
    public CompletionStage<OrderState> cancel(ClientOrderId id) {
      return call(() -> venue.cancel(id));
    }

    @Override
    public CompletionStage<List<Fill>> fills(ClientOrderId id) {
      return call(() -> venue.fills(id));
    }

    @Override
    public String venue() {
      return "paper";
    }

    @Override
    public void close() {}
  }

  @TempDir Path root;

  @Test
  void restartingAfterRandomCrashesNeverDuplicatesAnOrderNorLosesAFill() {
    SplittableRandom random = new SplittableRandom(20261122L);
    int crashes = 0;
    for (int trial = 0; trial < 30; trial++) {
      crashes += runTrial(trial, random);
    }
    assertTrue(crashes >= 20, "too few crashes happened to prove anything: " + crashes);
  }

  /** One trial: two days of trading with up to four crashes; returns how many happened. */
  private int runTrial(int trial, SplittableRandom random) {
    Path logs = root.resolve("trial-" + trial);
    BlackScholesTestMarket market = new BlackScholesTestMarket(minute -> 5800 + 8 * Math.sin(minute / 40.0));
    SimulatedClock clock = new SimulatedClock(DAYS.get(0).atTime(9, 30).atZone(BlackScholesTestMarket.NEW_YORK).toInstant());
    PaperBroker venue = PaperBroker.over(market, clock, PaperBrokerConfig.defaults());
    Map<ClientOrderId, Integer> placed = new HashMap<>();
    List<Instant> timeline = timeline();
    int position = 0;
    int crashes = 0;
    while (position < timeline.size()) {
      // a new process: recover from the journal, then run until the end or the next crash
      // Crash within the first 150 steps of a process: that is where it recovers, enters and
      // fills, so the narrow windows (venue filled, FILL not yet journalled) are hit often.
      Fate fate = new Fate(crashes < 4 ? 1 + random.nextInt(150) : Integer.MAX_VALUE);
      JsonLinesJournal files = new JsonLinesJournal(logs, BlackScholesTestMarket.NEW_YORK);
      StrategyRunner runner = runner(files, fate, new MortalBroker(venue, fate, placed), market, clock);
      try {
        runner.recover(files.read(NAME));
        join(runner.start());
        while (position < timeline.size()) {
          clock.set(timeline.get(position));
          join(runner.poll());
          if (fate.dead) {
            throw new Crash();
          }
          position++;
        }
      } catch (Crash e) {
        crashes++;
      } finally {
        files.close();
      }
    }
    assertTrue(new JsonLinesJournal(logs, BlackScholesTestMarket.NEW_YORK).read(NAME).stream().anyMatch(e -> e.type() == JournalEventType.FILL), "trial " + trial + " traded nothing");
    checkInvariants(trial, new JsonLinesJournal(logs, BlackScholesTestMarket.NEW_YORK).read(NAME), venue, placed);
    return crashes;
  }

  private static void join(CompletionStage<Void> stage) {
    try {
      stage.toCompletableFuture().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof Crash) {
        throw (Crash) e.getCause();
      }
      throw e;
    }
  }

  private void checkInvariants(int trial, List<JournalEvent> journal, PaperBroker venue,
      Map<ClientOrderId, Integer> placed) {
    placed.forEach((id, times) -> assertEquals(1, times, "trial " + trial + ": " + id + " sent " + times + " times"));
    Set<String> journalled = new HashSet<>();
    for (JournalEvent e : journal) {
      if (e.type() == JournalEventType.FILL) {
        assertTrue(journalled.add(e.fields().get("fill_id").toString()),
            "trial " + trial + ": fill journalled twice " + e);
      }
    }
    Map<LocalDate, Integer> opensPerDay = new HashMap<>();
    for (ClientOrderId id : placed.keySet()) {
      for (Fill f : venue.fills(id).toCompletableFuture().join()) {
        assertTrue(journalled.contains(f.fillId()), "trial " + trial + ": venue fill " + f.fillId() + " missing from the journal");
      }
    }
    for (JournalEvent e : journal) {
      if (e.type() == JournalEventType.ORDER && "open".equals(e.fields().get("action"))) {
        LocalDate day = e.time().atZone(BlackScholesTestMarket.NEW_YORK).toLocalDate();
        ClientOrderId id = ClientOrderId.of(e.fields().get("order_id").toString());
        boolean filled = !venue.fills(id).toCompletableFuture().join().isEmpty();
        if (filled) {
          opensPerDay.merge(day, 1, Integer::sum);
        }
      }
    }
    opensPerDay.forEach((day, n) -> assertEquals(1, n, "trial " + trial + ": entries on " + day));
    assertEquals(journalled.size(), placed.keySet().stream()
        .mapToInt(id -> venue.fills(id).toCompletableFuture().join().size()).sum(),
        "trial " + trial + ": journal and venue disagree on the number of fills");
  }

  private static List<Instant> timeline() {
    List<Instant> times = new ArrayList<>();
    for (LocalDate day : DAYS) {
      var session = NyseCalendar.instance().session(day).orElseThrow();
      for (ZonedDateTime t = session.open(); !t.isAfter(session.close()); t = t.plusSeconds(45)) {
        times.add(t.toInstant());
      }
    }
    return times;
  }

  private StrategyRunner runner(JsonLinesJournal files, Fate fate, Broker broker,
      BlackScholesTestMarket market, SimulatedClock clock) {
    Strategy strategy = new TestStrategies.DeltaCondor(10);
    List<RiskPolicy> policies = SteppedPolicies.of(strategy);
    JournalSink mortalSink = new JournalSink() {
      @Override
      public void append(JournalEvent event) {
        fate.step();
        files.append(event);
      }

      @Override
      public void close() {}
    };
    return new StrategyRunner(NAME, strategy, policies, new StrategyRunner.Wiring(broker, market,
        NyseCalendar.instance(), new TradeJournal(List.of(mortalSink)), clock, Runnable::run,
        new PortfolioTracker(), Duration.ofMinutes(2), s -> {}));
  }
}
