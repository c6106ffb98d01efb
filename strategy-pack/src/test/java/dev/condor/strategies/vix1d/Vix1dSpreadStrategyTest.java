package dev.condor.strategies.vix1d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static dev.condor.strategies.testing.Journals.withExtraPolicy;
import static dev.condor.strategies.testing.StrategyHarness.MID_LESS_A_NICKEL;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.broker.Broker;
import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.error.BrokerException;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.Quote;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderPreview;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.ContractPosition;
import dev.condor.api.portfolio.Position;
import dev.condor.api.strategy.EntryDecision;
import dev.condor.api.strategy.RiskPolicyRequest;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyContext;
import dev.condor.api.strategy.StrategyState;
import dev.condor.core.broker.paper.PaperBroker;
import dev.condor.core.broker.paper.PaperBrokerConfig;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.journal.TradeJournal;
import dev.condor.core.portfolio.ClosedTrade;
import dev.condor.core.runtime.PortfolioTracker;
import dev.condor.core.runtime.SimulatedClock;
import dev.condor.core.runtime.SteppedDriver;
import dev.condor.core.runtime.StrategyRunner;
import dev.condor.strategies.testing.StrategyHarness;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The strategy as the engine runs it, on the hand-built market of {@link Vix1dSpreadScannerTest}
 * (SPX 5800, VIX1D 12: short 5775 put, long 5770 put, limit 0.45). SPY closes 500, 501 ... 519:
 * the last, 519, is above its 20-day average 509.50, so S0 sells puts.
 */
class Vix1dSpreadStrategyTest {

  static final String NAME = Vix1dSpreadProvider.ID;
  static final LocalDate DAY = Vix1dSpreadScannerTest.DAY;

  static double[] risingCloses(int n) {
    double[] closes = new double[n];
    for (int i = 0; i < n; i++) {
      closes[i] = 500 + i;
    }
    return closes;
  }

  static HandMarket market() {
    return Vix1dSpreadScannerTest.market().closes(Underlying.SPY, risingCloses(20));
  }

  static Vix1dSpreadStrategy s0() {
    return new Vix1dSpreadStrategy(Vix1dSpreadConfig.DEFAULTS);
  }

  static List<JournalEvent> opens(StrategyHarness.Result r) {
    return r.events(e -> e.type() == JournalEventType.ORDER
        && "open".equals(e.fields().get("action")));
  }

  static double num(JournalEvent e, String field) {
    return ((Number) e.fields().get(field)).doubleValue();
  }

  @Test
  void sellsTheHandComputedPutSpreadAt0936AndHoldsItToSettlement() {
    StrategyHarness.Result r = StrategyHarness.over(market()).broker(MID_LESS_A_NICKEL)
        .run(NAME, s0(), DAY, DAY);

    List<JournalEvent> opens = opens(r);
    assertEquals(1, opens.size(), r.journal().toString());
    JournalEvent order = opens.get(0);
    assertEquals(LocalTime.of(9, 36), order.time().atZone(NyseCalendar.ZONE).toLocalTime());
    assertEquals("VERTICAL", order.fields().get("structure"));
    assertEquals(5775, num(order, "short_put"));
    assertEquals(5770, num(order, "long_put"));
    assertEquals(0.45, num(order, "limit_price"), 1e-9);
    assertEquals("CREDIT", order.fields().get("price_effect"));
    assertEquals(1, num(order, "qty"));
    String reason = order.fields().get("reason").toString();
    assertTrue(reason.startsWith("2024-03-04 09:36: SPY close 519.00 > 20-day average 509.50: sell"
        + " a put spread; SPX 5800.00, VIX1D 12.00: expected move 43.84, distance 21.92 -> put"
        + " strikes at or below 5778.08; sell SPXW 5775 put (bid 2.00/ask 2.10), buy 5770 put"
        + " (bid 1.50/ask 1.60): mid credit 0.50, limit 0.50 - 0.05 rounded down to the tick ="
        + " 0.45 credit"), reason);

    // filled at mid 0.50 less the nickel = 0.45, the limit
    JournalEvent fill = r.events(JournalEventType.FILL).get(0);
    assertEquals(0.45, num(fill, "fill_price"), 1e-9);
    // held: no closing order, no risk action; settled at the close, SPX 5800, both puts worthless
    assertTrue(r.events(e -> e.type() == JournalEventType.ORDER
        && "close".equals(e.fields().get("action"))).isEmpty());
    assertTrue(r.events(JournalEventType.RISK).isEmpty());
    List<JournalEvent> settlements = r.events(JournalEventType.SETTLEMENT);
    assertEquals(1, settlements.size());
    assertEquals(0.0, num(settlements.get(0), "fill_price"), 1e-9);
    // 0.45 x 100 - 2 contracts x 0.65 commission = 43.70
    ClosedTrade trade = r.trades().get(0);
    assertTrue(trade.settled());
    assertEquals(43.70, trade.netPnl(), 1e-9);
  }

