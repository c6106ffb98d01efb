package dev.condor.core.store.imports;

import dev.condor.api.Experimental;
import dev.condor.core.store.ImportBatch;
import java.nio.file.Path;
import java.util.List;

/**
 * What one import read: the batch to hand to the store, how many records were read and accepted,
 * and the rows it skipped (the first {@link ImportOptions#maxBadRowsKept()} of them; {@link
 * #badRowCount()} counts them all).
 *
 * <p>A record is one quote or one bar: a line of the Cboe chain download holds two (the call and
 * the put), a DataShop EOD row two (15:45 and the close), a Polygon quotes file yields one minute
 * snapshot per contract and minute, so {@code rowsAccepted} counts what lands in the batch. The
 * underlying-price rows of a Polygon file are not option records: a note counts them, as it
 * counts rows left out by {@link ImportOptions#underlyings()}.
 *
 * @param file the file read
 * @param format the layout it was read as
 * @param batch the option quotes and daily bars, ready for {@code HistoricalStore.write}
 * @param rowsRead data records read from the file
 * @param rowsAccepted records (quotes or bars) in the batch
 * @param badRowCount every record skipped as bad
 * @param badRows the first skipped records, in file order
 * @param notes decisions worth telling the user (e.g. the snapshot time chosen for a chain)
 */
@Experimental(since = "0.1")
public record ImportResult(Path file, ImportFormat format, ImportBatch batch, long rowsRead,
    long rowsAccepted, long badRowCount, List<BadRow> badRows, List<String> notes) {

  /** Copies the lists. */
  public ImportResult {
    badRows = List.copyOf(badRows);
    notes = List.copyOf(notes);
  }

  /** Whether more rows were bad than {@link #badRows()} holds. */
  public boolean badRowsTruncated() {
    return badRowCount > badRows.size();
  }
}
