package dev.condor.core.store;

import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.OptionQuote;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.store.ImportBatch.Partition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The historical store's benchmark (a command that prints figures, never a timed test): a year of
 * 1-minute SPX 0DTE chains (252 trading days x 390 minutes x 236 quotes, about 23 M quotes,
 * Black-Scholes priced on a random-walk spot) written once under {@code target/bench-store} and
 * reused by later runs; then the Parquet size; the load time per day and of the whole year on one
 * and on two threads, from Parquet and from the column cache files; the heap the loaded year
 * takes; the replay rate through the chain API; and a backtest's shape (each day loaded, then
 * every snapshot read) with and without the next day prefetched.
 *
 * <p>Run: {@code ./mvnw -B -o -pl sdk-core -Pbench test-compile exec:exec
 * -Dbench.main=dev.condor.core.store.StoreBench}.
 */
public final class StoreBench {

  private static final int DAYS = 252;
  private static final int STRIKES = 118;
  private static final double STEP = 5;

  private StoreBench() {}

  /** Prints the figures; the first argument, if any, is the store directory. */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "target/bench-store");
    System.out.printf(Locale.ROOT, "Condor store benchmark (%d cores, Java %s, max heap %d MiB)%n",
        Runtime.getRuntime().availableProcessors(), Runtime.version(),
        Runtime.getRuntime().maxMemory() >> 20);
    List<LocalDate> days = tradingDays();
    generate(root, days);
    System.out.printf(Locale.ROOT, "parquet: %d days, %.1f MiB%n", days.size(),
        size(root.resolve("options")) / 1048576.0);

    // warm-up: the JIT and DuckDB
    try (HistoricalStore store = HistoricalStore.open(root, 0)) {
      store.columnCache = false;
      for (int i = 0; i < 10; i++) {
        store.chains(Underlying.SPX, days.get(i)).get();
      }
    }

    // 1. from Parquet through DuckDB, the column cache off
    long used0 = usedHeap();
    List<DayChains> year = new ArrayList<>();
    HistoricalStore store = HistoricalStore.open(root, 4L << 30);
    store.columnCache = false;
    long[] perDay = new long[days.size()];
    long sequential = loadYear(store, days, perDay, year);
    long quotes = year.stream().mapToLong(DayChains::rows).sum();
    long arrayBytes = year.stream().mapToLong(DayChains::bytes).sum();
    long used1 = usedHeap();
    perDay("Parquet", perDay);
    System.out.printf(Locale.ROOT, "load year from Parquet, 1 thread: %d quotes in %.2f s (%.1f M "
        + "quotes/s)%n", quotes, sequential / 1e9, quotes / (sequential / 1e3));
    System.out.printf(Locale.ROOT, "heap of the loaded year: %.0f MiB of arrays (%.1f bytes/quote),"
        + " %.0f MiB used-heap growth after GC%n", arrayBytes / 1048576.0,
        (double) arrayBytes / quotes, (used1 - used0) / 1048576.0);

    replay(store, days, quotes);
    year.clear();
    store.close();
    store = null;
    usedHeap();
    System.out.printf(Locale.ROOT, "load year from Parquet, 2 threads: %.2f s%n",
        loadYearOnThreads(root, days, 2, false) / 1e9);

    // 2. the first load of each day after an import: Parquet, then the column cache written
    try (Stream<Path> walk = Files.walk(root.resolve("options"))) {
      for (Path p : (Iterable<Path>) walk.filter(p -> p.getFileName().toString()
          .equals(ColumnFiles.NAME))::iterator) {
        Files.delete(p);
      }
    }
    try (HistoricalStore fresh = HistoricalStore.open(root, 4L << 30)) {
      long t = loadYear(fresh, days, new long[days.size()], new ArrayList<>());
      System.out.printf(Locale.ROOT, "load year from Parquet writing the column cache: %.2f s "
          + "(%.1f MiB of column files)%n", t / 1e9, size(root.resolve("options"),
          ColumnFiles.NAME) / 1048576.0);
    }

    // 3. from the column cache files (the OS page cache warm: they were just written)
    try (HistoricalStore warm = HistoricalStore.open(root, 0)) {
      for (int i = 0; i < 20; i++) {
        warm.chains(Underlying.SPX, days.get(i)).get();
      }
    }
    usedHeap();
    used0 = usedHeap();
    try (HistoricalStore fresh = HistoricalStore.open(root, 4L << 30)) {
      long t = loadYear(fresh, days, perDay, year);
      used1 = usedHeap();
      perDay("the column cache", perDay);
      System.out.printf(Locale.ROOT, "load year from the column cache, 1 thread: %.2f s (%.1f M "
          + "quotes/s; %d column loads, %d Parquet loads)%n", t / 1e9, quotes / (t / 1e3),
          fresh.columnLoads(), fresh.parquetLoads());
      System.out.printf(Locale.ROOT, "heap of the year loaded from the column cache: %.0f MiB "
          + "used-heap growth after GC%n", (used1 - used0) / 1048576.0);
      year.clear();
    }
    usedHeap();
    System.out.printf(Locale.ROOT, "load year from the column cache, 2 threads: %.2f s%n",
        loadYearOnThreads(root, days, 2, true) / 1e9);

    // 4. a backtest's shape: each day loaded, then every snapshot read; with and without prefetch
    for (int round = 1; round <= 2; round++) {
      for (boolean cache : new boolean[] {false, true}) {
        backtestShape(root, days, round, cache, false);
        backtestShape(root, days, round, cache, true);
      }
    }
  }

  /** Each day read as a backtest reads it: requested, then every snapshot replayed. */
  private static void backtestShape(Path root, List<LocalDate> days, int round,
      boolean columnCache, boolean prefetch) throws InterruptedException {
    usedHeap(); // the previous run's days collected first
    try (HistoricalStore fresh = HistoricalStore.open(root, 256L << 20)) {
      fresh.columnCache = columnCache;
      StoreMarketSource source = new StoreMarketSource(fresh);
      long t = System.nanoTime();
      double sum = 0;
      long waited = 0;
      for (int i = 0; i < days.size(); i++) {
        if (prefetch && i + 1 < days.size()) {
          source.prefetch(days.get(i + 1));
        }
        long w = System.nanoTime();
        DayChains d = fresh.chains(Underlying.SPX, days.get(i)).get();
        waited += System.nanoTime() - w;
        sum += replayDay(source, d);
      }
      long elapsed = System.nanoTime() - t;
      System.out.printf(Locale.ROOT, "round %d: load + replay year from %s, %s: %.2f s, of which "
          + "waiting for days %.2f s (%d loads, checksum %.0f)%n", round,
          columnCache ? "the column cache" : "Parquet",
          prefetch ? "next day prefetched" : "no prefetch", elapsed / 1e9, waited / 1e9,
          fresh.loads(), sum);
    }
  }

  /** Loads every day on one thread into {@code year}, timing each; the whole time in ns. */
  private static long loadYear(HistoricalStore store, List<LocalDate> days, long[] perDay,
      List<DayChains> year) {
    long t0 = System.nanoTime();
    for (int i = 0; i < days.size(); i++) {
      long t = System.nanoTime();
      year.add(store.chains(Underlying.SPX, days.get(i)).get());
      perDay[i] = System.nanoTime() - t;
    }
    return System.nanoTime() - t0;
  }

  private static long loadYearOnThreads(Path root, List<LocalDate> days, int threads,
      boolean columnCache) throws Exception {
    try (HistoricalStore fresh = HistoricalStore.open(root, 4L << 30)) {
      fresh.columnCache = columnCache;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      long t = System.nanoTime();
      List<Future<?>> parts = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        int part = k;
        parts.add(pool.submit(() -> {
          for (int i = part; i < days.size(); i += threads) {
            fresh.chains(Underlying.SPX, days.get(i)).get();
          }
        }));
      }
      for (Future<?> f : parts) {
        f.get();
      }
      long elapsed = System.nanoTime() - t;
      pool.shutdown();
      return elapsed;
    }
  }

  private static void perDay(String from, long[] perDay) {
    long[] sorted = perDay.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "load per day from %s: median %.1f ms, p90 %.1f ms, max %.1f "
        + "ms%n", from, sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 9 / 10] / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }

  /** Every snapshot of a day through the chain API, touching each quote's bid and ask. */
  private static double replayDay(StoreMarketSource source, DayChains d) {
    double sum = 0;
    LocalDate day = d.day();
    for (int s = 0; s < d.snapshots(); s++) {
      StoreChain c = source.storeChain(Underlying.SPX, Instant.ofEpochSecond(d.epochSecond(s)),
          day, day).get();
      DayChains cols = c.columns();
      for (int r = c.firstRow(), end = c.endRow(); r < end; r++) {
        sum += cols.ask(r) - cols.bid(r);
      }
    }
    return sum;
  }

  /** Every snapshot of every day through the chain API, touching each quote's bid and ask. */
  private static void replay(HistoricalStore store, List<LocalDate> days, long quotes) {
    for (int round = 0; round < 5; round++) {
      StoreMarketSource source = new StoreMarketSource(store);
      double sum = 0;
      long touched = 0;
      long t = System.nanoTime();
      for (LocalDate day : days) {
        DayChains d = store.chains(Underlying.SPX, day).get();
        for (int s = 0; s < d.snapshots(); s++) {
          StoreChain c = source.storeChain(Underlying.SPX, Instant.ofEpochSecond(d.epochSecond(s)),
              day, day).get();
          DayChains cols = c.columns();
          for (int r = c.firstRow(), end = c.endRow(); r < end; r++) {
            sum += cols.ask(r) - cols.bid(r);
          }
          touched += c.endRow() - c.firstRow();
        }
      }
      long elapsed = System.nanoTime() - t;
      System.out.printf(Locale.ROOT, "replay (columns), round %d: %d quotes in %.2f s: %.1f M "
          + "quotes/s on one thread (checksum %.0f)%n", round + 1, touched, elapsed / 1e9,
          touched / (elapsed / 1e3), sum);
    }
    // the same through the OptionChain API, which makes one OptionQuote per quote read
    StoreMarketSource source = new StoreMarketSource(store);
    double sum = 0;
    long touched = 0;
    long t = System.nanoTime();
    for (LocalDate day : days.subList(0, 63)) {
      DayChains d = store.chains(Underlying.SPX, day).get();
      for (int s = 0; s < d.snapshots(); s++) {
        var c = source.chain(Underlying.SPX, Instant.ofEpochSecond(d.epochSecond(s)), day, day)
            .get();
        for (OptionRight right : OptionRight.values()) {
          for (OptionQuote q : c.quotes(day, right)) {
            sum += q.ask() - q.bid();
            touched++;
          }
        }
      }
    }
    long elapsed = System.nanoTime() - t;
    System.out.printf(Locale.ROOT, "replay (OptionQuote objects), 63 days: %d quotes: %.1f M "
        + "quotes/s (checksum %.0f, %s)%n", touched, touched / (elapsed / 1e3), sum,
        source.dataQuality());
  }

  private static long usedHeap() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static List<LocalDate> tradingDays() {
    NyseCalendar cal = NyseCalendar.instance();
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2024, 1, 2); days.size() < DAYS; d = d.plusDays(1)) {
      if (cal.isTradingDay(d)) {
        days.add(d);
      }
    }
    return days;
  }

  /** Writes the year unless a previous run did; a month per import. */
  private static void generate(Path root, List<LocalDate> days) throws IOException {
    Path done = root.resolve("GENERATED");
    if (Files.exists(done)) {
      return;
    }
    NyseCalendar cal = NyseCalendar.instance();
    SplittableRandom random = new SplittableRandom(42);
    double spot = 4750;
    long genNanos = 0;
    long writeNanos = 0;
    try (HistoricalStore store = HistoricalStore.open(root)) {
      for (int from = 0; from < days.size(); from += 21) {
        long t = System.nanoTime();
        Map<Partition, OptionRows> batch = new HashMap<>();
        for (int i = from; i < Math.min(days.size(), from + 21); i++) {
          LocalDate day = days.get(i);
          OptionRows rows = new OptionRows();
          var session = cal.session(day).orElseThrow();
          long open = session.open().toEpochSecond();
          long close = session.close().toEpochSecond();
          double center = Math.rint(spot / STEP) * STEP;
          double vol = 0.10 + 0.1 * random.nextDouble();
          for (long at = open; at < close; at += 60) {
            spot *= Math.exp(vol * Math.sqrt(1.0 / (252 * 390)) * random.nextGaussian());
            double years = Math.max(close - at, 60) / (365.0 * 86400);
            for (OptionRight right : OptionRight.values()) {
              for (int k = 0; k < STRIKES; k++) {
                double strike = center + (k - STRIKES / 2) * STEP;
                addQuote(rows, Instant.ofEpochSecond(at), day, strike, right, spot, vol, years);
              }
            }
          }
          spot *= Math.exp(vol * Math.sqrt(1.0 / 252 / 4) * random.nextGaussian());
          batch.put(new Partition(Underlying.SPX, day), rows);
        }
        long t1 = System.nanoTime();
        store.write(new ImportBatch(batch, Map.of()));
        genNanos += t1 - t;
        writeNanos += System.nanoTime() - t1;
      }
    }
    Files.writeString(done, "ok\n");
    System.out.printf(Locale.ROOT, "generated the year: pricing %.1f s, writing %.1f s%n",
        genNanos / 1e9, writeNanos / 1e9);
  }

  private static void addQuote(OptionRows rows, Instant at, LocalDate day, double strike,
      OptionRight right, double spot, double vol, double years) {
    // a put skew: OTM puts richer
    double sigma = vol * (1 + 0.8 * Math.max(0, Math.log(spot / strike)) * 10);
    double sd = sigma * Math.sqrt(years);
    double d1 = (Math.log(spot / strike) + 0.5 * sd * sd) / sd;
    double d2 = d1 - sd;
    double nd1 = pdf(d1);
    double price;
    double delta;
    if (right == OptionRight.CALL) {
      price = spot * cdf(d1) - strike * cdf(d2);
      delta = cdf(d1);
    } else {
      price = strike * cdf(-d2) - spot * cdf(-d1);
      delta = cdf(d1) - 1;
    }
    double gamma = nd1 / (spot * sd);
    double vega = spot * nd1 * Math.sqrt(years) / 100;
    double theta = -spot * nd1 * sigma / (2 * Math.sqrt(years)) / 365;
    double half = Math.max(0.05, 0.02 * price) / 2;
    double bid = Math.max(0, Math.rint((price - half) * 20) / 20);
    double ask = Math.max(0.05, Math.rint((price + half) * 20) / 20);
    rows.add(at, "SPXW", day, strike, right, bid, ask, Double.NaN, -1, -1, sigma, delta, gamma,
        theta, vega, Math.rint(spot * 100) / 100, DataOrigin.ESTIMATED);
  }

  private static double pdf(double x) {
    return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
  }

  /** Abramowitz-Stegun normal CDF, good to 1e-7. */
  private static double cdf(double x) {
    double t = 1 / (1 + 0.2316419 * Math.abs(x));
    double y = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937
        + t * (-1.821255978 + t * 1.330274429))));
    double p = 1 - pdf(x) * y;
    return x >= 0 ? p : 1 - p;
  }

  private static long size(Path dir) throws IOException {
    return size(dir, ".parquet");
  }

  private static long size(Path dir, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(suffix))
          .mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
