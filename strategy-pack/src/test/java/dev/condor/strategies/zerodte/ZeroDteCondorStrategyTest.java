package dev.condor.strategies.zerodte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.condor.strategies.testing.Journals.withExtraPolicy;
import static dev.condor.strategies.testing.StrategyHarness.MID_LESS_A_NICKEL;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.portfolio.Position;
import dev.condor.api.strategy.ExitDecision;
import dev.condor.api.strategy.RiskPolicyRequest;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyState;
import dev.condor.core.broker.paper.PaperBroker;
import dev.condor.core.broker.paper.PaperBrokerConfig;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.journal.TradeJournal;
import dev.condor.core.runtime.PortfolioTracker;
import dev.condor.core.runtime.SimulatedClock;
import dev.condor.core.runtime.StrategyRunner;
import dev.condor.strategies.testing.StrategyHarness;
import dev.condor.strategies.vix1d.HandMarket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The strategy as the engine runs it, on the hand-built chain of {@link ZeroDteCondorScannerTest}:
 * SPX 5800, VIX 16; the condor 5745/5755 puts and 5840/5850 calls, limit 0.65.
 *
 * <p>The paper broker fills at mid less a nickel: mid 0.725 - 0.05 = 0.675, better than the 0.65
 * limit, so the position's credit is 0.675. Its exits, from the requested policies:
 *
 * <pre>
 * profit target 50 %: debit to close <= 0.50 x 0.675 = 0.3375 (natural marks)
 * stop loss 2x:       debit to close >= 2 x 0.675 = 1.35
 * at entry the natural debit is 0.95 + 0.90 - 0.50 - 0.45 = 0.90: neither
 * delta red line:     a short |delta| >= 0.15 (0.062 and 0.065 at entry)
 * proximity red line: spot within 15 points of 5755 or 5840 (45 and 40 at entry)
 * </pre>
 */
class ZeroDteCondorStrategyTest {

  static final String NAME = ZeroDteCondorProvider.ID;
  static final LocalDate DAY = ZeroDteCondorScannerTest.DAY;

  static ZeroDteCondorStrategy s2() {
    return new ZeroDteCondorStrategy(ZeroDteCondorConfig.DEFAULTS);
  }

  static StrategyHarness.Result run(HandMarket market) {
    return StrategyHarness.over(market).broker(MID_LESS_A_NICKEL).run(NAME, s2(), DAY, DAY);
  }

  static List<JournalEvent> orders(StrategyHarness.Result r, String action) {
    return r.events(e -> e.type() == JournalEventType.ORDER
        && action.equals(e.fields().get("action")));
  }

  static double num(JournalEvent e, String field) {
    return ((Number) e.fields().get(field)).doubleValue();
  }

  static LocalTime timeOf(JournalEvent e) {
    return e.time().atZone(NyseCalendar.ZONE).toLocalTime();
  }

  /** The one RISK event that closed the position, checked against the rule and the time. */
  static JournalEvent closedBy(StrategyHarness.Result r, String rule, LocalTime at) {
    List<JournalEvent> risk = r.events(e -> e.type() == JournalEventType.RISK
        && !"REJECT_ENTRY".equals(e.fields().get("action")));
    assertEquals(1, risk.size(), risk.toString());
    assertEquals(rule, risk.get(0).fields().get("rule"));
    assertEquals(at, timeOf(risk.get(0)));
    List<JournalEvent> closes = orders(r, "close");
    assertEquals(1, closes.size());
    assertEquals(at, timeOf(closes.get(0)));
    assertTrue(r.runner().book().openPositions().isEmpty());
    return closes.get(0);
  }

  @Test
  void entersAt0945WithTheHandComputedCondorAndClosesAt1545() {
    StrategyHarness.Result r = run(ZeroDteCondorScannerTest.market());

    List<JournalEvent> opens = orders(r, "open");
    assertEquals(1, opens.size(), r.journal().toString());
    JournalEvent open = opens.get(0);
    assertEquals(LocalTime.of(9, 45), timeOf(open));
    assertEquals("IRON_CONDOR", open.fields().get("structure"));
    assertEquals(5745, num(open, "long_put"));
    assertEquals(5755, num(open, "short_put"));
    assertEquals(5840, num(open, "short_call"));
    assertEquals(5850, num(open, "long_call"));
    assertEquals(0.65, num(open, "limit_price"), 1e-9);
    assertEquals("LIMIT", open.fields().get("order_type"));
    assertTrue(open.fields().get("reason").toString().startsWith("2024-03-04 09:45: VIX 16.00"
        + " inside 14.00-30.00; SPX 5800.00; sell 5755 put"),
        open.fields().get("reason").toString());
    assertEquals(0.675, num(r.events(JournalEventType.FILL).get(0), "fill_price"), 1e-9);

    // the next polls of the window explain, once, why there is no second condor
    assertTrue(r.decisions().contains(
        "no entry: 2024-03-04: already entered today (1 entry, limit 1 a day)"),
        r.decisions().toString());

    // nothing else fires on a still market, so the forced close takes it at 15:45, at market
    JournalEvent close = closedBy(r, "eod-close", LocalTime.of(15, 45));
    assertEquals("MARKET", close.fields().get("order_type"));
    assertEquals(1, r.trades().size());
    assertTrue(r.events(JournalEventType.SETTLEMENT).isEmpty());
  }

