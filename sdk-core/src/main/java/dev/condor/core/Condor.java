package dev.condor.core;

import dev.condor.api.broker.Broker;
import dev.condor.api.broker.BrokerProvider;
import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalSink;
import dev.condor.api.plugin.Provider;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.strategy.RiskPolicyRequest;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyState;
import dev.condor.core.broker.paper.PaperBroker;
import dev.condor.core.broker.paper.PaperBrokerConfig;
import dev.condor.core.broker.paper.PaperBrokerProvider;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.config.SecretStore;
import dev.condor.core.journal.JsonLinesJournal;
import dev.condor.core.journal.TradeJournal;
import dev.condor.core.market.MarketSource;
import dev.condor.core.market.sim.SimulatedMarket;
import dev.condor.core.market.sim.SimulationConfig;
import dev.condor.core.plugin.PluginRegistry;
import dev.condor.core.portfolio.ClosedTrade;
import dev.condor.core.portfolio.TradeSummary;
import dev.condor.core.runtime.LiveDriver;
import dev.condor.core.runtime.PortfolioTracker;
import dev.condor.core.runtime.SimulatedClock;
import dev.condor.core.runtime.StrategyRunner;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Condor embedded in an application: one broker, one market, any number of strategies with their
 * risk policies, a journal; started, observed and stopped as one.
 *
 * <pre>{@code
 * Condor condor = Condor.builder()              // simulated market and paper broker by default
 *     .strategy("ic", "iron-condor-0dte", Map.of("wingWidth", 15))   // or .strategy("ic", instance)
 *     .journal(Path.of("logs"))
 *     .build();                                // every id, config and secret checked here
 * condor.start();
 * condor.events().subscribe(...);              // ORDER, FILL, RISK, DECISION, LIFECYCLE...
 * condor.stop().toCompletableFuture().join();  // graceful: strategies run their stop rules
 * }</pre>
 *
 * <p>Everything that can be wrong with the set-up (an unknown provider id, a configuration value
 * of the wrong type, a missing secret) fails in {@link Builder#build()} with one clear message,
 * before anything trades. Each strategy runs on its own Vert.x context; a strategy that throws is
 * stopped and journalled while the others go on. A JVM shutdown hook stops the engine on Ctrl-C
 * unless disabled.
 */
public final class Condor implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Condor.class);

  private final Vertx vertx;
  private final boolean ownsVertx;
  private final LiveDriver driver;
  private final List<StrategyRunner> runners;
  private final Map<String, LiveDriver.Slot> slots;
  private final Broker broker;
  private final TradeJournal journal;
  private final SubmissionPublisher<JournalEvent> events;
  private final Map<String, StrategyState> states;
  private final Thread shutdownHook;
  private final InstantSource clock;
  private final java.util.concurrent.ExecutorService workers;
  private final List<String> findings = new java.util.concurrent.CopyOnWriteArrayList<>();
  private volatile CompletableFuture<Void> stopping;

  private Condor(Builder b, Vertx vertx, boolean ownsVertx, InstantSource clock, Broker broker,
      java.util.concurrent.ExecutorService workers, SubmissionPublisher<JournalEvent> events,
      TradeJournal journal, Map<String, StrategyState> states,
      List<StrategyRunner> runners, Map<String, LiveDriver.Slot> slots, LiveDriver driver) {
    this.vertx = vertx;
    this.ownsVertx = ownsVertx;
    this.driver = driver;
    this.runners = runners;
    this.slots = slots;
    this.broker = broker;
    this.journal = journal;
    this.events = events;
    this.states = states;
    this.clock = clock;
    this.workers = workers;
    this.shutdownHook = b.shutdownHook ? new Thread(this::stopOnShutdown, "condor-shutdown") : null;
  }

  /** Starts configuring an engine. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reconciles the journal with the broker (every difference journalled as RECONCILE and kept in
   * {@link #reconciliation()}), then starts every strategy and its polls.
   */
  public CompletionStage<Void> start() {
    if (shutdownHook != null) {
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    }
    return Reconciliation.run(broker, runners, journal, clock).thenCompose(found -> {
      findings.addAll(found);
      CompletableFuture<?>[] started = runners.stream()
          .map(r -> driver.start(slots.get(r.name()), r).toCompletableFuture())
          .toArray(CompletableFuture[]::new);
      return CompletableFuture.allOf(started);
    });
  }

  /** What reconciliation found on start: differences between the journal and the broker. */
  public List<String> reconciliation() {
    return List.copyOf(findings);
  }

  /**
   * Stops gracefully: each strategy stops polling, cancels its opening orders and closes or keeps
   * its positions by its own rule; then the journal and the broker are closed. Idempotent.
   */
  public synchronized CompletionStage<Void> stop() {
    if (stopping != null) {
      return stopping;
    }
    CompletableFuture<?>[] stopped = runners.stream()
        .map(r -> driver.stop(slots.get(r.name())).toCompletableFuture())
        .toArray(CompletableFuture[]::new);
    stopping = CompletableFuture.allOf(stopped).whenComplete((v, e) -> {
      journal.close();
      broker.close();
      workers.shutdown();
      events.close();
      if (ownsVertx) {
        vertx.close();
      }
      if (shutdownHook != null && !Thread.currentThread().equals(shutdownHook)) {
        try {
          Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
          // The JVM is already exiting through the hook; nothing to remove.
        }
      }
    });
    return stopping;
  }

  private void stopOnShutdown() {
    LOG.info("shutting down: stopping strategies");
    try {
      stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.error("strategies did not stop within 30 s", e);
    }
  }

  @Override
  public void close() {
    stop().toCompletableFuture().join();
  }

  /** Each strategy's state, by name. */
  public Map<String, StrategyState> status() {
    return Map.copyOf(states);
  }

  /** Every journal event as it is written: ORDER, FILL, RISK, DECISION, LIFECYCLE... */
  public Flow.Publisher<JournalEvent> events() {
    return events;
  }

  /** The closed trades of a strategy so far. */
  public List<ClosedTrade> trades(String strategy) {
    return runner(strategy).book().closedTrades();
  }

  /** Seed S2's summary of a strategy's closed trades. */
  public TradeSummary summary(String strategy) {
    StrategyRunner r = runner(strategy);
    return TradeSummary.of(r.book().closedTrades(), List.copyOf(r.orders().orders()));
  }

  /** The broker the engine trades through. */
  public Broker broker() {
    return broker;
  }

  private StrategyRunner runner(String name) {
    return runners.stream().filter(r -> r.name().equals(name)).findFirst()
        .orElseThrow(() -> new ConfigurationException("strategy", "no strategy named \"" + name
            + "\"; running: " + states.keySet()));
  }

  /** Configures a {@link Condor}; {@link #build()} checks everything before anything trades. */
  public static final class Builder {
    private PluginRegistry registry;
    private String brokerId = PaperBrokerProvider.ID;
    private Map<String, ?> brokerSettings = Map.of();
    private Broker brokerInstance;
    private MarketSource market;
    private String marketId = "simulated";
    private Map<String, ?> marketSettings = Map.of();
    private final Map<String, Object> strategies = new LinkedHashMap<>();
    private final Map<String, Map<String, ?>> strategySettings = new LinkedHashMap<>();
    private final List<RiskPolicyRequest> globalPolicies = new ArrayList<>();
    private final List<JournalSink> sinks = new ArrayList<>();
    private Path journalDirectory;
    private InstantSource clock = InstantSource.system();
    private double speed = 1;
    private Secrets secrets = Secrets.none();
    private SecretStore secretStore;
    private TradingCalendar calendar = NyseCalendar.instance();
    private Vertx vertx;
    private boolean shutdownHook = true;
    private Duration lostOrderAfter = Duration.ofMinutes(2);
    private boolean dryRun;

    private Builder() {}

    /** The plugin registry (default: every provider ServiceLoader finds). */
    public Builder registry(PluginRegistry registry) {
      this.registry = registry;
      return this;
    }

    /** The broker by provider id ({@code "paper"} by default). */
    public Builder broker(String id) {
      return broker(id, Map.of());
    }

    /** The broker by provider id, with its settings. */
    public Builder broker(String id, Map<String, ?> settings) {
      this.brokerId = id;
      this.brokerSettings = settings;
      this.brokerInstance = null;
      return this;
    }

    /** A broker the application made itself. */
    public Builder broker(Broker broker) {
      this.brokerInstance = broker;
      return this;
    }

    /** The market the engine reads and the paper broker fills against. */
    public Builder market(MarketSource market) {
      this.market = market;
      return this;
    }

    /**
     * The market by id: {@code "simulated"} (the default: the deterministic simulated market, no
     * account, key or network) with its settings ({@code seed}, {@code start}, {@code end}...).
     */
    public Builder market(String id, Map<String, ?> settings) {
      this.market = null;
      this.marketId = id;
      this.marketSettings = settings;
      return this;
    }

    /** A strategy instance the application made, under a name. */
    public Builder strategy(String name, Strategy strategy) {
      strategies.put(name, strategy);
      return this;
    }

    /** A strategy by provider id, under a name, with its settings (defaults where absent). */
    public Builder strategy(String name, String providerId, Map<String, ?> settings) {
      strategies.put(name, providerId);
      strategySettings.put(name, settings);
      return this;
    }

    /** A risk policy applied to every strategy, by provider id with its settings. */
    public Builder riskPolicy(String id, Map<String, ?> settings) {
      globalPolicies.add(RiskPolicyRequest.of(id, settings));
      return this;
    }

    /** Journal to JSON Lines files under this directory. */
    public Builder journal(Path directory) {
      this.journalDirectory = directory;
      return this;
    }

    /** An extra journal sink (a database...). */
    public Builder journalSink(JournalSink sink) {
      sinks.add(sink);
      return this;
    }

    /** The clock strategies see (the system clock by default). */
    public Builder clock(InstantSource clock) {
      this.clock = clock;
      this.speed = 1;
      return this;
    }

    /**
     * Run in simulated time from {@code start}, {@code speed} times faster than real time: the
     * driver waits each simulated gap divided by the speed, then moves the clock to the next poll,
     * so the strategies poll at exactly the instants a backtest polls at.
     */
    public Builder accelerated(Instant start, double speed) {
      if (!(speed >= 1 && speed <= 100_000)) {
        throw new dev.condor.api.error.InvalidValueException("speed", speed, "must be from 1 to 100000");
      }
      this.clock = new SimulatedClock(start);
      this.speed = speed;
      return this;
    }

    /** The secrets plugins may ask for, the same set for every plugin. */
    public Builder secrets(Secrets secrets) {
      this.secrets = secrets;
      this.secretStore = null;
      return this;
    }

    /** Where each plugin's declared secrets are read from (environment, owner-only file). */
    public Builder secrets(SecretStore store) {
      this.secretStore = store;
      return this;
    }

    /**
     * Applies a configuration tree (see {@link dev.condor.core.config.ConfigLoader}):
     *
     * <pre>
     * market:     {id: simulated, settings: {seed: 7}}      # the default
     * broker:     {id: paper, settings: {startingCash: 100000}}
     * journal:    {directory: logs}
     * clock:      {start: 2026-02-17T09:30, speed: 600}   # simulated time, New York; omit for live
     * strategies: {dte0_ic: {strategy: iron-condor-0dte, settings: {...}}}
     * risk:       {daily-loss: {rejectAtPercent: 5}}       # applied to every strategy
     * </pre>
     *
     * @throws ConfigurationException naming the first key that is unknown or of the wrong type
     */
    public Builder configure(Settings root) {
      root.requireOnly(java.util.Set.of("broker", "market", "journal", "clock", "strategies", "risk"));
      Settings marketSection = root.section("market");
      marketSection.requireOnly(java.util.Set.of("id", "settings"));
      if (marketSection.has("id") || marketSection.has("settings")) {
        market(marketSection.string("id", marketId), marketSection.section("settings").asMap());
      }
      Settings brokerSection = root.section("broker");
      brokerSection.requireOnly(java.util.Set.of("id", "settings"));
      broker(brokerSection.string("id", brokerId), brokerSection.section("settings").asMap());
      Settings journalSection = root.section("journal");
      journalSection.requireOnly(java.util.Set.of("directory"));
      journalSection.string("directory").ifPresent(d -> journal(Path.of(d)));
      Settings clockSection = root.section("clock");
      clockSection.requireOnly(java.util.Set.of("start", "speed"));
      if (clockSection.has("start")) {
        Instant start;
        try {
          start = java.time.LocalDateTime.parse(clockSection.string("start", ""))
              .atZone(calendar.zone()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
          throw new ConfigurationException(clockSection.fullKey("start"),
              "expected a New York date-time such as 2026-02-17T09:30");
        }
        double s = clockSection.number("speed", 1);
        if (!(s >= 1 && s <= 100_000)) {
          throw new ConfigurationException(clockSection.fullKey("speed"), "must be from 1 to 100000, found " + s);
        }
        accelerated(start, s);
      } else if (clockSection.has("speed")) {
        throw new ConfigurationException(clockSection.fullKey("speed"), "a speed needs a simulated start time");
      }
      Settings strategySection = root.section("strategies");
      for (String name : strategySection.keys()) {
        Settings one = strategySection.section(name);
        one.requireOnly(java.util.Set.of("strategy", "settings"));
        strategy(name, one.string("strategy", name), one.section("settings").asMap());
      }
      Settings riskSection = root.section("risk");
      for (String id : riskSection.keys()) {
        riskPolicy(id, riskSection.section(id).asMap());
      }
      return this;
    }

    /** The exchange calendar (NYSE by default). */
    public Builder calendar(TradingCalendar calendar) {
      this.calendar = calendar;
      return this;
    }

    /** A Vert.x instance the application owns (one is created, and closed, otherwise). */
    public Builder vertx(Vertx vertx) {
      this.vertx = vertx;
      return this;
    }

    /** Whether to stop the engine on JVM shutdown (default true). */
    public Builder shutdownHook(boolean enabled) {
      this.shutdownHook = enabled;
      return this;
    }

    /**
     * Dry run (seed S0's spread-production): the strategies decide and their trades are tracked
     * with live P&amp;L against a paper account over the market, but no order reaches the
     * configured broker, whose id, settings and secrets are then not even read. The journal goes to
     * a {@code dry-run} folder under the journal directory, apart from real trading.
     */
    public Builder dryRun(boolean enabled) {
      this.dryRun = enabled;
      return this;
    }

    /** How long an order whose placement outcome is unknown is looked for before it is given up. */
    public Builder lostOrderAfter(Duration duration) {
      this.lostOrderAfter = duration;
      return this;
    }

    /**
     * Resolves every provider, reads every configuration and checks every secret.
     *
     * @throws ConfigurationException or {@link dev.condor.api.error.PluginException} naming the
     *     first problem; nothing has traded
     */
    public Condor build() {
      MarketSource market = this.market != null ? this.market : createMarket();
      if (strategies.isEmpty()) {
        throw new ConfigurationException("strategies", "no strategy to run");
      }
      PluginRegistry plugins = registry != null ? registry : PluginRegistry.discover();
      Broker broker;
      Path journalDirectory = this.journalDirectory;
      if (dryRun) {
        broker = PaperBroker.over(market, clock, PaperBrokerConfig.defaults(), calendar);
        journalDirectory = journalDirectory == null ? null : journalDirectory.resolve("dry-run");
      } else {
        broker = brokerInstance != null ? brokerInstance : createBroker(plugins, market);
      }
      Map<String, Strategy> resolved = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : strategies.entrySet()) {
        resolved.put(e.getKey(), e.getValue() instanceof Strategy s ? s : plugins.strategy(e.getKey(),
            (String) e.getValue(), strategySettings.get(e.getKey()), this::secretsFor));
      }
      Map<String, List<RiskPolicy>> policies = new LinkedHashMap<>();
      resolved.forEach((name, strategy) -> policies.put(name,
          plugins.riskPolicies(name, strategy, globalPolicies, this::secretsFor)));

      SubmissionPublisher<JournalEvent> events = new SubmissionPublisher<>();
      List<JournalSink> all = new ArrayList<>();
      if (journalDirectory != null) {
        all.add(new JsonLinesJournal(journalDirectory, calendar.zone()));
      }
      all.addAll(sinks);
      all.add(new JournalSink() {
        @Override
        public void append(JournalEvent event) {
          events.offer(event, (subscriber, dropped) -> false);
        }

        @Override
        public void close() {}
      });
      TradeJournal journal = new TradeJournal(all);

      boolean ownsVertx = vertx == null;
      Vertx v = ownsVertx ? Vertx.vertx() : vertx;
      java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newCachedThreadPool(
          task -> {
            Thread t = new Thread(task, "condor-broker-worker");
            t.setDaemon(true);
            return t;
          });
      Broker offloaded = new dev.condor.core.runtime.OffloadingBroker(broker, workers);
      LiveDriver driver = new LiveDriver(v, clock, speed, calendar);
      PortfolioTracker portfolio = new PortfolioTracker();
      Map<String, StrategyState> states = new ConcurrentHashMap<>();
      List<StrategyRunner> runners = new ArrayList<>();
      Map<String, LiveDriver.Slot> slots = new LinkedHashMap<>();
      for (Map.Entry<String, Strategy> e : resolved.entrySet()) {
        String name = e.getKey();
        LiveDriver.Slot slot = driver.newSlot();
        states.put(name, StrategyState.STOPPED);
        StrategyRunner.Wiring wiring = new StrategyRunner.Wiring(offloaded, market, calendar, journal,
            clock, slot.executor(), portfolio, lostOrderAfter, s -> states.put(name, s));
        StrategyRunner runner = new StrategyRunner(name, e.getValue(), policies.get(name), wiring);
        if (journalDirectory != null) {
          // A restart: the journal is the source of truth for orders, fills and positions.
          runner.recover(new JsonLinesJournal(journalDirectory, calendar.zone()).read(name));
        }
        runners.add(runner);
        slots.put(name, slot);
      }
      return new Condor(this, v, ownsVertx, clock, broker, workers, events, journal, states,
          List.copyOf(runners), slots, driver);
    }

    private MarketSource createMarket() {
      if (!marketId.equals("simulated")) {
        throw new ConfigurationException("market.id", "unknown market \"" + marketId
            + "\"; the engine's own market is \"simulated\" (live feeds arrive with the data plugins)");
      }
      return SimulatedMarket.shared(SimulationConfig.fromSettings(
          Settings.of("market.settings", marketSettings)));
    }

    private Broker createBroker(PluginRegistry plugins, MarketSource market) {
      BrokerProvider<?> provider = plugins.find(BrokerProvider.class, brokerId);
      if (provider instanceof PaperBrokerProvider) {
        provider = ((PaperBrokerProvider) provider).over(market, clock);
      }
      return (Broker) PluginRegistry.create(provider, Settings.of("broker.settings", brokerSettings),
          secretsFor(provider));
    }

    private Secrets secretsFor(Provider<?, ?> provider) {
      return secretStore == null ? secrets : secretStore.forProvider(provider.id(), provider.secrets());
    }
  }
}
