package dev.condor.core.store.imports;

/** A row-level problem found while reading one row: the row is skipped and reported, not fatal. */
final class BadValue extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadValue(String reason) {
    super(reason, null, false, false);
  }
}