  @Test
  void holdsThroughALossToCashSettlement() {
    // from 11:00 SPX falls to 5768, through both strikes; it settles there
    HandMarket falling = market().from(LocalTime.of(11, 0)).spot(5768);
    StrategyHarness.Result r = StrategyHarness.over(falling).broker(MID_LESS_A_NICKEL)
        .run(NAME, s0(), DAY, DAY);

    assertEquals(1, opens(r).size());
    assertEquals(1, r.events(JournalEventType.ORDER).size(),
        "no closing order: held to settlement");
    // settlement 5768: short 5775 put owes 7, long 5770 put pays 2: a debit of 5 per spread
    JournalEvent settlement = r.events(JournalEventType.SETTLEMENT).get(0);
    assertEquals(5768, num(settlement, "settlement_value"), 1e-9);
    assertEquals(5.0, num(settlement, "fill_price"), 1e-9);
    // (0.45 - 5) x 100 - 1.30 = -456.30: the spread's max loss, 4.55 points, plus commission
    assertEquals(-456.30, r.trades().get(0).netPnl(), 1e-9);
  }

  @Test
  void explainsADayWithoutEnoughHistoryForTheAverage() {
    HandMarket young = Vix1dSpreadScannerTest.market().closes(Underlying.SPY, risingCloses(12));
    StrategyHarness.Result r = StrategyHarness.over(young).run(NAME, s0(), DAY, DAY);

    assertTrue(r.events(JournalEventType.ORDER).isEmpty());
    assertEquals(List.of("no entry: 2024-03-04 09:36: not enough history for the 20-day average of"
        + " SPY: 12 daily closes before 2024-03-04, 20 needed"), r.decisions());
  }

  @Test
  void explainsADayWithoutVix1d() {
    HandMarket noVix1d = HandMarket.on(DAY).spot(5800).put(5775, 2.00, 2.10)
        .put(5770, 1.50, 1.60).closes(Underlying.SPY, risingCloses(20));
    StrategyHarness.Result r = StrategyHarness.over(noVix1d).run(NAME, s0(), DAY, DAY);

    assertEquals(List.of("no entry: 2024-03-04 09:36: no VIX1D quote, so no expected move"),
        r.decisions());
  }

  @Test
  void explainsADayWhenNoStrikeMeetsThePremiumRule() {
    HandMarket thin = HandMarket.on(DAY).spot(5800).level(Underlying.VIX1D, 12)
        .closes(Underlying.SPY, risingCloses(20))
        .put(5775, 0.05, 0.10).put(5770, 0.05, 0.10);
    StrategyHarness.Result r = StrategyHarness.over(thin).run(NAME, s0(), DAY, DAY);

    assertTrue(r.events(JournalEventType.ORDER).isEmpty());
    assertEquals(1, r.decisions().size());
    assertTrue(r.decisions().get(0).startsWith("no entry: 2024-03-04 09:36: SPY close 519.00 >"
        + " 20-day average 509.50: sell a put spread; no SPXW put strikes at or below 5778.08"),
        r.decisions().get(0));
  }

