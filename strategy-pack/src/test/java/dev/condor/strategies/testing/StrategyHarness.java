package dev.condor.strategies.testing;

import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.journal.JournalSink;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.strategy.RiskPolicyRequest;
import dev.condor.api.strategy.Strategy;
import dev.condor.core.broker.paper.FillModel;
import dev.condor.core.broker.paper.PaperBroker;
import dev.condor.core.broker.paper.PaperBrokerConfig;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.journal.TradeJournal;
import dev.condor.core.market.MarketSource;
import dev.condor.core.market.sim.SimulatedMarket;
import dev.condor.core.market.sim.SimulationConfig;
import dev.condor.core.risk.RiskPolicies;
import dev.condor.core.portfolio.ClosedTrade;
import dev.condor.core.portfolio.TradeSummary;
import dev.condor.core.runtime.PortfolioTracker;
import dev.condor.core.runtime.SimulatedClock;
import dev.condor.core.runtime.SteppedDriver;
import dev.condor.core.runtime.StrategyRunner;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Runs one strategy the way the engine does, in simulated time: over a market (the simulated one
 * by default, or any {@link MarketSource} such as a hand-built one), with the paper broker, the
 * risk policies the strategy requests (resolved through the plugin registry, as the engine does),
 * and an in-memory journal the test can read.
 *
 * <pre>{@code
 * StrategyHarness.Result r = StrategyHarness.simulated(7)
 *     .run(strategy, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 29));
 * r.events(JournalEventType.ORDER); r.trades(); r.summary(); r.decisions();
 * }</pre>
 */
public final class StrategyHarness {

  /**
   * The paper broker filling at mid less a nickel (never worse than natural): S0 and S2 price at
   * mid - 0.05 because such orders fill there; the natural model would fill them only after an
   * adverse move.
   */
  public static final PaperBrokerConfig MID_LESS_A_NICKEL = PaperBrokerConfig.builder()
      .fillModel(FillModel.MID).slippage(0.05).build();

  private final MarketSource market;
  private PaperBrokerConfig brokerConfig = PaperBrokerConfig.defaults();

  private StrategyHarness(MarketSource market) {
    this.market = market;
  }

  /** Over the simulated market with this seed (simulation from 2024-01-02). */
  public static StrategyHarness simulated(long seed) {
    return new StrategyHarness(new SimulatedMarket(SimulationConfig.builder().seed(seed).build()));
  }

  /** Over a market the test provides (a hand-built chain, a scripted path). */
  public static StrategyHarness over(MarketSource market) {
    return new StrategyHarness(market);
  }

  /** The paper broker's configuration (starting cash, commissions, fill model). */
  public StrategyHarness broker(PaperBrokerConfig config) {
    this.brokerConfig = config;
    return this;
  }

  /** The market the harness runs over. */
  public MarketSource market() {
    return market;
  }

  /** What a run produced. */
  public static final class Result {
    private final List<JournalEvent> journal;
    private final StrategyRunner runner;

    Result(List<JournalEvent> journal, StrategyRunner runner) {
      this.journal = List.copyOf(journal);
      this.runner = runner;
    }

    /** Every journal event, in order. */
    public List<JournalEvent> journal() {
      return journal;
    }

    /** The events of one type, in order. */
    public List<JournalEvent> events(JournalEventType type) {
      return journal.stream().filter(e -> e.type() == type).collect(Collectors.toList());
    }

    /** The text of every DECISION event (entries, skips, strategy notes), in order. */
    public List<String> decisions() {
      return events(JournalEventType.DECISION).stream()
          .map(e -> e.fields().get("decision").toString()).collect(Collectors.toList());
    }

    /** The events matching a predicate. */
    public List<JournalEvent> events(Predicate<JournalEvent> which) {
      return journal.stream().filter(which).collect(Collectors.toList());
    }

    /** Closed round trips. */
    public List<ClosedTrade> trades() {
      return runner.book().closedTrades();
    }

    /** Seed S2's summary of the run. */
    public TradeSummary summary() {
      return TradeSummary.of(runner.book().closedTrades(), List.copyOf(runner.orders().orders()));
    }

    /** The runner, for its positions, orders and state. */
    public StrategyRunner runner() {
      return runner;
    }
  }

  /** Runs {@code strategy} (named {@code name}) over the trading days from {@code from} to {@code to}. */
  public Result run(String name, Strategy strategy, LocalDate from, LocalDate to) {
    SimulatedClock clock = new SimulatedClock(from.atStartOfDay(NyseCalendar.ZONE).toInstant());
    PaperBroker broker = PaperBroker.over(market, clock, brokerConfig);
    List<JournalEvent> journal = new ArrayList<>();
    TradeJournal tj = journalInto(journal);
    StrategyRunner runner = new StrategyRunner(name, strategy, policies(name, strategy),
        new StrategyRunner.Wiring(broker, market, NyseCalendar.instance(), tj, clock, Runnable::run,
            new PortfolioTracker(), Duration.ofMinutes(2), s -> {}));
    SteppedDriver driver = new SteppedDriver(List.of(runner), clock, NyseCalendar.instance());
    driver.start();
    driver.run(from, to);
    return new Result(journal, runner);
  }

  /** A journal whose every event is appended to {@code events}, for a test to read. */
  public static TradeJournal journalInto(List<JournalEvent> events) {
    return new TradeJournal(List.of(new JournalSink() {
      @Override
      public void append(JournalEvent event) {
        events.add(event);
      }

      @Override
      public void close() {}
    }));
  }

  /** The strategy's requested risk policies, made as the engine makes them. */
  public static List<RiskPolicy> policies(String name, Strategy strategy) {
    List<RiskPolicy> policies = new ArrayList<>();
    for (RiskPolicyRequest r : strategy.riskPolicies()) {
      policies.add(RiskPolicies.create(r, "strategies." + name + ".risk." + r.policyId()));
    }
    return policies;
  }
}
