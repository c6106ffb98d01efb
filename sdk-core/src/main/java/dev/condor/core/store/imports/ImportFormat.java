package dev.condor.core.store.imports;

import dev.condor.api.Experimental;
import dev.condor.api.error.InvalidValueException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file layouts Condor imports, each with the short id the command line uses. */
@Experimental(since = "0.1")
public enum ImportFormat {
  /** The Cboe delayed-quotes chain download: calls and puts side by side, one snapshot. */
  CBOE_CHAIN("cboe-chain"),
  /** Cboe DataShop Option EOD Summary: a 15:45 snapshot (with greeks) and an end-of-day one. */
  CBOE_DATASHOP_EOD("cboe-datashop-eod"),
  /** Cboe DataShop Option Quotes at intervals: one snapshot per {@code quote_datetime}. */
  CBOE_DATASHOP_INTERVAL("cboe-datashop-interval"),
  /** Polygon (Massive) options minute or day aggregates flat file: last prices, no bid/ask. */
  POLYGON_MINUTE_AGGS("polygon-minute-aggs"),
  /** Polygon (Massive) options quotes flat file: ticks sampled into minute snapshots. */
  POLYGON_QUOTES("polygon-quotes"),
  /** Daily index or ETF history: Cboe {@code DATE,OPEN,HIGH,LOW,CLOSE} or {@code DATE,VALUE}, Yahoo. */
  INDEX_DAILY("index-daily"),
  /** Any option-quote CSV read through a declared column mapping ({@link CsvMapping}). */
  CSV("csv");

  private final String id;

  ImportFormat(String id) {
    this.id = id;
  }

  /** The short id, e.g. {@code cboe-chain}. */
  public String id() {
    return id;
  }

  /** The format with this id (case-insensitive). */
  public static ImportFormat byId(String id) {
    for (ImportFormat f : values()) {
      if (f.id.equalsIgnoreCase(id == null ? "" : id.trim())) {
        return f;
      }
    }
    throw new InvalidValueException("format", id, "must be one of "
        + Arrays.stream(values()).map(ImportFormat::id).collect(Collectors.joining(", ")));
  }

  /**
   * The format a file's first lines show (gzip read transparently), or empty when none matches;
   * {@link #CSV} is never detected, it needs a mapping.
   *
   * @throws dev.condor.api.error.DataException when the file cannot be read
   */
  public static Optional<ImportFormat> detect(Path file) {
    return detect(TextFile.head(file, 12));
  }

  static Optional<ImportFormat> detect(List<String> head) {
    for (String line : head) {
      if (line.startsWith("Expiration Date,Calls") || line.startsWith("\"Expiration Date\",")) {
        return Optional.of(CBOE_CHAIN);
      }
    }
    String header = head.stream().filter(s -> !s.isBlank()).findFirst().orElse("");
    String[] cells = Csv.split(header, ',');
    List<String> keys = Arrays.stream(cells).map(Csv::key).collect(Collectors.toList());
    if (keys.contains("underlying_symbol") && keys.contains("quote_date")
        && keys.contains("bid_eod")) {
      return Optional.of(CBOE_DATASHOP_EOD);
    }
    if (keys.contains("underlying_symbol") && keys.contains("quote_datetime")) {
      return Optional.of(CBOE_DATASHOP_INTERVAL);
    }
    if (keys.contains("ticker") && keys.contains("sip_timestamp") && keys.contains("bid_price")) {
      return Optional.of(POLYGON_QUOTES);
    }
    if (keys.contains("ticker") && keys.contains("window_start") && keys.contains("close")) {
      return Optional.of(POLYGON_MINUTE_AGGS);
    }
    if (!keys.isEmpty() && keys.get(0).equals("date")
        && (keys.containsAll(List.of("open", "high", "low", "close")) || keys.size() == 2)) {
      return Optional.of(INDEX_DAILY);
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
