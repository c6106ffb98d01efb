package dev.condor.core.store;

import dev.condor.api.Experimental;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A lazy {@link OptionChain} over one snapshot of a {@link DayChains}: no quote object exists
 * until a caller asks for that quote (each is then made once per chain and counted by the source
 * that served the chain). The strike lookups ({@link #byStrike}, {@link #byDelta}, {@link
 * #quote(OptionContract)}) read the columns and make only the quote they return.
 *
 * <p>For allocation-free scans, {@link #columns()} with {@link #firstRow()} and {@link #endRow()}
 * give the chain's rows directly (reads that way are not counted as served).
 */
@Experimental(since = "0.1")
public final class StoreChain implements OptionChain {

  private final DayChains day;
  private final int snapshot;
  private final int firstGroup;
  private final int endGroup;
  private final double spot;
  private final StoreMarketSource.Counter counter;
  private final AtomicReferenceArray<OptionQuote> made;
  private final List<LocalDate> expiries;

  StoreChain(DayChains day, int snapshot, int firstGroup, int endGroup, double spot,
      StoreMarketSource.Counter counter) {
    this.day = day;
    this.snapshot = snapshot;
    this.firstGroup = firstGroup;
    this.endGroup = endGroup;
    this.spot = spot;
    this.counter = counter;
    this.made = new AtomicReferenceArray<>(endRow() - firstRow());
    List<LocalDate> dates = new ArrayList<>();
    int lastExpiry = Integer.MIN_VALUE;
    for (int g = firstGroup; g < endGroup; g++) {
      if (day.groupExpiry(g) != lastExpiry) {
        lastExpiry = day.groupExpiry(g);
        dates.add(LocalDate.ofEpochDay(lastExpiry));
      }
    }
    this.expiries = List.copyOf(dates);
  }

  /** The day's columns this chain views. */
  public DayChains columns() {
    return day;
  }

  /** The snapshot of the day this chain is. */
  public int snapshot() {
    return snapshot;
  }

  /** The chain's first row in {@link #columns()}. */
  public int firstRow() {
    return day.groupFirstRow(firstGroup);
  }

  /** The row after the chain's last in {@link #columns()}. */
  public int endRow() {
    return firstGroup == endGroup ? firstRow() : day.groupEndRow(endGroup - 1);
  }

  @Override
  public Underlying underlying() {
    return day.underlying();
  }

  @Override
  public double spot() {
    return spot;
  }

  @Override
  public Instant time() {
    return Instant.ofEpochSecond(day.epochSecond(snapshot));
  }

  @Override
  public List<LocalDate> expiries() {
    return expiries;
  }

  @Override
  public List<OptionQuote> quotes(LocalDate expiry, OptionRight right) {
    int g = group(expiry, right);
    return g < 0 ? List.of() : new GroupView(g);
  }

  @Override
  public Optional<OptionQuote> quote(OptionContract contract) {
    int g = group(contract.expiry(), contract.right());
    if (g < 0) {
      return Optional.empty();
    }
    int r = day.row(g, (int) Math.round(contract.strike() * 1000), contract.root());
    return r < 0 ? Optional.empty() : Optional.of(quoteAt(g, r));
  }

  @Override
  public int size() {
    return endRow() - firstRow();
  }

  @Override
  public Optional<OptionQuote> byStrike(LocalDate expiry, OptionRight right, double strike) {
    int g = group(expiry, right);
    if (g < 0) {
      return Optional.empty();
    }
    for (int r = day.groupFirstRow(g); r < day.groupEndRow(g); r++) {
      if (Math.abs(day.strike(r) - strike) < 0.0005) {
        return Optional.of(quoteAt(g, r));
      }
    }
    return Optional.empty();
  }

  /** As {@link OptionChain#byDelta}, reading deltas from the columns. */
  @Override
  public Optional<OptionQuote> byDelta(LocalDate expiry, OptionRight right,
      double targetAbsDelta) {
    int g = group(expiry, right);
    if (g < 0) {
      return Optional.empty();
    }
    boolean put = right == OptionRight.PUT;
    int best = -1;
    double bestGap = Double.POSITIVE_INFINITY;
    for (int r = day.groupFirstRow(g); r < day.groupEndRow(g); r++) {
      double delta = day.deltaOrNaN(r);
      double k = day.strike(r);
      if (Double.isNaN(delta) || !(put ? k <= spot : k >= spot)) {
        continue;
      }
      double gap = Math.abs(Math.abs(delta) - targetAbsDelta);
      if (gap < bestGap - 1e-12 || (Math.abs(gap - bestGap) <= 1e-12 && best >= 0
          && Math.abs(k - spot) > Math.abs(day.strike(best) - spot))) {
        best = r;
        bestGap = gap;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(quoteAt(g, best));
  }

  private int group(LocalDate expiry, OptionRight right) {
    int e = (int) expiry.toEpochDay();
    byte want = (byte) right.ordinal();
    for (int g = firstGroup; g < endGroup; g++) {
      if (day.groupExpiry(g) == e && day.groupRight(g).ordinal() == want) {
        return g;
      }
    }
    return -1;
  }

  private OptionQuote quoteAt(int g, int r) {
    int i = r - firstRow();
    OptionQuote q = made.get(i);
    if (q == null) {
      q = day.quote(snapshot, g, r);
      if (made.compareAndSet(i, null, q)) {
        counter.served(day.estimated(r));
      } else {
        q = made.get(i);
      }
    }
    return q;
  }

  @Override
  public String toString() {
    return "StoreChain[" + underlying() + " spot " + spot + " at " + time() + ", " + size()
        + " quotes, " + expiries.size() + " expiries]";
  }

  /** The quotes of one group, made on access. */
  private final class GroupView extends AbstractList<OptionQuote> implements RandomAccess {
    private final int group;
    private final int first;
    private final int size;

    GroupView(int group) {
      this.group = group;
      this.first = day.groupFirstRow(group);
      this.size = day.groupEndRow(group) - first;
    }

    @Override
    public OptionQuote get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException(index);
      }
      return quoteAt(group, first + index);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
