package dev.condor.core.store;

import static dev.condor.core.store.StoreFixtures.FRIDAY;
import static dev.condor.core.store.StoreFixtures.NEXT_FRIDAY;
import static dev.condor.core.store.StoreFixtures.THURSDAY;
import static dev.condor.core.store.StoreFixtures.bar;
import static dev.condor.core.store.StoreFixtures.friday;
import static dev.condor.core.store.StoreFixtures.ny;
import static dev.condor.core.store.StoreFixtures.spx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.DataException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.core.market.DataQuality;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreMarketSourceTest {

  private static final OptionContract SPXW_5000_PUT =
      OptionContract.of("SPXW", FRIDAY, 5000, OptionRight.PUT);

  @TempDir
  Path dir;
  HistoricalStore store;
  StoreMarketSource source;

  @BeforeEach
  void fill() {
    store = HistoricalStore.open(dir);
    store.write(StoreFixtures.batch(Map.of(spx(FRIDAY), friday()), Map.of(
        "VIX", List.of(bar("VIX", THURSDAY, 14, 15, 13, 14.5), bar("VIX", FRIDAY, 14.2, 16, 14,
            15.5)),
        "SPX", List.of(bar("SPX", THURSDAY, 5080, 5105, 5070, 5098.25), bar("SPX", FRIDAY,
            5099.5, 5120, 5090, 5117.75)))));
    source = new StoreMarketSource(store);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aChainIsTheLatestSnapshotAtOrBeforeTheInstantNeverTheNextOne() {
    OptionChain c = source.chain(Underlying.SPX, ny(FRIDAY, 9, 31).plusSeconds(59), FRIDAY,
        NEXT_FRIDAY).get();

    assertEquals(ny(FRIDAY, 9, 31), c.time());
    assertEquals(5100, c.spot());
    assertEquals(1.0, c.byStrike(FRIDAY, OptionRight.PUT, 5000).get().bid());
    assertEquals(ny(FRIDAY, 9, 32), source.chain(Underlying.SPX, ny(FRIDAY, 9, 59), FRIDAY,
        FRIDAY).get().time(), "09:59 still sees 09:32, not 10:00");
    assertEquals(ny(FRIDAY, 10, 0), source.chain(Underlying.SPX, ny(FRIDAY, 15, 0), FRIDAY,
        FRIDAY).get().time());
  }

  @Test
  void thereIsNoChainBeforeTheDaysFirstSnapshotNorFromAnotherDay() {
    assertTrue(source.chain(Underlying.SPX, ny(FRIDAY, 9, 30), FRIDAY, FRIDAY).isEmpty());
    assertTrue(source.chain(Underlying.SPX, ny(NEXT_FRIDAY, 10, 0), FRIDAY, NEXT_FRIDAY)
        .isEmpty(), "a later day without data does not get Friday's last chain");
    assertTrue(source.optionQuote(SPXW_5000_PUT, ny(FRIDAY, 9, 30)).isEmpty());
    assertEquals(2.0, source.optionQuote(SPXW_5000_PUT, ny(FRIDAY, 9, 32).plusSeconds(30))
        .get().bid());
  }

  @Test
  void aChainHoldsOnlyTheExpiriesAskedForWithQuotesByStrikeAndPmRootFirst() {
    OptionChain c = source.chain(Underlying.SPX, ny(FRIDAY, 10, 0), FRIDAY, FRIDAY).get();

    assertEquals(List.of(FRIDAY), c.expiries());
    assertEquals(3, c.size());
    List<OptionQuote> puts = c.quotes(FRIDAY, OptionRight.PUT);
    assertEquals(List.of("SPXW 5000.0", "SPXW 5050.0", "SPX 5050.0"), puts.stream()
        .map(q -> q.contract().root() + " " + q.contract().strike()).toList());
    assertEquals(List.of(), c.quotes(NEXT_FRIDAY, OptionRight.CALL));
    assertEquals(3.2, c.quote(OptionContract.of("SPX", FRIDAY, 5050, OptionRight.PUT)).get()
        .bid());

    OptionChain both = source.chain(Underlying.SPX, ny(FRIDAY, 10, 0), FRIDAY, NEXT_FRIDAY)
        .get();
    assertEquals(List.of(FRIDAY, NEXT_FRIDAY), both.expiries());
    assertEquals(3.5, both.byDelta(NEXT_FRIDAY, OptionRight.CALL, 0.25).get().bid());
    assertEquals(5000, both.byDelta(FRIDAY, OptionRight.PUT, 0.25).get().contract().strike(),
        "equal deltas: the strike further from spot");
  }

  @Test
  void quotesTheUnderlyingFromTheSnapshotsWithoutLookingAhead() {
    Quote q = source.quote(Underlying.SPX, ny(FRIDAY, 9, 45)).get();

    assertEquals(5102, q.last());
    assertEquals(ny(FRIDAY, 9, 32), q.time());
  }

  @Test
  void quotesADailyOnlySymbolAtThePreviousCloseThenTheOpenThenTheClose() {
    Quote beforeOpen = source.quote(Underlying.VIX, ny(FRIDAY, 8, 0)).get();
    Quote midday = source.quote(Underlying.VIX, ny(FRIDAY, 12, 0)).get();
    Quote afterClose = source.quote(Underlying.VIX, ny(FRIDAY, 16, 0)).get();

    assertEquals(14.5, beforeOpen.last(), "Thursday's close");
    assertEquals(ny(THURSDAY, 16, 0), beforeOpen.time());
    assertEquals(14.2, midday.last(), "Friday's open, held until the close");
    assertEquals(ny(FRIDAY, 9, 30), midday.time());
    assertEquals(15.5, afterClose.last());
    assertEquals(15.5, source.quote(Underlying.VIX, ny(NEXT_FRIDAY, 12, 0)).get().last(),
        "no bar that day: the last close known");
    assertTrue(source.quote(Underlying.VIX, ny(THURSDAY.minusDays(1), 12, 0)).isEmpty());
  }

  @Test
  void settlesAmFromTheOpenAndPmFromTheCloseOfTheExpiryDay() {
    SettlementTime spx = OptionContract.of("SPX", FRIDAY, 5000, OptionRight.PUT)
        .settlementTime();
    SettlementTime spxw = SPXW_5000_PUT.settlementTime();

    assertEquals(OptionalDouble.of(5099.5), source.settlementValue(Underlying.SPX, FRIDAY, spx));
    assertEquals(OptionalDouble.of(5117.75),
        source.settlementValue(Underlying.SPX, FRIDAY, spxw));
    assertEquals(OptionalDouble.empty(),
        source.settlementValue(Underlying.SPX, NEXT_FRIDAY, SettlementTime.PM));
  }

  @Test
  void withoutDailyBarsSettlesFromTheFirstAndLastSnapshots() {
    try (HistoricalStore bare = HistoricalStore.open(dir.resolve("bare"))) {
      bare.write(StoreFixtures.batch(Map.of(spx(FRIDAY), friday()), Map.of()));
      StoreMarketSource s = new StoreMarketSource(bare);

      assertEquals(OptionalDouble.of(5100), s.settlementValue(Underlying.SPX, FRIDAY,
          SettlementTime.AM));
      assertEquals(OptionalDouble.of(5110), s.settlementValue(Underlying.SPX, FRIDAY,
          SettlementTime.PM));
    }
  }

  @Test
  void dailyClosesAreTheBarsBeforeTheDate() {
    assertArrayEquals(new double[] {5098.25}, source.dailyCloses(Underlying.SPX, FRIDAY, 5));
    assertArrayEquals(new double[] {5098.25, 5117.75},
        source.dailyCloses(Underlying.SPX, NEXT_FRIDAY, 5));
    assertArrayEquals(new double[] {5117.75}, source.dailyCloses(Underlying.SPX, NEXT_FRIDAY, 1));
  }

  @Test
  void aRowWithOnlyALastSaleIsServedAroundItAsEstimatedAndCounted() {
    OptionRows rows = new OptionRows();
    // 2.00: spread max(0.05, 0.02) = 0.05; 10.00: spread max(0.05, 0.10) = 0.10
    rows.add(ny(THURSDAY, 10, 0), "SPXW", THURSDAY, 5000, OptionRight.PUT, Double.NaN,
        Double.NaN, 2.00, 7, -1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        5100, DataOrigin.OBSERVED);
    rows.add(ny(THURSDAY, 10, 0), "SPXW", THURSDAY, 5050, OptionRight.PUT, Double.NaN,
        Double.NaN, 10.00, 7, -1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        5100, DataOrigin.OBSERVED);
    rows.add(ny(THURSDAY, 10, 0), "SPXW", THURSDAY, 5075, OptionRight.PUT, 15.1, 15.3, 15.2,
        7, -1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 5100,
        DataOrigin.OBSERVED);
    store.write(StoreFixtures.batch(Map.of(spx(THURSDAY), rows), Map.of()));

    OptionChain c = source.chain(Underlying.SPX, ny(THURSDAY, 10, 0), THURSDAY, THURSDAY).get();
    List<OptionQuote> puts = c.quotes(THURSDAY, OptionRight.PUT);

    assertEquals(1.975, puts.get(0).bid(), 1e-12);
    assertEquals(2.025, puts.get(0).ask(), 1e-12);
    assertEquals(DataOrigin.ESTIMATED, puts.get(0).origin());
    assertEquals(9.95, puts.get(1).bid(), 1e-12);
    assertEquals(10.05, puts.get(1).ask(), 1e-12);
    assertEquals(15.1, puts.get(2).bid());
    assertEquals(DataOrigin.OBSERVED, puts.get(2).origin());
    puts.get(0);
    assertEquals(new DataQuality(1, 2), source.dataQuality(), "each quote counted once per chain");
    source.optionQuote(OptionContract.of("SPXW", THURSDAY, 5000, OptionRight.PUT),
        ny(THURSDAY, 11, 0));
    assertEquals(3, source.estimatedQuotes());
    assertEquals(1, source.observedQuotes());
  }

  @Test
  void aSnapshotWithoutUnderlyingPricesTakesSpotFromTheDailyBar() {
    OptionRows rows = new OptionRows();
    rows.add(ny(THURSDAY, 13, 0), "SPXW", THURSDAY, 5000, OptionRight.PUT, 1, 1.1, Double.NaN,
        -1, -1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        DataOrigin.OBSERVED);
    store.write(StoreFixtures.batch(Map.of(spx(THURSDAY), rows), Map.of()));

    assertEquals(5080, source.chain(Underlying.SPX, ny(THURSDAY, 13, 0), THURSDAY, THURSDAY)
        .get().spot(), "Thursday's open, the level known at 13:00");
  }

  @Test
  void aPrefetchLoadsTheDayOnceInTheBackgroundAndAReaderMeanwhileWaitsForThatLoad()
      throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> loaders = new CopyOnWriteArrayList<>();
    store.beforeLoad = p -> {
      loaders.add(Thread.currentThread().getName());
      started.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    ExecutorService reader = Executors.newSingleThreadExecutor();
    try {
      source.prefetch(FRIDAY); // returns while the load is held
      assertTrue(started.await(10, TimeUnit.SECONDS), "the load started in the background");
      Future<DayChains> read = reader.submit(() -> {
        source.chain(Underlying.SPX, ny(FRIDAY, 9, 45), FRIDAY, FRIDAY).orElseThrow();
        return store.chains(Underlying.SPX, FRIDAY).get();
      });
      source.prefetch(FRIDAY);
      Thread.sleep(100);
      assertFalse(read.isDone(), "the reader waits for the prefetch");
      release.countDown();

      DayChains day = read.get(10, TimeUnit.SECONDS);
      assertSame(day, store.chains(Underlying.SPX, FRIDAY).get());
      assertEquals(1, store.loads(), "loaded once");
      assertEquals(1, loaders.size());
      assertTrue(loaders.get(0).startsWith("condor-store-prefetch"), loaders.get(0));
    } finally {
      release.countDown();
      reader.shutdownNow();
    }
  }

  @Test
  void aPrefetchIsOnlyAHintItsFailureSurfacesWhenTheDayIsRead() throws Exception {
    Path quotes = dir.resolve("options/underlying=SPX/date=2024-03-15/quotes.parquet");
    Files.write(quotes, new byte[] {'n', 'o', 't', ' ', 'p', 'a', 'r', 'q', 'u', 'e', 't'});
    CountDownLatch tried = new CountDownLatch(1);
    store.beforeLoad = p -> tried.countDown();
    source.prefetch(FRIDAY);
    source.prefetch(NEXT_FRIDAY); // not stored: nothing to do
    assertTrue(tried.await(10, TimeUnit.SECONDS));
    Thread.sleep(50);

    assertThrows(DataException.class,
        () -> source.chain(Underlying.SPX, ny(FRIDAY, 9, 45), FRIDAY, FRIDAY));
  }

  @Test
  void aPrefetchLoadsOnlyTheUnderlyingsTheSourceHasReadOnceItHasReadOne() throws Exception {
    OptionRows nextFriday = new OptionRows();
    StoreFixtures.put(nextFriday, ny(NEXT_FRIDAY, 10, 0), "SPXW", NEXT_FRIDAY, 5000,
        OptionRight.PUT, 1, 1.1, 5100);
    store.write(StoreFixtures.batch(Map.of(spx(NEXT_FRIDAY), nextFriday,
        new ImportBatch.Partition(Underlying.of("NDX"), NEXT_FRIDAY), nextFriday), Map.of()));
    source.chain(Underlying.SPX, ny(FRIDAY, 9, 45), FRIDAY, FRIDAY).orElseThrow();
    List<ImportBatch.Partition> loaded = new CopyOnWriteArrayList<>();
    CountDownLatch first = new CountDownLatch(1);
    store.beforeLoad = p -> {
      loaded.add(p);
      first.countDown();
    };

    source.prefetch(NEXT_FRIDAY);
    assertTrue(first.await(10, TimeUnit.SECONDS));
    Thread.sleep(100); // time for a wrong second prefetch to show

    assertEquals(List.of(spx(NEXT_FRIDAY)), loaded, "not NDX");
    assertSame(store.chains(Underlying.SPX, NEXT_FRIDAY).get(),
        store.chains(Underlying.SPX, NEXT_FRIDAY).get());
    assertEquals(2, store.loads(), "Friday, then next Friday in the background");
  }
}
