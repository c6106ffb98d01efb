package dev.condor.strategies.percentile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.core.broker.paper.FillModel;
import dev.condor.core.broker.paper.PaperBrokerConfig;
import dev.condor.core.journal.TradeJournal;
import dev.condor.strategies.testing.StrategyHarness;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The strategy as the engine runs it, over {@link PercentileSpreadScannerTest}'s hand-built market
 * on Tuesday 2024-03-05: the 1DTE window 10:00-11:00 holds the polls at 10:00 and 10:30. The paper
 * broker fills at the mid less 0.05, the execution S1 prices for ("give up $0.05-0.10").
 */
class PercentileSpreadStrategyTest {

  private static final LocalDate DAY = PercentileSpreadScannerTest.TODAY;
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static StrategyHarness.Result runDay(HandBuiltMarket market, Map<String, ?> config,
      double cash) {
    PercentileSpreadStrategy strategy =
        new PercentileSpreadStrategy(PercentileSpreadScannerTest.config(config));
    return StrategyHarness.over(market)
        .broker(PaperBrokerConfig.builder().startingCash(cash).fillModel(FillModel.MID)
            .slippage(0.05).build())
        .run("pcs", strategy, DAY, DAY);
  }

  private static List<JournalEvent> risk(StrategyHarness.Result r, String rule) {
    return r.events(e -> e.type() == JournalEventType.RISK && rule.equals(e.fields().get("rule")));
  }

  @Test
  void entersTheHandWorkedIronCondorAtTenAndSkipsOnceTheDaysEntryIsMade() {
    StrategyHarness.Result r = runDay(PercentileSpreadScannerTest.market(),
        Map.of("maxEntriesPerDay", 1), 100_000);

    List<JournalEvent> orders = r.events(JournalEventType.ORDER);
    assertEquals(1, orders.size(), r.journal().toString());
    JournalEvent order = orders.get(0);
    assertEquals("10:00", order.time().atZone(NEW_YORK).toLocalTime().toString());
    OrderTicket t = TradeJournal.ticketOf(order);
    // long put 16470, short put 16490, short call 17530, long call 17550 for the mid 1.30 less
    // 0.05 (see the scanner test for the arithmetic)
    assertEquals(List.of("BUY NDXP 240306P16470000", "SELL NDXP 240306P16490000",
        "SELL NDXP 240306C17530000", "BUY NDXP 240306C17550000"),
        PercentileSpreadScannerTest.legs(t));
    assertEquals(NetPrice.credit(1.25), t.limitPrice().orElseThrow());
    assertEquals(1, t.quantity());
    assertTrue(order.fields().get("reason").toString().startsWith("DTE1_p99_w20_neutral NDX"
        + " 2024-03-05 10:00: spot 17100.00"), order.fields().toString());
    List<JournalEvent> fills = r.events(JournalEventType.FILL);
    assertEquals(1, fills.size());
    assertEquals(1.25, ((Number) fills.get(0).fields().get("fill_price")).doubleValue(), 1e-9);
    assertEquals(1, r.runner().book().openPositions().size());
    assertTrue(r.decisions().contains(
        "no entry: already entered 1 today (limit 1 a day) on 2024-03-05"),
        r.decisions()::toString);
    assertTrue(r.events(JournalEventType.RISK).isEmpty(), "no policy objects to this entry");
  }

  @Test
  void theVixRegimePolicyRefusesEntriesFromVixThirty() {
    StrategyHarness.Result r = runDay(PercentileSpreadScannerTest.market().vix(31), Map.of(),
        100_000);

    assertTrue(r.events(JournalEventType.ORDER).isEmpty());
    List<JournalEvent> refused = risk(r, "vix-regime");
    assertEquals(2, refused.size(), "at 10:00 and 10:30");
    assertEquals("REJECT_ENTRY", refused.get(0).fields().get("action"));
    assertEquals("vix regime: VIX 31.00 >= 30: no new entries",
        refused.get(0).fields().get("reason"));
  }

  @Test
  void theVixRegimePolicyCutsTheSizeFromVixTwenty() {
    // 2 % of $200,000 = $4,000 buys 2 units of $1,875; VIX 22 sizes x0.75: 1.5, so 1 unit
    StrategyHarness.Result r = runDay(PercentileSpreadScannerTest.market().vix(22),
        Map.of("maxEntriesPerDay", 1), 200_000);

    List<JournalEvent> resized = risk(r, "vix-regime");
    assertEquals("RESIZE_ENTRY", resized.get(0).fields().get("action"));
    assertEquals(1, TradeJournal.ticketOf(r.events(JournalEventType.ORDER).get(0)).quantity());
  }

  @Test
  void journalsEveryPollInTheWindowThatCannotTrade() {
    StrategyHarness.Result r = runDay(PercentileSpreadScannerTest.market().spot(16400),
        Map.of(), 100_000);

    List<String> skips = r.decisions().stream().filter(d -> d.startsWith("no entry: "))
        .collect(Collectors.toList());
    assertEquals(2, skips.size(), "10:00 and 10:30 differ by their time: " + skips);
    assertTrue(skips.get(0).contains("2024-03-05 10:00: spot 16400.00"), skips.get(0));
    assertTrue(skips.get(0).endsWith("the short put would be in the money"), skips.get(0));
  }
}
