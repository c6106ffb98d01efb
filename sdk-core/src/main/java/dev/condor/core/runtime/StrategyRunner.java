package dev.condor.core.runtime;

import dev.condor.api.broker.Broker;
import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.calendar.TradingSession;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.OrderType;
import dev.condor.api.order.PositionEffect;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.Position;
import dev.condor.api.risk.EntryVerdict;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import dev.condor.api.strategy.EntryDecision;
import dev.condor.api.strategy.ExitDecision;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategySchedule;
import dev.condor.api.strategy.StrategyState;
import dev.condor.core.journal.TradeJournal;
import dev.condor.core.market.MarketSource;
import dev.condor.core.order.OrderManager;
import dev.condor.core.order.TrackedOrder;
import dev.condor.core.portfolio.PositionBook;
import java.time.Duration;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one strategy instance: the seeds' poll loop, done once, right, for live runs and backtests
 * alike. Each {@link #poll()}:
 *
 * <ol>
 *   <li>learns what happened to its orders (fills booked once, unknown outcomes looked up);
 *   <li>settles positions whose options have expired, at the settlement value;
 *   <li>for each open position, in priority order: forced exits → risk red lines → profit, stop and
 *       time exits (the policies, then the strategy's own {@code manage}); the first that acts
 *       closes the position (or part of it) and is journalled with its reason;
 *   <li>inside the schedule's entry windows, with no opening order in flight, asks the strategy
 *       for an entry, passes it through every entry policy (reject or resize), previews it if the
 *       strategy asked, and places it.
 * </ol>
 *
 * <p>Every call runs on the strategy's executor (its Vert.x context live, the caller's thread in
 * a backtest); broker results come back there. A strategy or policy that throws stops this
 * strategy (journalled as FAILED), never the engine.
 */
public final class StrategyRunner {

  private static final Logger LOG = LoggerFactory.getLogger(StrategyRunner.class);
  private static final DateTimeFormatter ID_DATE = DateTimeFormatter.BASIC_ISO_DATE;
  /** How long to wait after the broker refuses an entry before asking the strategy again. */
  static final Duration ENTRY_BACKOFF = Duration.ofMinutes(5);

  private static final RiskStage[] POSITION_STAGES = {
    RiskStage.FORCED_EXIT, RiskStage.RED_LINE, RiskStage.EXIT
  };

  private final String name;
  private final Strategy strategy;
  private final Map<RiskStage, List<RiskPolicy>> policies = new EnumMap<>(RiskStage.class);
  private final Broker broker;
  private final MarketSource market;
  private final TradingCalendar calendar;
  private final TradeJournal journal;
  private final InstantSource clock;
  private final PortfolioTracker portfolio;
  private final PositionBook book;
  private final OrderManager orders;
  private final Consumer<StrategyState> stateListener;
  private final Executor executor;
  private volatile StrategyState state = StrategyState.STOPPED;
  // Per-day state, reset together by rollTo() when a poll sees a new trading day.
  private LocalDate day;
  private int idSequence;
  private String lastSkipReason;
  private final java.util.Set<String> notesToday = new java.util.HashSet<>();
  private String lastRefusal;
  private java.time.Instant entryBackoffUntil;
  private final List<ClientOrderId> todaysOpenings = new java.util.LinkedList<>();
  private int todaysEndedEntries;
  private ZonedDateTime lastEntryTrigger;
  private Throwable failure;

  /** Everything a runner is wired to. */
  public record Wiring(Broker broker, MarketSource market, TradingCalendar calendar,
      TradeJournal journal, InstantSource clock, Executor executor, PortfolioTracker portfolio,
      Duration lostOrderAfter, Consumer<StrategyState> stateListener) {}

  /** A runner for a strategy instance called {@code name}, guarded by {@code riskPolicies}. */
  public StrategyRunner(String name, Strategy strategy, List<RiskPolicy> riskPolicies, Wiring w) {
    this.name = name;
    this.strategy = strategy;
    for (RiskStage stage : RiskStage.values()) {
      policies.put(stage, new ArrayList<>());
    }
    for (RiskPolicy p : riskPolicies) {
      policies.get(p.stage()).add(p);
    }
    this.broker = w.broker();
    this.market = w.market();
    this.calendar = w.calendar();
    this.journal = w.journal();
    this.clock = w.clock();
    this.portfolio = w.portfolio();
    this.stateListener = w.stateListener();
    this.executor = w.executor();
    this.book = new PositionBook(name);
    this.portfolio.register(book);
    this.orders = new OrderManager(name, broker, journal, clock, w.executor(),
        (order, fill) -> book.apply(order.ticket(), order.positionId(), fill), w.lostOrderAfter());
  }

  /** The strategy instance's name. */
  public String name() {
    return name;
  }

  /** Where the strategy is in its life. */
  public StrategyState state() {
    return state;
  }

  /** Why the strategy stopped on its own, if it failed. */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure);
  }

  /** The strategy's positions and closed trades. */
  public PositionBook book() {
    return book;
  }

  /** The strategy's orders. */
  public OrderManager orders() {
    return orders;
  }

  /** The strategy itself. */
  public Strategy strategy() {
    return strategy;
  }

  /**
   * Rebuilds the strategy's orders, positions and closed trades from its journal, as they stood
   * when the process stopped: call before {@link #start()} after a restart. Orders that were
   * journalled but never acknowledged come back UNKNOWN and are looked up at the broker, never
   * resent; fills are booked once by id.
   */
  public void recover(List<JournalEvent> journalled) {
    JournalReplay.of(name, journalled).replayInto(orders, book);
  }


  /** Starts: runs the strategy's setup and begins accepting polls. */
  public CompletionStage<Void> start() {
    setState(StrategyState.STARTING, "starting");
    return broker.account().thenApplyAsync(account -> {
      strategy.setup(context(now(), account));
      setState(StrategyState.RUNNING, "running");
      return (Void) null;
    }, executor).exceptionally(this::fail);
  }

  /** One pass of the loop at the clock's current instant; does nothing unless RUNNING. */
  public CompletionStage<Void> poll() {
    if (state != StrategyState.RUNNING) {
      return CompletableFuture.completedFuture(null);
    }
    ZonedDateTime now = now();
    return orders.refresh()
        .thenCompose(v -> broker.account())
        .thenComposeAsync(account -> {
          portfolio.update(account, now.toLocalDate());
          settleExpired(now);
          PollContext context = context(now, account);
          Optional<TradingSession> session = calendar.session(now.toLocalDate());
          boolean inSession = session.isPresent() && session.get().isOpenAt(now);
          CompletionStage<Void> work = inSession
              ? cancelStaleEntries(now).thenCompose(v -> managePositions(context)) : done();
          return work.thenCompose(x -> inSession ? maybeEnter(context, now) : done());
        }, executor)
        .thenCompose(v -> orders.refresh())
        .exceptionally(this::fail);
  }

  /**
   * Stops: each open position is closed or kept as the strategy's {@code onStop} says, live
   * opening orders are cancelled, and the state ends STOPPED.
   */
  public CompletionStage<Void> stop() {
    if (state == StrategyState.STOPPED) {
      return done();
    }
    setState(StrategyState.STOPPING, "stopping");
    ZonedDateTime now = now();
    return orders.refresh()
        .thenCompose(v -> broker.account())
        .thenComposeAsync(account -> {
          PollContext context = context(now, account);
          CompletionStage<Void> chain = done();
          for (TrackedOrder o : orders.liveOrders()) {
            if (o.ticket().positionEffect() == PositionEffect.OPEN) {
              chain = chain.thenCompose(v -> orders.cancel(o.ticket().clientOrderId()));
            }
          }
          for (Position p : book.openPositions()) {
            ExitDecision d = strategy.onStop(p, context);
            if (!d.isHold() && closingUnitsInFlight(p.id()) == 0) {
              chain = chain.thenCompose(v -> close(p, d, "stop", context));
            }
          }
          return chain;
        }, executor)
        .thenCompose(v -> orders.refresh())
        .handleAsync((v, e) -> {
          if (e != null) {
            LOG.error("strategy {} did not stop cleanly", name, unwrap(e));
          }
          setState(StrategyState.STOPPED, e == null ? "stopped" : "stopped after an error: " + unwrap(e).getMessage());
          return null;
        }, executor);
  }

  private CompletionStage<Void> managePositions(PollContext context) {
    CompletionStage<Void> chain = done();
    for (Position p : book.openPositions()) {
      chain = chain.thenCompose(v -> managePosition(p, context));
    }
    return chain;
  }

  private CompletionStage<Void> managePosition(Position p, PollContext context) {
    boolean closing = closingUnitsInFlight(p.id()) > 0;
    for (RiskStage stage : POSITION_STAGES) {
      if (closing && stage == RiskStage.EXIT) {
        return done();
      }
      for (RiskPolicy policy : policies.get(stage)) {
        ExitDecision d = policy.checkPosition(p, context);
        if (!d.isHold()) {
          if (closing) {
            return escalate(p, d, policy.name(), context);
          }
          journal.risk(name, context.now().toInstant(), policy.name(), d.action().name(), p.id(),
              d.reason());
          return close(p, d, policy.name(), context);
        }
      }
    }
    if (closing) {
      return done();
    }
    ExitDecision d = strategy.manage(p, context);
    if (d.isHold()) {
      return done();
    }
    journal.decision(name, context.now().toInstant(), "close " + p.id() + ": " + d.reason());
    return close(p, d, "strategy", context);
  }

  /**
   * A forced exit or red line fired while a limit close is working: cancel it so the market
   * close can go out on the next poll, once the cancel is confirmed.
   */
  private CompletionStage<Void> escalate(Position p, ExitDecision d, String policy,
      PollContext context) {
    CompletionStage<Void> chain = done();
    for (TrackedOrder o : orders.liveOrders()) {
      if (o.positionId().equals(p.id()) && o.ticket().positionEffect() == PositionEffect.CLOSE
          && o.ticket().orderType() == OrderType.LIMIT && d.limit().isEmpty()) {
        journal.risk(name, context.now().toInstant(), policy, "CANCEL_LIMIT_CLOSE", p.id(),
            d.reason() + "; cancelling working limit close " + o.ticket().clientOrderId());
        chain = chain.thenCompose(v -> orders.cancel(o.ticket().clientOrderId()));
      }
    }
    return chain;
  }

  private CompletionStage<Void> close(Position p, ExitDecision d, String by, PollContext context) {
    int units = Math.min(d.unitsToClose(p.quantity()), p.quantity() - closingUnitsInFlight(p.id()));
    if (units <= 0) {
      return done();
    }
    OrderTicket ticket = withStrategy(p.openedBy().closing(nextOrderId(), units,
        d.limit().orElse(null)));
    return orders.submit(ticket, p.id(), by + ": " + d.reason()).thenApply(o -> null);
  }

  private CompletionStage<Void> maybeEnter(PollContext context, ZonedDateTime now) {
    LocalTime minute = now.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    StrategySchedule schedule = strategy.schedule();
    if (!schedule.entryAllowedAt(minute) || openingOrderInFlight()
        || (entryBackoffUntil != null && now.toInstant().isBefore(entryBackoffUntil))) {
      return done();
    }
    if (!schedule.entryTimes().isEmpty()) {
      ZonedDateTime trigger = now.truncatedTo(ChronoUnit.MINUTES);
      if (trigger.equals(lastEntryTrigger)) {
        return done();
      }
      lastEntryTrigger = trigger;
    }
    EntryDecision decision = strategy.scanEntry(context);
    if (decision.ticket().isEmpty()) {
      if (!decision.reason().equals(lastSkipReason)) {
        journal.decision(name, now.toInstant(), "no entry: " + decision.reason());
        lastSkipReason = decision.reason();
      }
      return done();
    }
    lastSkipReason = null;
    OrderTicket ticket = withStrategy(decision.ticket().get());
    lastRefusal = null;
    // Every policy sees the entry, whatever its stage: a kill switch or a loss flatten acts as a
    // forced exit and also blocks entries.
    for (RiskPolicy policy : allPolicies()) {
      EntryVerdict verdict = policy.checkEntry(ticket, context);
      if (verdict.outcome() == EntryVerdict.Outcome.REJECT) {
        String refusal = policy.name() + ": " + verdict.reason();
        if (!refusal.equals(lastRefusal)) {
          journal.risk(name, now.toInstant(), policy.name(), "REJECT_ENTRY", null, verdict.reason());
          lastRefusal = refusal;
        }
        return done();
      }
      if (verdict.outcome() == EntryVerdict.Outcome.RESIZE && verdict.quantity() < ticket.quantity()) {
        journal.risk(name, now.toInstant(), policy.name(), "RESIZE_ENTRY", ticket.clientOrderId().value(),
            verdict.reason() + " (" + ticket.quantity() + " -> " + verdict.quantity() + ")");
        ticket = OrderTicket.builder().from(ticket).quantity(verdict.quantity()).build();
      }
    }
    OrderTicket approved = ticket;
    String reason = decision.reason();
    todaysOpenings.add(approved.clientOrderId());
    if (!decision.previewFirst()) {
      return orders.submit(approved, null, reason).thenAccept(this::backOffIfRejected);
    }
    return broker.preview(approved).handleAsync((preview, error) -> error, executor).thenCompose(error -> {
      if (error != null) {
        journal.decision(name, now.toInstant(), "no entry: preview of " + approved.clientOrderId()
            + " failed, order not sent: " + unwrap(error).getMessage());
        return done();
      }
      return orders.submit(approved, null, reason).thenAccept(this::backOffIfRejected);
    });
  }

  private List<RiskPolicy> allPolicies() {
    List<RiskPolicy> all = new ArrayList<>();
    for (RiskStage stage : RiskStage.values()) {
      all.addAll(policies.get(stage));
    }
    return all;
  }

  /**
   * After the broker refuses an entry, wait before asking the strategy again: the same order
   * would most likely be refused again on the next poll.
   */
  private void backOffIfRejected(TrackedOrder order) {
    if (order.status() == dev.condor.api.order.OrderStatus.REJECTED) {
      entryBackoffUntil = clock.instant().plus(ENTRY_BACKOFF);
      journal.decision(name, clock.instant(), "entry " + order.ticket().clientOrderId()
          + " rejected by the broker (" + order.lastMessage().orElse("no reason given")
          + "); next entry attempt from " + entryBackoffUntil.atZone(calendar.zone()).toLocalTime());
    }
  }

  /**
   * Cancels opening orders still working after their entry window closed: an entry belongs to its
   * window, and a resting order would otherwise block every later entry.
   */
  private CompletionStage<Void> cancelStaleEntries(ZonedDateTime now) {
    StrategySchedule schedule = strategy.schedule();
    if (schedule.entryWindows().isEmpty()
        || schedule.entryAllowedAt(now.toLocalTime().truncatedTo(ChronoUnit.MINUTES))) {
      return done();
    }
    CompletionStage<Void> chain = done();
    for (TrackedOrder o : orders.liveOrders()) {
      if (o.ticket().positionEffect() == PositionEffect.OPEN && o.status() != dev.condor.api.order.OrderStatus.UNKNOWN
          && o.status() != dev.condor.api.order.OrderStatus.PENDING_CANCEL) {
        journal.decision(name, now.toInstant(), "entry window closed: cancelling unfilled entry "
            + o.ticket().clientOrderId());
        chain = chain.thenCompose(v -> orders.cancel(o.ticket().clientOrderId()));
      }
    }
    return chain;
  }

  private void settleExpired(ZonedDateTime now) {
    LocalDate today = now.toLocalDate();
    for (Position p : book.openPositions()) {
      Optional<LocalDate> expiry = p.openedBy().expiry();
      if (expiry.isEmpty() || expiry.get().isAfter(today)) {
        continue;
      }
      OptionContract first = p.openedBy().legs().get(0).contract();
      boolean am = first.settlementTime() == SettlementTime.AM;
      if (expiry.get().equals(today) && !am) {
        Optional<TradingSession> session = calendar.session(today);
        if (session.isEmpty() || now.isBefore(session.get().close())) {
          continue;
        }
      }
      OptionalDouble value = market.settlementValue(p.underlying(), expiry.get(), first.settlementTime());
      if (value.isEmpty()) {
        continue;
      }
      double perUnit = 0;
      for (Leg leg : p.openedBy().legs()) {
        OptionContract c = leg.contract();
        double intrinsic = c.isCall() ? Math.max(0, value.getAsDouble() - c.strike())
            : Math.max(0, c.strike() - value.getAsDouble());
        perUnit += leg.side().sign() * intrinsic * leg.ratio();
      }
      int units = p.quantity() - closingUnitsInFlight(p.id());
      // Sums of strikes and index levels carry binary noise (2.2899999999999636): keep cents' cents.
      NetPrice price = NetPrice.ofSigned(Math.round(perUnit * 10_000) / 10_000.0);
      journal.settlement(name, now.toInstant(), p.id(), value.getAsDouble(), price, p.quantity());
      book.settle(p.id(), p.quantity(), price, now.toInstant());
      if (units != p.quantity()) {
        LOG.warn("{}: position {} settled with a closing order still live", name, p.id());
      }
    }
  }

  private PollContext context(ZonedDateTime now, Account account) {
    rollTo(now.toLocalDate());
    return new PollContext(name, now, calendar, market, strategy.dataNeeds(), book.openPositions(),
        entriesToday(), account, portfolio.state(), this::nextOrderId, this::note);
  }

  /**
   * Starts a trading day's state: the order-id sequence continues after the day's highest id in
   * the journal, today's opening orders are indexed (recovered ones included), notes start afresh.
   */
  private void rollTo(LocalDate today) {
    if (today.equals(day)) {
      return;
    }
    day = today;
    idSequence = 0;
    todaysOpenings.clear();
    todaysEndedEntries = 0;
    notesToday.clear();
    String prefix = idPrefix() + "-" + ID_DATE.format(today) + "-";
    for (TrackedOrder o : orders.orders()) {
      String id = o.ticket().clientOrderId().value();
      if (id.startsWith(prefix)) {
        idSequence = Math.max(idSequence, Integer.parseInt(id.substring(prefix.length())));
        if (o.ticket().positionEffect() == PositionEffect.OPEN) {
          todaysOpenings.add(o.ticket().clientOrderId());
        }
      }
    }
  }

  /**
   * Journals a note once a day: a hold explained on every poll ("cannot mark: no quote") is news
   * the first time only, even when several policies take turns.
   */
  private void note(String text) {
    if (notesToday.add(text)) {
      journal.decision(name, clock.instant(), text);
    }
  }

  /** Deterministic ids: {@code <name>-<yyyyMMdd>-<n>}, unique within the journal. */
  private ClientOrderId nextOrderId() {
    idSequence++;
    return ClientOrderId.of(idPrefix() + "-" + ID_DATE.format(day) + "-" + idSequence);
  }

  private String idPrefix() {
    return name.length() <= 22 ? name : name.substring(0, 22);
  }

  /** Today's opening orders that filled or still work. */
  private int entriesToday() {
    int entries = todaysEndedEntries;
    for (java.util.Iterator<ClientOrderId> it = todaysOpenings.iterator(); it.hasNext(); ) {
      // an entry whose preview failed was never submitted, so it is not an order
      Optional<TrackedOrder> o = orders.order(it.next());
      if (o.isEmpty()) {
        it.remove();
      } else if (!o.get().needsRefresh()) {
        // ended: its contribution is final, so count it once and stop looking at it
        todaysEndedEntries += o.get().filledQuantity() > 0 ? 1 : 0;
        entries += o.get().filledQuantity() > 0 ? 1 : 0;
        it.remove();
      } else if (o.get().filledQuantity() > 0 || o.get().isLive()) {
        entries++;
      }
    }
    return entries;
  }

  private OrderTicket withStrategy(OrderTicket ticket) {
    return ticket.strategy().isPresent() ? ticket
        : OrderTicket.builder().from(ticket).strategy(name).build();
  }

  private int closingUnitsInFlight(String positionId) {
    int units = 0;
    for (TrackedOrder o : orders.liveOrders()) {
      if (o.ticket().positionEffect() == PositionEffect.CLOSE && o.positionId().equals(positionId)) {
        units += o.ticket().quantity() - o.filledQuantity();
      }
    }
    return units;
  }

  private boolean openingOrderInFlight() {
    for (TrackedOrder o : orders.liveOrders()) {
      if (o.ticket().positionEffect() == PositionEffect.OPEN) {
        return true;
      }
    }
    return false;
  }

  private ZonedDateTime now() {
    return clock.instant().atZone(calendar.zone());
  }

  private Void fail(Throwable error) {
    Throwable cause = unwrap(error);
    failure = cause;
    LOG.error("strategy {} failed and is stopped", name, cause);
    setState(StrategyState.STOPPED, "FAILED: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
    return null;
  }

  private void setState(StrategyState next, String detail) {
    state = next;
    journal.lifecycle(name, clock.instant(), next.name(), detail);
    stateListener.accept(next);
  }

  private static CompletionStage<Void> done() {
    return CompletableFuture.completedFuture(null);
  }

  private static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }
}
