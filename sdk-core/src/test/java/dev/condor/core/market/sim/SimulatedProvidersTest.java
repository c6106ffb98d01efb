package dev.condor.core.market.sim;

import static dev.condor.core.market.sim.SimulatedMarketTest.et;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.data.HistoricalData;
import dev.condor.api.data.MarketDataFeed;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.DataException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.Quote;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.ProviderKind;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.core.plugin.PluginRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The {@code "simulated"} providers: discovery, configuration, the feed at a clock's "now" (with
 * streaming), and the history (bars, option bars, listings, chains).
 */
class SimulatedProvidersTest {

  private static final SimulationConfig CONFIG = SimulationConfig.builder().seed(21)
      .firstDay(LocalDate.of(2024, 1, 2)).lastDay(LocalDate.of(2024, 12, 31)).build();

  @Test
  void bothProvidersAreFoundByIdThroughTheModule() {
    PluginRegistry registry = PluginRegistry.discover();
    assertInstanceOf(SimulatedMarketFeedProvider.class,
        registry.find(ProviderKind.MARKET_DATA, "simulated"));
    assertInstanceOf(SimulatedHistoryProvider.class,
        registry.find(ProviderKind.HISTORICAL_DATA, "simulated"));
    SimulatedMarketFeedProvider feed = new SimulatedMarketFeedProvider();
    SimulatedHistoryProvider history = new SimulatedHistoryProvider();
    assertEquals(ApiVersion.CURRENT, feed.apiVersion());
    assertEquals(ApiVersion.CURRENT, history.apiVersion());
    assertTrue(feed.secrets().isEmpty());
    assertTrue(feed.capabilities().containsAll(Set.of(Capability.SIMULATED,
        Capability.OPTION_CHAINS, Capability.GREEKS)));
    assertTrue(history.capabilities().containsAll(Set.of(Capability.SIMULATED,
        Capability.OPTION_CHAINS, Capability.HISTORICAL_CHAINS, Capability.INTRADAY_BARS,
        Capability.GREEKS)));
  }

  @Test
  void settingsConfigureTheSimulation() {
    Settings settings = Settings.of("data.simulated", Map.of(
        "seed", 7, "start", "2023-01-03", "end", "2023-12-29", "rate", 0.05, "chainDays", 10,
        "levels", Map.of("SPX", 3850, "SPY", 384.0),
        "model", Map.of("volOfVol", 0.5, "jumpsPerYear", 1.5)));
    SimulationConfig c = new SimulatedHistoryProvider().configure(settings);
    assertEquals(7, c.seed());
    assertEquals(LocalDate.of(2023, 1, 3), c.firstDay());
    assertEquals(LocalDate.of(2023, 12, 29), c.lastDay());
    assertEquals(0.05, c.rate());
    assertEquals(10, c.chainDays());
    assertEquals(3850, c.initialLevel(Underlying.SPX));
    assertEquals(384.0, c.initialLevel(Underlying.SPY));
    assertEquals(384.0 * Instrument.VOO.ratio(), c.initialLevel(Underlying.VOO), 1e-9);
    assertEquals(0.5, c.model().volOfVol());
    assertEquals(1.5, c.model().jumpsPerYear());
    assertEquals(ModelParameters.DEFAULTS.meanReversion(), c.model().meanReversion());
    assertEquals(SimulationConfig.defaults(),
        new SimulatedMarketFeedProvider().configure(Settings.empty("data.simulated")));
  }

  @Test
  void badSettingsNameTheKey() {
    SimulatedMarketFeedProvider p = new SimulatedMarketFeedProvider();
    assertEquals("data.simulated.sede", assertThrows(ConfigurationException.class,
        () -> p.configure(Settings.of("data.simulated", Map.of("sede", 1)))).key());
    assertEquals("data.simulated.start", assertThrows(ConfigurationException.class,
        () -> p.configure(Settings.of("data.simulated", Map.of("start", "June 1st")))).key());
    assertEquals("data.simulated.model.volOfVol", assertThrows(ConfigurationException.class,
        () -> p.configure(Settings.of("data.simulated",
            Map.of("model", Map.of("volOfVol", -1))))).key());
    assertEquals("data.simulated.levels.IWM", assertThrows(ConfigurationException.class,
        () -> p.configure(Settings.of("data.simulated",
            Map.of("levels", Map.of("IWM", 200))))).key());
    assertEquals("data.simulated.end", assertThrows(ConfigurationException.class,
        () -> p.configure(Settings.of("data.simulated",
            Map.of("start", "2024-05-01", "end", "2024-04-01")))).key());
    assertEquals("data.simulated.seed", assertThrows(ConfigurationException.class,
        () -> p.configure(Settings.of("data.simulated", Map.of("seed", "abc")))).key());
  }

