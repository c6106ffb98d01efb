package dev.condor.strategies.wheel;

import static dev.condor.strategies.testing.Journals.day;
import static dev.condor.strategies.testing.Journals.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.strategy.StrategyState;
import dev.condor.core.broker.paper.PaperBrokerConfig;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.portfolio.ClosedTrade;
import dev.condor.core.portfolio.TradeSummary;
import dev.condor.strategies.testing.Journals;
import dev.condor.strategies.testing.StrategyHarness;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * {@code spx-wheel} over the simulated market (seed 42), with the paper broker and the policies it
 * requests. A cash-secured SPX put ties up about $450,000 at SPX 4,700, so S4's three puts within
 * half the capital need an account of about $3,000,000; the paper broker's default $100,000 can
 * hold none, which the risk test uses.
 */
class SpxWheelYearTest {

  private static final String NAME = SpxWheelProvider.ID;
  private static final LocalDate FROM = LocalDate.of(2024, 1, 2);
  private static final LocalDate TO = LocalDate.of(2024, 12, 31);

  private static StrategyHarness harness(double cash) {
    return StrategyHarness.simulated(42)
        .broker(PaperBrokerConfig.builder().startingCash(cash).build());
  }

  @Test
  void tradesAYearExplainingEveryDayAndSettlingAtExpiry(TestReporter reporter) {
    long start = System.nanoTime();
    StrategyHarness.Result r = harness(3_000_000)
        .run(NAME, new SpxWheelStrategy(SpxWheelConfig.DEFAULTS), FROM, TO);
    double seconds = (System.nanoTime() - start) / 1e9;
    TradeSummary s = r.summary();
    reporter.publishEntry("figures", String.format(Locale.ROOT, "spx-wheel 2024 seed 42 ($3M): %.1f s; %d trades, win rate"
            + " %.1f%%, net P&L %.2f, max drawdown %.2f; %d journal events%n", seconds,
        s.totalTrades(), s.winRate() * 100, s.netPnl(), s.maxDrawdown(), r.journal().size()));

    List<JournalEvent> opens = r.events(e -> e.type() == JournalEventType.ORDER
        && text(e, "action").equals("open"));
    assertTrue(s.totalTrades() >= 6, s.toString());

    assertEquals(List.of(), Journals.unexplainedDays(r.journal(), FROM, TO));

    // the limits: at most 3 open, one entry a day, one SPXW put on a Friday (or the trading day
    // before a holiday Friday) 42 to 48 days out, on the $5 grid
    assertTrue(Journals.maxConcurrentPositions(r.journal()) <= 3);
    Set<LocalDate> entryDays = new HashSet<>();
    for (JournalEvent o : opens) {
      assertTrue(entryDays.add(day(o)), "two entries on " + day(o));
      assertEquals("SINGLE", text(o, "structure"));
      assertEquals(1, ((Number) o.fields().get("qty")).intValue());
      assertTrue(text(o, "legs").startsWith("[SELL:SPXW  "), text(o, "legs"));
      assertEquals(0, ((Number) o.fields().get("short_put")).doubleValue() % 5, 1e-9);
      LocalDate expiry = LocalDate.parse(text(o, "expiry"), DateTimeFormatter.BASIC_ISO_DATE);
      long dte = ChronoUnit.DAYS.between(day(o), expiry);
      assertTrue(dte >= 41 && dte <= 48, "DTE " + dte);
      assertTrue(expiry.getDayOfWeek() == DayOfWeek.FRIDAY
          || !NyseCalendar.instance().isTradingDay(expiry.plusDays(1)), "expiry " + expiry);
    }

    // S4 holds every put to its cash settlement: no exit orders, no exit rules
    assertEquals(List.of(), r.events(e -> e.type() == JournalEventType.ORDER
        && text(e, "action").equals("close")));
    for (ClosedTrade t : r.trades()) {
      assertTrue(t.settled(), t.positionId() + " ended without settling");
    }
    assertEquals(r.trades().size(), r.events(JournalEventType.SETTLEMENT).size());
    for (JournalEvent risk : r.events(JournalEventType.RISK)) {
      assertEquals("REJECT_ENTRY", text(risk, "action"));
    }
    assertEquals(StrategyState.RUNNING, r.runner().state());
  }

  @Test
  void replaysIdentically() {
    LocalDate to = LocalDate.of(2024, 4, 30);
    StrategyHarness.Result first = harness(3_000_000)
        .run(NAME, new SpxWheelStrategy(SpxWheelConfig.DEFAULTS), FROM, to);
    StrategyHarness.Result second = harness(3_000_000)
        .run(NAME, new SpxWheelStrategy(SpxWheelConfig.DEFAULTS), FROM, to);
    assertFalse(first.events(JournalEventType.SETTLEMENT).isEmpty());
    assertEquals(first.journal(), second.journal());
  }

  @Test
  void keepsTheMarginWithinHalfTheCapital() {
    // $1,000,000: half is $500,000, room for one ~$445,000 put; the second is refused each day
    StrategyHarness.Result r = harness(1_000_000)
        .run(NAME, new SpxWheelStrategy(SpxWheelConfig.DEFAULTS), FROM, LocalDate.of(2024, 3, 29));

    assertEquals(1, Journals.maxConcurrentPositions(r.journal()));
    List<JournalEvent> refused = r.events(e -> e.type() == JournalEventType.RISK
        && text(e, "action").equals("REJECT_ENTRY"));
    assertFalse(refused.isEmpty());
    assertEquals("max-portfolio-risk", text(refused.get(0), "rule"));
    assertTrue(text(refused.get(0), "reason").contains("> 50% of equity"),
        text(refused.get(0), "reason"));
    assertEquals(StrategyState.RUNNING, r.runner().state());
  }

  @Test
  void respectsTheRiskRefusalsOfASmallAccount() {
    // the paper broker's default $100,000 holds no SPX put within 50 %: every day is refused
    StrategyHarness.Result r = harness(PaperBrokerConfig.DEFAULT_STARTING_CASH)
        .run(NAME, new SpxWheelStrategy(SpxWheelConfig.DEFAULTS), FROM, LocalDate.of(2024, 1, 31));

    assertEquals(List.of(), r.events(JournalEventType.ORDER));
    List<JournalEvent> refused = r.events(e -> e.type() == JournalEventType.RISK
        && text(e, "action").equals("REJECT_ENTRY"));
    assertEquals(21, refused.size()); // the 21 trading days of January 2024, once each
    assertEquals(StrategyState.RUNNING, r.runner().state());
  }

  @Test
  void survivesTheBrokerRejectingItsOrders() {
    // without the margin policy the order reaches the paper broker, which refuses it for buying
    // power; the strategy carries on and asks again the next day
    StrategyHarness.Result r = harness(PaperBrokerConfig.DEFAULT_STARTING_CASH).run(NAME,
        Journals.withPolicies(new SpxWheelStrategy(SpxWheelConfig.DEFAULTS), List.of()), FROM,
        LocalDate.of(2024, 1, 31));

    List<JournalEvent> rejected = r.events(e -> e.type() == JournalEventType.ORDER_STATE
        && text(e, "status").equals("REJECTED"));
    assertEquals(21, rejected.size());
    assertTrue(text(rejected.get(0), "reason").contains("buying power"),
        text(rejected.get(0), "reason"));
    assertEquals(List.of(), r.events(JournalEventType.FILL));
    assertEquals(StrategyState.RUNNING, r.runner().state());
  }
}
