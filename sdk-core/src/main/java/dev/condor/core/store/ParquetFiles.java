package dev.condor.core.store;

import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
            + literal(file) + " (FORMAT PARQUET, COMPRESSION ZSTD)");
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

  /** Loads an option partition into columns. */
  static DayChains readOptions(DuckDBConnection db, Path file, Underlying underlying,
      LocalDate day) throws SQLException {
    String src = "read_parquet(" + literal(file) + ")";
    try (DuckDBConnection c = db.duplicate(); Statement st = c.createStatement()) {
      int n;
      boolean hasLast;
      boolean hasVolume;
      boolean hasOi;
      boolean hasIv;
      boolean hasDelta;
      boolean hasGamma;
      boolean hasTheta;
      boolean hasVega;
      int origins;
      byte dayOrigin;
      try (ResultSet rs = st.executeQuery("SELECT count(*), count(last), count(volume), "
          + "count(open_interest), count(iv), count(delta), count(gamma), count(theta), "
          + "count(vega), count(DISTINCT origin), min(origin) FROM " + src)) {
        rs.next();
        n = Math.toIntExact(rs.getLong(1));
        hasLast = rs.getLong(2) > 0;
        hasVolume = rs.getLong(3) > 0;
        hasOi = rs.getLong(4) > 0;
        hasIv = rs.getLong(5) > 0;
        hasDelta = rs.getLong(6) > 0;
        hasGamma = rs.getLong(7) > 0;
        hasTheta = rs.getLong(8) > 0;
        hasVega = rs.getLong(9) > 0;
        origins = rs.getInt(10);
        dayOrigin = (byte) ("ESTIMATED".equals(rs.getString(11)) ? 1 : 0);
      }
      List<String> rootList = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT DISTINCT root FROM " + src + " ORDER BY root")) {
        while (rs.next()) {
          rootList.add(rs.getString(1).intern());
        }
      }
      String[] roots = rootList.toArray(new String[0]);
      StringBuilder rootIndex = new StringBuilder("0");
      if (roots.length > 1) {
        rootIndex = new StringBuilder("CASE root");
        for (int i = 0; i < roots.length; i++) {
          rootIndex.append(" WHEN '").append(roots[i].replace("'", "''")).append("' THEN ")
              .append(i);
        }
        rootIndex.append(" END");
      }
      Loader l = new Loader(n);
      l.root = roots.length > 1 ? new byte[n] : null;
      l.last = hasLast ? new int[n] : null;
      l.volume = hasVolume ? new int[n] : null;
      l.openInterest = hasOi ? new int[n] : null;
      l.iv = hasIv ? new float[n] : null;
      l.delta = hasDelta ? new float[n] : null;
      l.gamma = hasGamma ? new float[n] : null;
      l.theta = hasTheta ? new float[n] : null;
      l.vega = hasVega ? new float[n] : null;
      l.origin = origins > 1 ? new byte[n] : null;
      String sql = "SELECT CAST(epoch(time) AS BIGINT), CAST(expiry - DATE '1970-01-01' AS "
          + "INTEGER), CAST(\"right\" = 'P' AS TINYINT), CAST(round(strike * 1000) AS INTEGER), "
          + "CAST(" + rootIndex + " AS TINYINT), " + cents("bid") + ", " + cents("ask") + ", "
          + cents("last") + ", " + cents("underlying_price") + ", "
          + "CAST(coalesce(least(volume, 2147483647), -1) AS INTEGER), "
          + "CAST(coalesce(least(open_interest, 2147483647), -1) AS INTEGER), "
          + real("iv") + ", " + real("delta") + ", " + real("gamma") + ", " + real("theta") + ", "
          + real("vega") + ", CAST(origin = 'ESTIMATED' AS TINYINT) FROM " + src
          + " ORDER BY time, expiry, \"right\", strike, root DESC";
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          l.add(rs);
        }
      }
      return l.finish(underlying, day, roots, dayOrigin);
    }
  }

  private static String cents(String column) {
    return "CAST(coalesce(round(" + column + " * 100), -2147483648) AS INTEGER)";
  }

  private static String real(String column) {
    return "CAST(coalesce(" + column + ", 'NaN'::DOUBLE) AS FLOAT)";
  }

  /** Fills the columns row by row, cutting snapshots and groups as time, expiry and right change. */
  private static final class Loader {
    final int[] strike;
    byte[] root;
    final int[] bid;
    final int[] ask;
    int[] last;
    int[] volume;
    int[] openInterest;
    float[] iv;
    float[] delta;
    float[] gamma;
    float[] theta;
    float[] vega;
    final int[] under;
    byte[] origin;
    int size;
    int rejected;
    // groups
    int groups;
    int[] groupStart = new int[1024];
    long[] groupTime = new long[1024];
    int[] groupExpiry = new int[1024];
    byte[] groupRight = new byte[1024];
    long lastTime = Long.MIN_VALUE;
    int lastExpiry = Integer.MIN_VALUE;
    byte lastRight = -1;

    Loader(int n) {
      strike = new int[n];
      bid = new int[n];
      ask = new int[n];
      under = new int[n];
    }

    void add(ResultSet rs) throws SQLException {
      long time = rs.getLong(1);
      int expiry = rs.getInt(2);
      byte right = rs.getByte(3);
      int b = rs.getInt(6);
      int a = rs.getInt(7);
      int l = rs.getInt(8);
      if ((a == DayChains.NO_PRICE && l == DayChains.NO_PRICE)
          || (a != DayChains.NO_PRICE && b != DayChains.NO_PRICE && b > a)) {
        rejected++;
        return;
      }
      int i = size++;
      if (time != lastTime || expiry != lastExpiry || right != lastRight) {
        if (groups == groupStart.length) {
          groupStart = Arrays.copyOf(groupStart, groups * 2);
          groupTime = Arrays.copyOf(groupTime, groups * 2);
          groupExpiry = Arrays.copyOf(groupExpiry, groups * 2);
          groupRight = Arrays.copyOf(groupRight, groups * 2);
        }
        groupStart[groups] = i;
        groupTime[groups] = time;
        groupExpiry[groups] = expiry;
        groupRight[groups] = right;
        groups++;
        lastExpiry = expiry;
        lastRight = right;
      }
      lastTime = time;
      strike[i] = rs.getInt(4);
      if (root != null) {
        root[i] = rs.getByte(5);
      }
      bid[i] = b;
      ask[i] = a;
      if (last != null) {
        last[i] = l;
      }
      under[i] = rs.getInt(9);
      if (volume != null) {
        volume[i] = rs.getInt(10);
      }
      if (openInterest != null) {
        openInterest[i] = rs.getInt(11);
      }
      if (iv != null) {
        iv[i] = rs.getFloat(12);
      }
      if (delta != null) {
        delta[i] = rs.getFloat(13);
      }
      if (gamma != null) {
        gamma[i] = rs.getFloat(14);
      }
      if (theta != null) {
        theta[i] = rs.getFloat(15);
      }
      if (vega != null) {
        vega[i] = rs.getFloat(16);
      }
      if (origin != null) {
        origin[i] = rs.getByte(17);
      }
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
