package dev.condor.core.backtest;

import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.calendar.TradingSession;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.journal.JournalSink;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.Position;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.strategy.RiskPolicyRequest;
import dev.condor.api.strategy.Strategy;
import dev.condor.core.broker.paper.PaperBroker;
import dev.condor.core.broker.paper.PaperBrokerConfig;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.journal.JsonLinesJournal;
import dev.condor.core.journal.TradeJournal;
import dev.condor.core.market.MarketSource;
import dev.condor.core.market.sim.SimulatedMarket;
import dev.condor.core.market.sim.SimulationConfig;
import dev.condor.core.plugin.PluginRegistry;
import dev.condor.core.portfolio.ClosedTrade;
import dev.condor.core.runtime.PortfolioTracker;
import dev.condor.core.runtime.SimulatedClock;
import dev.condor.core.runtime.SteppedDriver;
import dev.condor.core.runtime.StrategyRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A backtest: the same {@link Strategy} instances the live engine runs, driven through trading days
 * in simulated time on the caller's thread (no Vert.x), with the paper broker's fills and
 * settlement over a {@link MarketSource}: the simulated market by default, the historical store, or
 * any source. The same inputs give the same result, event for event.
 *
 * <pre>{@code
 * BacktestResult r = Backtest.builder()
 *     .strategy("vix1d", "vix1d-credit-spread", Map.of())
 *     .from(LocalDate.of(2024, 1, 2)).to(LocalDate.of(2024, 12, 31))
 *     .build().run();
 * }</pre>
 */
public final class Backtest {

  /** Told of each trading day as it completes, for progress bars. */
  @FunctionalInterface
  public interface Progress {
    /** Day {@code done} of {@code total} (1-based) has finished. */
    void dayDone(LocalDate day, int done, int total);
  }

  private final Builder spec;
  private final Map<String, Strategy> strategies;
  private final Map<String, List<RiskPolicy>> policies;
  private final MarketSource market;
  private final List<TradingSession> sessions;

  private Backtest(Builder spec, Map<String, Strategy> strategies,
      Map<String, List<RiskPolicy>> policies, MarketSource market, List<TradingSession> sessions) {
    this.spec = spec;
    this.strategies = strategies;
    this.policies = policies;
    this.market = market;
    this.sessions = sessions;
  }

  /** A builder; only a strategy is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The trading days the backtest covers, in order. */
  public List<LocalDate> days() {
    return sessions.stream().map(TradingSession::date).toList();
  }

  /** Runs every trading day and returns what happened. */
  public BacktestResult run() {
    return run((day, done, total) -> {});
  }

