package dev.condor.core.store;

import java.nio.file.Path;

/**
 * The historical store: Parquet files under one directory, partitioned by underlying and trading
 * day, written and read with embedded DuckDB.
 *
 * <p>(Skeleton: the implementation lands with the store.)
 */
public final class HistoricalStore implements AutoCloseable {

  private final Path root;

  private HistoricalStore(Path root) {
    this.root = root;
  }

  /** Opens (creating if needed) the store under {@code root}. */
  public static HistoricalStore open(Path root) {
    return new HistoricalStore(root);
  }

  /**
   * Writes a whole import at once: every partition and every daily series lands, or none does.
   * A partition already in the store is replaced.
   */
  public void write(ImportBatch batch) {
    throw new UnsupportedOperationException("store not implemented yet: " + root);
  }

  @Override
  public void close() {}
}
