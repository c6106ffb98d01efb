package dev.condor.core.store.imports;

import dev.condor.api.Experimental;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.Underlying;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * How to read one file: strict or lenient about bad rows, and what the file itself does not say
 * (the underlying or series symbol, the snapshot time, a companion underlying-price file, a generic
 * CSV column mapping).
 */
@Experimental(since = "0.1")
public final class ImportOptions {

  /** How many bad rows a result keeps by default; the count goes on beyond it. */
  public static final int DEFAULT_MAX_BAD_ROWS_KEPT = 1000;

  private static final ImportOptions DEFAULTS = builder().build();

  private final boolean strict;
  private final String symbol;
  private final ZonedDateTime snapshotTime;
  private final Path underlyingFile;
  private final CsvMapping mapping;
  private final int maxBadRowsKept;
  private final Set<String> underlyings;

  private ImportOptions(Builder b) {
    this.strict = b.strict;
    this.symbol = b.symbol;
    this.snapshotTime = b.snapshotTime;
    this.underlyingFile = b.underlyingFile;
    this.mapping = b.mapping;
    this.maxBadRowsKept = b.maxBadRowsKept;
    this.underlyings = Set.copyOf(b.underlyings);
  }

  /** Lenient, nothing overridden. */
  public static ImportOptions defaults() {
    return DEFAULTS;
  }

  /** A new builder, starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the first bad row aborts the import instead of being skipped. */
  public boolean strict() {
    return strict;
  }

  /**
   * The symbol to use instead of the file's own: the underlying of every option row, or the
   * series of a daily history.
   */
  public Optional<String> symbol() {
    return Optional.ofNullable(symbol);
  }

  /**
   * The snapshot time to use for a file that has none, or an unreadable one (a Cboe chain whose
   * date line is garbled, a generic CSV without a time column).
   */
  public Optional<ZonedDateTime> snapshotTime() {
    return Optional.ofNullable(snapshotTime);
  }

  /**
   * A Polygon aggregates file of the underlyings ({@code I:SPX}, {@code SPY}) whose closes give
   * the option rows their underlying price.
   */
  public Optional<Path> underlyingFile() {
    return Optional.ofNullable(underlyingFile);
  }

  /** The column mapping of a generic CSV file. */
  public Optional<CsvMapping> mapping() {
    return Optional.ofNullable(mapping);
  }

  /** How many bad rows the result keeps (all are counted). */
  public int maxBadRowsKept() {
    return maxBadRowsKept;
  }

  /**
   * The only underlyings whose option rows to import (empty: all); rows of others are skipped, not
   * bad. Vendor files such as Polygon's flat files hold every underlying of a day.
   */
  public Set<String> underlyings() {
    return underlyings;
  }

  @Override
  public String toString() {
    return "ImportOptions{strict=" + strict + ", symbol=" + symbol + ", snapshotTime="
        + snapshotTime + ", underlyingFile=" + underlyingFile + ", mapping=" + mapping
        + ", underlyings=" + underlyings + "}";
  }

  /** Builds {@link ImportOptions}. */
  @Experimental(since = "0.1")
  public static final class Builder {
    private boolean strict;
    private String symbol;
    private ZonedDateTime snapshotTime;
    private Path underlyingFile;
    private CsvMapping mapping;
    private int maxBadRowsKept = DEFAULT_MAX_BAD_ROWS_KEPT;
    private final Set<String> underlyings = new LinkedHashSet<>();

    private Builder() {}

    /** Imports option rows of these underlyings only ({@code SPX} keeps SPX and SPXW roots). */
    public Builder underlyings(String... symbols) {
      underlyings.clear();
      for (String s : symbols) {
        underlyings.add(Underlying.of(s).symbol());
      }
      return this;
    }

    /** Makes any bad row fatal. */
    public Builder strict(boolean value) {
      this.strict = value;
      return this;
    }

    /** Overrides the underlying or series symbol (null: the file's own). */
    public Builder symbol(String value) {
      this.symbol = value == null || value.isBlank() ? null : value.trim();
      return this;
    }

    /** Supplies or overrides the snapshot time (null: the file's own). */
    public Builder snapshotTime(ZonedDateTime value) {
      this.snapshotTime = value;
      return this;
    }

    /** A companion Polygon aggregates file of underlying prices (null: none). */
    public Builder underlyingFile(Path value) {
      this.underlyingFile = value;
      return this;
    }

    /** The generic CSV column mapping (null: none). */
    public Builder mapping(CsvMapping value) {
      this.mapping = value;
      return this;
    }

    /** How many bad rows to keep in the result, at least 0. */
    public Builder maxBadRowsKept(int value) {
      if (value < 0) {
        throw new InvalidValueException("maxBadRowsKept", value, "must be >= 0");
      }
      this.maxBadRowsKept = value;
      return this;
    }

    /** The options. */
    public ImportOptions build() {
      return new ImportOptions(this);
    }
  }
}
