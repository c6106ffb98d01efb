package dev.condor.strategies.percentile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.order.OrderTicket;
import dev.condor.core.broker.paper.FillModel;
import dev.condor.core.broker.paper.PaperBrokerConfig;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.journal.TradeJournal;
import dev.condor.core.portfolio.ClosedTrade;
import dev.condor.core.portfolio.TradeSummary;
import dev.condor.strategies.testing.StrategyHarness;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A year of S1's defaults (NDX, 1DTE, p99, 20-point wings, neutral) on the simulated market. The
 * simulation's history starts on 2024-01-02 and the percentiles need a year of closes, so the
 * year traded is 2025; 2024 is the lookback.
 *
 * <p>The paper account holds $250,000 (a row of S1's sizing table) and fills at the mid less 0.05,
 * the execution S1 prices for. Far from the money the simulated NDX grid is 25 points, so a
 * 20-point wing becomes 25 and one unit risks about $2,350: more than 2 % of $100,000, so a
 * $100,000 account would size every entry to nothing.
 */
class PercentileSpreadYearTest {

  private static final long SEED = 7;
  private static final ZoneId NEW_YORK = NyseCalendar.ZONE;
  private static final LocalDate FROM = LocalDate.of(2025, 1, 2);
  private static final LocalDate TO = LocalDate.of(2025, 12, 31);
  private static final Set<String> S1_EXITS = Set.of("profit-target", "expiry-exit",
      "tested-exit", "daily-loss-flatten", "weekly-loss-flatten");

  static final PaperBrokerConfig S1_ACCOUNT = PaperBrokerConfig.builder().startingCash(250_000)
      .fillModel(FillModel.MID).slippage(0.05).build();

  private static LocalDate dayOf(JournalEvent e) {
    return e.time().atZone(NEW_YORK).toLocalDate();
  }

  @Test
  void aYearOfDefaultsTradesExplainsEveryDayAndKeepsS1sLimits() {
    PercentileSpreadStrategy strategy = new PercentileSpreadStrategy(
        PercentileSpreadConfig.defaults());

    StrategyHarness.Result r = StrategyHarness.simulated(SEED).broker(S1_ACCOUNT)
        .run("pcs", strategy, FROM, TO);

    TradeSummary s = r.summary();
    assertTrue(s.totalTrades() > 20, "trades: " + s);

    // every trading day is explained: an entry (ORDER), a skip (DECISION) or a refusal (RISK)
    TradingCalendar calendar = NyseCalendar.instance();
    Set<LocalDate> explained = new TreeSet<>();
    for (JournalEvent e : r.journal()) {
      boolean entryOrSkip = e.type() == JournalEventType.DECISION
          || (e.type() == JournalEventType.ORDER && "open".equals(e.fields().get("action")))
          || (e.type() == JournalEventType.RISK
              && e.fields().get("action").toString().endsWith("_ENTRY"));
      if (entryOrSkip) {
        explained.add(dayOf(e));
      }
    }
    List<LocalDate> silent = new ArrayList<>();
    for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
      if (calendar.isTradingDay(d) && !explained.contains(d)) {
        silent.add(d);
      }
    }
    assertEquals(List.of(), silent, "trading days with no entry and no reason");

    // S1's limits: entries a day, open positions, max loss per position
    Map<LocalDate, Integer> entriesPerDay = new TreeMap<>();
    for (JournalEvent e : r.events(JournalEventType.ORDER)) {
      if ("open".equals(e.fields().get("action"))) {
        entriesPerDay.merge(dayOf(e), 1, Integer::sum);
        OrderTicket t = TradeJournal.ticketOf(e);
        double maxLoss = (t.width() - t.limitPrice().orElseThrow().amount()) * 100
            * t.quantity();
        assertTrue(maxLoss <= 30_000, "max loss per position: " + e.fields());
      }
    }
    assertTrue(entriesPerDay.values().stream().allMatch(n -> n <= 25), entriesPerDay::toString);
    assertTrue(maxConcurrent(r) <= 50, "open positions at once: " + maxConcurrent(r));

    // exits happen for S1's reasons, by rule id
    Map<String, Long> exits = r.events(JournalEventType.RISK).stream()
        .filter(e -> !e.fields().get("action").toString().endsWith("_ENTRY"))
        .collect(Collectors.groupingBy(e -> e.fields().get("rule").toString(),
            TreeMap::new, Collectors.counting()));
    assertTrue(S1_EXITS.containsAll(exits.keySet()), exits::toString);
    assertTrue(exits.containsKey("expiry-exit"), exits::toString);
    assertTrue(exits.containsKey("tested-exit"), exits::toString);

  }

  /** The most positions open at one time, from the round trips and what is still open. */
  private static int maxConcurrent(StrategyHarness.Result r) {
    Map<Instant, Integer> changes = new TreeMap<>();
    Map<String, Instant> opened = new HashMap<>();
    for (ClosedTrade t : r.trades()) {
      opened.putIfAbsent(t.positionId(), t.openedAt());
    }
    Map<String, Instant> closed = new HashMap<>();
    for (ClosedTrade t : r.trades()) {
      closed.merge(t.positionId(), t.closedAt(), (a, b) -> a.isAfter(b) ? a : b);
    }
    r.runner().book().openPositions().forEach(p -> opened.put(p.id(), p.openedAt()));
    opened.forEach((id, at) -> changes.merge(at, 1, Integer::sum));
    closed.forEach((id, at) -> {
      boolean stillOpen = r.runner().book().openPositions().stream().anyMatch(p -> p.id()
          .equals(id));
      if (!stillOpen) {
        changes.merge(at, -1, Integer::sum);
      }
    });
    int open = 0;
    int max = 0;
    for (int change : changes.values()) {
      open += change;
      max = Math.max(max, open);
    }
    return max;
  }
}
