package dev.condor.strategies.ivhv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.plugin.Settings;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.journal.TradeJournal;
import dev.condor.core.portfolio.ClosedTrade;
import dev.condor.core.portfolio.TradeSummary;
import dev.condor.strategies.testing.StrategyHarness;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A year of S3 on the simulated market (2024, whose first 31 trading days lack the history for
 * the 30-day volatility). S3's own $1,000 buys a contract only of calls bid at 0.11-0.12 (5 % of
 * $250 is $12.50 of premium), so the strategy is given $10,000 of capital inside the paper
 * account's $100,000, which carries the margin of naked calls.
 */
class IvHvYearTest {

  private static final ZoneId NEW_YORK = NyseCalendar.ZONE;
  private static final LocalDate FROM = LocalDate.of(2024, 1, 2);
  private static final LocalDate TO = LocalDate.of(2024, 12, 31);

  static IvHvStrategy strategy() {
    return new IvHvStrategy(IvHvConfig.from(Settings.of("strategies.iv-hv-short-call",
        Map.of("capital", 10_000))));
  }

  @Test
  void aYearSellsCallsExplainsEveryTickerEveryDayAndHoldsToExpiry() {
    StrategyHarness.Result r = StrategyHarness.simulated(7).run("ivhv", strategy(), FROM, TO);

    TradeSummary s = r.summary();
    assertTrue(s.totalTrades() > 0, s::toString);

    // S3's daily printout: each ticker's analysis (an entry or a skip) at its minute, every day
    List<Underlying> tickers = IvHvConfig.defaults().tickers();
    Set<String> explained = new HashSet<>();
    for (JournalEvent e : r.journal()) {
      boolean entry = e.type() == JournalEventType.ORDER && "open".equals(e.fields().get("action"));
      if (entry || e.type() == JournalEventType.DECISION) {
        LocalDateTime t = e.time().atZone(NEW_YORK).toLocalDateTime();
        String text = entry ? e.fields().get("reason").toString()
            : e.fields().get("decision").toString().substring("no entry: ".length());
        explained.add(t.toLocalDate() + " " + t.toLocalTime() + " " + text.substring(0, 3));
      }
    }
    TradingCalendar calendar = NyseCalendar.instance();
    List<String> missing = new ArrayList<>();
    for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
      for (int i = 0; calendar.isTradingDay(d) && i < tickers.size(); i++) {
        String key = d + " " + IvHvConfig.defaults().scanTimeOf(i) + " " + tickers.get(i);
        if (!explained.contains(key)) {
          missing.add(key);
        }
      }
    }
    assertEquals(List.of(), missing, "ticker scans with no journalled analysis");

    // at most one entry per ticker a day and two open per ticker; every exit is expiry
    Map<String, Underlying> underlyingOf = new HashMap<>();
    Map<String, Integer> entries = new TreeMap<>();
    for (JournalEvent e : r.events(JournalEventType.ORDER)) {
      if ("open".equals(e.fields().get("action"))) {
        Underlying u = TradeJournal.ticketOf(e).underlying();
        underlyingOf.put(e.fields().get("order_id").toString(), u);
        entries.merge(e.time().atZone(NEW_YORK).toLocalDate() + " " + u, 1, Integer::sum);
      }
    }
    assertTrue(entries.values().stream().allMatch(n -> n == 1), entries::toString);
    for (Underlying u : tickers) {
      assertTrue(maxOpen(r, underlyingOf, u) <= 2, u + " open at once: " + maxOpen(r,
          underlyingOf, u));
    }
    assertTrue(r.trades().stream().allMatch(ClosedTrade::settled), "held to expiry");
    assertFalse(r.events(JournalEventType.SETTLEMENT).isEmpty());
    assertTrue(r.events(JournalEventType.RISK).isEmpty(), "no exit policy acts on S3");

  }

  @Test
  void theSameRunTwiceJournalsTheSameEvents() {
    StrategyHarness.Result first = StrategyHarness.simulated(7)
        .run("ivhv", strategy(), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31));
    StrategyHarness.Result second = StrategyHarness.simulated(7)
        .run("ivhv", strategy(), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31));

    assertFalse(first.events(JournalEventType.ORDER).isEmpty(), "the run should trade");
    assertEquals(first.journal(), second.journal());
  }

  /** The most positions of a ticker open at once: opened by a first fill, ended by settlement. */
  private static int maxOpen(StrategyHarness.Result r, Map<String, Underlying> underlyingOf,
      Underlying u) {
    Set<String> filled = new HashSet<>();
    int open = 0;
    int max = 0;
    for (JournalEvent e : r.journal()) {
      Object id = e.type() == JournalEventType.FILL ? e.fields().get("order_id")
          : e.type() == JournalEventType.SETTLEMENT ? e.fields().get("position_id") : null;
      if (id == null || underlyingOf.get(id.toString()) != u) {
        continue;
      }
      if (e.type() == JournalEventType.SETTLEMENT) {
        open--;
      } else if (filled.add(id.toString())) {
        open++; // a position opens with its first fill
      }
      max = Math.max(max, open);
    }
    return max;
  }
}
