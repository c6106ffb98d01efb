package dev.condor.core.store.imports;

import static dev.condor.core.store.imports.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.DataException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.Underlying;
import dev.condor.core.store.ImportBatch.Partition;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPolicyTest {

  @Test
  void detectsEachVendorLayoutFromItsHeader() {
    assertEquals(Optional.of(ImportFormat.CBOE_CHAIN),
        ImportFormat.detect(fixture("cboe/spx_chain_intraday.csv")));
    assertEquals(Optional.of(ImportFormat.CBOE_DATASHOP_EOD),
        ImportFormat.detect(fixture("datashop/spx_eod_summary.csv")));
    assertEquals(Optional.of(ImportFormat.CBOE_DATASHOP_INTERVAL),
        ImportFormat.detect(fixture("datashop/intervals_vix_spy.csv")));
    assertEquals(Optional.of(ImportFormat.POLYGON_MINUTE_AGGS),
        ImportFormat.detect(fixture("polygon/spxw_minute_aggs.csv")));
    assertEquals(Optional.of(ImportFormat.POLYGON_QUOTES),
        ImportFormat.detect(fixture("polygon/spy_quotes.csv")));
    assertEquals(Optional.of(ImportFormat.INDEX_DAILY),
        ImportFormat.detect(fixture("daily/VIX_History.csv")));
    assertEquals(Optional.of(ImportFormat.INDEX_DAILY),
        ImportFormat.detect(fixture("daily/GSPC_daily.csv")));
    assertEquals(Optional.empty(), ImportFormat.detect(fixture("generic/quotes.csv")));
  }

  @Test
  void findsFormatsByTheirCommandLineIds() {
    for (ImportFormat f : ImportFormat.values()) {
      assertEquals(f, ImportFormat.byId(f.id().toUpperCase(Locale.ROOT)));
    }
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ImportFormat.byId("parquet"));
    assertTrue(e.getMessage().contains("cboe-chain"), e.getMessage());
  }

  @Test
  void readsGzippedFilesTransparently(@TempDir Path dir) throws IOException {
    Path gz = dir.resolve("spx_chain_intraday.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(fixture("cboe/spx_chain_intraday.csv"), out);
    }

    ImportResult r = Importer.read(gz, ImportOptions.defaults());

    assertEquals(ImportFormat.CBOE_CHAIN, r.format());
    assertEquals(4, r.rowsAccepted());
    assertEquals(7, r.badRows().get(0).line());
  }

  @Test
  void strictModeMakesTheFirstBadRowFatalNamingFileAndLine() {
    DataException e = assertThrows(DataException.class, () -> Importer.read(
        fixture("cboe/spx_chain_intraday.csv"), ImportOptions.builder().strict(true).build()));
    assertEquals(DataException.Kind.MALFORMED, e.kind());
    assertEquals("line 7", e.location().orElseThrow());
    assertTrue(e.getMessage().contains("spx_chain_intraday.csv"), e.getMessage());
    assertTrue(e.getMessage().contains("Volume = \"abc\""), e.getMessage());
  }

  @Test
  void keepsTheFirstBadRowsButCountsThemAll() {
    ImportResult r = Importer.read(fixture("cboe/spx_chain_intraday.csv"),
        ImportOptions.builder().maxBadRowsKept(1).build());
    assertEquals(4, r.badRowCount());
    assertEquals(1, r.badRows().size());
    assertTrue(r.badRowsTruncated());
    assertFalse(Importer.read(fixture("cboe/spx_chain_intraday.csv"), ImportOptions.defaults())
        .badRowsTruncated());
  }

  @Test
  void aFileWithNoUsableRowIsFatalAndSaysWhy(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("VIX_History.csv");
    Files.writeString(file, "DATE,OPEN,HIGH,LOW,CLOSE\n01/02/2024,x,1,1,1\n");
    DataException e = assertThrows(DataException.class,
        () -> Importer.read(file, ImportOptions.defaults()));
    assertTrue(e.getMessage().contains("no usable rows"), e.getMessage());
    assertTrue(e.getMessage().contains("line 2: OPEN = \"x\" is not a number"), e.getMessage());

    Path empty = dir.resolve("SKEW.csv");
    Files.writeString(empty, "DATE,SKEW\n");
    DataException none = assertThrows(DataException.class,
        () -> Importer.read(empty, ImportOptions.defaults()));
    assertTrue(none.getMessage().contains("holds no data rows"), none.getMessage());
  }

  @Test
  void anUnderlyingFilterSkipsOtherUnderlyingsWithoutCallingThemBad() {
    ImportResult r = Importer.read(fixture("datashop/intervals_vix_spy.csv"),
        ImportOptions.builder().underlyings("SPY").build());
    assertEquals(Set.of(new Partition(Underlying.SPY, LocalDate.of(2021, 4, 26))),
        r.batch().options().keySet());
    assertEquals(1, r.rowsAccepted());
    assertEquals(2, r.badRowCount());
    assertTrue(r.notes().contains("2 records of underlyings other than [SPY] skipped"),
        r.notes().toString());

    DataException e = assertThrows(DataException.class, () -> Importer.read(
        fixture("polygon/spy_quotes.csv"), ImportOptions.builder().underlyings("^SPX").build()));
    assertTrue(e.getMessage().contains("none of [SPX]"), e.getMessage());
  }

  @Test
  void aMissingFileIsNotFound(@TempDir Path dir) {
    Path missing = dir.resolve("nope.csv");
    DataException e = assertThrows(DataException.class,
        () -> Importer.read(ImportFormat.CBOE_CHAIN, missing, ImportOptions.defaults()));
    assertEquals(DataException.Kind.NOT_FOUND, e.kind());
    assertTrue(e.getMessage().contains("nope.csv"), e.getMessage());
  }
}
