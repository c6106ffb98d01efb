package dev.condor.strategies.ivhv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.instrument.Underlying;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.core.journal.TradeJournal;
import dev.condor.strategies.testing.StrategyHarness;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The strategy as the engine runs it over hand-built ETFs on Tuesday 2024-03-05: one ticker a
 * minute from 09:35, each scan journalled with S3's analysis. SPY is {@link IvHvScannerTest}'s
 * chain; VOO has too little history; VTI has no chain; QQQ's calls lack the volatility edge.
 */
class IvHvStrategyTest {

  private static final LocalDate DAY = IvHvScannerTest.TODAY;

  static HandBuiltEtfMarket market() {
    double[] qqq = Arrays.stream(IvHvScannerTest.closes()).map(c -> c * 0.8).toArray();
    return IvHvScannerTest.spy(new HandBuiltEtfMarket())
        .ticker(Underlying.VOO, 460, Arrays.copyOf(IvHvScannerTest.closes(), 10))
        .call(Underlying.VOO, IvHvScannerTest.EXPIRY, 485, 0.50, 0.55, 0.20, 50)
        .ticker(Underlying.VTI, 250, IvHvScannerTest.closes())
        // QQQ at 400 with the same 10 % HV: its 425 call's IV of 11 % is no 3-point edge
        .ticker(Underlying.QQQ, 400, qqq)
        .call(Underlying.QQQ, IvHvScannerTest.EXPIRY, 425, 0.30, 0.32, 0.11, 50);
  }

  private static StrategyHarness.Result run(Map<String, ?> config, LocalDate to) {
    return StrategyHarness.over(market())
        .run("ivhv", new IvHvStrategy(IvHvScannerTest.config(config)), DAY, to);
  }

  private static String at(JournalEvent e) {
    return e.time().atZone(IvHvScannerTest.OPEN_SCAN.getZone()).toLocalTime().toString();
  }

  @Test
  void scansOneTickerAMinuteFromNineThirtyFiveAndSellsSpysCallAtTheBid() {
    StrategyHarness.Result r = run(Map.of("capital", 100_000), DAY);

    List<JournalEvent> orders = r.events(JournalEventType.ORDER);
    assertEquals(1, orders.size());
    assertEquals("09:35", at(orders.get(0)));
    OrderTicket t = TradeJournal.ticketOf(orders.get(0));
    // 22 contracts by premium, 13 by the $100,000 of buying power at $7,555 a naked call
    assertEquals("SELL SPY 240404C00525000", t.legs().get(0).toString());
    assertEquals(13, t.quantity());
    assertEquals(NetPrice.credit(0.55), t.limitPrice().orElseThrow());
    assertEquals(1, r.events(JournalEventType.FILL).size());

    List<JournalEvent> decisions = r.events(JournalEventType.DECISION);
    assertEquals(List.of("09:36", "09:37", "09:38"),
        decisions.stream().map(IvHvStrategyTest::at).toList());
    assertEquals("no entry: VOO 2024-03-05 09:36: not enough history, 10 daily closes, need 31"
        + " for the 30-day historical volatility", r.decisions().get(0));
    assertEquals("no entry: VTI 2024-03-05 09:37: no option chain", r.decisions().get(1));
    assertTrue(r.decisions().get(2).startsWith("no entry: QQQ 2024-03-05 09:38: spot 400.00, HV"
        + " 10.0% (30 days); expiry 2024-04-04 (30 days, T=0.082); no opportunity: 1 calls 5-15%"
        + " OTM, 1 liquid"), r.decisions().get(2));
  }

  @Test
  void holdsAtMostTheLimitPerTickerAcrossDays() {
    StrategyHarness.Result r = run(Map.of("capital", 100_000, "maxPerTicker", 1),
        DAY.plusDays(1));

    assertEquals(1, r.events(JournalEventType.ORDER).size());
    assertTrue(r.decisions().contains(
        "no entry: SPY 2024-03-06 09:35: 1 short calls open, limit 1 per ticker"),
        r.decisions()::toString);
  }

  @Test
  void pollsBetweenScansButLooksForEntriesOnlyAtTheScanMinutes() {
    IvHvStrategy s = new IvHvStrategy(IvHvConfig.defaults());

    assertEquals(List.of(LocalTime.of(9, 35), LocalTime.of(9, 36), LocalTime.of(9, 37),
        LocalTime.of(9, 38)), s.schedule().entryTimes());
    assertEquals(Underlying.SPY, s.dataNeeds().underlying());
    assertEquals(java.util.Set.of(Underlying.VOO, Underlying.VTI, Underlying.QQQ),
        s.dataNeeds().otherChains());
    assertEquals(15, s.dataNeeds().minDaysToExpiry());
    assertEquals(50, s.dataNeeds().maxDaysToExpiry());
    assertEquals(31, s.dataNeeds().dailyHistoryDays());
  }
}
