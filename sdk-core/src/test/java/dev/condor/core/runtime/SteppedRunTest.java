package dev.condor.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.journal.JournalSink;
import dev.condor.api.order.PriceEffect;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import dev.condor.api.strategy.ExitDecision;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyState;
import dev.condor.core.broker.paper.PaperBroker;
import dev.condor.core.broker.paper.PaperBrokerConfig;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.journal.TradeJournal;
import dev.condor.core.portfolio.TradeSummary;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The strategy loop over whole simulated days: paper broker, seed risk policies, journal. */
class SteppedRunTest {

  private static final LocalDate DAY = LocalDate.of(2026, 2, 17);
  private final List<JournalEvent> journal = new ArrayList<>();
  private final SimulatedClock clock = new SimulatedClock(
      DAY.atTime(9, 30).atZone(BlackScholesTestMarket.NEW_YORK).toInstant());
  private final PortfolioTracker portfolio = new PortfolioTracker();

  private StrategyRunner runner(String name, Strategy strategy, List<RiskPolicy> extra,
      BlackScholesTestMarket market, PaperBroker broker) {
    List<RiskPolicy> policies = new ArrayList<>(extra);
    policies.addAll(SteppedPolicies.of(strategy));
    TradeJournal tj = new TradeJournal(List.of(new JournalSink() {
      @Override
      public void append(JournalEvent event) {
        journal.add(event);
      }

      @Override
      public void close() {}
    }));
    return new StrategyRunner(name, strategy, policies, new StrategyRunner.Wiring(broker, market,
        NyseCalendar.instance(), tj, clock, Runnable::run, portfolio, Duration.ofMinutes(2), s -> {}));
  }

  private List<JournalEvent> of(String strategy, JournalEventType type) {
    return journal.stream().filter(e -> e.strategy().equals(strategy) && e.type() == type)
        .collect(Collectors.toList());
  }

  @Test
  void aQuietDayOpensInTheWindowTakesProfitAndTheSummaryReconcilesWithTheFills() {
    BlackScholesTestMarket market = new BlackScholesTestMarket(minute -> 5800);
    PaperBroker broker = PaperBroker.over(market, clock, PaperBrokerConfig.defaults());
    StrategyRunner ic = runner("dte0_ic", new TestStrategies.DeltaCondor(10), List.of(), market, broker);
    SteppedDriver driver = new SteppedDriver(List.of(ic), clock, NyseCalendar.instance());

    driver.start();
    driver.run(DAY, DAY);

    List<JournalEvent> orders = of("dte0_ic", JournalEventType.ORDER);
    assertEquals(2, orders.size(), "one open, one close: " + orders);
    assertEquals("open", orders.get(0).fields().get("action"));
    String opened = orders.get(0).time().atZone(BlackScholesTestMarket.NEW_YORK).toLocalTime().toString();
    assertTrue(opened.compareTo("09:45") >= 0 && opened.compareTo("10:00") < 0, opened);
    assertEquals("close", orders.get(1).fields().get("action"));
    List<JournalEvent> risk = of("dte0_ic", JournalEventType.RISK);
    assertEquals("profit-target", risk.get(0).fields().get("rule"), risk.toString());

    // The S2 summary must equal the cash flows of the journalled fills, to the cent.
    double cash = 0;
    for (JournalEvent f : of("dte0_ic", JournalEventType.FILL)) {
      double price = ((Number) f.fields().get("fill_price")).doubleValue();
      int sign = PriceEffect.valueOf((String) f.fields().get("price_effect")) == PriceEffect.CREDIT ? 1 : -1;
      cash += sign * price * 100 * ((Number) f.fields().get("qty")).intValue()
          - ((Number) f.fields().get("commission")).doubleValue();
    }
    TradeSummary summary = TradeSummary.of(ic.book().closedTrades());
    assertEquals(1, summary.totalTrades());
    assertEquals(Math.round(cash * 100) / 100.0, summary.netPnl(), 1e-9);
    assertTrue(summary.netPnl() > 0, "a flat day should be a win: " + summary);
  }

  @Test
  void aStrategyThatThrowsIsStoppedAndJournalledWhileTheOtherKeepsTrading() {
    BlackScholesTestMarket market = new BlackScholesTestMarket(minute -> 5800);
    PaperBroker broker = PaperBroker.over(market, clock, PaperBrokerConfig.defaults());
    StrategyRunner bad = runner("buggy", new TestStrategies.Throwing(), List.of(), market, broker);
    StrategyRunner good = runner("dte0_ic", new TestStrategies.DeltaCondor(10), List.of(), market, broker);
    SteppedDriver driver = new SteppedDriver(List.of(bad, good), clock, NyseCalendar.instance());

    driver.start();
    driver.run(DAY, DAY);

    assertEquals(StrategyState.STOPPED, bad.state());
    assertTrue(bad.failure().orElseThrow().getMessage().contains("bug in strategy code"));
    assertTrue(of("buggy", JournalEventType.LIFECYCLE).stream()
        .anyMatch(e -> e.fields().get("detail").toString().startsWith("FAILED")));
    assertEquals(StrategyState.RUNNING, good.state());
    assertFalse(of("dte0_ic", JournalEventType.FILL).isEmpty());
  }