  @Test
  void closesAtMarketWhenSpotComesWithin15PointsOfAShortStrike() {
    // 11:00: SPX 5768 is 13 points above the short 5755 put
    HandMarket m = ZeroDteCondorScannerTest.market().from(LocalTime.of(11, 0)).spot(5768);
    StrategyHarness.Result r = run(m);
    JournalEvent close = closedBy(r, "proximity-red-line", LocalTime.of(11, 0));
    assertEquals("MARKET", close.fields().get("order_type"));
  }

  @Test
  void closesAtMarketWhenAShortDeltaReaches15() {
    // 11:00: the 5755 put reads -0.16
    HandMarket m = ZeroDteCondorScannerTest.market().from(LocalTime.of(11, 0))
        .put("SPXW", 5755, 0.85, 0.95, -0.16);
    JournalEvent close = closedBy(run(m), "delta-red-line", LocalTime.of(11, 0));
    assertEquals("MARKET", close.fields().get("order_type"));
  }

  @Test
  void takesHalfTheCreditAtTheProfitTarget() {
    // 13:00: shorts 0.10/0.15, wings 0.00/0.05: natural debit 0.15 + 0.15 - 0 - 0 = 0.30 <= 0.3375
    HandMarket m = ZeroDteCondorScannerTest.market().from(LocalTime.of(13, 0))
        .put("SPXW", 5755, 0.10, 0.15, -0.02).put("SPXW", 5745, 0, 0.05, -0.01)
        .call("SPXW", 5840, 0.10, 0.15, 0.02).call("SPXW", 5850, 0, 0.05, 0.01);
    StrategyHarness.Result r = run(m);
    JournalEvent close = closedBy(r, "profit-target", LocalTime.of(13, 0));
    // closed at a limit of the natural debit 0.30
    assertEquals("LIMIT", close.fields().get("order_type"));
    assertEquals(0.30, num(close, "limit_price"), 1e-9);
    assertTrue(r.trades().get(0).netPnl() > 0);
  }

  @Test
  void stopsAtTwiceTheCredit() {
    // 12:00: the put side is bid up, deltas still under the line, spot unchanged:
    // natural debit 1.50 + 0.90 - 0.40 - 0.45 = 1.55 >= 1.35
    HandMarket m = ZeroDteCondorScannerTest.market().from(LocalTime.of(12, 0))
        .put("SPXW", 5755, 1.40, 1.50, -0.10).put("SPXW", 5745, 0.40, 0.50, -0.06);
    StrategyHarness.Result r = run(m);
    JournalEvent close = closedBy(r, "stop-loss", LocalTime.of(12, 0));
    assertEquals("MARKET", close.fields().get("order_type"));
    assertTrue(r.trades().get(0).netPnl() < 0);
  }

  @Test
  void explainsADayOutsideTheVixBandOnce() {
    StrategyHarness.Result r = run(ZeroDteCondorScannerTest.market().level(Underlying.VIX, 31));
    assertTrue(r.events(JournalEventType.ORDER).isEmpty());
    assertEquals(List.of("no entry: 2024-03-04: VIX 31.00 outside the band 14.00-30.00"),
        r.decisions());
  }

  @Test
  void explainsADayWhoseCreditIsTooSmall() {
    HandMarket cheap = ZeroDteCondorScannerTest.market().put("SPXW", 5755, 0.70, 0.80, -0.062)
        .call("SPXW", 5840, 0.70, 0.80, 0.065).call("SPXW", 5850, 0.45, 0.55, 0.040);
    StrategyHarness.Result r = run(cheap);
    assertTrue(r.events(JournalEventType.ORDER).isEmpty());
    assertEquals(List.of("no entry: 2024-03-04: credit too small: 5745/5755 puts and 5840/5850"
        + " calls pay a mid credit of 0.45, limit 0.40 < minimum 0.50 (SPX 5800.00, VIX 16.00)"),
        r.decisions());
  }

  @Test
  void looksOnlyInsideTheWindow() {
    // every skip is journalled when it changes; with a still market the only one is at 09:45
    StrategyHarness.Result r = run(ZeroDteCondorScannerTest.market().level(Underlying.VIX, 10));
    List<LocalTime> when = r.events(JournalEventType.DECISION).stream()
        .map(ZeroDteCondorStrategyTest::timeOf).collect(Collectors.toList());
    assertEquals(List.of(LocalTime.of(9, 45)), when);
  }

