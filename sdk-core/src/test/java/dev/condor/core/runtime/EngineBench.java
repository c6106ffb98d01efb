package dev.condor.core.runtime;

import dev.condor.api.broker.Broker;
import dev.condor.api.error.BrokerException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalSink;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.ContractPosition;
import dev.condor.api.strategy.DataNeeds;
import dev.condor.api.strategy.EntryDecision;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyContext;
import dev.condor.api.strategy.StrategySchedule;
import dev.condor.core.broker.paper.PaperBroker;
import dev.condor.core.broker.paper.PaperBrokerConfig;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.journal.JsonLinesJournal;
import dev.condor.core.journal.TradeJournal;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The engine's benchmark (a command that prints figures, never a timed test):
 *
 * <ol>
 *   <li>strategy polls per second through the runner in simulated time, with the paper broker, a
 *       Black-Scholes chain of 162 quotes and two risk policies, over trading days;
 *   <li>tick-to-order latency live: from a market change to the order reaching the broker, through
 *       the strategy's Vert.x context, the runner, the entry checks and the journal (in memory, and
 *       to JSON Lines files forced to disk), as percentiles.
 * </ol>
 *
 * Run: {@code ./mvnw -B -pl sdk-api,sdk-core -am -Pbench test-compile exec:exec -DskipTests}.
 */
public final class EngineBench {

  private EngineBench() {}

  /** Prints the figures. */
  public static void main(String[] args) throws Exception {
    System.out.printf(Locale.ROOT, "Condor engine benchmark (%d cores, Java %s)%n",
        Runtime.getRuntime().availableProcessors(), Runtime.version());
    steppedPolls();
    tickToOrder(false);
    tickToOrder(true);
  }

  private static void steppedPolls() {
    LocalDate first = LocalDate.of(2026, 2, 2);
    LocalDate last = LocalDate.of(2026, 2, 27);
    for (int round = 0; round < 2; round++) { // the first round warms the JIT up
      SimulatedClock clock = new SimulatedClock(first.atTime(9, 30).atZone(BlackScholesTestMarket.NEW_YORK).toInstant());
      BlackScholesTestMarket market = new BlackScholesTestMarket(m -> 5800 + 10 * Math.sin(m / 30.0));
      PaperBroker broker = PaperBroker.over(market, clock, PaperBrokerConfig.defaults());
      TradeJournal journal = new TradeJournal(List.of(nullSink()));
      Strategy condor = new TestStrategies.DeltaCondor(10);
      StrategyRunner runner = new StrategyRunner("ic", condor,
          SteppedPolicies.of(condor), new StrategyRunner.Wiring(broker, market, NyseCalendar.instance(),
              journal, clock, Runnable::run, new PortfolioTracker(), Duration.ofMinutes(2), s -> {}));
      SteppedDriver driver = new SteppedDriver(List.of(runner), clock, NyseCalendar.instance());
      driver.start();
      long t0 = System.nanoTime();
      driver.run(first, last);
      long elapsed = System.nanoTime() - t0;
      int days = NyseCalendar.instance().tradingDaysBetween(first.minusDays(1), last);
      long polls = days * (390L * 60 / 45 + 2);
      if (round == 1) {
        System.out.printf(Locale.ROOT, "stepped: %d trading days, %d polls in %.0f ms: %.0f polls/s,"
            + " %.1f us/poll (chain of 162 quotes built per poll)%n", days, polls, elapsed / 1e6,
            polls / (elapsed / 1e9), elapsed / 1e3 / polls);
      }
    }
  }

  /** A strategy that enters whenever the market's tick flag is up. */
  private static final class OnTick implements Strategy {
    volatile boolean tick;

    @Override
    public StrategySchedule schedule() {
      return StrategySchedule.polling(Duration.ofHours(1));
    }

    @Override
    public DataNeeds dataNeeds() {
      return DataNeeds.builder().underlying(Underlying.SPX).build();
    }

    @Override
    public EntryDecision scanEntry(StrategyContext ctx) {
      if (!tick) {
        return EntryDecision.skip("no tick");
      }
      tick = false;
      OrderTicket t = OrderTicket.single(ctx.newOrderId(), Leg.sell(OptionContract.of("SPXW",
          LocalDate.of(2026, 2, 17), 5700, OptionRight.PUT)), 1, NetPrice.credit(1.00));
      return EntryDecision.enter(t, "tick");
    }
  }