  @Test
  void asksForAPreviewFirstUnlessTurnedOff() {
    FakeContext ctx = new FakeContext(market(), 0);
    assertTrue(s0().scanEntry(ctx).previewFirst());
    Vix1dSpreadConfig d = Vix1dSpreadConfig.DEFAULTS;
    Vix1dSpreadConfig noPreview = new Vix1dSpreadConfig(d.entryTime(), d.trendUnderlying(),
        d.trendLength(), d.expectedMoveFraction(), d.width(), d.limitOffset(), d.minCredit(),
        d.quantity(), false, d.pollInterval());
    EntryDecision decision = new Vix1dSpreadStrategy(noPreview).scanEntry(ctx);
    assertTrue(decision.ticket().isPresent());
    assertFalse(decision.previewFirst());
  }

  @Test
  void sendsNothingWhenThePreviewFails() {
    List<JournalEvent> journal = runWithBroker(market(), FailingPreview::new);

    assertTrue(journal.stream().noneMatch(e -> e.type() == JournalEventType.ORDER),
        journal.toString());
    List<String> decisions = journal.stream().filter(e -> e.type() == JournalEventType.DECISION)
        .map(e -> e.fields().get("decision").toString()).collect(Collectors.toList());
    assertEquals(1, decisions.size(), decisions.toString());
    assertTrue(decisions.get(0).startsWith("no entry: preview of vix1d-credit-spread-20240304-1"
        + " failed, order not sent"), decisions.get(0));
    assertTrue(decisions.get(0).contains("dry-run refused"), decisions.get(0));
  }

  @Test
  void skipsASecondEntryOnTheSameDay() {
    // a restart at 09:36 after the day's spread was placed: the journal's count says so
    EntryDecision decision = s0().scanEntry(new FakeContext(market(), 1));
    assertTrue(decision.ticket().isEmpty());
    assertEquals("2024-03-04 09:36: already entered today (1 entry); S0 sells one spread a day",
        decision.reason());
  }

  @Test
  void respectsARiskRejectionAndDoesNotRetry() {
    // a user's rule asking for 1.00 of credit refuses the 0.45 spread; S0 looks once a day
    Strategy guarded = withExtraPolicy(s0(),
        RiskPolicyRequest.of("min-credit", Map.of("credit", 1.0)));
    StrategyHarness.Result r = StrategyHarness.over(market()).run(NAME, guarded, DAY, DAY);

    assertTrue(r.events(JournalEventType.ORDER).isEmpty());
    List<JournalEvent> risk = r.events(JournalEventType.RISK);
    assertEquals(1, risk.size());
    assertEquals("min-credit", risk.get(0).fields().get("rule"));
    assertEquals("REJECT_ENTRY", risk.get(0).fields().get("action"));
  }

  @Test
  void survivesABrokerRejection() {
    // 100 dollars cannot hold a 5-point spread: the paper broker refuses the order
    StrategyHarness.Result r = StrategyHarness.over(market())
        .broker(PaperBrokerConfig.builder().startingCash(100).build()).run(NAME, s0(), DAY, DAY);

    assertEquals(1, opens(r).size());
    assertTrue(r.events(e -> e.type() == JournalEventType.ORDER_STATE
        && "REJECTED".equals(e.fields().get("status"))).size() == 1, r.journal().toString());
    assertEquals(StrategyState.RUNNING, r.runner().state());
    assertTrue(r.runner().book().openPositions().isEmpty());
    assertTrue(r.trades().isEmpty());
  }

