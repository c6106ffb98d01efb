package dev.condor.strategies.monthly;

import static dev.condor.strategies.testing.Journals.day;
import static dev.condor.strategies.testing.Journals.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.plugin.Settings;
import dev.condor.api.strategy.RiskPolicyRequest;
import dev.condor.api.strategy.StrategyState;
import dev.condor.core.broker.paper.PaperBrokerConfig;
import dev.condor.core.portfolio.TradeSummary;
import dev.condor.strategies.testing.Journals;
import dev.condor.strategies.testing.StrategyHarness;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * {@code iron-condor-monthly} over the simulated market (seed 42, whose 2024 has several VIX spikes
 * of 20 % or more), with the paper broker and the policies it requests.
 *
 * <p>The runs poll every 30 minutes instead of S2's 5: every poll with a condor open builds the SPX
 * chain from 25 to 84 days out (all the SPXW dailies in between), about 35 ms in the simulator, so
 * a year at 5 minutes takes well over a minute. Red lines are still checked 13 times a day.
 */
class MonthlyIronCondorYearTest {

  private static final String NAME = MonthlyIronCondorProvider.ID;
  private static final LocalDate FROM = LocalDate.of(2024, 1, 2);
  private static final LocalDate TO = LocalDate.of(2024, 12, 31);
  private static final Set<String> SEED_EXITS =
      Set.of("delta-red-line", "proximity-red-line", "time-exit");

  private static MonthlyIronCondorStrategy strategy(String pollInterval) {
    return new MonthlyIronCondorStrategy(MonthlyIronCondorConfig.from(
        Settings.of("strategies." + NAME, Map.of("pollInterval", pollInterval))));
  }