  @Test
  void respectsARiskRejection() {
    // a user's rule asking for 1.00 of credit refuses the 0.65 condor at every poll of the window
    Strategy guarded = withExtraPolicy(s2(),
        RiskPolicyRequest.of("min-credit", Map.of("credit", 1.0)));
    StrategyHarness.Result r = StrategyHarness.over(ZeroDteCondorScannerTest.market())
        .broker(MID_LESS_A_NICKEL).run(NAME, guarded, DAY, DAY);
    assertTrue(r.events(JournalEventType.ORDER).isEmpty());
    List<JournalEvent> risk = r.events(JournalEventType.RISK);
    // 09:45:00 to 09:59:15, every 45 s: 20 polls
    assertEquals(20, risk.size());
    assertTrue(risk.stream().allMatch(e -> "min-credit".equals(e.fields().get("rule"))
        && "REJECT_ENTRY".equals(e.fields().get("action"))));
  }

  @Test
  void survivesBrokerRejections() {
    // 100 dollars cannot hold a 10-point condor: every attempt in the window is refused
    StrategyHarness.Result r = StrategyHarness.over(ZeroDteCondorScannerTest.market())
        .broker(PaperBrokerConfig.builder().startingCash(100).build()).run(NAME, s2(), DAY, DAY);
    List<JournalEvent> opens = orders(r, "open");
    assertTrue(opens.size() >= 1);
    assertEquals(opens.size(), r.events(e -> e.type() == JournalEventType.ORDER_STATE
        && "REJECTED".equals(e.fields().get("status"))).size());
    assertEquals(StrategyState.RUNNING, r.runner().state());
    assertTrue(r.trades().isEmpty());
  }

  @Test
  void aRestartInsideTheWindowNeitherForgetsTheEntryNorOpensASecond() {
    HandMarket market = ZeroDteCondorScannerTest.market();
    SimulatedClock clock = new SimulatedClock(DAY.atStartOfDay(NyseCalendar.ZONE).toInstant());
    // the venue outlives the process: one paper broker for both runs
    PaperBroker broker = PaperBroker.over(market, clock, MID_LESS_A_NICKEL);
    List<JournalEvent> journal = new ArrayList<>();
    TradeJournal tj = StrategyHarness.journalInto(journal);
    ZonedDateTime open = DAY.atTime(9, 30).atZone(NyseCalendar.ZONE);
    ZonedDateTime crash = DAY.atTime(9, 48).atZone(NyseCalendar.ZONE);
    ZonedDateTime close = DAY.atTime(16, 0).atZone(NyseCalendar.ZONE);

    StrategyRunner before = runner(broker, market, clock, tj);
    before.start().toCompletableFuture().join();
    ZonedDateTime t = open;
    for (; t.isBefore(crash); t = t.plusSeconds(45)) {
      clock.set(t.toInstant());
      before.poll().toCompletableFuture().join();
    }
    assertEquals(1, before.book().openPositions().size());

    // a new process: a fresh strategy, its state rebuilt from the journal alone
    StrategyRunner after = runner(broker, market, clock, tj);
    after.recover(List.copyOf(journal));
    after.start().toCompletableFuture().join();
    int journalledBefore = journal.size();
    for (; !t.isAfter(close); t = t.plusSeconds(45)) {
      clock.set(t.toInstant());
      after.poll().toCompletableFuture().join();
    }

    List<JournalEvent> opens = journal.stream().filter(e -> e.type() == JournalEventType.ORDER
        && "open".equals(e.fields().get("action"))).collect(Collectors.toList());
    assertEquals(1, opens.size(), journal.toString());
    assertTrue(journal.subList(journalledBefore, journal.size()).stream()
        .anyMatch(e -> e.type() == JournalEventType.DECISION && e.fields().get("decision")
            .equals("no entry: 2024-03-04: already entered today (1 entry, limit 1 a day)")),
        journal.toString());
    assertTrue(journal.stream().anyMatch(e -> e.type() == JournalEventType.RISK
        && "eod-close".equals(e.fields().get("rule"))));
    assertTrue(after.book().openPositions().isEmpty());
    assertEquals(1, after.book().closedTrades().size());
  }

  private static StrategyRunner runner(PaperBroker broker, HandMarket market, SimulatedClock clock,
      TradeJournal journal) {
    ZeroDteCondorStrategy strategy = s2();
    return new StrategyRunner(NAME, strategy, StrategyHarness.policies(NAME, strategy),
        new StrategyRunner.Wiring(broker, market, NyseCalendar.instance(), journal, clock,
            Runnable::run, new PortfolioTracker(), Duration.ofMinutes(2), s -> {}));
  }

  @Test
  void closesAtMarketWhenStopped() {
    OrderTicket ticket = OrderTicket.shortIronCondor(ClientOrderId.of("x-1"),
        contract(5745, true), contract(5755, true), contract(5840, false), contract(5850, false),
        1, 0.65);
    Position p = Position.builder().openedBy(ticket).quantity(1)
        .openPrice(NetPrice.credit(0.65)).openedAt(Instant.EPOCH).build();
    ExitDecision d = s2().onStop(p, null);
    assertEquals(ExitDecision.Action.CLOSE, d.action());
    assertTrue(d.limit().isEmpty(), "a market order");
  }

  private static OptionContract contract(double strike, boolean put) {
    return OptionContract.of("SPXW", DAY, strike,
        put ? OptionRight.PUT : OptionRight.CALL);
  }
}
