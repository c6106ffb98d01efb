package dev.condor.core.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.condor.api.Experimental;
import dev.condor.api.error.DataException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import dev.condor.api.market.DataOrigin;
import dev.condor.core.store.ImportBatch.Partition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The historical store: Parquet files under one directory, partitioned by underlying and trading
 * day, written and read with embedded DuckDB; days of option chains are loaded into {@link
 * DayChains} once (from a column cache file beside the Parquet file after the first time) and
 * cached for every reader of the store. See the package documentation for the layout.
 *
 * <p>Thread-safe. Writes are serialised and atomic; reads run concurrently with them and see each
 * file either whole before or whole after a write.
 */
@Experimental(since = "0.1")
public final class HistoricalStore implements AutoCloseable {

  /** The default byte budget of the loaded-days cache: 1 GiB. */
  public static final long DEFAULT_CACHE_BYTES = 1L << 30;

  private static final Logger LOG = LoggerFactory.getLogger(HistoricalStore.class);
  private static final String SOURCE = "historical-store";
  private static final String QUOTES = "quotes.parquet";
  private static final String MANIFEST = "manifest.json";
  private static final String BARS = "bars.parquet";
  private static final String STAGING_PREFIX = ".staging-";
  /** Prefetches queued or running at most: the driver hints one day ahead. */
  private static final int MAX_PREFETCHES = 4;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path root;
  private final DuckDBConnection db;
  private final DayCache cache;
  private final Map<String, DailySeries> bars = new ConcurrentHashMap<>();
  private final Object writeLock = new Object();
  private volatile boolean closed;
  private volatile long generation;
  /** Test hook: runs before each file is staged, and before each is renamed into place. */
  volatile Consumer<Path> beforeStaging = p -> {};
  /** Test hook: runs as each day starts loading from disk, on the loading thread. */
  volatile Consumer<Partition> beforeLoad = p -> {};
  /** Test and benchmark switch: whether loads use (and write) the column cache files. */
  volatile boolean columnCache = true;
  private final LongAdder parquetLoads = new LongAdder();
  private final LongAdder columnLoads = new LongAdder();
  private final Object prefetchLock = new Object();
  private final AtomicInteger prefetchesPending = new AtomicInteger();
  private ThreadPoolExecutor prefetcher;

  private HistoricalStore(Path root, long cacheBytes) {
    this.root = root;
    this.db = DuckDb.open(root);
    this.cache = new DayCache(cacheBytes);
  }

  /** Opens (creating if needed) the store under {@code root}, with the default cache budget. */
  public static HistoricalStore open(Path root) {
    return open(root, DEFAULT_CACHE_BYTES);
  }