  @Test
  void forcedExitsComeBeforeExitsWhateverTheOrderTheyWereGivenIn() {
    // The underlying runs up through the short call: no profit, so only the scripted policies act.
    BlackScholesTestMarket market = new BlackScholesTestMarket(minute -> 5800);
    PaperBroker broker = PaperBroker.over(market, clock, PaperBrokerConfig.defaults());
    RiskPolicy exitAlways = policy("always-exit", RiskStage.EXIT);
    RiskPolicy forcedAlways = policy("always-forced", RiskStage.FORCED_EXIT);
    StrategyRunner ic = runner("dte0_ic", new TestStrategies.DeltaCondor(10),
        List.of(exitAlways, forcedAlways), market, broker);
    SteppedDriver driver = new SteppedDriver(List.of(ic), clock, NyseCalendar.instance());

    driver.start();
    driver.run(DAY, DAY);

    assertEquals("always-forced", of("dte0_ic", JournalEventType.RISK).get(0).fields().get("rule"));
  }

  @Test
  void stoppingClosesZeroDtePositionsByTheStrategysRule() {
    BlackScholesTestMarket market = new BlackScholesTestMarket(minute -> 5800);
    PaperBroker broker = PaperBroker.over(market, clock, PaperBrokerConfig.defaults());
    StrategyRunner ic = runner("dte0_ic", new TestStrategies.DeltaCondor(10), List.of(), market, broker);
    SteppedDriver driver = new SteppedDriver(List.of(ic), clock, NyseCalendar.instance());
    driver.start();
    var session = NyseCalendar.instance().session(DAY).orElseThrow();
    // poll only until 10:30, then stop
    for (var t = session.open(); t.toLocalTime().isBefore(java.time.LocalTime.of(10, 30)); t = t.plusSeconds(45)) {
      clock.set(t.toInstant());
      ic.poll().toCompletableFuture().join();
    }
    assertEquals(1, ic.book().openPositions().size());

    ic.stop().toCompletableFuture().join();

    assertTrue(ic.book().openPositions().isEmpty());
    assertEquals(StrategyState.STOPPED, ic.state());
    assertTrue(of("dte0_ic", JournalEventType.ORDER).get(1).fields().get("reason").toString()
        .contains("strategy stopped"));
  }

  @Test
  void positionsStayMarkableWhenTheListedStrikesNarrowAfterTheEntry() {
    // strikes within 200 points of spot until 10:30, then only within 20: the condor's legs
    // (about 70 points out) leave the listing, but the profit target must still see them
    BlackScholesTestMarket market = new BlackScholesTestMarket(minute -> 5800,
        minute -> minute < 60 ? 200 : 20);
    PaperBroker broker = PaperBroker.over(market, clock, PaperBrokerConfig.defaults());
    StrategyRunner ic = runner("dte0_ic", new TestStrategies.DeltaCondor(10), List.of(), market, broker);
    SteppedDriver driver = new SteppedDriver(List.of(ic), clock, NyseCalendar.instance());

    driver.start();
    driver.run(DAY, DAY);

    assertEquals("profit-target", of("dte0_ic", JournalEventType.RISK).get(0).fields().get("rule"));
    assertTrue(of("dte0_ic", JournalEventType.DECISION).stream()
        .noneMatch(e -> e.fields().get("decision").toString().contains("cannot mark")));
  }

  @Test
  void anEntryStillWorkingWhenItsWindowClosesIsCancelled() {
    BlackScholesTestMarket market = new BlackScholesTestMarket(minute -> 5800);
    PaperBroker broker = PaperBroker.over(market, clock, PaperBrokerConfig.defaults());
    StrategyRunner greedy = runner("greedy", new TestStrategies.Greedy(), List.of(), market, broker);
    SteppedDriver driver = new SteppedDriver(List.of(greedy), clock, NyseCalendar.instance());

    driver.start();
    driver.run(DAY, DAY);

    assertEquals(1, of("greedy", JournalEventType.ORDER).size(), "one entry, never filled, never repeated");
    assertTrue(of("greedy", JournalEventType.DECISION).stream().anyMatch(e -> e.fields().get("decision")
        .toString().startsWith("entry window closed: cancelling unfilled entry greedy-20260217-1")));
    assertTrue(of("greedy", JournalEventType.ORDER_STATE).stream()
        .anyMatch(e -> "CANCELLED".equals(e.fields().get("status"))));
    assertTrue(greedy.orders().liveOrders().isEmpty());
  }

  @Test
  void afterTheBrokerRefusesAnEntryTheRunnerWaitsBeforeAskingAgain() {
    BlackScholesTestMarket market = new BlackScholesTestMarket(minute -> 5800);
    // $1,000 cannot carry a 10-point condor (about $900 of risk plus commissions per unit x 5)
    PaperBroker broker = PaperBroker.over(market, clock,
        PaperBrokerConfig.builder().startingCash(1_000).build());
    StrategyRunner ic = runner("dte0_ic", new TestStrategies.DeltaCondor(10, 5), List.of(), market, broker);
    SteppedDriver driver = new SteppedDriver(List.of(ic), clock, NyseCalendar.instance());

    driver.start();
    driver.run(DAY, DAY);

    // a 15-minute window polled every 45 s: rejected at 09:45, then waits 5 minutes each time
    List<JournalEvent> orders = of("dte0_ic", JournalEventType.ORDER);
    assertEquals(3, orders.size(), orders.toString());
    assertTrue(of("dte0_ic", JournalEventType.DECISION).stream().anyMatch(e -> e.fields()
        .get("decision").toString().contains("rejected by the broker (insufficient buying power")));
  }

  private static RiskPolicy policy(String name, RiskStage stage) {
    return new RiskPolicy() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public RiskStage stage() {
        return stage;
      }

      @Override
      public ExitDecision checkPosition(dev.condor.api.portfolio.Position p, dev.condor.api.risk.RiskContext c) {
        return ExitDecision.closeAtMarket(name + " says close");
      }
    };
  }
}