  @Test
  void tradesAYearExplainingEveryDayAndExitingOnlyBySeedRules(TestReporter reporter) {
    long start = System.nanoTime();
    StrategyHarness.Result r = StrategyHarness.simulated(42)
        .run(NAME, strategy("30m"), FROM, TO);
    double seconds = (System.nanoTime() - start) / 1e9;
    TradeSummary s = r.summary();
    reporter.publishEntry("figures", String.format(Locale.ROOT, "iron-condor-monthly 2024 seed 42: %.1f s; %d closed trades"
            + " (partial closes count apiece), win rate %.1f%%, net P&L %.2f, max drawdown %.2f;"
            + " %d journal events%n", seconds, s.totalTrades(), s.winRate() * 100, s.netPnl(),
        s.maxDrawdown(), r.journal().size()));

    List<JournalEvent> opens = r.events(e -> e.type() == JournalEventType.ORDER
        && text(e, "action").equals("open"));
    assertTrue(opens.size() >= 3, "entries: " + opens.size());
    assertTrue(s.totalTrades() >= 3, s.toString());

    // every trading day is explained: an entry, or a skip naming the day
    assertEquals(List.of(), Journals.unexplainedDays(r.journal(), FROM, TO));

    // the limits: at most 3 condors at once, one entry a day, each 2 condors of 25-point wings
    // on a monthly at least 49 days out for at least 3.00
    assertTrue(Journals.maxConcurrentPositions(r.journal()) <= 3);
    Set<LocalDate> entryDays = new HashSet<>();
    for (JournalEvent o : opens) {
      assertTrue(entryDays.add(day(o)), "two entries on " + day(o));
      assertEquals(2, ((Number) o.fields().get("qty")).intValue());
      assertEquals("IRON_CONDOR", text(o, "structure"));
      double shortPut = ((Number) o.fields().get("short_put")).doubleValue();
      double longPut = ((Number) o.fields().get("long_put")).doubleValue();
      double shortCall = ((Number) o.fields().get("short_call")).doubleValue();
      double longCall = ((Number) o.fields().get("long_call")).doubleValue();
      assertEquals(25, shortPut - longPut, 1e-9);
      assertEquals(25, longCall - shortCall, 1e-9);
      assertEquals(0, shortPut % 25, 1e-9);
      assertEquals(0, shortCall % 25, 1e-9);
      assertTrue(((Number) o.fields().get("limit_price")).doubleValue() >= 3.0);
      LocalDate expiry = LocalDate.parse(text(o, "expiry"),
          java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
      assertTrue(ChronoUnit.DAYS.between(day(o), expiry) >= 49);
      assertTrue(text(o, "legs").contains("SPX   "), "the AM monthly root: " + text(o, "legs"));
    }

    // every exit is one of S2's: a red line (closing half) or the time exit (closing all)
    List<JournalEvent> closes = r.events(e -> e.type() == JournalEventType.ORDER
        && text(e, "action").equals("close"));
    assertFalse(closes.isEmpty());
    Map<String, Integer> exitsByRule = new HashMap<>();
    for (JournalEvent c : closes) {
      String rule = text(c, "reason").substring(0, text(c, "reason").indexOf(':'));
      assertTrue(SEED_EXITS.contains(rule), "exit by " + rule);
      exitsByRule.merge(rule, 1, Integer::sum);
    }
    for (JournalEvent risk : r.events(JournalEventType.RISK)) {
      assertTrue(SEED_EXITS.contains(text(risk, "rule")), text(risk, "rule"));
      if (text(risk, "rule").endsWith("red-line")) {
        assertEquals("CLOSE_PARTIAL", text(risk, "action"));
      } else {
        assertEquals("CLOSE", text(risk, "action"));
      }
    }
    reporter.publishEntry("exits by rule", exitsByRule.toString());
    // held from 49+ to at most 30 days: nothing is left to settle at expiry
    assertEquals(List.of(), r.events(JournalEventType.SETTLEMENT));
    assertEquals(StrategyState.RUNNING, r.runner().state());
  }

  @Test
  void replaysIdentically() {
    // the 2024-01-19 entry and its two red-line partial closes
    LocalDate to = LocalDate.of(2024, 2, 2);
    StrategyHarness.Result first = StrategyHarness.simulated(42).run(NAME, strategy("60m"), FROM,
        to);
    StrategyHarness.Result second = StrategyHarness.simulated(42).run(NAME, strategy("60m"), FROM,
        to);
    assertEquals(3, first.events(JournalEventType.FILL).size());
    assertEquals(first.journal(), second.journal());
  }

  @Test
  void respectsARiskPolicyThatRefusesItsEntries() {
    // the same strategy with a kill switch engaged: the 2024-01-19 spike is offered, refused
    MonthlyIronCondorStrategy inner = strategy("60m");
    List<RiskPolicyRequest> policies = new ArrayList<>(inner.riskPolicies());
    policies.add(RiskPolicyRequest.of("kill-switch", Map.of("engaged", true)));
    StrategyHarness.Result r = StrategyHarness.simulated(42).run(NAME,
        Journals.withPolicies(inner, policies), FROM, LocalDate.of(2024, 1, 31));

    assertEquals(List.of(), r.events(JournalEventType.ORDER));
    List<JournalEvent> refused = r.events(e -> e.type() == JournalEventType.RISK
        && text(e, "action").equals("REJECT_ENTRY"));
    assertFalse(refused.isEmpty());
    assertEquals(Set.of("kill-switch"), Set.copyOf(refused.stream()
        .map(e -> text(e, "rule")).toList()));
    assertEquals(StrategyState.RUNNING, r.runner().state());
  }

  @Test
  void survivesTheBrokerRejectingItsOrders() {
    // $1,000 of cash cannot hold a condor's (25 - 3.20) x 100 x 2 of buying power
    StrategyHarness.Result r = StrategyHarness.simulated(42)
        .broker(PaperBrokerConfig.builder().startingCash(1_000).build())
        .run(NAME, strategy("60m"), FROM, LocalDate.of(2024, 1, 31));

    List<JournalEvent> rejected = r.events(e -> e.type() == JournalEventType.ORDER_STATE
        && text(e, "status").equals("REJECTED"));
    assertFalse(rejected.isEmpty());
    assertTrue(text(rejected.get(0), "reason").contains("buying power"),
        text(rejected.get(0), "reason"));
    assertEquals(List.of(), r.events(JournalEventType.FILL));
    assertEquals(StrategyState.RUNNING, r.runner().state());
    // and it kept deciding on the days after
    assertTrue(Journals.explains(r.journal(), LocalDate.of(2024, 1, 31)));
  }
}
