package dev.condor.core.store;

import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import dev.condor.core.calendar.NyseCalendar;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The store's Parquet files, written and read through DuckDB: the SQL and the column layouts in
 * one place. Each method gets its own DuckDB connection (a duplicate of the store's) and drops what
 * it created.
 */
final class ParquetFiles {

  private static final AtomicLong TABLES = new AtomicLong();

  /** Option partition columns, in file order. */
  static final String OPTION_COLUMNS = "time, root, expiry, strike, \"right\", bid, ask, last, "
      + "volume, open_interest, iv, delta, gamma, theta, vega, underlying_price, origin";

  /**
   * Rows per Parquet row group: a day of 1-minute SPX 0DTE chains (about 92 000 quotes) makes six,
   * which DuckDB decodes in parallel (a load takes about half the time of one big group) at a
   * size cost under 2 %.
   */
  private static final int ROW_GROUP = 16_384;

  private ParquetFiles() {}

  /** Writes an option buffer to a Parquet file sorted by time, expiry, right, strike, root desc. */
  static void writeOptions(DuckDBConnection db, OptionRows rows, Path file) throws SQLException {
    String table = "rows_" + TABLES.incrementAndGet();
    try (DuckDBConnection c = db.duplicate(); Statement st = c.createStatement()) {
      st.execute("CREATE TEMP TABLE " + table + " (ts BIGINT, root VARCHAR, expiry INTEGER, "
          + "strike DOUBLE, rgt TINYINT, bid DOUBLE, ask DOUBLE, last DOUBLE, volume BIGINT, "
          + "oi BIGINT, iv DOUBLE, delta DOUBLE, gamma DOUBLE, theta DOUBLE, vega DOUBLE, "
          + "und DOUBLE, origin TINYINT)");
      try {
        try (DuckDBAppender a = c.createAppender("temp", "main", table)) {
          for (int i = 0; i < rows.size(); i++) {
            a.beginRow()
                .append(rows.epochSecond(i))
                .append(rows.root(i))
                .append(rows.expiryEpochDay(i))
                .append(rows.strike(i))
                .append((byte) rows.right(i).ordinal())
                .append(rows.bid(i))
                .append(rows.ask(i))
                .append(rows.last(i))
                .append(rows.volume(i))
                .append(rows.openInterest(i))
                .append(rows.impliedVolatility(i))
                .append(rows.delta(i))
                .append(rows.gamma(i))
                .append(rows.theta(i))
                .append(rows.vega(i))
                .append(rows.underlyingPrice(i))
                .append((byte) rows.origin(i).ordinal())
                .endRow();
          }
        }
        st.execute("COPY (SELECT to_timestamp(ts) AS time, root, DATE '1970-01-01' + expiry AS "
            + "expiry, strike, CASE rgt WHEN 0 THEN 'C' ELSE 'P' END AS \"right\", "
            + nan("bid") + " AS bid, " + nan("ask") + " AS ask, " + nan("last") + " AS last, "
            + "CASE WHEN volume < 0 THEN NULL ELSE volume END AS volume, "
            + "CASE WHEN oi < 0 THEN NULL ELSE oi END AS open_interest, "
            + nan("iv") + " AS iv, " + nan("delta") + " AS delta, " + nan("gamma")
            + " AS gamma, " + nan("theta") + " AS theta, " + nan("vega") + " AS vega, "
            + nan("und") + " AS underlying_price, "
            + "CASE origin WHEN 0 THEN 'OBSERVED' ELSE 'ESTIMATED' END AS origin "
            + "FROM " + table + " ORDER BY ts, expiry, rgt, strike, root DESC) TO "
            + literal(file) + " (FORMAT PARQUET, COMPRESSION ZSTD, ROW_GROUP_SIZE "
            + ROW_GROUP + ")");
      } finally {
        st.execute("DROP TABLE IF EXISTS " + table);
      }
    }
  }

  private static String nan(String column) {
    return "CASE WHEN isnan(" + column + ") THEN NULL ELSE " + column + " END";
  }

  static String literal(Path file) {
    return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  /**
   * Loads an option partition into columns. The file's Parquet statistics say which columns have
   * values at all (the others are neither read nor allocated); the rows come back in file order,
   * several values packed into one {@code BIGINT} per row so that few JDBC getters run per row,
   * and only if the file is not sorted as the store writes it is the query run again ordered.
   */
  static DayChains readOptions(DuckDBConnection db, Path file, Underlying underlying,
      LocalDate day) throws SQLException {
    String src = "read_parquet(" + literal(file) + ")";
    try (DuckDBConnection c = db.duplicate(); Statement st = c.createStatement()) {
      Map<String, long[]> present = new HashMap<>();
      Map<String, String[]> range = new HashMap<>();
      long n = 0;
      try (ResultSet rs = st.executeQuery("SELECT path_in_schema, sum(row_group_num_rows), "
          + "sum(stats_null_count), min(stats_min_value), max(stats_max_value) FROM "
          + "parquet_metadata(" + literal(file) + ") GROUP BY path_in_schema")) {
        while (rs.next()) {
          long rows = rs.getLong(2);
          long nulls = rs.getLong(3);
          boolean nullsKnown = !rs.wasNull();
          n = Math.max(n, rows);
          present.put(rs.getString(1), new long[] {nullsKnown ? rows - nulls : rows});
          range.put(rs.getString(1), new String[] {rs.getString(4), rs.getString(5)});
        }
      }
      String[] roots = roots(st, src, range.get("root"));
      String[] origins = range.getOrDefault("origin", new String[] {null, null});
      boolean mixedOrigin = origins[0] == null || !origins[0].equals(origins[1]);
      byte dayOrigin = (byte) ("ESTIMATED".equals(origins[0]) ? 1 : 0);
      Columns cols = new Columns(present, roots.length > 1, mixedOrigin);
      long base = day.atStartOfDay(NyseCalendar.ZONE).toEpochSecond() - 86_400;
      String select = cols.select(base, day.toEpochDay(), roots);
      Loader l = new Loader(Math.toIntExact(n), cols, base, day.toEpochDay());
      try (ResultSet rs = st.executeQuery(select + " FROM " + src)) {
        while (rs.next() && l.add(rs)) {
          // reads until the end, or until the rows turn out not to be sorted
        }
      }
      if (l.unsorted) {
        l = new Loader(Math.toIntExact(n), cols, base, day.toEpochDay());
        try (ResultSet rs = st.executeQuery(select + " FROM " + src
            + " ORDER BY time, expiry, \"right\", strike, root DESC")) {
          while (rs.next()) {
            l.add(rs);
          }
        }
      }
      return l.finish(underlying, day, roots, dayOrigin);
    }
  }

  /** The partition's roots, ascending: from the statistics when there is one. */
  private static String[] roots(Statement st, String src, String[] range) throws SQLException {
    if (range != null && range[0] != null && range[0].equals(range[1])) {
      return new String[] {range[0].intern()};
    }
    List<String> roots = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT DISTINCT root FROM " + src + " ORDER BY root")) {
      while (rs.next()) {
        roots.add(rs.getString(1).intern());
      }
    }
    if (roots.isEmpty()) {
      roots.add("");
    }
    if (roots.size() > 256) {
      throw new SQLException("more than 256 option roots in one partition");
    }
    return roots.toArray(new String[0]);
  }

  /** Which columns a partition has, and the SELECT that packs them. */
  private static final class Columns {
    final boolean last;
    final boolean volume;
    final boolean openInterest;
    final boolean iv;
    final boolean delta;
    final boolean gamma;
    final boolean theta;
    final boolean vega;
    final boolean root;
    final boolean origin;

    Columns(Map<String, long[]> present, boolean multiRoot, boolean mixedOrigin) {
      last = has(present, "last");
      volume = has(present, "volume");
      openInterest = has(present, "open_interest");
      iv = has(present, "iv");
      delta = has(present, "delta");
      gamma = has(present, "gamma");
      theta = has(present, "theta");
      vega = has(present, "vega");
      root = multiRoot;
      origin = mixedOrigin;
    }

    private static boolean has(Map<String, long[]> present, String column) {
      long[] count = present.get(column);
      return count != null && count[0] > 0;
    }

    /**
     * Column 1, the key: seconds since the day before's midnight (18 bits), expiry minus day plus
     * 32768 (16 bits), right (1 bit), strike in thousandths (27 bits); its numeric order is the
     * store's sort order. Column 2: bid and ask in cents. Column 3: last and underlying in cents.
     * Then volume and open interest, IV and greeks, root and origin as present.
     */
    String select(long base, long epochDay, String[] roots) {
      String offset = "(CAST(epoch(time) AS BIGINT) - " + base + ")";
      StringBuilder s = new StringBuilder("SELECT CASE WHEN ").append(offset)
          .append(" BETWEEN 0 AND 262143 THEN (").append(offset).append(" << 44) | (CAST(expiry - DATE '1970-01-01' - ").append(epochDay)
          .append(" + 32768 AS BIGINT) << 28) | (CAST(\"right\" = 'P' AS BIGINT) << 27) | "
              + "CAST(round(strike * 1000) AS BIGINT) ELSE -1 END, ")
          .append(pair("bid", "ask")).append(", ").append(pair(last ? "last" : null,
              "underlying_price"));
      if (volume || openInterest) {
        s.append(", CAST(coalesce(least(volume, 2147483647), -1) AS BIGINT) * 4294967296 + "
            + "(CAST(coalesce(least(open_interest, 2147483647), -1) AS BIGINT) & 4294967295)");
      }
      for (String f : new String[] {iv ? "iv" : null, delta ? "delta" : null,
          gamma ? "gamma" : null, theta ? "theta" : null, vega ? "vega" : null}) {
        if (f != null) {
          s.append(", CAST(coalesce(").append(f).append(", 'NaN'::DOUBLE) AS FLOAT)");
        }
      }
      if (root) {
        s.append(", CAST(CASE root");
        for (int i = 0; i < roots.length; i++) {
          s.append(" WHEN '").append(roots[i].replace("'", "''")).append("' THEN ").append(i);
        }
        s.append(" END AS SMALLINT)");
      }
      if (origin) {
        s.append(", CAST(origin = 'ESTIMATED' AS TINYINT)");
      }
      return s.toString();
    }

    private static String pair(String high, String low) {
      // DuckDB refuses to shift negative numbers: multiply (exact, even for -2^31 * 2^32)
      return "(" + (high == null ? "CAST(-2147483648 AS BIGINT)" : cents(high))
          + " * 4294967296 + (" + cents(low) + " & 4294967295))";
    }

    private static String cents(String column) {
      return "CAST(coalesce(round(" + column + " * 100), -2147483648) AS BIGINT)";
    }
  }

  /** Fills the columns row by row, cutting snapshots and groups as time, expiry and right change. */
  private static final class Loader {
    final Columns cols;
    final long base;
    final long epochDay;
    final int[] strike;
    final byte[] root;
    final int[] bid;
    final int[] ask;
    final int[] last;
    final int[] volume;
    final int[] openInterest;
    final float[] iv;
    final float[] delta;
    final float[] gamma;
    final float[] theta;
    final float[] vega;
    final int[] under;
    final byte[] origin;
    int size;
    int rejected;
    boolean unsorted;
    final int rootColumn;
    // groups
    int groups;
    int[] groupStart = new int[1024];
    long[] groupTime = new long[1024];
    int[] groupExpiry = new int[1024];
    byte[] groupRight = new byte[1024];
    long lastGroupKey = -1;
    long lastKey = -1;
    int lastRoot = Integer.MAX_VALUE;

    Loader(int n, Columns cols, long base, long epochDay) {
      this.cols = cols;
      this.base = base;
      this.epochDay = epochDay;
      strike = new int[n];
      bid = new int[n];
      ask = new int[n];
      under = new int[n];
      root = cols.root ? new byte[n] : null;
      last = cols.last ? new int[n] : null;
      volume = cols.volume || cols.openInterest ? new int[n] : null;
      openInterest = cols.volume || cols.openInterest ? new int[n] : null;
      iv = cols.iv ? new float[n] : null;
      delta = cols.delta ? new float[n] : null;
      gamma = cols.gamma ? new float[n] : null;
      theta = cols.theta ? new float[n] : null;
      vega = cols.vega ? new float[n] : null;
      origin = cols.origin ? new byte[n] : null;
      rootColumn = 4 + (volume != null ? 1 : 0) + (cols.iv ? 1 : 0) + (cols.delta ? 1 : 0)
          + (cols.gamma ? 1 : 0) + (cols.theta ? 1 : 0) + (cols.vega ? 1 : 0);
    }

    /** Adds a row; false once the rows are found out of order. */
    boolean add(ResultSet rs) throws SQLException {
      long key = rs.getLong(1);
      if (key < 0) {
        throw new SQLException("a quote's time is not on the partition's day");
      }
      int rootIndex = cols.root ? rs.getShort(rootColumn) : 0;
      if (key < lastKey || (key == lastKey && rootIndex >= lastRoot)) {
        unsorted = true;
        return false;
      }
      lastKey = key;
      lastRoot = rootIndex;
      long prices = rs.getLong(2);
      int b = (int) (prices >> 32);
      int a = (int) prices;
      long lastUnder = rs.getLong(3);
      int l = (int) (lastUnder >> 32);
      if ((a == DayChains.NO_PRICE && l == DayChains.NO_PRICE)
          || (a != DayChains.NO_PRICE && b != DayChains.NO_PRICE && b > a)) {
        rejected++;
        return true;
      }
      int i = size++;
      long groupKey = key >>> 27;
      if (groupKey != lastGroupKey) {
        if (groups == groupStart.length) {
          groupStart = Arrays.copyOf(groupStart, groups * 2);
          groupTime = Arrays.copyOf(groupTime, groups * 2);
          groupExpiry = Arrays.copyOf(groupExpiry, groups * 2);
          groupRight = Arrays.copyOf(groupRight, groups * 2);
        }
        groupStart[groups] = i;
        groupTime[groups] = base + (key >>> 44);
        groupExpiry[groups] = (int) (epochDay + ((key >>> 28) & 0xFFFF) - 32768);
        groupRight[groups] = (byte) ((key >>> 27) & 1);
        groups++;
        lastGroupKey = groupKey;
      }
      strike[i] = (int) (key & ((1 << 27) - 1));
      bid[i] = b;
      ask[i] = a;
      under[i] = (int) lastUnder;
      if (last != null) {
        last[i] = l;
      }
      int c = 4;
      if (volume != null) {
        long vo = rs.getLong(c++);
        volume[i] = (int) (vo >> 32);
        openInterest[i] = (int) vo;
      }
      if (iv != null) {
        iv[i] = rs.getFloat(c++);
      }
      if (delta != null) {
        delta[i] = rs.getFloat(c++);
      }
      if (gamma != null) {
        gamma[i] = rs.getFloat(c++);
      }
      if (theta != null) {
        theta[i] = rs.getFloat(c++);
      }
      if (vega != null) {
        vega[i] = rs.getFloat(c++);
      }
      if (root != null) {
        root[i] = (byte) rootIndex;
      }
      if (origin != null) {
        origin[i] = rs.getByte(rootColumn + (cols.root ? 1 : 0));
      }
      return true;
    }
    DayChains finish(Underlying underlying, LocalDate day, String[] roots, byte dayOrigin) {
      int n = size;
      // snapshots: a new one wherever the time changes between groups
      int snaps = 0;
      long[] times = new long[Math.max(groups, 1)];
      int[] snapGroups = new int[groups + 1];
      for (int g = 0; g < groups; g++) {
        long t = groupTime[g];
        if (snaps == 0 || times[snaps - 1] != t) {
          times[snaps] = t;
          snapGroups[snaps] = g;
          snaps++;
        }
      }
      snapGroups[snaps] = groups;
      times = Arrays.copyOf(times, snaps);
      snapGroups = Arrays.copyOf(snapGroups, snaps + 1);
      int[] groupRows = Arrays.copyOf(groupStart, groups + 1);
      groupRows[groups] = n;
      // the underlying per snapshot; per row only if some snapshot disagrees with itself
      int[] snapUnder = new int[snaps];
      boolean uniform = true;
      for (int s = 0; s < snaps; s++) {
        int from = groupRows[snapGroups[s]];
        int to = groupRows[snapGroups[s + 1]];
        int u = DayChains.NO_PRICE;
        for (int r = from; r < to; r++) {
          if (under[r] != DayChains.NO_PRICE) {
            if (u == DayChains.NO_PRICE) {
              u = under[r];
            } else if (under[r] != u) {
              uniform = false;
            }
          }
        }
        snapUnder[s] = u;
        for (int r = from; r < to && uniform; r++) {
          uniform = under[r] == u;
        }
      }
      return new DayChains(underlying, day, times, snapGroups, snapUnder, groupRows,
          Arrays.copyOf(groupExpiry, groups), Arrays.copyOf(groupRight, groups),
          trim(strike, n), roots, trim(root, n), trim(bid, n), trim(ask, n), trim(last, n),
          trim(volume, n), trim(openInterest, n), trim(iv, n), trim(delta, n), trim(gamma, n),
          trim(theta, n), trim(vega, n), uniform ? null : trim(under, n), trim(origin, n),
          dayOrigin, rejected);
    }

    private static int[] trim(int[] a, int n) {
      return a == null || a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static float[] trim(float[] a, int n) {
      return a == null || a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static byte[] trim(byte[] a, int n) {
      return a == null || a.length == n ? a : Arrays.copyOf(a, n);
    }
  }

  /** Writes daily bars (date, open, high, low, close, volume, origin) sorted by date. */
  static void writeBars(DuckDBConnection db, DailySeries bars, Path file) throws SQLException {
    String table = "bars_" + TABLES.incrementAndGet();
    try (DuckDBConnection c = db.duplicate(); Statement st = c.createStatement()) {
      st.execute("CREATE TEMP TABLE " + table + " (date DATE, open DOUBLE, high DOUBLE, "
          + "low DOUBLE, close DOUBLE, volume BIGINT, origin VARCHAR)");
      try {
        try (DuckDBAppender a = c.createAppender("temp", "main", table)) {
          for (int i = 0; i < bars.size(); i++) {
            a.beginRow()
                .append(LocalDate.ofEpochDay(bars.days[i]))
                .append(bars.open[i])
                .append(bars.high[i])
                .append(bars.low[i])
                .append(bars.close[i])
                .append(bars.volume[i])
                .append(DataOrigin.values()[bars.origin[i]].name())
                .endRow();
          }
        }
        st.execute("COPY (SELECT * FROM " + table + " ORDER BY date) TO " + literal(file)
            + " (FORMAT PARQUET, COMPRESSION ZSTD)");
      } finally {
        st.execute("DROP TABLE IF EXISTS " + table);
      }
    }
  }

  /** Reads a symbol's daily bars. */
  static DailySeries readBars(DuckDBConnection db, Path file, String symbol)
      throws SQLException {
    try (DuckDBConnection c = db.duplicate(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT CAST(date - DATE '1970-01-01' AS INTEGER), open, "
            + "high, low, close, coalesce(volume, 0), origin = 'ESTIMATED' FROM read_parquet("
            + literal(file) + ") ORDER BY date")) {
      int cap = 256;
      int n = 0;
      int[] d = new int[cap];
      double[] o = new double[cap];
      double[] h = new double[cap];
      double[] l = new double[cap];
      double[] cl = new double[cap];
      long[] v = new long[cap];
      byte[] g = new byte[cap];
      while (rs.next()) {
        if (n == cap) {
          cap *= 2;
          d = Arrays.copyOf(d, cap);
          o = Arrays.copyOf(o, cap);
          h = Arrays.copyOf(h, cap);
          l = Arrays.copyOf(l, cap);
          cl = Arrays.copyOf(cl, cap);
          v = Arrays.copyOf(v, cap);
          g = Arrays.copyOf(g, cap);
        }
        d[n] = rs.getInt(1);
        o[n] = rs.getDouble(2);
        h[n] = rs.getDouble(3);
        l[n] = rs.getDouble(4);
        cl[n] = rs.getDouble(5);
        v[n] = rs.getLong(6);
        g[n] = (byte) (rs.getBoolean(7) ? 1 : 0);
        n++;
      }
      return new DailySeries(symbol, Arrays.copyOf(d, n), Arrays.copyOf(o, n),
          Arrays.copyOf(h, n), Arrays.copyOf(l, n), Arrays.copyOf(cl, n), Arrays.copyOf(v, n),
          Arrays.copyOf(g, n));
    }
  }
}
