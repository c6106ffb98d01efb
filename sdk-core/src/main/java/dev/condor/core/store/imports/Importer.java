package dev.condor.core.store.imports;

import dev.condor.api.Experimental;
import dev.condor.api.error.DataException;
import dev.condor.api.error.InvalidValueException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads a vendor file into an {@link ImportResult} whose batch the historical store writes at once;
 * a fatal problem throws and returns nothing, so nothing is written.
 */
@Experimental(since = "0.1")
public final class Importer {

  private Importer() {}

  /**
   * Reads a file in a given format.
   *
   * @throws DataException naming the file, the line and what is wrong when the file cannot be
   *     read, its layout is not the format's, it has no usable row, or (strict) a row is bad
   */
  public static ImportResult read(ImportFormat format, Path file, ImportOptions options) {
    if (format == null) {
      throw new InvalidValueException("format", null, "is required");
    }
    if (file == null) {
      throw new InvalidValueException("file", null, "is required");
    }
    ImportRun run = new ImportRun(file, format, options == null ? ImportOptions.defaults() : options);
    switch (format) {
      case CBOE_CHAIN:
        new CboeChainReader(run).read();
        break;
      case CBOE_DATASHOP_EOD:
      case CBOE_DATASHOP_INTERVAL:
        new DataShopReader(run).read();
        break;
      case POLYGON_MINUTE_AGGS:
        new PolygonAggsReader(run).read();
        break;
      case POLYGON_QUOTES:
        new PolygonQuotesReader(run).read();
        break;
      case INDEX_DAILY:
        new IndexDailyReader(run).read();
        break;
      case CSV:
        new GenericCsvReader(run).read();
        break;
      default:
        throw new IllegalStateException("unhandled format " + format);
    }
    return run.finish();
  }

  /**
   * Reads a file in the format its header shows ({@link ImportFormat#detect}); a generic CSV is
   * read when the options carry a {@link CsvMapping}.
   *
   * @throws DataException when the layout is not recognised, or as {@link #read(ImportFormat,
   *     Path, ImportOptions)}
   */
  public static ImportResult read(Path file, ImportOptions options) {
    ImportOptions o = options == null ? ImportOptions.defaults() : options;
    if (o.mapping().isPresent()) {
      return read(ImportFormat.CSV, file, o);
    }
    ImportFormat format = ImportFormat.detect(file).orElseThrow(() -> DataException
        .of(DataException.Kind.MALFORMED, file.toString()).location("line 1")
        .detail("unrecognised layout: the header matches none of "
            + Arrays.stream(ImportFormat.values()).filter(f -> f != ImportFormat.CSV)
                .map(ImportFormat::id).collect(Collectors.joining(", "))
            + "; give a column mapping to read it as csv")
        .build());
    return read(format, file, o);
  }
}
