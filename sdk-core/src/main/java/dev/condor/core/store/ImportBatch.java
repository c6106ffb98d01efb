package dev.condor.core.store;

import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything one import read, ready for {@link HistoricalStore#write(ImportBatch)} to land at once
 * or not at all: option quotes by underlying and trading day, and daily bars of indices and
 * underlyings (SPX, VIX, VIX1D, SPY...) by symbol.
 *
 * @param options option quotes, one buffer per partition
 * @param dailyBars daily bars by symbol, oldest first
 */
public record ImportBatch(Map<Partition, OptionRows> options, Map<String, List<Bar>> dailyBars) {

  /** One partition of the store: an underlying's quotes on one trading day. */
  public record Partition(Underlying underlying, LocalDate day) {}

  /** Copies the maps (not the buffers). */
  public ImportBatch {
    options = Map.copyOf(options);
    dailyBars = Map.copyOf(dailyBars);
  }

  /**
   * One batch of several imports, so they land together: the quotes of a partition several
   * batches share are put together, and daily bars are appended in order (the store keeps the
   * last bar of a date).
   */
  public static ImportBatch merge(java.util.List<ImportBatch> batches) {
    Map<Partition, OptionRows> options = new java.util.LinkedHashMap<>();
    Map<String, List<Bar>> bars = new java.util.LinkedHashMap<>();
    for (ImportBatch b : batches) {
      b.options().forEach((p, rows) -> options.computeIfAbsent(p, k -> new OptionRows()).addAll(rows));
      b.dailyBars().forEach((s, list) -> bars.computeIfAbsent(s, k -> new java.util.ArrayList<>()).addAll(list));
    }
    return new ImportBatch(options, bars);
  }

  /** How many option quotes and daily bars the batch holds. */
  public long rows() {
    long n = 0;
    for (OptionRows r : options.values()) {
      n += r.size();
    }
    for (List<Bar> b : dailyBars.values()) {
      n += b.size();
    }
    return n;
  }
}
