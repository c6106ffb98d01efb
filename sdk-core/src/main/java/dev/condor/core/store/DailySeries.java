package dev.condor.core.store;

import dev.condor.api.market.Bar;
import dev.condor.api.market.DataOrigin;
import dev.condor.core.calendar.NyseCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One symbol's daily bars in memory, by date ascending: what {@code daily/symbol=X/bars.parquet}
 * holds. Immutable.
 */
final class DailySeries {

  static final DailySeries EMPTY = new DailySeries("", new int[0], new double[0], new double[0],
      new double[0], new double[0], new long[0], new byte[0]);
  private static final LocalTime SESSION_OPEN = LocalTime.of(9, 30);

  final String symbol;
  final int[] days;
  final double[] open;
  final double[] high;
  final double[] low;
  final double[] close;
  final long[] volume;
  final byte[] origin;

  DailySeries(String symbol, int[] days, double[] open, double[] high, double[] low,
      double[] close, long[] volume, byte[] origin) {
    this.symbol = symbol;
    this.days = days;
    this.open = open;
    this.high = high;
    this.low = low;
    this.close = close;
    this.volume = volume;
    this.origin = origin;
  }

  int size() {
    return days.length;
  }

  /** The index of a date's bar, or -1. */
  int indexOf(LocalDate date) {
    int i = Arrays.binarySearch(days, (int) date.toEpochDay());
    return i >= 0 ? i : -1;
  }

  /** The index of the last bar strictly before a date, or -1. */
  int lastBefore(LocalDate date) {
    int i = Arrays.binarySearch(days, (int) date.toEpochDay());
    return (i >= 0 ? i : -i - 1) - 1;
  }

  /** The trading day a bar is for: its start in New York. */
  static LocalDate dateOf(Bar bar) {
    return bar.start().atZone(NyseCalendar.ZONE).toLocalDate();
  }

  /** Bar {@code i} as an API bar: starting at 09:30 New York on its date, one day long. */
  Bar bar(int i) {
    LocalDate date = LocalDate.ofEpochDay(days[i]);
    return Bar.builder()
        .symbol(symbol)
        .start(date.atTime(SESSION_OPEN).atZone(NyseCalendar.ZONE).toInstant())
        .interval(Duration.ofDays(1))
        .open(open[i])
        .high(high[i])
        .low(low[i])
        .close(close[i])
        .volume(volume[i])
        .origin(origin[i] == 0 ? DataOrigin.OBSERVED : DataOrigin.ESTIMATED)
        .build();
  }

  /** These bars with others merged in; the others win on a date both have. */
  DailySeries merge(String name, List<Bar> newer) {
    Map<LocalDate, Bar> byDate = new TreeMap<>();
    for (int i = 0; i < days.length; i++) {
      byDate.put(LocalDate.ofEpochDay(days[i]), bar(i));
    }
    for (Bar b : newer) {
      byDate.put(dateOf(b), b);
    }
    return of(name, byDate);
  }

  private static DailySeries of(String name, Map<LocalDate, Bar> byDate) {
    int n = byDate.size();
    int[] d = new int[n];
    double[] o = new double[n];
    double[] h = new double[n];
    double[] l = new double[n];
    double[] c = new double[n];
    long[] v = new long[n];
    byte[] g = new byte[n];
    int i = 0;
    for (Map.Entry<LocalDate, Bar> e : byDate.entrySet()) {
      Bar b = e.getValue();
      d[i] = (int) e.getKey().toEpochDay();
      o[i] = b.open();
      h[i] = b.high();
      l[i] = b.low();
      c[i] = b.close();
      v[i] = b.volume();
      g[i] = (byte) b.origin().ordinal();
      i++;
    }
    return new DailySeries(name, d, o, h, l, c, v, g);
  }

  /** The bars dated {@code from} to {@code to}, both included. */
  List<Bar> between(LocalDate from, LocalDate to) {
    List<Bar> out = new ArrayList<>();
    int i = lastBefore(from) + 1;
    for (; i < days.length && days[i] <= to.toEpochDay(); i++) {
      out.add(bar(i));
    }
    return out;
  }
}
