package dev.condor.samples.cli;

import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.store.HistoricalStore;
import dev.condor.core.store.ImportBatch;
import dev.condor.core.store.imports.BadRow;
import dev.condor.core.store.imports.CsvMapping;
import dev.condor.core.store.imports.ImportFormat;
import dev.condor.core.store.imports.ImportOptions;
import dev.condor.core.store.imports.ImportResult;
import dev.condor.core.store.imports.Importer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code condor import}: reads option chains and daily histories from the files users own into
 * the historical store; every file is read and checked before anything is written, bad rows are
 * listed by line with the reason, and the files land together or not at all. A day imported again
 * replaces the stored day, so re-running an import never duplicates rows.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import vendor files into the historical store: Cboe chain downloads, Cboe DataShop EOD"
        + " and interval files, Polygon/Massive flat files (minute aggregates, quotes), daily index"
        + " histories (Cboe, Yahoo), or any CSV with a --mapping. The format is detected from the header.",
    footer = {"", "Examples:",
        "  ./condor import SPX_chain_2023-06-09_1340ET_cboe.csv",
        "  ./condor import VIX_History.csv VIX1D_History.csv GSPC_daily.csv",
        "  ./condor import 2024-01-05.csv.gz --only SPX --underlying-file I_SPX_2024-01-05.csv.gz",
        "  ./condor import my_chains.csv --mapping my_mapping.yml --strict"})
final class ImportCommand implements Callable<Integer> {

  private static final int BAD_ROWS_SHOWN = 10;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import (.csv or .csv.gz).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store",
      description = "The historical store's directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--format", paramLabel = "ID",
      description = "The files' format when it can't be detected: cboe-chain, cboe-datashop-eod,"
          + " cboe-datashop-interval, polygon-minute-aggs, polygon-quotes, index-daily, csv.")
  String format;

  @Option(names = "--mapping", paramLabel = "FILE", description = "A YAML column mapping for a generic CSV.")
  Path mapping;

  @Option(names = "--symbol", paramLabel = "SYMBOL",
      description = "The underlying or index the files hold, where they don't say (e.g. VIX1D).")
  String symbol;

  @Option(names = "--snapshot-time", paramLabel = "DATE'T'HH:MM",
      description = "A chain download's New York time, where its header has none or the wrong one.")
  String snapshotTime;

  @Option(names = "--underlying-file", paramLabel = "FILE",
      description = "Polygon minute aggregates of the underlying (I:SPX...), for option aggregates' spot.")
  Path underlyingFile;

  @Option(names = "--only", paramLabel = "SYMBOL", split = ",",
      description = "Keep only these underlyings (Polygon flat files hold every underlying of a day).")
  List<String> only = new ArrayList<>();

  @Option(names = "--strict", description = "Fail on the first bad row instead of skipping it.")
  boolean strict;

  @Option(names = "--check", description = "Read and report only; write nothing.")
  boolean check;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ImportOptions options = options();
    ImportFormat chosen = format == null ? null : formatById();
    List<ImportResult> results = new ArrayList<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
      }
      ImportResult r = chosen == null ? Importer.read(file, options) : Importer.read(chosen, file, options);
      results.add(r);
      report(out, r);
    }
    if (check) {
      out.println("Checked only (--check): nothing written.");
      out.flush();
      return 0;
    }
    try (HistoricalStore target = HistoricalStore.open(store)) {
      target.write(ImportBatch.merge(results.stream().map(ImportResult::batch).toList()));
    }
    long rows = results.stream().mapToLong(ImportResult::rowsAccepted).sum();
    out.printf(Locale.ROOT, "Imported %,d rows from %d file(s) into %s%n", rows, results.size(),
        store.toAbsolutePath().normalize());
    out.flush();
    return 0;
  }

  private static void report(PrintWriter out, ImportResult r) {
    out.printf(Locale.ROOT, "%s (%s): %,d rows read, %,d accepted, %,d bad%n", r.file(), r.format().id(),
        r.rowsRead(), r.rowsAccepted(), r.badRowCount());
    r.batch().options().forEach((p, rows) -> out.printf(Locale.ROOT, "  %s %s: %,d option quotes%n",
        p.underlying().symbol(), p.day(), rows.size()));
    r.batch().dailyBars().forEach((s, bars) -> out.printf(Locale.ROOT, "  %s: %,d daily bars%s%n", s,
        bars.size(), bars.isEmpty() ? "" : " (" + bars.get(0).start().atZone(NyseCalendar.ZONE).toLocalDate()
            + " to " + bars.get(bars.size() - 1).start().atZone(NyseCalendar.ZONE).toLocalDate() + ")"));
    for (String note : r.notes()) {
      out.println("  note: " + note);
    }
    int shown = 0;
    for (BadRow bad : r.badRows()) {
      if (shown++ == BAD_ROWS_SHOWN) {
        break;
      }
      out.printf(Locale.ROOT, "  line %d: %s%n", bad.line(), bad.reason());
    }
    if (r.badRowCount() > BAD_ROWS_SHOWN) {
      out.printf(Locale.ROOT, "  ... and %,d more bad rows%n", r.badRowCount() - BAD_ROWS_SHOWN);
    }
  }

  private ImportOptions options() {
    ImportOptions.Builder b = ImportOptions.builder().strict(strict);
    if (!only.isEmpty()) {
      b.underlyings(only.toArray(String[]::new));
    }
    if (symbol != null) {
      b.symbol(symbol);
    }
    if (underlyingFile != null) {
      b.underlyingFile(underlyingFile);
    }
    if (mapping != null) {
      b.mapping(CsvMapping.load(mapping));
    }
    if (snapshotTime != null) {
      try {
        b.snapshotTime(LocalDateTime.parse(snapshotTime).atZone(NyseCalendar.ZONE));
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--snapshot-time must be a New York date-time such as 2023-06-09T13:40, not " + snapshotTime);
      }
    }
    return b.build();
  }

  private ImportFormat formatById() {
    try {
      return ImportFormat.byId(format);
    } catch (RuntimeException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