  /**
   * Ticks arrive on the strategy's own event loop, as a feed's handler delivers them; each tick
   * triggers a poll at once, and the latency runs to the order reaching the broker. The next tick
   * is scheduled from the broker callback, so the whole run stays on the event loop.
   */
  private static void tickToOrder(boolean durableJournal) throws Exception {
    Vertx vertx = Vertx.vertx();
    Path dir = Files.createTempDirectory("condor-bench");
    try {
      Instant t = LocalDate.of(2026, 2, 17).atTime(11, 0).atZone(BlackScholesTestMarket.NEW_YORK).toInstant();
      SimulatedClock clock = new SimulatedClock(t);
      BlackScholesTestMarket market = new BlackScholesTestMarket(m -> 5800);
      LiveDriver driver = new LiveDriver(vertx, clock, 1, NyseCalendar.instance());
      LiveDriver.Slot slot = driver.newSlot();
      int n = 40_000;
      long[] latencies = new long[n];
      long[] tickAt = new long[1];
      int[] i = new int[1];
      CountDownLatch done = new CountDownLatch(1);
      OnTick strategy = new OnTick();
      StrategyRunner[] runner = new StrategyRunner[1];
      Runnable tick = () -> {
        strategy.tick = true;
        tickAt[0] = System.nanoTime();
        runner[0].poll();
      };
      Broker rejecting = new RejectingBroker(() -> {
        latencies[i[0]] = System.nanoTime() - tickAt[0];
        if (++i[0] == n) {
          done.countDown();
        } else {
          slot.executor().execute(tick); // queued behind the current poll, on the same thread
        }
      });
      TradeJournal journal = new TradeJournal(List.of(durableJournal
          ? new JsonLinesJournal(dir, BlackScholesTestMarket.NEW_YORK) : nullSink()));
      runner[0] = new StrategyRunner("bench", strategy, List.of(), new StrategyRunner.Wiring(
          rejecting, market, NyseCalendar.instance(), journal, clock, slot.executor(),
          new PortfolioTracker(), Duration.ofMinutes(2), s -> {}));
      runner[0].start().toCompletableFuture().join();
      long wall = System.nanoTime();
      slot.executor().execute(tick);
      if (!done.await(120, TimeUnit.SECONDS)) {
        throw new IllegalStateException("benchmark stalled after " + i[0] + " ticks");
      }
      wall = System.nanoTime() - wall;
      long[] measured = Arrays.copyOfRange(latencies, n / 4, n); // the first quarter warms up
      Arrays.sort(measured);
      System.out.printf(Locale.ROOT, "tick-to-order on the strategy's event loop (%s journal): p50 %.1f us,"
          + " p99 %.1f us, p99.9 %.1f us, max %.1f us; %.0f ticks/s through poll, checks and journal%n",
          durableJournal ? "JSON Lines forced to disk" : "in-memory",
          pct(measured, 0.50), pct(measured, 0.99), pct(measured, 0.999),
          measured[measured.length - 1] / 1e3, n / (wall / 1e9));
      journal.close();
      handoff(vertx);
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  /** The cost of waking an event loop from another thread (the scheduler's, not the engine's). */
  private static void handoff(Vertx vertx) throws Exception {
    io.vertx.core.Context context = vertx.getOrCreateContext();
    int n = 5_000;
    long[] latencies = new long[n];
    for (int k = 0; k < n; k++) {
      CountDownLatch ran = new CountDownLatch(1);
      long t0 = System.nanoTime();
      int index = k;
      context.runOnContext(v -> {
        latencies[index] = System.nanoTime() - t0;
        ran.countDown();
      });
      ran.await();
    }
    long[] measured = Arrays.copyOfRange(latencies, n / 4, n);
    Arrays.sort(measured);
    System.out.printf(Locale.ROOT, "  (for reference: waking the event loop from another thread: p50 %.1f us,"
        + " p99 %.1f us on this machine)%n", pct(measured, 0.50), pct(measured, 0.99));
  }

  private static double pct(long[] sorted, double p) {
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e3;
  }

  private static JournalSink nullSink() {
    return new JournalSink() {
      @Override
      public void append(JournalEvent event) {}

      @Override
      public void close() {}
    };
  }

  /** Records the instant an order arrives, then rejects it so the next tick can enter again. */
  private static final class RejectingBroker implements Broker {
    private final Runnable onPlace;

    RejectingBroker(Runnable onPlace) {
      this.onPlace = onPlace;
    }

    @Override
    public CompletionStage<OrderState> place(OrderTicket ticket) {
      onPlace.run();
      return CompletableFuture.failedFuture(BrokerException.of(BrokerException.Kind.REJECTED, "bench").build());
    }

    @Override
    public CompletionStage<Account> account() {
      return CompletableFuture.completedFuture(Account.builder().accountId("B").cash(1e6)
          .netLiquidation(1e6).buyingPower(1e6).time(Instant.EPOCH).build());
    }

    @Override
    public CompletionStage<List<ContractPosition>> positions() {
      return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public CompletionStage<Optional<OrderState>> order(ClientOrderId id) {
      return CompletableFuture.completedFuture(Optional.empty());
    }

    @Override
    public CompletionStage<List<OrderState>> openOrders() {
      return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public CompletionStage<OrderState> cancel(ClientOrderId id) {
      return CompletableFuture.failedFuture(new IllegalStateException());
    }

    @Override
    public CompletionStage<List<Fill>> fills(ClientOrderId id) {
      return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public String venue() {
      return "bench";
    }

    @Override
    public void close() {}
  }
}
