package dev.condor.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.PluginException;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.order.PriceEffect;
import dev.condor.api.strategy.StrategyState;
import dev.condor.core.Condor;
import dev.condor.core.journal.JsonLinesJournal;
import dev.condor.core.portfolio.TradeSummary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Condor embedded as an application would: built, started, observed, stopped, on Vert.x. */
class EmbeddingTest {

  private static final LocalDate DAY = LocalDate.of(2026, 2, 17);

  @TempDir Path logs;

  @Test
  void twoStrategiesTradeAnAcceleratedDayAndTheJournalReconcilesWithTheSummary() throws Exception {
    BlackScholesTestMarket market = new BlackScholesTestMarket(minute -> 5800 + 0.02 * minute);
    Condor condor = Condor.builder()
        .market(market)
        .strategy("ic-narrow", new TestStrategies.DeltaCondor(10))
        .strategy("ic-wide", new TestStrategies.DeltaCondor(25))
        .journal(logs)
        .accelerated(DAY.atTime(9, 44).atZone(BlackScholesTestMarket.NEW_YORK).toInstant(), 2000)
        .shutdownHook(false)
        .build();
    List<JournalEvent> seen = new CopyOnWriteArrayList<>();
    condor.events().subscribe(new Flow.Subscriber<>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        s.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(JournalEvent item) {
        seen.add(item);
      }

      @Override
      public void onError(Throwable throwable) {}

      @Override
      public void onComplete() {}
    });

    condor.start().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertEquals(Map.of("ic-narrow", StrategyState.RUNNING, "ic-wide", StrategyState.RUNNING),
        condor.status());
    // 09:44 to 16:02 New York time at 2000x is 11.3 s of wall time (the 15-minute entry window
    // is 450 ms: enough on a loaded machine)
    Thread.sleep(11_500);
    condor.stop().toCompletableFuture().get(10, TimeUnit.SECONDS);

    for (String strategy : List.of("ic-narrow", "ic-wide")) {
      List<JournalEvent> events = new JsonLinesJournal(logs, BlackScholesTestMarket.NEW_YORK).read(strategy);
      assertTrue(events.stream().anyMatch(e -> e.type() == JournalEventType.ORDER), strategy + " journal: " + events);
      assertTrue(events.stream().anyMatch(e -> e.type() == JournalEventType.FILL), strategy);
      TradeSummary summary = condor.summary(strategy);
      assertTrue(summary.totalTrades() >= 1, strategy + " " + summary);
      assertEquals(cashOfFills(events), summary.netPnl(), 1e-9, strategy);
    }
    assertEquals(StrategyState.STOPPED, condor.status().get("ic-narrow"));
    assertFalse(seen.isEmpty(), "events were published to subscribers");
  }

  @Test
  void onTheDefaultSimulatedMarketTwoStrategiesTradeADayAndReconcileToTheCent() throws Exception {
    LocalDate day = LocalDate.of(2024, 3, 5);
    Condor condor = Condor.builder()
        .market("simulated", Map.of("seed", 7))
        .strategy("ic-narrow", new TestStrategies.DeltaCondor(10))
        .strategy("ic-wide", new TestStrategies.DeltaCondor(25))
        .journal(logs)
        .accelerated(day.atTime(9, 44).atZone(BlackScholesTestMarket.NEW_YORK).toInstant(), 2000)
        .shutdownHook(false)
        .build();

    condor.start().toCompletableFuture().get(30, TimeUnit.SECONDS);
    Thread.sleep(11_500);
    condor.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);

    for (String strategy : List.of("ic-narrow", "ic-wide")) {
      List<JournalEvent> events = new JsonLinesJournal(logs, BlackScholesTestMarket.NEW_YORK).read(strategy);
      assertTrue(events.stream().anyMatch(e -> e.type() == JournalEventType.ORDER), strategy + ": " + events);
      assertTrue(events.stream().anyMatch(e -> e.type() == JournalEventType.FILL), strategy + ": " + events);
      assertEquals(cashOfFills(events), condor.summary(strategy).netPnl(), 1e-9, strategy);
      assertTrue(condor.summary(strategy).totalTrades() >= 1, strategy);
    }
  }

  /** Net cash of the journalled fills and settlements, to the cent, as S2 computes P&L. */
  private static double cashOfFills(List<JournalEvent> events) {
    double cash = 0;
    for (JournalEvent e : events) {
      if (e.type() == JournalEventType.FILL || e.type() == JournalEventType.SETTLEMENT) {
        double price = ((Number) e.fields().get("fill_price")).doubleValue();
        int sign = PriceEffect.valueOf((String) e.fields().get("price_effect")) == PriceEffect.CREDIT ? 1 : -1;
        cash += sign * price * 100 * ((Number) e.fields().get("qty")).intValue()
            - ((Number) e.fields().get("commission")).doubleValue();
      }
    }
    return Math.round(cash * 100) / 100.0;
  }

  @Test
  void aDryRunTradesOnPaperWhateverBrokerIsConfiguredAndJournalsApart() throws Exception {
    BlackScholesTestMarket market = new BlackScholesTestMarket(minute -> 5800);
    Condor condor = Condor.builder()
        .market(market)
        .broker("tastytrade", Map.of("anything", "ignored"))
        .dryRun(true)
        .strategy("ic", new TestStrategies.DeltaCondor(10))
        .journal(logs)
        .accelerated(DAY.atTime(9, 44).atZone(BlackScholesTestMarket.NEW_YORK).toInstant(), 3000)
        .shutdownHook(false)
        .build();

    condor.start().toCompletableFuture().get(10, TimeUnit.SECONDS);
    Thread.sleep(1_000);
    condor.stop().toCompletableFuture().get(10, TimeUnit.SECONDS);

    assertEquals("paper", condor.broker().venue());
    List<JournalEvent> events = new JsonLinesJournal(logs.resolve("dry-run"), BlackScholesTestMarket.NEW_YORK).read("ic");
    assertTrue(events.stream().anyMatch(e -> e.type() == JournalEventType.FILL), events.toString());
    assertFalse(java.nio.file.Files.exists(logs.resolve("ic")), "nothing journalled as real trading");
  }

  @Test
  void anUnknownRiskPolicyIdFailsAtBuildWithOneClearMessageAndNothingTrades() {
    BlackScholesTestMarket market = new BlackScholesTestMarket(minute -> 5800);
    PluginException e = assertThrows(PluginException.class, () -> Condor.builder()
        .market(market)
        .strategy("ic", new TestStrategies.DeltaCondor(10))
        .riskPolicy("profit-targett", Map.of())
        .shutdownHook(false)
        .build());
    assertEquals("CONDOR-PLUGIN-UNKNOWN-ID", e.code());
    assertTrue(e.getMessage().contains("profit-targett"), e.getMessage());
  }

  @Test
  void aWrongTypeInAPolicySettingNamesTheFullKey() {
    BlackScholesTestMarket market = new BlackScholesTestMarket(minute -> 5800);
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> Condor.builder()
        .market(market)
        .strategy("ic", new TestStrategies.DeltaCondor(10))
        .riskPolicy("min-credit", Map.of("minimum", "lots"))
        .shutdownHook(false)
        .build());
    assertTrue(e.key().startsWith("strategies.ic.risk.min-credit."), e.key());
  }
}