  /**
   * Opens (creating if needed) the store under {@code root}, keeping loaded days within {@code
   * cacheBytes} of heap (least recently used out); staging left by a crashed write is removed.
   */
  public static HistoricalStore open(Path root, long cacheBytes) {
    if (root == null) {
      throw new InvalidValueException("root", null, "is required");
    }
    if (cacheBytes < 0) {
      throw new InvalidValueException("cacheBytes", cacheBytes, "must be >= 0");
    }
    try {
      Files.createDirectories(root);
      try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(root, STAGING_PREFIX + "*")) {
        for (Path p : leftovers) {
          LOG.warn("removing staging left by an interrupted write: {}", p);
          deleteTree(p);
        }
      }
    } catch (IOException e) {
      throw DataException.of(DataException.Kind.UNAVAILABLE, SOURCE).field("root")
          .detail("cannot open the store at " + root + ": " + e.getMessage()).cause(e).build();
    }
    return new HistoricalStore(root, cacheBytes);
  }

  /** The directory the store lives in. */
  public Path root() {
    return root;
  }

  // ---- writing ----

  /**
   * Writes a whole import at once: every partition and every daily series lands, or none does.
   * A partition already in the store is replaced whole; daily bars are merged with the stored ones,
   * the batch's bar winning on a date both have.
   *
   * <p>Every file is first written to a staging directory under the root, then moved into place
   * with atomic renames, so a reader sees each file whole, old or new. A failure while staging
   * leaves the store as it was and removes the staging; a rename that fails puts the files already
   * renamed back as they were (each replaced file was first hard-linked into the staging). Only a
   * crash during the renames can leave some files of the batch new and others old; each is still
   * whole, and re-running the import completes it.
   *
   * @throws DataException if a file cannot be written
   */
  public void write(ImportBatch batch) {
    if (batch == null) {
      throw new InvalidValueException("batch", null, "is required");
    }
    ensureOpen();
    synchronized (writeLock) {
      Path staging = root.resolve(STAGING_PREFIX + UUID.randomUUID());
      List<Path[]> moves = new ArrayList<>();
      try {
        Files.createDirectories(staging);
        List<Map.Entry<Partition, OptionRows>> parts = new ArrayList<>(batch.options().entrySet());
        parts.sort(Comparator.comparing((Map.Entry<Partition, OptionRows> e) ->
            e.getKey().underlying().symbol()).thenComparing(e -> e.getKey().day()));
        for (Map.Entry<Partition, OptionRows> e : parts) {
          stagePartition(staging, e.getKey(), e.getValue(), moves);
        }
        List<String> symbols = new ArrayList<>(batch.dailyBars().keySet());
        Collections.sort(symbols);
        for (String symbol : symbols) {
          stageBars(staging, symbol, batch.dailyBars().get(symbol), moves);
        }
      } catch (IOException | SQLException | RuntimeException e) {
        removeQuietly(staging, e);
        if (e instanceof DataException d) {
          throw d;
        }
        throw DataException.of(DataException.Kind.UNAVAILABLE, SOURCE).field("write")
            .detail("nothing was written to " + root + ": " + e.getMessage()).cause(e).build();
      }
      try {
        publish(staging, moves);
        for (Partition p : batch.options().keySet()) {
          dropColumnCache(p);
        }
      } catch (IOException e) {
        throw DataException.of(DataException.Kind.UNAVAILABLE, SOURCE).field("write")
            .detail("nothing was written to " + root + ": " + e.getMessage()).cause(e).build();
      } finally {
        for (Partition p : batch.options().keySet()) {
          cache.invalidate(p);
        }
        for (String symbol : batch.dailyBars().keySet()) {
          bars.remove(symbolKey(symbol));
        }
        generation++;
        removeQuietly(staging, null);
      }
      LOG.info("stored {} option partitions and {} daily series ({} rows) under {}",
          batch.options().size(), batch.dailyBars().size(), batch.rows(), root);
    }
  }

  private void stagePartition(Path staging, Partition p, OptionRows rows, List<Path[]> moves)
      throws IOException, SQLException {
    Path relative = partitionDir(p.underlying(), p.day());
    Path dir = staging.resolve(relative);
    Files.createDirectories(dir);
    Path quotes = dir.resolve(QUOTES);
    beforeStaging.accept(quotes);
    ParquetFiles.writeOptions(db, rows, quotes);
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    long observed = 0;
    for (int i = 0; i < rows.size(); i++) {
      first = Math.min(first, rows.epochSecond(i));
      last = Math.max(last, rows.epochSecond(i));
      if (rows.origin(i) == DataOrigin.OBSERVED
          && (!Double.isNaN(rows.ask(i)) || !Double.isNaN(rows.bid(i)))) {
        observed++;
      }
    }
    ObjectNode m = JSON.createObjectNode();
    m.put("format", 1);
    m.put("underlying", p.underlying().symbol());
    m.put("date", p.day().toString());
    m.put("rows", rows.size());
    m.put("sha256", sha256(quotes));
    m.put("firstQuote", rows.size() == 0 ? null : Instant.ofEpochSecond(first).toString());
    m.put("lastQuote", rows.size() == 0 ? null : Instant.ofEpochSecond(last).toString());
    m.put("observed", observed);
    m.put("estimated", rows.size() - observed);
    Path manifest = dir.resolve(MANIFEST);
    beforeStaging.accept(manifest);
    JSON.writerWithDefaultPrettyPrinter().writeValue(manifest.toFile(), m);
    // the quotes first: readers go by the Parquet file, the manifest describes it
    moves.add(new Path[] {quotes, root.resolve(relative).resolve(QUOTES)});
    moves.add(new Path[] {manifest, root.resolve(relative).resolve(MANIFEST)});
  }

  private void stageBars(Path staging, String symbol, List<Bar> newer, List<Path[]> moves)
      throws IOException, SQLException {
    String name = symbolKey(symbol);
    Path relative = Path.of("daily", "symbol=" + name);
    Path file = staging.resolve(relative).resolve(BARS);
    Files.createDirectories(file.getParent());
    beforeStaging.accept(file);
    DailySeries merged = series(name).merge(name, newer);
    ParquetFiles.writeBars(db, merged, file);
    moves.add(new Path[] {file, root.resolve(relative).resolve(BARS)});
  }

  /**
   * Renames the staged files into place. The files they replace are first hard-linked (or
   * copied) into the staging directory, so that if a rename fails the ones already done are put
   * back and the store is left as it was.
   */
  private void publish(Path staging, List<Path[]> moves) throws IOException {
    Path backup = staging.resolve("replaced");
    List<Path> backups = new ArrayList<>();
    for (int i = 0; i < moves.size(); i++) {
      Path target = moves.get(i)[1];
      Path saved = null;
      if (Files.exists(target)) {
        saved = backup.resolve(Integer.toString(i));
        Files.createDirectories(backup);
        try {
          Files.createLink(saved, target);
        } catch (UnsupportedOperationException | IOException e) {
          Files.copy(target, saved);
        }
      }
      backups.add(saved);
    }
    int done = 0;
    try {
      for (Path[] move : moves) {
        beforeStaging.accept(move[1]);
        Files.createDirectories(move[1].getParent());
        moveAtomically(move[0], move[1]);
        done++;
      }
    } catch (IOException | RuntimeException e) {
      for (int i = done - 1; i >= 0; i--) {
        Path target = moves.get(i)[1];
        try {
          if (backups.get(i) != null) {
            moveAtomically(backups.get(i), target);
          } else {
            Files.deleteIfExists(target);
            deleteEmptyParents(target.getParent());
          }
        } catch (IOException undo) {
          e.addSuppressed(undo);
        }
      }
      throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
  }

  /**
   * Deletes a rewritten partition's column cache (its stamp no longer matches anyway: this only
   * saves a stale file's read); a file a concurrent load writes later is stamped with what it read.
   */
  private void dropColumnCache(Partition p) {
    Path file = root.resolve(partitionDir(p.underlying(), p.day())).resolve(ColumnFiles.NAME);
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.debug("could not delete the stale column cache {}: {}", file, e.toString());
    }
  }

  /** Removes directories a failed write created, up to the root. */
  private void deleteEmptyParents(Path dir) {
    for (Path d = dir; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
      try (Stream<Path> entries = Files.list(d)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      } catch (IOException e) {
        return;
      }
      try {
        Files.deleteIfExists(d);
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system of " + to + " cannot rename atomically", e);
    }
  }

  // ---- reading ----

  /** The days stored for an underlying, oldest first. */
  public List<LocalDate> days(Underlying underlying) {
    Path dir = root.resolve("options").resolve("underlying=" + underlying.symbol());
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<LocalDate> days = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : (Iterable<Path>) list::iterator) {
        String name = p.getFileName().toString();
        if (name.startsWith("date=") && Files.isRegularFile(p.resolve(QUOTES))) {
          try {
            days.add(LocalDate.parse(name.substring(5)));
          } catch (DateTimeParseException e) {
            LOG.warn("ignoring {}: not a date=YYYY-MM-DD partition", p);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Collections.sort(days);
    return List.copyOf(days);
  }

  /** The underlyings with option quotes stored for a day (those it can list: a prefetch hint). */
  List<Underlying> underlyings(LocalDate day) {
    Path dir = root.resolve("options");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Underlying> found = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : (Iterable<Path>) list::iterator) {
        String name = p.getFileName().toString();
        if (name.startsWith("underlying=")
            && Files.isRegularFile(p.resolve("date=" + day).resolve(QUOTES))) {
          try {
            found.add(Underlying.of(name.substring("underlying=".length())));
          } catch (RuntimeException e) {
            LOG.warn("ignoring {}: not an underlying=SYMBOL directory", p);
          }
        }
      }
    } catch (IOException e) {
      LOG.debug("cannot list the underlyings under {}: {}", dir, e.toString());
    }
    return found;
  }

  /** Whether the store has an underlying's option quotes for a day. */
  public boolean hasDay(Underlying underlying, LocalDate day) {
    return Files.isRegularFile(root.resolve(partitionDir(underlying, day)).resolve(QUOTES));
  }

  /**
   * A day of an underlying's chains, loaded into columns (or shared from the cache; concurrent
   * callers for one day wait for one load); empty if the store does not have the day.
   *
   * @throws DataException if the partition cannot be read
   */
  public Optional<DayChains> chains(Underlying underlying, LocalDate day) {
    ensureOpen();
    if (!hasDay(underlying, day)) {
      return Optional.empty();
    }
    return Optional.of(cache.get(new Partition(underlying, day), this::load));
  }

  /**
   * Starts loading a day in the background, on the store's one prefetch thread, unless it is
   * cached, loading, not stored, or enough prefetches are pending already; a reader of the day
   * meanwhile waits for that load (or runs it, if it has not started). Never blocks and never
   * throws: a failure is seen by whoever reads the day.
   */
  void prefetch(Underlying underlying, LocalDate day) {
    if (closed || underlying == null || day == null || !hasDay(underlying, day)) {
      return;
    }
    cache.prefetch(new Partition(underlying, day), this::load, this::queuePrefetch);
  }

  private void queuePrefetch(Runnable load) {
    ThreadPoolExecutor pool;
    synchronized (prefetchLock) {
      if (closed) {
        throw new RejectedExecutionException("the store is closed");
      }
      if (prefetcher == null) {
        prefetcher = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
              Thread t = new Thread(r, "condor-store-prefetch-" + root.getFileName());
              t.setDaemon(true);
              return t;
            });
        prefetcher.allowCoreThreadTimeOut(true);
      }
      pool = prefetcher;
    }
    if (prefetchesPending.incrementAndGet() > MAX_PREFETCHES) {
      prefetchesPending.decrementAndGet();
      throw new RejectedExecutionException("enough days are being prefetched");
    }
    try {
      pool.execute(() -> {
        try {
          load.run();
        } finally {
          prefetchesPending.decrementAndGet();
        }
      });
    } catch (RejectedExecutionException e) {
      prefetchesPending.decrementAndGet();
      throw e;
    }
  }

  /**
   * Loads a partition: from its column cache when that is current, else from the Parquet file,
   * then (re)writing the column cache, best effort.
   */
  private DayChains load(Partition p) {
    beforeLoad.accept(p);
    Path dir = root.resolve(partitionDir(p.underlying(), p.day()));
    Path file = dir.resolve(QUOTES);
    Path columns = dir.resolve(ColumnFiles.NAME);
    long started = System.nanoTime();
    ColumnFiles.Stamp stamp = columnCache ? stamp(p, file) : null;
    if (stamp != null) {
      try {
        DayChains day = ColumnFiles.read(columns, stamp, p.underlying(), p.day());
        columnLoads.increment();
        LOG.debug("loaded {} from its column cache in {} us", day,
            (System.nanoTime() - started) / 1_000);
        return day;
      } catch (NoSuchFileException e) {
        // not loaded since it was written: made below
      } catch (IOException | RuntimeException e) {
        LOG.debug("not using the column cache {}; reading the Parquet file: {}", columns,
            e.toString());
      }
    }
    DayChains day;
    try {
      day = ParquetFiles.readOptions(db, file, p.underlying(), p.day());
    } catch (SQLException e) {
      throw DataException.of(DataException.Kind.MALFORMED, file.toString()).field("quotes")
          .detail("cannot read the partition: " + e.getMessage()).cause(e).build();
    }
    parquetLoads.increment();
    LOG.debug("loaded {} from Parquet in {} ms", day, (System.nanoTime() - started) / 1_000_000);
    if (stamp != null) {
      try {
        ColumnFiles.write(day, stamp, columns);
      } catch (IOException | RuntimeException e) {
        LOG.debug("could not write the column cache {} (a cache: loads read Parquet): {}",
            columns, e.toString());
      }
    }
    return day;
  }

  /**
   * What a partition's column cache must have been made from, read before the Parquet file is; null
   * when the partition has no readable manifest (then the cache is neither read nor written).
   */
  private ColumnFiles.Stamp stamp(Partition p, Path quotes) {
    try {
      Optional<PartitionManifest> m = manifest(p.underlying(), p.day());
      if (m.isEmpty() || !m.get().sha256().matches("[0-9a-f]{64}")) {
        return null;
      }
      BasicFileAttributes a = Files.readAttributes(quotes, BasicFileAttributes.class);
      return new ColumnFiles.Stamp(m.get().sha256(), a.size(), a.lastModifiedTime().toMillis());
    } catch (IOException | RuntimeException e) {
      LOG.debug("no column cache for {}: {}", p, e.toString());
      return null;
    }
  }

  /** The daily bars of a symbol (SPX, VIX, VIX1D, SPY...) dated {@code from} to {@code to}, both included. */
  public List<Bar> dailyBars(String symbol, LocalDate from, LocalDate to) {
    return series(symbolKey(symbol)).between(from, to);
  }

  /** The manifest of an option partition, if the store has the partition. */
  public Optional<PartitionManifest> manifest(Underlying underlying, LocalDate day) {
    Path file = root.resolve(partitionDir(underlying, day)).resolve(MANIFEST);
    try {
      var m = JSON.readTree(file.toFile());
      return Optional.of(new PartitionManifest(Underlying.of(m.get("underlying").asText()),
          LocalDate.parse(m.get("date").asText()), m.get("rows").asLong(),
          m.get("sha256").asText(), instant(m.get("firstQuote").asText(null)),
          instant(m.get("lastQuote").asText(null)), m.get("observed").asLong(),
          m.get("estimated").asLong()));
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      throw DataException.of(DataException.Kind.MALFORMED, file.toString()).field("manifest")
          .detail(e.getMessage()).cause(e).build();
    }
  }

  /** Whether a partition's Parquet file still has the checksum its manifest recorded. */
  public boolean verify(Underlying underlying, LocalDate day) {
    Optional<PartitionManifest> m = manifest(underlying, day);
    Path file = root.resolve(partitionDir(underlying, day)).resolve(QUOTES);
    try {
      return m.isPresent() && Files.isRegularFile(file) && m.get().sha256().equals(sha256(file));
    } catch (IOException e) {
      return false;
    }
  }

  DailySeries series(String symbol) {
    String key = symbolKey(symbol);
    DailySeries cached = bars.get(key);
    if (cached != null) {
      return cached;
    }
    Path file = root.resolve("daily").resolve("symbol=" + key).resolve(BARS);
    DailySeries loaded;
    if (!Files.isRegularFile(file)) {
      loaded = new DailySeries(key, new int[0], new double[0], new double[0], new double[0],
          new double[0], new long[0], new byte[0]);
    } else {
      try {
        loaded = ParquetFiles.readBars(db, file, key);
      } catch (SQLException e) {
        throw DataException.of(DataException.Kind.MALFORMED, file.toString()).field("bars")
            .detail("cannot read daily bars: " + e.getMessage()).cause(e).build();
      }
    }
    bars.putIfAbsent(key, loaded);
    return loaded;
  }

  /** Changes after every write: readers that memoise a day check it. */
  long generation() {
    return generation;
  }

  /** How many days were loaded from disk (not served from the cache) so far. */
  long loads() {
    return cache.loads();
  }

  /** How many of those loads read a Parquet file. */
  long parquetLoads() {
    return parquetLoads.sum();
  }

  /** How many of those loads read a column cache file. */
  long columnLoads() {
    return columnLoads.sum();
  }

  /** The heap the cached days take, in bytes. */
  public long cachedBytes() {
    return cache.bytes();
  }

  static Path partitionDir(Underlying underlying, LocalDate day) {
    return Path.of("options", "underlying=" + underlying.symbol(), "date=" + day);
  }

  private static String symbolKey(String symbol) {
    String s = symbol.strip().toUpperCase(Locale.ROOT);
    if (!s.matches("[A-Z0-9.^$:_-]{1,16}")) {
      throw new InvalidValueException("symbol", symbol, "must be a ticker such as VIX or SPY");
    }
    return s;
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }

  static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        md.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static void removeQuietly(Path dir, Exception cause) {
    try {
      deleteTree(dir);
    } catch (IOException e) {
      if (cause != null) {
        cause.addSuppressed(e);
      } else {
        LOG.warn("could not remove staging {}: {}", dir, e.toString());
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the store at " + root + " is closed");
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (prefetchLock) {
      if (prefetcher != null) {
        prefetcher.shutdownNow();
      }
    }
    cache.clear();
    bars.clear();
    try {
      db.close();
    } catch (SQLException e) {
      LOG.warn("closing DuckDB for {}: {}", root, e.toString());
    }
  }

  @Override
  public String toString() {
    return "HistoricalStore[" + root + "]";
  }
}
