package dev.condor.core.store.imports;

import dev.condor.api.Experimental;

/**
 * One data row an import skipped: its 1-based physical line in the file and why, naming the
 * column and the value at fault.
 *
 * @param line the 1-based line number in the (decompressed) file
 * @param reason what is wrong, e.g. {@code bid = 2.5 is above ask = 2.1}
 */
@Experimental(since = "0.1")
public record BadRow(long line, String reason) {

  @Override
  public String toString() {
    return "line " + line + ": " + reason;
  }
}