  @Test
  void theFeedServesTheMarketAtItsClocksNow() {
    Instant now = et(2024, 5, 21, 11, 15).plusSeconds(20);
    SimulatedMarket market = SimulatedMarket.shared(CONFIG);
    MarketDataFeed feed =
        new SimulatedMarketFeedProvider().create(CONFIG, InstantSource.fixed(now));
    Quote spx = join(feed.quote(Underlying.SPX));
    assertEquals(market.quote(Underlying.SPX, now).orElseThrow(), spx);
    assertEquals(et(2024, 5, 21, 11, 15), spx.time());
    OptionChain chain = join(feed.chain(Underlying.SPX, LocalDate.of(2024, 5, 21),
        LocalDate.of(2024, 5, 24)));
    assertEquals(4, chain.expiries().size());
    feed.close();
    CompletionException e = assertThrows(CompletionException.class,
        () -> join(feed.quote(Underlying.SPX)));
    assertEquals(DataException.Kind.UNAVAILABLE, ((DataException) e.getCause()).kind());
  }

  @Test
  void theFeedFailsClearlyOutsideTheSimulatedDays() {
    try (MarketDataFeed feed = new SimulatedMarketFeed(SimulatedMarket.shared(CONFIG),
        InstantSource.fixed(et(2031, 1, 2, 10, 0)))) {
      CompletionException e = assertThrows(CompletionException.class,
          () -> join(feed.quote(Underlying.SPX)));
      DataException cause = (DataException) e.getCause();
      assertEquals(DataException.Kind.NOT_FOUND, cause.kind());
      assertTrue(cause.getMessage().contains("2024-01-02..2024-12-31"), cause.getMessage());
    }
  }