  /**
   * Runs S0 over the hand market through a broker made from the paper one: the harness always
   * uses the paper broker as it is, and the paper broker's preview never fails.
   */
  static List<JournalEvent> runWithBroker(HandMarket market,
      java.util.function.Function<Broker, Broker> wrap) {
    SimulatedClock clock = new SimulatedClock(DAY.atStartOfDay(NyseCalendar.ZONE).toInstant());
    Broker broker = wrap.apply(PaperBroker.over(market, clock, MID_LESS_A_NICKEL));
    List<JournalEvent> journal = new ArrayList<>();
    TradeJournal tj = StrategyHarness.journalInto(journal);
    Vix1dSpreadStrategy strategy = s0();
    StrategyRunner runner = new StrategyRunner(NAME, strategy,
        StrategyHarness.policies(NAME, strategy),
        new StrategyRunner.Wiring(broker, market, NyseCalendar.instance(), tj, clock, Runnable::run,
            new PortfolioTracker(), Duration.ofMinutes(2), s -> {}));
    SteppedDriver driver = new SteppedDriver(List.of(runner), clock, NyseCalendar.instance());
    driver.start();
    driver.run(DAY, DAY);
    return journal;
  }

  /** A broker whose preview fails as tastytrade's dry-run does on a refused order. */
  static final class FailingPreview implements Broker {
    private final Broker delegate;

    FailingPreview(Broker delegate) {
      this.delegate = delegate;
    }

    @Override
    public CompletionStage<OrderPreview> preview(OrderTicket ticket) {
      return CompletableFuture.failedFuture(BrokerException.of(BrokerException.Kind.REJECTED,
          "test").operation("preview").venueMessage("dry-run refused: symbol not tradable")
          .build());
    }

    @Override
    public CompletionStage<Account> account() {
      return delegate.account();
    }

    @Override
    public CompletionStage<List<ContractPosition>> positions() {
      return delegate.positions();
    }

    @Override
    public CompletionStage<OrderState> place(OrderTicket ticket) {
      return delegate.place(ticket);
    }

    @Override
    public CompletionStage<Optional<OrderState>> order(ClientOrderId id) {
      return delegate.order(id);
    }

    @Override
    public CompletionStage<List<OrderState>> openOrders() {
      return delegate.openOrders();
    }

    @Override
    public CompletionStage<OrderState> cancel(ClientOrderId id) {
      return delegate.cancel(id);
    }

    @Override
    public CompletionStage<OrderState> replace(ClientOrderId id, NetPrice newLimit) {
      return delegate.replace(id, newLimit);
    }

    @Override
    public CompletionStage<List<Fill>> fills(ClientOrderId id) {
      return delegate.fills(id);
    }

    @Override
    public String venue() {
      return "test";
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

  /** A context at 09:36 on the hand market's day, with a given count of the day's entries. */
  static final class FakeContext implements StrategyContext {
    private final HandMarket market;
    private final int entriesToday;
    private final ZonedDateTime now;
    private int ids;

    FakeContext(HandMarket market, int entriesToday) {
      this.market = market;
      this.entriesToday = entriesToday;
      this.now = market.day().atTime(9, 36).atZone(HandMarket.NEW_YORK);
    }

    @Override
    public String strategyName() {
      return NAME;
    }

    @Override
    public ZonedDateTime now() {
      return now;
    }

    @Override
    public TradingCalendar calendar() {
      return NyseCalendar.instance();
    }

    @Override
    public Optional<Quote> quote(Underlying underlying) {
      return market.quote(underlying, now.toInstant());
    }

    @Override
    public Optional<OptionChain> chain(Underlying underlying) {
      return market.chain(underlying, now.toInstant(), now.toLocalDate(), now.toLocalDate());
    }

    @Override
    public double[] dailyCloses(Underlying underlying, int count) {
      return market.dailyCloses(underlying, now.toLocalDate(), count);
    }

    @Override
    public List<Position> positions() {
      return List.of();
    }

    @Override
    public int entriesToday() {
      return entriesToday;
    }

    @Override
    public Account account() {
      throw new UnsupportedOperationException("S0 does not read the account");
    }

    @Override
    public ClientOrderId newOrderId() {
      return ClientOrderId.of("test-" + (++ids));
    }

    @Override
    public void note(String decision) {}
  }
}
