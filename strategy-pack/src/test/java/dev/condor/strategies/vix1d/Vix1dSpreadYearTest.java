package dev.condor.strategies.vix1d;

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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * S0 over 2024 on the simulated market (seed 7), with the paper broker filling at mid less a
 * nickel (see {@link StrategyHarness#MID_LESS_A_NICKEL}). The default one-minute poll is
 * kept: with no policy reading the chain, a poll costs almost nothing.
 */
class Vix1dSpreadYearTest {

  static final long SEED = 7;
  static final LocalDate FROM = LocalDate.of(2024, 1, 2);
  static final LocalDate TO = LocalDate.of(2024, 12, 31);

  static StrategyHarness.Result runYear() {
    return StrategyHarness.simulated(SEED).broker(StrategyHarness.MID_LESS_A_NICKEL)
        .run(Vix1dSpreadProvider.ID, new Vix1dSpreadStrategy(Vix1dSpreadConfig.DEFAULTS), FROM, TO);
  }

  @Test
  void tradesAYearAndExplainsEveryDay(TestReporter reporter) {
    long start = System.nanoTime();
    StrategyHarness.Result r = runYear();
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    // every trading day has its entry (an ORDER with its reason) or its reason for none
    Map<LocalDate, List<String>> explained = Journals.explanationsByDay(r.journal());
    int tradingDays = 0;
    for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
      if (NyseCalendar.instance().isTradingDay(d)) {
        tradingDays++;
        LocalDate day = d;
        assertTrue(explained.containsKey(day), "no explanation journalled for " + day);
        // the strategy's own reasons carry the day, so each day's log reads on its own
        assertTrue(explained.get(day).stream().filter(t -> !t.startsWith("refused: "))
            .allMatch(t -> t.startsWith("no entry: " + day) || t.startsWith("entry: " + day)
                || t.startsWith("no entry: preview of")),
            day + " explained without its date: " + explained.get(day));
      }
    }
    // the first 20 trading days cannot have a 20-day average of closes before them
    assertTrue(explained.get(FROM).get(0).contains("not enough history for the 20-day average of"
        + " SPY: 0 daily closes before 2024-01-02"), explained.get(FROM).toString());

    // the limits: one spread a day, opened at 09:36, expiring that day, S0's shape
    List<JournalEvent> opens = r.events(e -> e.type() == JournalEventType.ORDER
        && "open".equals(e.fields().get("action")));
    Map<LocalDate, Integer> perDay = new HashMap<>();
    for (JournalEvent o : opens) {
      LocalDate d = Journals.day(o);
      perDay.merge(d, 1, Integer::sum);
      assertEquals(LocalTime.of(9, 36), o.time().atZone(NyseCalendar.ZONE).toLocalTime());
      assertEquals("VERTICAL", o.fields().get("structure"));
      assertEquals(d.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
          o.fields().get("expiry"));
      assertEquals(1, ((Number) o.fields().get("qty")).intValue());
      List<?> legs = (List<?>) o.fields().get("legs");
      assertTrue(legs.stream().allMatch(l -> l.toString().contains(":SPXW")), legs.toString());
      double shortStrike = strike(o, "short_put", "short_call");
      double longStrike = strike(o, "long_put", "long_call");
      assertEquals(5, Math.abs(shortStrike - longStrike), 1e-9, o.toString());
    }
    assertTrue(perDay.values().stream().allMatch(n -> n == 1), perDay.toString());

    // the exits: S0 holds to cash settlement; no risk rule closes anything
    List<ClosedTrade> trades = r.trades();
    assertTrue(trades.size() > 100, "only " + trades.size() + " trades");
    assertTrue(trades.stream().allMatch(ClosedTrade::settled));
    assertTrue(r.events(e -> e.type() == JournalEventType.ORDER
        && "close".equals(e.fields().get("action"))).isEmpty());
    assertTrue(r.events(JournalEventType.RISK).stream()
        .allMatch(e -> "REJECT_ENTRY".equals(e.fields().get("action"))));
    assertEquals(trades.size(), r.events(JournalEventType.SETTLEMENT).size());
    assertTrue(r.runner().book().openPositions().isEmpty());

    TradeSummary s = r.summary();
    reporter.publishEntry("vix1d-credit-spread 2024 seed " + SEED, String.format(Locale.ROOT,
        "%d trading days, %d orders, %d trades, win rate %.1f%%, net P&L %.2f, gross %.2f,"
            + " commission %.2f, max drawdown %.2f, max loss %.2f, took %d ms",
        tradingDays, opens.size(), s.totalTrades(), 100 * s.winRate(), s.netPnl(), s.grossPnl(),
        s.totalCommission(), s.maxDrawdown(), s.maxLoss(), took.toMillis()));
  }

  @Test
  void theSameRunTwiceJournalsTheSame() {
    assertEquals(runYear().journal(), runYear().journal());
  }

  private static double strike(JournalEvent order, String put, String call) {
    Object k = order.fields().containsKey(put) ? order.fields().get(put) : order.fields().get(call);
    return ((Number) k).doubleValue();
  }
}