  @Test
  void theStreamPublishesEveryMinuteAnAcceleratedClockPasses() throws Exception {
    Instant start = et(2024, 8, 6, 10, 0);
    long t0 = System.nanoTime();
    // 20 simulated minutes per real second
    InstantSource fast = () -> start.plusMillis((System.nanoTime() - t0) / 1_000_000 * 1200);
    List<Quote> received = new CopyOnWriteArrayList<>();
    CountDownLatch enough = new CountDownLatch(12);
    try (MarketDataFeed feed = new SimulatedMarketFeed(SimulatedMarket.shared(CONFIG), fast, 10)) {
      feed.stream(Set.of(Underlying.SPX, Underlying.SPY)).subscribe(new Flow.Subscriber<>() {
        @Override
        public void onSubscribe(Flow.Subscription s) {
          s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(Quote q) {
          received.add(q);
          enough.countDown();
        }

        @Override
        public void onError(Throwable t) {}

        @Override
        public void onComplete() {}
      });
      assertTrue(enough.await(20, TimeUnit.SECONDS), "quotes received: " + received.size());
    }
    List<Quote> spx = received.stream().filter(q -> q.symbol().equals("SPX")).toList();
    for (int i = 1; i < spx.size(); i++) {
      assertEquals(spx.get(i - 1).time().plusSeconds(60), spx.get(i).time(), "minute by minute");
    }
    assertTrue(received.stream().anyMatch(q -> q.symbol().equals("SPY")));
    assertThrows(InvalidValueException.class, () -> new SimulatedMarketFeed(
        SimulatedMarket.shared(CONFIG), fast).stream(Set.of(Underlying.IWM)));
  }

  @Test
  void minuteBarsCoverTheSessionAndAggregateToDays() {
    HistoricalData h = new SimulatedHistoryProvider().create(CONFIG, Secrets.none());
    List<Bar> minutes = join(h.bars(Underlying.SPX, Duration.ofMinutes(1),
        LocalDate.of(2024, 11, 27), LocalDate.of(2024, 12, 2)));
    // Wednesday 390, Thanksgiving none, Friday 210 (13:00 close), Monday 390
    assertEquals(390 + 210 + 390, minutes.size());
    assertTrue(minutes.stream().noneMatch(b -> b.start().equals(et(2024, 11, 28, 9, 30))));
    Bar lastFriday = minutes.get(390 + 209);
    assertEquals(et(2024, 11, 29, 12, 59), lastFriday.start());
    for (Bar b : minutes) {
      assertTrue(b.high() >= Math.max(b.open(), b.close()) && b.low() <= Math.min(b.open(),
          b.close()), b.toString());
      assertEquals(DataOrigin.ESTIMATED, b.origin());
      assertEquals(0, b.volume(), "an index trades no volume");
    }
    for (int i = 1; i < 390; i++) {
      assertEquals(minutes.get(i - 1).close(), minutes.get(i).open(), 1e-9);
    }
    List<Bar> days = join(h.bars(Underlying.SPX, Duration.ofDays(1), LocalDate.of(2024, 11, 27),
        LocalDate.of(2024, 12, 2)));
    assertEquals(3, days.size());
    Bar friday = days.get(1);
    assertEquals(et(2024, 11, 29, 9, 30), friday.start());
    List<Bar> fridayMinutes = minutes.subList(390, 600);
    assertEquals(fridayMinutes.get(0).open(), friday.open());
    assertEquals(fridayMinutes.get(209).close(), friday.close());
    assertEquals(fridayMinutes.stream().mapToDouble(Bar::high).max().orElseThrow(), friday.high());
    assertEquals(fridayMinutes.stream().mapToDouble(Bar::low).min().orElseThrow(), friday.low());
    SimulatedMarket market = SimulatedMarket.shared(CONFIG);
    assertEquals(market.settlementValue(Underlying.SPX, LocalDate.of(2024, 11, 29),
        SettlementTime.PM).getAsDouble(), friday.close());
    List<Bar> hours = join(h.bars(Underlying.SPY, Duration.ofHours(1), LocalDate.of(2024, 12, 2),
        LocalDate.of(2024, 12, 2)));
    assertEquals(7, hours.size(), "six full hours and 15:30-16:00");
    assertTrue(hours.stream().allMatch(b -> b.volume() > 0), "an ETF trades volume");
  }

  @Test
  void barsOutsideTheSimulatedDaysFailRatherThanComeBackPartial() {
    HistoricalData h = new SimulatedHistory(SimulatedMarket.shared(CONFIG));
    CompletionException e = assertThrows(CompletionException.class, () -> join(h.bars(
        Underlying.SPX, Duration.ofDays(1), LocalDate.of(2024, 12, 20),
        LocalDate.of(2025, 1, 10))));
    assertEquals(DataException.Kind.NOT_FOUND, ((DataException) e.getCause()).kind());
    assertTrue(join(h.bars(Underlying.SPX, Duration.ofDays(1), LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 1, 1))).isEmpty(), "a holiday alone has no bars and is no error");
    assertThrows(CompletionException.class, () -> join(h.bars(Underlying.SPX,
        Duration.ofSeconds(30), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1))));
  }

  @Test
  void optionBarsFollowTheModelPriceToExpiry() {
    HistoricalData h = new SimulatedHistory(SimulatedMarket.shared(CONFIG));
    SimulatedMarket market = SimulatedMarket.shared(CONFIG);
    LocalDate day = LocalDate.of(2024, 7, 10);
    double open = market.quote(Underlying.SPX, et(2024, 7, 10, 9, 30)).orElseThrow().last();
    OptionContract put =
        OptionContract.of("SPXW", day, Math.round(open / 5) * 5.0, OptionRight.PUT);
    List<Bar> bars = join(h.optionBars(put, Duration.ofMinutes(5), day.minusDays(2), day));
    assertFalse(bars.isEmpty());
    Bar last = bars.get(bars.size() - 1);
    assertEquals(et(2024, 7, 10, 15, 55), last.start());
    double settlement = market.settlementValue(Underlying.SPX, day, SettlementTime.PM)
        .getAsDouble();
    assertEquals(Math.max(put.strike() - settlement, 0), last.close(), 0.01);
    assertTrue(bars.stream().allMatch(b -> b.symbol().equals(put.occSymbol())));
    CompletionException e = assertThrows(CompletionException.class, () -> join(h.optionBars(
        OptionContract.of("SPXW", day, 5001, OptionRight.PUT), Duration.ofMinutes(5), day, day)));
    assertEquals(DataException.Kind.NOT_FOUND, ((DataException) e.getCause()).kind());
  }

  @Test
  void contractsAndChainsOfADayCanBeListed() {
    HistoricalData h = new SimulatedHistory(SimulatedMarket.shared(CONFIG));
    LocalDate day = LocalDate.of(2024, 9, 18);
    List<OptionContract> listed = join(h.contracts(Underlying.SPX, day, day, day.plusDays(2)));
    assertTrue(listed.stream().anyMatch(c -> c.expiry().equals(day) && c.root().equals("SPXW")));
    assertTrue(listed.stream().allMatch(c -> !c.expiry().isAfter(day.plusDays(2))));
    OptionChain chain = join(h.chainAt(Underlying.SPX, et(2024, 9, 18, 10, 0)));
    assertEquals(day, chain.expiries().get(0));
    assertTrue(chain.expiries().get(chain.expiries().size() - 1)
        .isAfter(day.plusDays(CONFIG.chainDays() - 5)));
    CompletionException e = assertThrows(CompletionException.class,
        () -> join(h.chainAt(Underlying.VIX9D, et(2024, 9, 18, 10, 0))));
    assertEquals(DataException.Kind.NOT_FOUND, ((DataException) e.getCause()).kind());
  }

  private static <T> T join(CompletionStage<T> stage) {
    return stage.toCompletableFuture().join();
  }
}
