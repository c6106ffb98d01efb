package dev.condor.core.store;

import dev.condor.api.Experimental;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.Greeks;
import dev.condor.api.market.OptionQuote;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One underlying's option chains over one trading day, in primitive columns: the snapshot times,
 * and for each snapshot its rows grouped by expiry and right, sorted by strike. Loaded once from
 * a store partition and shared, read-only, by every backtest that reads the day.
 *
 * <p>Rows are addressed by index. Within a snapshot, rows are ordered by expiry, right (calls
 * first), strike, then root descending (so the PM root, SPXW, comes before the AM root, SPX, at
 * an equal strike); a snapshot's rows for a range of expiries are therefore one contiguous run,
 * and each (expiry, right) is a <em>group</em> of rows.
 *
 * <p>Prices (bid, ask, last, underlying) are kept in cents as {@code int}, IV and greeks as
 * {@code float}; a column no row of the day has is not allocated. Rows with neither an ask nor a
 * last sale, or with a bid above the ask, cannot be served and are left out at load ({@link
 * #rejectedRows()}).
 *
 * <p>The served bid and ask ({@link #bid(int)}, {@link #ask(int)}) are the stored ones when the
 * row has an ask (a missing bid is 0, no bid); a row with only a last sale (vendor minute
 * aggregates carry trades, not quotes) is served around it with a modelled half-spread of {@code
 * max(0.05, 1% of last) / 2} (bid floored at 0), and is {@link #estimated(int) estimated}.
 */
@Experimental(since = "0.1")
public final class DayChains {

  /** Marks a missing price in a cents column. */
  static final int NO_PRICE = Integer.MIN_VALUE;
  private static final double MIN_SYNTHETIC_SPREAD = 0.05;
  private static final double SYNTHETIC_SPREAD_SHARE = 0.01;

  private final Underlying underlying;
  private final LocalDate day;
  // snapshots
  private final long[] times;
  private final int[] snapshotGroups; // snapshot s owns groups [snapshotGroups[s], snapshotGroups[s+1])
  private final int[] snapshotUnderlying; // cents, or NO_PRICE
  // groups: one (expiry, right) of one snapshot
  private final int[] groupRows; // group g owns rows [groupRows[g], groupRows[g+1])
  private final int[] groupExpiry; // epoch day
  private final byte[] groupRight;
  // rows
  private final int[] strike; // thousandths
  private final String[] roots;
  private final byte[] root; // index into roots, null when the day has one root
  private final int[] bid;
  private final int[] ask;
  private final int[] last; // null when absent all day
  private final int[] volume;
  private final int[] openInterest;
  private final float[] iv;
  private final float[] delta;
  private final float[] gamma;
  private final float[] theta;
  private final float[] vega;
  private final int[] rowUnderlying; // null when every snapshot has one underlying price
  private final byte[] origin; // null when the whole day has one origin
  private final byte dayOrigin;
  private final int rejected;
  /** Contracts made so far, shared by every snapshot of the day (a contract validates its root). */
  private final ConcurrentHashMap<Long, OptionContract> contracts = new ConcurrentHashMap<>();

  DayChains(Underlying underlying, LocalDate day, long[] times, int[] snapshotGroups,
      int[] snapshotUnderlying, int[] groupRows, int[] groupExpiry, byte[] groupRight,
      int[] strike, String[] roots, byte[] root, int[] bid, int[] ask, int[] last, int[] volume,
      int[] openInterest, float[] iv, float[] delta, float[] gamma, float[] theta, float[] vega,
      int[] rowUnderlying, byte[] origin, byte dayOrigin, int rejected) {
    this.underlying = underlying;
    this.day = day;
    this.times = times;
    this.snapshotGroups = snapshotGroups;
    this.snapshotUnderlying = snapshotUnderlying;
    this.groupRows = groupRows;
    this.groupExpiry = groupExpiry;
    this.groupRight = groupRight;
    this.strike = strike;
    this.roots = roots;
    this.root = root;
    this.bid = bid;
    this.ask = ask;
    this.last = last;
    this.volume = volume;
    this.openInterest = openInterest;
    this.iv = iv;
    this.delta = delta;
    this.gamma = gamma;
    this.theta = theta;
    this.vega = vega;
    this.rowUnderlying = rowUnderlying;
    this.origin = origin;
    this.dayOrigin = dayOrigin;
    this.rejected = rejected;
  }

  /** The underlying. */
  public Underlying underlying() {
    return underlying;
  }

  /** The trading day (New York). */
  public LocalDate day() {
    return day;
  }

  /** How many snapshots the day has. */
  public int snapshots() {
    return times.length;
  }

  /** How many rows (quotes) the day has. */
  public int rows() {
    return strike.length;
  }

  /** Rows the partition held that cannot be served (no ask and no last, or bid above ask). */
  public int rejectedRows() {
    return rejected;
  }

  /** Snapshot {@code s}'s time, in epoch seconds. */
  public long epochSecond(int s) {
    return times[s];
  }

  /** The latest snapshot at or before an epoch second, or -1 before the first. */
  public int snapshotAtOrBefore(long epochSecond) {
    int i = Arrays.binarySearch(times, epochSecond);
    return i >= 0 ? i : -i - 2;
  }

  /** Snapshot {@code s}'s first row. */
  public int firstRow(int s) {
    return groupRows[snapshotGroups[s]];
  }

  /** The row after snapshot {@code s}'s last. */
  public int endRow(int s) {
    return groupRows[snapshotGroups[s + 1]];
  }

  /** The underlying's price at snapshot {@code s}, or NaN if the rows carry none. */
  public double underlyingPrice(int s) {
    return price(snapshotUnderlying[s]);
  }

  /** Row {@code r}'s strike. */
  public double strike(int r) {
    return strike[r] / 1000.0;
  }

  /** Row {@code r}'s strike in thousandths (exact). */
  public int strikeThousandths(int r) {
    return strike[r];
  }

  /** Row {@code r}'s option root. */
  public String root(int r) {
    return root == null ? roots[0] : roots[root[r] & 0xFF];
  }

  /** Row {@code r}'s served bid (see the class documentation). */
  public double bid(int r) {
    int a = ask[r];
    if (a != NO_PRICE) {
      int b = bid[r];
      return b == NO_PRICE ? 0 : b / 100.0;
    }
    double l = last[r] / 100.0;
    return Math.max(0, l - halfSpread(l));
  }

  /** Row {@code r}'s served ask (see the class documentation). */
  public double ask(int r) {
    int a = ask[r];
    if (a != NO_PRICE) {
      return a / 100.0;
    }
    double l = last[r] / 100.0;
    return l + halfSpread(l);
  }

  /** Row {@code r}'s last sale, or NaN. */
  public double last(int r) {
    return last == null ? Double.NaN : price(last[r]);
  }

  /** Row {@code r}'s delta, or NaN when its greeks are unknown (as {@link OptionQuote#deltaOrNaN}). */
  public double deltaOrNaN(int r) {
    return hasGreeks(r) ? delta[r] : Double.NaN;
  }

  /** Whether row {@code r} is served as estimated: a model's value, or priced from a last sale. */
  public boolean estimated(int r) {
    return ask[r] == NO_PRICE || origin(r) == DataOrigin.ESTIMATED.ordinal();
  }

  /** The modelled half-spread around a last sale when a row has no quote. */
  static double halfSpread(double last) {
    return Math.max(MIN_SYNTHETIC_SPREAD, SYNTHETIC_SPREAD_SHARE * last) / 2;
  }

  /** Row {@code r}'s stored origin (what the import said), whatever is served. */
  DataOrigin storedOrigin(int r) {
    return origin(r) == 0 ? DataOrigin.OBSERVED : DataOrigin.ESTIMATED;
  }

  private int origin(int r) {
    return origin == null ? dayOrigin : origin[r];
  }

  private boolean hasGreeks(int r) {
    if (delta == null || gamma == null || theta == null || vega == null) {
      return false;
    }
    float d = delta[r];
    return d >= -1 && d <= 1 && Float.isFinite(gamma[r]) && Float.isFinite(theta[r])
        && Float.isFinite(vega[r]);
  }

  // ---- groups ----

  int firstGroup(int s) {
    return snapshotGroups[s];
  }

  int endGroup(int s) {
    return snapshotGroups[s + 1];
  }

  int groupFirstRow(int g) {
    return groupRows[g];
  }

  int groupEndRow(int g) {
    return groupRows[g + 1];
  }

  int groupExpiry(int g) {
    return groupExpiry[g];
  }

  OptionRight groupRight(int g) {
    return groupRight[g] == 0 ? OptionRight.CALL : OptionRight.PUT;
  }

  /** The group of an expiry and right in snapshot {@code s}, or -1. */
  int group(int s, int expiryEpochDay, OptionRight right) {
    byte r = (byte) right.ordinal();
    for (int g = snapshotGroups[s]; g < snapshotGroups[s + 1]; g++) {
      if (groupExpiry[g] == expiryEpochDay && groupRight[g] == r) {
        return g;
      }
    }
    return -1;
  }

  /** The row of a contract in group {@code g}, or -1. */
  int row(int g, int strikeThousandths, String optionRoot) {
    int lo = groupRows[g];
    int hi = groupRows[g + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (strike[mid] < strikeThousandths) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    for (int r = lo; r < groupRows[g + 1] && strike[r] == strikeThousandths; r++) {
      if (root(r).equals(optionRoot)) {
        return r;
      }
    }
    return -1;
  }

  /** Row {@code r} as an API quote taken at snapshot {@code s}. */
  OptionQuote quote(int s, int g, int r) {
    long key = ((long) groupExpiry[g] << 36) | ((long) groupRight[g] << 35)
        | ((long) (root == null ? 0 : root[r] & 0xFF) << 27) | strike[r];
    OptionContract contract = contracts.get(key);
    if (contract == null) {
      contract = OptionContract.of(root(r), LocalDate.ofEpochDay(groupExpiry[g]), strike(r),
          groupRight(g));
      contracts.putIfAbsent(key, contract);
    }
    DataOrigin stored = origin(r) == 0 ? DataOrigin.OBSERVED : DataOrigin.ESTIMATED;
    OptionQuote.Builder b = OptionQuote.builder()
        .contract(contract)
        .bid(bid(r))
        .ask(ask(r))
        .time(Instant.ofEpochSecond(times[s]))
        .origin(estimated(r) ? DataOrigin.ESTIMATED : DataOrigin.OBSERVED)
        .analyticsOrigin(stored);
    if (last != null && last[r] != NO_PRICE && last[r] >= 0) {
      b.last(last[r] / 100.0);
    }
    if (volume != null && volume[r] > 0) {
      b.volume(volume[r]);
    }
    if (openInterest != null && openInterest[r] > 0) {
      b.openInterest(openInterest[r]);
    }
    if (iv != null && iv[r] > 0 && Float.isFinite(iv[r])) {
      b.impliedVolatility(iv[r]);
    }
    if (hasGreeks(r)) {
      b.greeks(Greeks.of(delta[r], gamma[r], theta[r], vega[r]));
    }
    int u = rowUnderlying != null ? rowUnderlying[r] : snapshotUnderlying[s];
    if (u != NO_PRICE && u >= 0) {
      b.underlyingPrice(u / 100.0);
    }
    return b.build();
  }

  /**
   * The arrays in constructor order, from {@code times} to {@code origin} (an absent column is
   * null), for {@link ColumnFiles} to write.
   */
  Object[] columns() {
    return new Object[] {times, snapshotGroups, snapshotUnderlying, groupRows, groupExpiry,
        groupRight, strike, root, bid, ask, last, volume, openInterest, iv, delta, gamma, theta,
        vega, rowUnderlying, origin};
  }

  /** The day's option roots, ascending; {@link #root(int)} indexes them. */
  String[] roots() {
    return roots.clone();
  }

  /** The stored origin of every row when the day has one (no origin column). */
  byte dayOrigin() {
    return dayOrigin;
  }

  /** The heap the columns take, in bytes (arrays only, headers excluded). */
  public long bytes() {
    long n = 8L * times.length + 4L * snapshotGroups.length + 4L * snapshotUnderlying.length
        + 4L * groupRows.length + 4L * groupExpiry.length + groupRight.length;
    n += 4L * strike.length + len(root) + 4L * bid.length + 4L * ask.length;
    n += 4L * (len(last) + len(volume) + len(openInterest) + len(rowUnderlying));
    n += 4L * (len(iv) + len(delta) + len(gamma) + len(theta) + len(vega)) + len(origin);
    return n;
  }

  private static long len(Object array) {
    return array == null ? 0 : java.lang.reflect.Array.getLength(array);
  }

  static double price(int cents) {
    return cents == NO_PRICE ? Double.NaN : cents / 100.0;
  }

  @Override
  public String toString() {
    return "DayChains[" + underlying + " " + day + ", " + times.length + " snapshots, "
        + strike.length + " quotes, " + bytes() / 1024 + " KiB]";
  }
}
