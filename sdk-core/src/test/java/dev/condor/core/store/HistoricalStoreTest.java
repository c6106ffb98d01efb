package dev.condor.core.store;

import static dev.condor.core.store.StoreFixtures.FRIDAY;
import static dev.condor.core.store.StoreFixtures.NEXT_FRIDAY;
import static dev.condor.core.store.StoreFixtures.THURSDAY;
import static dev.condor.core.store.StoreFixtures.bar;
import static dev.condor.core.store.StoreFixtures.friday;
import static dev.condor.core.store.StoreFixtures.ny;
import static dev.condor.core.store.StoreFixtures.spx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.DataException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.OptionQuote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoricalStoreTest {

  @TempDir
  Path dir;

  @Test
  void roundTripsEveryStoredValueOfAQuote() {
    OptionRows rows = new OptionRows();
    rows.add(ny(FRIDAY, 9, 31), "SPXW", FRIDAY, 5025.5, OptionRight.PUT, 1.35, 1.45, 1.40, 1234,
        5678, 0.1725, -0.0625, 0.0035, -2.75, 0.3125, 5101.37, DataOrigin.OBSERVED);
    try (HistoricalStore store = HistoricalStore.open(dir)) {
      store.write(StoreFixtures.batch(Map.of(spx(FRIDAY), rows), Map.of()));

      OptionQuote q = new StoreMarketSource(store).optionQuote(
          OptionContract.of("SPXW", FRIDAY, 5025.5, OptionRight.PUT), ny(FRIDAY, 9, 31)).get();

      assertEquals(1.35, q.bid());
      assertEquals(1.45, q.ask());
      assertEquals(1.40, q.last().getAsDouble());
      assertEquals(1234, q.volume());
      assertEquals(5678, q.openInterest());
      assertEquals(0.1725, q.impliedVolatility().getAsDouble(), 1e-7, "IV is kept as a float");
      assertEquals(-0.0625, q.greeks().get().delta());
      assertEquals(0.0035, q.greeks().get().gamma(), 1e-9);
      assertEquals(-2.75, q.greeks().get().theta());
      assertEquals(0.3125, q.greeks().get().vega());
      assertEquals(5101.37, q.underlyingPrice().getAsDouble());
      assertEquals(ny(FRIDAY, 9, 31), q.time());
      assertEquals(DataOrigin.OBSERVED, q.origin());
      assertEquals(List.of(FRIDAY), store.days(Underlying.SPX));
      assertTrue(store.hasDay(Underlying.SPX, FRIDAY));
      assertFalse(store.hasDay(Underlying.SPX, THURSDAY));
    }
  }

  @Test
  void loadsADayIntoSnapshotsOfRowsSortedByExpiryRightStrikeWithThePmRootFirst() {
    try (HistoricalStore store = HistoricalStore.open(dir)) {
      store.write(StoreFixtures.batch(Map.of(spx(FRIDAY), friday()), Map.of()));
      DayChains day = store.chains(Underlying.SPX, FRIDAY).get();

      assertEquals(3, day.snapshots());
      assertEquals(12, day.rows());
      assertEquals(ny(FRIDAY, 9, 32).getEpochSecond(), day.epochSecond(1));
      assertEquals(5102, day.underlyingPrice(1));
      List<String> firstSnapshot = new ArrayList<>();
      for (int r = day.firstRow(0); r < day.endRow(0); r++) {
        firstSnapshot.add(day.root(r) + " " + day.strike(r) + " " + day.bid(r));
      }
      assertEquals(List.of("SPXW 5000.0 1.0", "SPXW 5050.0 1.1", "SPX 5050.0 1.2",
          "SPXW 5150.0 1.5"), firstSnapshot);
    }
  }

  @Test
  void storesDailyBarsAndMergesLaterWritesWithTheNewBarWinning() {
    try (HistoricalStore store = HistoricalStore.open(dir)) {
      store.write(StoreFixtures.batch(Map.of(), Map.of("VIX", List.of(
          bar("VIX", THURSDAY, 14, 15, 13, 14.5), bar("VIX", FRIDAY, 14.5, 16, 14, 15)))));
      store.write(StoreFixtures.batch(Map.of(), Map.of("VIX", List.of(
          bar("VIX", FRIDAY, 14.6, 16.5, 14.1, 15.2), bar("VIX", NEXT_FRIDAY, 13, 14, 12, 13.5)))));

      List<Bar> bars = store.dailyBars("VIX", THURSDAY, NEXT_FRIDAY);

      assertEquals(3, bars.size());
      assertEquals(bar("VIX", THURSDAY, 14, 15, 13, 14.5), bars.get(0));
      assertEquals(bar("VIX", FRIDAY, 14.6, 16.5, 14.1, 15.2), bars.get(1));
      assertEquals(List.of(bars.get(1)), store.dailyBars("vix", FRIDAY, FRIDAY));
      assertTrue(Files.isRegularFile(dir.resolve("daily/symbol=VIX/bars.parquet")));
    }
  }

  @Test
  void aFailedWriteLeavesTheStoreAsItWasAndNoStaging() throws IOException {
    try (HistoricalStore store = HistoricalStore.open(dir)) {
      store.write(StoreFixtures.batch(Map.of(spx(THURSDAY), friday()),
          Map.of("VIX", List.of(bar("VIX", THURSDAY, 14, 15, 13, 14.5)))));
      Map<String, String> before = snapshot(dir);
      int[] staged = {0};
      store.beforeStaging = file -> {
        if (file.getFileName().toString().equals("quotes.parquet") && ++staged[0] == 2) {
          throw new UncheckedIOException(new IOException("disk full (injected)"));
        }
      };

      OptionRows replacement = new OptionRows();
      StoreFixtures.put(replacement, ny(THURSDAY, 11, 0), "SPXW", THURSDAY, 4900,
          OptionRight.PUT, 0.4, 0.5, 5090);
      Map<ImportBatch.Partition, OptionRows> parts =
          Map.of(spx(THURSDAY), replacement, spx(FRIDAY), friday());
      DataException e = assertThrows(DataException.class, () -> store.write(StoreFixtures.batch(
          parts, Map.of("VIX", List.of(bar("VIX", FRIDAY, 15, 16, 14, 15.5))))));

      assertTrue(e.getMessage().contains("disk full (injected)"), e.getMessage());
      assertEquals(before, snapshot(dir), "every file as before, and nothing else");
      assertEquals(List.of(THURSDAY), store.days(Underlying.SPX));
      assertEquals(1, store.dailyBars("VIX", THURSDAY, FRIDAY).size());
    }
  }

  @Test
  void aRenameThatFailsPutsBackTheFilesAlreadyRenamed() throws IOException {
    try (HistoricalStore store = HistoricalStore.open(dir)) {
      store.write(StoreFixtures.batch(Map.of(spx(THURSDAY), friday()),
          Map.of("VIX", List.of(bar("VIX", THURSDAY, 14, 15, 13, 14.5)))));
      Map<String, String> before = snapshot(dir);
      Path fridayQuotes = dir.resolve("options/underlying=SPX/date=2024-03-15/quotes.parquet");
      store.beforeStaging = file -> {
        if (file.equals(fridayQuotes)) {
          throw new UncheckedIOException(new IOException("rename refused (injected)"));
        }
      };
      OptionRows replacement = new OptionRows();
      StoreFixtures.put(replacement, ny(THURSDAY, 11, 0), "SPXW", THURSDAY, 4900,
          OptionRight.PUT, 0.4, 0.5, 5090);

      assertThrows(DataException.class, () -> store.write(StoreFixtures.batch(
          Map.of(spx(THURSDAY), replacement, spx(FRIDAY), friday()),
          Map.of("VIX", List.of(bar("VIX", FRIDAY, 15, 16, 14, 15.5))))));

      assertEquals(before, snapshot(dir), "Thursday's files put back, nothing else left");
      assertFalse(Files.exists(fridayQuotes.getParent()));
      assertEquals(12, store.chains(Underlying.SPX, THURSDAY).get().rows());
      assertTrue(store.verify(Underlying.SPX, THURSDAY));
    }
  }

  @Test
  void aRewrittenPartitionIsReplacedWholeAndReadersSeeTheNewDay() {
    try (HistoricalStore store = HistoricalStore.open(dir)) {
      store.write(StoreFixtures.batch(Map.of(spx(FRIDAY), friday()), Map.of()));
      StoreMarketSource source = new StoreMarketSource(store);
      assertEquals(12, store.chains(Underlying.SPX, FRIDAY).get().rows());

      OptionRows replacement = new OptionRows();
      StoreFixtures.put(replacement, ny(FRIDAY, 11, 0), "SPXW", FRIDAY, 4900, OptionRight.PUT,
          0.4, 0.5, 5090);
      store.write(StoreFixtures.batch(Map.of(spx(FRIDAY), replacement), Map.of()));

      DayChains day = store.chains(Underlying.SPX, FRIDAY).get();
      assertEquals(1, day.rows());
      assertEquals(4900, day.strike(0));
      assertEquals(1, store.manifest(Underlying.SPX, FRIDAY).get().rows());
      assertTrue(source.optionQuote(OptionContract.of("SPXW", FRIDAY, 5000, OptionRight.PUT),
          ny(FRIDAY, 12, 0)).isEmpty(), "the old rows are gone, even for a source made before");
      assertEquals(0.4, source.optionQuote(OptionContract.of("SPXW", FRIDAY, 4900,
          OptionRight.PUT), ny(FRIDAY, 12, 0)).get().bid());
    }
  }

  @Test
  void theManifestDescribesTheParquetFileAndVerifiesIt() throws Exception {
    OptionRows rows = friday();
    rows.add(ny(FRIDAY, 10, 5), "SPXW", FRIDAY, 4950, OptionRight.PUT, Double.NaN, Double.NaN,
        0.5, 3, -1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 5111,
        DataOrigin.OBSERVED);
    try (HistoricalStore store = HistoricalStore.open(dir)) {
      store.write(StoreFixtures.batch(Map.of(spx(FRIDAY), rows), Map.of()));
      Path file = dir.resolve("options/underlying=SPX/date=2024-03-15/quotes.parquet");

      PartitionManifest m = store.manifest(Underlying.SPX, FRIDAY).get();

      assertEquals(13, m.rows());
      assertEquals(HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))), m.sha256());
      assertEquals(ny(FRIDAY, 9, 31), m.firstQuote());
      assertEquals(ny(FRIDAY, 10, 5), m.lastQuote());
      assertEquals(12, m.observed());
      assertEquals(1, m.estimated(), "the row with only a last sale");
      assertTrue(Files.readString(file.resolveSibling("manifest.json")).contains("\"rows\" : 13"));
      assertTrue(store.verify(Underlying.SPX, FRIDAY));

      Files.write(file, new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
      assertFalse(store.verify(Underlying.SPX, FRIDAY), "a changed file no longer verifies");
    }
  }

  @Test
  void aDayIsLoadedOnceForEverySourceAndEveryConcurrentReader() throws Exception {
    try (HistoricalStore store = HistoricalStore.open(dir)) {
      store.write(StoreFixtures.batch(Map.of(spx(FRIDAY), friday()), Map.of()));
      StoreMarketSource a = new StoreMarketSource(store);
      StoreMarketSource b = new StoreMarketSource(store);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<DayChains>> loads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          StoreMarketSource s = i % 2 == 0 ? a : b;
          loads.add(pool.submit(() -> {
            go.await();
            s.chain(Underlying.SPX, ny(FRIDAY, 9, 45), FRIDAY, FRIDAY).orElseThrow();
            return store.chains(Underlying.SPX, FRIDAY).get();
          }));
        }
        go.countDown();
        DayChains first = loads.get(0).get();
        for (Future<DayChains> f : loads) {
          assertTrue(first == f.get(), "one shared DayChains");
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(1, store.loads());
      assertTrue(store.cachedBytes() > 0);
    }
  }

  @Test
  void theCacheStaysWithinItsBudgetDroppingTheLeastRecentlyUsedDay() {
    try (HistoricalStore store = HistoricalStore.open(dir, 1)) {
      store.write(StoreFixtures.batch(Map.of(spx(FRIDAY), friday(), spx(THURSDAY), friday()),
          Map.of()));
      DayChains friday = store.chains(Underlying.SPX, FRIDAY).get();
      store.chains(Underlying.SPX, THURSDAY).get();
      assertEquals(2, store.loads());
      assertTrue(store.cachedBytes() < 2 * friday.bytes(), "only the last day kept");
      store.chains(Underlying.SPX, FRIDAY).get();
      assertEquals(3, store.loads(), "friday was evicted and loads again");
    }
  }

  @Test
  void opensOverStagingLeftByACrashAndRemovesIt() throws IOException {
    Path leftover = dir.resolve(".staging-crashed/options/underlying=SPX/date=2024-03-15");
    Files.createDirectories(leftover);
    Files.writeString(leftover.resolve("quotes.parquet"), "half");
    try (HistoricalStore store = HistoricalStore.open(dir)) {
      assertFalse(Files.exists(dir.resolve(".staging-crashed")));
      assertEquals(List.of(), store.days(Underlying.SPX));
    }
  }

  @Test
  void readsAPartitionAnotherToolWroteInAnyOrder() throws Exception {
    try (HistoricalStore store = HistoricalStore.open(dir)) {
      store.write(StoreFixtures.batch(Map.of(spx(FRIDAY), friday()), Map.of()));
      Path file = dir.resolve("options/underlying=SPX/date=2024-03-15/quotes.parquet");
      Path shuffled = dir.resolve("shuffled.parquet");
      try (var db = DuckDb.open(dir); var st = db.createStatement()) {
        st.execute("COPY (SELECT * FROM read_parquet(" + ParquetFiles.literal(file)
            + ") ORDER BY strike DESC, root, time DESC) TO " + ParquetFiles.literal(shuffled)
            + " (FORMAT PARQUET)");
      }
      Files.move(shuffled, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

      DayChains day = store.chains(Underlying.SPX, FRIDAY).get();

      assertEquals(3, day.snapshots());
      assertEquals(ny(FRIDAY, 9, 31).getEpochSecond(), day.epochSecond(0));
      assertEquals(List.of("SPXW 5000.0", "SPXW 5050.0", "SPX 5050.0", "SPXW 5150.0"),
          java.util.stream.IntStream.range(day.firstRow(0), day.endRow(0))
              .mapToObj(r -> day.root(r) + " " + day.strike(r)).toList());
    }
  }

  @Test
  void writesAColumnCacheAfterTheFirstLoadAndLaterLoadsReadItInsteadOfTheParquetFile()
      throws IOException {
    OptionRows rows = friday();
    rows.add(ny(FRIDAY, 10, 5), "SPXW", FRIDAY, 4950, OptionRight.PUT, Double.NaN, Double.NaN,
        0.5, 3, -1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 5111,
        DataOrigin.ESTIMATED);
    Path columns = dir.resolve("options/underlying=SPX/date=2024-03-15/quotes.columns");
    List<OptionQuote> fromParquet;
    try (HistoricalStore store = HistoricalStore.open(dir)) {
      store.write(StoreFixtures.batch(Map.of(spx(FRIDAY), rows), Map.of()));
      assertFalse(Files.exists(columns), "written on first load, not on import");
      fromParquet = quotes(store.chains(Underlying.SPX, FRIDAY).get());
      assertEquals(1, store.parquetLoads());
      assertTrue(Files.isRegularFile(columns));
    }
    try (HistoricalStore store = HistoricalStore.open(dir)) {
      DayChains day = store.chains(Underlying.SPX, FRIDAY).get();

      assertEquals(0, store.parquetLoads(), "DuckDB not asked");
      assertEquals(1, store.columnLoads());
      assertEquals(fromParquet, quotes(day));
      assertEquals(13, day.rows());
      assertEquals(4, day.snapshots());
      assertEquals(5111, day.underlyingPrice(3));
      assertEquals(DataOrigin.ESTIMATED, day.storedOrigin(day.firstRow(3)), "per-row origins");
      assertTrue(store.verify(Underlying.SPX, FRIDAY), "verify still checks the Parquet file");
    }
  }

  @Test
  void aStaleColumnCacheIsIgnoredOnceThePartitionIsRewritten() throws IOException {
    Path columns = dir.resolve("options/underlying=SPX/date=2024-03-15/quotes.columns");
    try (HistoricalStore store = HistoricalStore.open(dir)) {
      store.write(StoreFixtures.batch(Map.of(spx(FRIDAY), friday()), Map.of()));
      store.chains(Underlying.SPX, FRIDAY).get();
      byte[] old = Files.readAllBytes(columns);
      OptionRows replacement = new OptionRows();
      StoreFixtures.put(replacement, ny(FRIDAY, 11, 0), "SPXW", FRIDAY, 4900, OptionRight.PUT,
          0.4, 0.5, 5090);

      store.write(StoreFixtures.batch(Map.of(spx(FRIDAY), replacement), Map.of()));
      assertFalse(Files.exists(columns), "a rewrite deletes the column cache");
      Files.write(columns, old); // as a load racing the rewrite could leave it

      assertEquals(1, store.chains(Underlying.SPX, FRIDAY).get().rows());
      assertEquals(2, store.parquetLoads());
      assertEquals(0, store.columnLoads());
    }
    try (HistoricalStore store = HistoricalStore.open(dir)) {
      assertEquals(4900, store.chains(Underlying.SPX, FRIDAY).get().strike(0));
      assertEquals(1, store.columnLoads(), "the stale cache was replaced by a current one");
    }
  }

  @Test
  void aCorruptColumnCacheFallsBackToTheParquetFileWithIdenticalValuesAndIsRewritten()
      throws IOException {
    Path columns = dir.resolve("options/underlying=SPX/date=2024-03-15/quotes.columns");
    List<OptionQuote> expected;
    byte[] good;
    try (HistoricalStore store = HistoricalStore.open(dir)) {
      store.write(StoreFixtures.batch(Map.of(spx(FRIDAY), friday()), Map.of()));
      expected = quotes(store.chains(Underlying.SPX, FRIDAY).get());
      good = Files.readAllBytes(columns);
    }
    Map<String, byte[]> corruptions = new java.util.LinkedHashMap<>();
    corruptions.put("a flipped byte", flip(good, good.length / 2));
    corruptions.put("a flipped checksum", flip(good, good.length - 1));
    corruptions.put("truncated", java.util.Arrays.copyOf(good, good.length - 9));
    corruptions.put("empty", new byte[0]);
    corruptions.put("wrong magic", flip(good, 0));
    corruptions.put("another format", flip(good, 8));
    for (Map.Entry<String, byte[]> c : corruptions.entrySet()) {
      Files.write(columns, c.getValue());
      try (HistoricalStore store = HistoricalStore.open(dir)) {
        assertEquals(expected, quotes(store.chains(Underlying.SPX, FRIDAY).get()), c.getKey());
        assertEquals(1, store.parquetLoads(), c.getKey());
      }
      assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(columns)),
          c.getKey() + ": rewritten whole");
    }
  }

  @Test
  void aColumnCacheThatCannotBeWrittenOnlyCostsTheNextLoadAParquetRead() throws IOException {
    Path partition = dir.resolve("options/underlying=SPX/date=2024-03-15");
    try (HistoricalStore store = HistoricalStore.open(dir)) {
      store.write(StoreFixtures.batch(Map.of(spx(FRIDAY), friday()), Map.of()));
      Files.createDirectories(partition.resolve("quotes.columns")); // in the way of the rename

      assertEquals(12, store.chains(Underlying.SPX, FRIDAY).get().rows());
      try (Stream<Path> files = Files.list(partition)) {
        assertEquals(List.of("manifest.json", "quotes.columns", "quotes.parquet"),
            files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary left");
      }
    }
  }

  /** Every quote of every snapshot of a day, as served. */
  private static List<OptionQuote> quotes(DayChains day) {
    List<OptionQuote> all = new ArrayList<>();
    for (int s = 0; s < day.snapshots(); s++) {
      for (int g = day.firstGroup(s); g < day.endGroup(s); g++) {
        for (int r = day.groupFirstRow(g); r < day.groupEndRow(g); r++) {
          all.add(day.quote(s, g, r));
        }
      }
    }
    return all;
  }

  private static byte[] flip(byte[] bytes, int at) {
    byte[] copy = bytes.clone();
    copy[at] ^= 0x5A;
    return copy;
  }

  /** Every file under a directory with its checksum. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).collect(Collectors.toMap(
          p -> root.relativize(p).toString(), p -> {
            try {
              return HistoricalStore.sha256(p);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }, (x, y) -> x, TreeMap::new));
    }
  }
}