  /** Runs every trading day, telling {@code progress} after each, and returns what happened. */
  public BacktestResult run(Progress progress) {
    TradingCalendar calendar = spec.calendar;
    SimulatedClock clock = new SimulatedClock(
        sessions.get(0).date().atStartOfDay(calendar.zone()).toInstant());
    QualityCountingMarket counted = new QualityCountingMarket(market);
    PaperBroker broker = PaperBroker.over(counted, clock, spec.paper, calendar);
    List<JournalEvent> events = new ArrayList<>();
    List<JournalSink> sinks = new ArrayList<>();
    sinks.add(new JournalSink() {
      @Override
      public void append(JournalEvent event) {
        events.add(event);
      }

      @Override
      public void close() {}
    });
    if (spec.journalDirectory != null) {
      sinks.add(new JsonLinesJournal(spec.journalDirectory, calendar.zone()));
    }
    sinks.addAll(spec.sinks);
    TradeJournal journal = new TradeJournal(sinks);
    PortfolioTracker portfolio = new PortfolioTracker();
    List<StrategyRunner> runners = new ArrayList<>();
    for (Map.Entry<String, Strategy> e : strategies.entrySet()) {
      runners.add(new StrategyRunner(e.getKey(), e.getValue(), policies.get(e.getKey()),
          new StrategyRunner.Wiring(broker, counted, calendar, journal, clock, Runnable::run,
              portfolio, spec.lostOrderAfter, s -> {})));
    }
    SteppedDriver driver = new SteppedDriver(runners, clock, calendar);
    List<Underlying> benchmarks = benchmarks();
    List<DailyRecord> days = new ArrayList<>();
    int eventsSeen = 0;
    try {
      driver.start();
      int done = 0;
      for (int i = 0; i < sessions.size(); i++) {
        TradingSession session = sessions.get(i);
        if (i + 1 < sessions.size()) {
          market.prefetch(sessions.get(i + 1).date());
        }
        driver.runDay(session);
        List<ClosedTrade> closedToday = new ArrayList<>();
        for (StrategyRunner r : runners) {
          for (ClosedTrade t : r.book().closedTrades()) {
            if (!t.closedAt().isBefore(session.open().toInstant())
                && t.closedAt().isBefore(session.date().plusDays(1)
                    .atStartOfDay(calendar.zone()).toInstant())) {
              closedToday.add(t);
            }
          }
        }
        double realizedBefore = days.stream().mapToDouble(DailyRecord::realizedPnl).sum();
        days.add(dailyRecord(session, broker, runners, closedToday, realizedBefore,
            events.subList(eventsSeen, events.size()), benchmarks));
        eventsSeen = events.size();
        progress.dayDone(session.date(), ++done, sessions.size());
      }
      driver.stop();
    } finally {
      journal.close();
    }
    Map<String, OrderTicket> openings = new HashMap<>();
    for (JournalEvent e : events) {
      if (e.type() == JournalEventType.ORDER && "open".equals(e.fields().get("action"))) {
        OrderTicket ticket = TradeJournal.ticketOf(e);
        openings.put(ticket.clientOrderId().value(), ticket);
      }
    }
    List<TradeRecord> trades = new ArrayList<>();
    List<ClosedTrade> all = new ArrayList<>();
    runners.forEach(r -> all.addAll(r.book().closedTrades()));
    all.sort(java.util.Comparator.comparing(ClosedTrade::closedAt)
        .thenComparing(ClosedTrade::strategy).thenComparing(ClosedTrade::positionId));
    for (ClosedTrade t : all) {
      OrderTicket ticket = openings.get(t.positionId());
      if (ticket != null) {
        trades.add(record(t, ticket, calendar));
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    strategies.forEach((name, s) -> names.put(name, spec.providerIds.getOrDefault(name,
        s.getClass().getName())));
    return new BacktestResult(names, spec.sourceDescription(market), sessions.get(0).date(),
        sessions.get(sessions.size() - 1).date(), spec.paper.startingCash(),
        benchmarks.stream().map(Underlying::symbol).toList(), events, trades, days,
        counted.quality());
  }

  private DailyRecord dailyRecord(TradingSession session, PaperBroker broker,
      List<StrategyRunner> runners, List<ClosedTrade> closedToday, double realizedBefore,
      List<JournalEvent> todaysEvents,
      List<Underlying> benchmarks) {
    Account account = broker.account().toCompletableFuture().join();
    double realized = 0;
    for (ClosedTrade t : closedToday) {
      realized += t.netPnl();
    }
    int open = 0;
    double risk = 0;
    for (StrategyRunner r : runners) {
      for (Position p : r.book().openPositions()) {
        open++;
        risk += p.maxLoss();
      }
    }
    // what the equity holds beyond the start and every closed trade: the open positions at their
    // marks, net of what opening them cost
    double unrealized = account.netLiquidation() - spec.paper.startingCash() - realizedBefore
        - realized;
    int entered = 0;
    double commissions = 0;
    for (JournalEvent e : todaysEvents) {
      if (e.type() == JournalEventType.FILL) {
        Object c = e.fields().get("commission");
        if (c instanceof Number n) {
          commissions += n.doubleValue();
        }
      }
      if (e.type() == JournalEventType.ORDER && "open".equals(e.fields().get("action"))) {
        entered++;
      }
    }
    Map<String, Double> closes = new LinkedHashMap<>();
    Instant close = session.close().toInstant();
    for (Underlying u : benchmarks) {
      market.quote(u, close).ifPresent(q -> closes.put(u.symbol(), q.price()));
    }
    return new DailyRecord(session.date(), account.netLiquidation(), realized, unrealized, entered,
        closedToday.size(), open, risk, commissions, closes);
  }

  private static TradeRecord record(ClosedTrade t, OrderTicket ticket, TradingCalendar calendar) {
    ZonedDateTime entry = t.openedAt().atZone(calendar.zone());
    Position p = Position.builder().openedBy(ticket).quantity(t.quantity())
        .openPrice(NetPrice.ofSigned(t.openSigned())).openedAt(t.openedAt()).build();
    LocalDate expiry = ticket.legs().stream().map(l -> l.contract().expiry())
        .min(LocalDate::compareTo).orElse(entry.toLocalDate());
    int dte = (int) ChronoUnit.DAYS.between(entry.toLocalDate(), expiry);
    return new TradeRecord(t, ticket, dte, entry.toLocalTime(), p.maxLoss());
  }

  private List<Underlying> benchmarks() {
    Set<Underlying> out = new LinkedHashSet<>();
    if (spec.benchmarks != null) {
      spec.benchmarks.forEach(s -> out.add(Underlying.of(s)));
      return List.copyOf(out);
    }
    for (Strategy s : strategies.values()) {
      out.add(s.dataNeeds().underlying());
    }
    out.add(Underlying.SPY);
    out.add(Underlying.QQQ);
    return List.copyOf(out);
  }

  /** Assembles a backtest; {@link #build()} checks everything before anything runs. */
  public static final class Builder {
    private final Map<String, Object> strategies = new LinkedHashMap<>();
    private final Map<String, Map<String, ?>> strategySettings = new HashMap<>();
    private final Map<String, String> providerIds = new HashMap<>();
    private final List<RiskPolicyRequest> globalPolicies = new ArrayList<>();
    private final List<JournalSink> sinks = new ArrayList<>();
    private MarketSource market;
    private String source;
    private LocalDate from;
    private LocalDate to;
    private PaperBrokerConfig paper = PaperBrokerConfig.defaults();
    private List<String> benchmarks;
    private Path journalDirectory;
    private PluginRegistry registry;
    private TradingCalendar calendar = NyseCalendar.instance();
    private Duration lostOrderAfter = Duration.ofMinutes(2);

    private Builder() {}

    /** Runs this strategy instance under {@code name}. */
    public Builder strategy(String name, Strategy strategy) {
      strategies.put(name, strategy);
      return this;
    }

    /** Runs the strategy plugin {@code providerId} with these settings under {@code name}. */
    public Builder strategy(String name, String providerId, Map<String, ?> settings) {
      strategies.put(name, providerId);
      strategySettings.put(name, Map.copyOf(settings));
      providerIds.put(name, providerId);
      return this;
    }

    /** Adds a risk policy (by provider id) to every strategy, beside the ones each requests. */
    public Builder riskPolicy(String id, Map<String, ?> settings) {
      globalPolicies.add(RiskPolicyRequest.of(id, settings));
      return this;
    }

    /** The market the backtest reads; the simulated market by default. */
    public Builder market(MarketSource market, String description) {
      this.market = market;
      this.source = description;
      return this;
    }

    /** The first trading day; by default the year before {@link #to(LocalDate)}. */
    public Builder from(LocalDate day) {
      this.from = day;
      return this;
    }

    /** The last trading day; by default the simulated market's last day. */
    public Builder to(LocalDate day) {
      this.to = day;
      return this;
    }

    /** The paper broker's configuration: starting cash, commissions, fill model. */
    public Builder paperBroker(PaperBrokerConfig config) {
      this.paper = config;
      return this;
    }

    /**
     * Symbols whose buy-and-hold the result compares against; by default each strategy's
     * underlying, SPY and QQQ.
     */
    public Builder benchmarks(List<String> symbols) {
      this.benchmarks = List.copyOf(symbols);
      return this;
    }

    /** Also writes the journal as JSON Lines under this directory. */
    public Builder journal(Path directory) {
      this.journalDirectory = directory;
      return this;
    }

    /** Also sends every journal event to this sink. */
    public Builder journalSink(JournalSink sink) {
      sinks.add(sink);
      return this;
    }

    /** The registry strategies and risk policies given by id come from; discovered by default. */
    public Builder registry(PluginRegistry registry) {
      this.registry = registry;
      return this;
    }

    /** The market calendar; NYSE by default. */
    public Builder calendar(TradingCalendar calendar) {
      this.calendar = calendar;
      return this;
    }

    /**
     * Resolves strategies and risk policies, and the trading days to run.
     *
     * @throws ConfigurationException naming what is wrong (no strategy, an empty or reversed
     *     period, an unknown plugin id, a bad setting); nothing has run
     */
    public Backtest build() {
      if (strategies.isEmpty()) {
        throw new ConfigurationException("strategies", "no strategy to backtest");
      }
      MarketSource m = market != null ? market : SimulatedMarket.shared(SimulationConfig.defaults());
      if (market == null) {
        SimulatedMarket sim = (SimulatedMarket) m;
        source = "simulated market (seed " + sim.config().seed() + ")";
        if (to == null) {
          to = sim.lastTradingDay();
        }
      }
      if (to == null) {
        throw new ConfigurationException("to", "give the last day to backtest");
      }
      LocalDate start = from != null ? from : to.minusYears(1).plusDays(1);
      if (start.isAfter(to)) {
        throw new ConfigurationException("from", "the period starts (" + start
            + ") after it ends (" + to + ")");
      }
      List<TradingSession> sessions = new ArrayList<>();
      for (LocalDate d = start; !d.isAfter(to); d = d.plusDays(1)) {
        calendar.session(d).ifPresent(sessions::add);
      }
      if (sessions.isEmpty()) {
        throw new ConfigurationException("from", "no trading day from " + start + " to " + to);
      }
      if (!(paper.startingCash() > 0)) {
        throw new ConfigurationException("paperBroker.startingCash",
            "must be positive to measure returns, not " + paper.startingCash());
      }
      PluginRegistry plugins = registry != null ? registry : PluginRegistry.discover();
      Map<String, Strategy> resolved = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : strategies.entrySet()) {
        resolved.put(e.getKey(), e.getValue() instanceof Strategy s ? s : plugins.strategy(e.getKey(),
            (String) e.getValue(), strategySettings.get(e.getKey()), p -> Secrets.none()));
      }
      Map<String, List<RiskPolicy>> policies = new LinkedHashMap<>();
      resolved.forEach((name, strategy) -> policies.put(name,
          plugins.riskPolicies(name, strategy, globalPolicies, p -> Secrets.none())));
      return new Backtest(this, resolved, policies, m, List.copyOf(sessions));
    }

    private String sourceDescription(MarketSource m) {
      return source != null ? source : m.toString();
    }
  }
}
