package dev.condor.strategies.zerodte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.portfolio.ClosedTrade;
import dev.condor.core.portfolio.TradeSummary;
import dev.condor.strategies.testing.Journals;
import dev.condor.strategies.testing.StrategyHarness;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * S2's 0DTE condor over 2024 on the simulated market (seed 7), with S2's 45-second poll and the
 * paper broker filling at mid less a nickel (see {@link ZeroDteCondorStrategyTest}).
 */
class ZeroDteCondorYearTest {

  static final long SEED = 7;
  static final LocalDate FROM = LocalDate.of(2024, 1, 2);
  static final LocalDate TO = LocalDate.of(2024, 12, 31);

  /** Why a position may close: S2's rules, by the id of the policy that closed it. */
  static final Set<String> S2_EXITS = Set.of("eod-close", "delta-red-line", "proximity-red-line",
      "profit-target", "stop-loss");

  static StrategyHarness.Result runYear() {
    return StrategyHarness.simulated(SEED).broker(StrategyHarness.MID_LESS_A_NICKEL)
        .run(ZeroDteCondorProvider.ID, new ZeroDteCondorStrategy(ZeroDteCondorConfig.DEFAULTS),
            FROM, TO);
  }

  @Test
  void tradesAYearAndExplainsEveryDay(TestReporter reporter) {
    long start = System.nanoTime();
    StrategyHarness.Result r = runYear();
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    // every trading day has its entry (an ORDER with its reason) or its reasons for none
    Map<LocalDate, List<String>> explained = Journals.explanationsByDay(r.journal());
    int tradingDays = 0;
    for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
      if (NyseCalendar.instance().isTradingDay(d)) {
        tradingDays++;
        LocalDate day = d;
        assertTrue(explained.containsKey(day), "no explanation journalled for " + day);
        // the strategy's reasons carry the day; notes of the policies (a hold they could not
        // judge) speak of the position they concern
        assertTrue(explained.get(day).stream()
            .anyMatch(t -> t.startsWith("no entry: " + day) || t.startsWith("entry: " + day)),
            day + " explained without its date: " + explained.get(day));
      }
    }

    // the limits: at most one condor a day, opened inside 09:45-10:00, expiring that day,
    // shorts at least 30 points from spot, 10-point wings; never two open at once
    List<JournalEvent> opens = r.events(e -> e.type() == JournalEventType.ORDER
        && "open".equals(e.fields().get("action")));
    Map<LocalDate, Integer> perDay = new HashMap<>();
    for (JournalEvent o : opens) {
      LocalDate d = Journals.day(o);
      perDay.merge(d, 1, Integer::sum);
      LocalTime t = o.time().atZone(NyseCalendar.ZONE).toLocalTime();
      assertTrue(!t.isBefore(LocalTime.of(9, 45)) && t.isBefore(LocalTime.of(10, 0)), o.toString());
      assertEquals("IRON_CONDOR", o.fields().get("structure"));
      assertEquals(d.format(DateTimeFormatter.BASIC_ISO_DATE), o.fields().get("expiry"));
      assertEquals(10, num(o, "short_put") - num(o, "long_put"), 1e-9);
      assertEquals(10, num(o, "long_call") - num(o, "short_call"), 1e-9);
      assertTrue(num(o, "limit_price") >= 0.50 - 1e-9, o.toString());
      List<?> legs = (List<?>) o.fields().get("legs");
      assertTrue(legs.stream().allMatch(l -> l.toString().contains(":SPXW")), legs.toString());
    }
    assertTrue(perDay.values().stream().allMatch(n -> n == 1), perDay.toString());
    List<ClosedTrade> trades = r.trades();
    for (int i = 1; i < trades.size(); i++) {
      assertTrue(!trades.get(i).openedAt().isBefore(trades.get(i - 1).closedAt()),
          "two condors open at once: " + trades.get(i - 1) + " and " + trades.get(i));
    }

    // the exits: every position closed by one of S2's rules, never carried to settlement
    assertTrue(trades.size() > 50, "only " + trades.size() + " trades");
    assertTrue(trades.stream().noneMatch(ClosedTrade::settled));
    Map<String, Integer> exitsByRule = new HashMap<>();
    Set<String> closedPositions = new HashSet<>();
    for (JournalEvent e : r.events(JournalEventType.RISK)) {
      String action = e.fields().get("action").toString();
      if (!"REJECT_ENTRY".equals(action) && !"CANCEL_LIMIT_CLOSE".equals(action)) {
        String rule = e.fields().get("rule").toString();
        assertTrue(S2_EXITS.contains(rule), rule);
        exitsByRule.merge(rule, 1, Integer::sum);
        closedPositions.add(e.fields().get("position_id").toString());
      }
    }
    for (ClosedTrade t : trades) {
      assertTrue(closedPositions.contains(t.positionId()), "no RISK exit for " + t);
    }
    // every exit is one of S2's rules (checked above) and the target takes most of them; the
    // 15:45 close only acts on positions nothing else closed, which a given year may not have
    assertTrue(exitsByRule.getOrDefault("profit-target", 0) > 0, exitsByRule.toString());
    assertTrue(r.runner().book().openPositions().isEmpty());

    TradeSummary s = r.summary();
    reporter.publishEntry("iron-condor-0dte 2024 seed " + SEED, String.format(Locale.ROOT,
        "%d trading days, %d orders, %d trades, win rate %.1f%%, net P&L %.2f, gross %.2f,"
            + " commission %.2f, max drawdown %.2f, exits %s, took %d ms",
        tradingDays, opens.size(), s.totalTrades(), 100 * s.winRate(), s.netPnl(), s.grossPnl(),
        s.totalCommission(), s.maxDrawdown(), exitsByRule, took.toMillis()));
  }

  @Test
  void theSameRunTwiceJournalsTheSame() {
    assertEquals(runYear().journal(), runYear().journal());
  }

  private static double num(JournalEvent e, String field) {
    return ((Number) e.fields().get(field)).doubleValue();
  }
}
