package dev.condor.core.store.imports;

import static dev.condor.core.store.imports.Fixtures.assertPrices;
import static dev.condor.core.store.imports.Fixtures.fixture;
import static dev.condor.core.store.imports.Fixtures.ny;
import static dev.condor.core.store.imports.Fixtures.partition;
import static dev.condor.core.store.imports.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.DataException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.core.store.OptionRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericCsvImportTest {

  @Test
  void readsAnyLayoutThroughAYamlMapping() {
    CsvMapping mapping = CsvMapping.load(fixture("generic/mapping.yml"));
    ImportResult r = Importer.read(fixture("generic/quotes.csv"),
        ImportOptions.builder().mapping(mapping).build());

    assertEquals(ImportFormat.CSV, r.format());
    OptionRows rows = partition(r, Underlying.SPX, "2024-01-05");
    int call = row(rows, ny("2024-01-05T10:15"), "SPXW", "2024-01-05", 4700, OptionRight.CALL);
    assertPrices(rows, call, 3.1, 3.3, Double.NaN);
    assertEquals(0.125, rows.impliedVolatility(call), 1e-12);
    assertEquals(4695.2, rows.underlyingPrice(call), 1e-9);
    int put = row(rows, ny("2024-01-05T10:15"), "SPXW", "2024-01-05", 4650, OptionRight.PUT);
    assertPrices(rows, put, 1.0, 1.05, Double.NaN);

    assertEquals(List.of(new BadRow(4, "Type = \"X\" is not a right (C/P, call/put)")),
        r.badRows());
  }

  @Test
  void aSymbolColumnAndADateColumnGiveTheContractAndTheCloseOfThatDay(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("eod.csv");
    Files.writeString(file, "day,contract,last,oi\n"
        + "2024-01-05,O:SPXW240105P04650000,0.95,1200\n"
        + "2024-01-05,SPXW  240105C04700000,3.2,800\n");
    CsvMapping mapping = CsvMapping.builder().column("date", "day").column("symbol", "contract")
        .column("last", "last").column("open_interest", "oi").build();

    ImportResult r = Importer.read(file, ImportOptions.builder().mapping(mapping).build());

    OptionRows rows = partition(r, Underlying.SPX, "2024-01-05");
    int put = row(rows, ny("2024-01-05T16:00"), "SPXW", "2024-01-05", 4650, OptionRight.PUT);
    assertEquals(0.95, rows.last(put), 1e-12);
    assertEquals(1200, rows.openInterest(put));
    row(rows, ny("2024-01-05T16:00"), "SPXW", "2024-01-05", 4700, OptionRight.CALL);
  }

  @Test
  void readsDecimalCommasOnlyWhenTheMappingSaysSo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("european.csv");
    Files.writeString(file, "Zeit;Symbol;Geld;Brief;IV\n"
        + "2024-01-05T10:15:00;SPXW240105C04700000;1.003,5;1.004,25;0,125\n");
    CsvMapping.Builder mapping = CsvMapping.builder().delimiter(';').column("time", "Zeit")
        .column("symbol", "Symbol").column("bid", "Geld").column("ask", "Brief")
        .column("iv", "IV");

    ImportResult european = Importer.read(file,
        ImportOptions.builder().mapping(mapping.decimalComma(true).build()).build());
    OptionRows rows = partition(european, Underlying.SPX, "2024-01-05");
    assertPrices(rows, 0, 1003.5, 1004.25, Double.NaN);
    assertEquals(0.125, rows.impliedVolatility(0), 1e-12);

    DataException e = assertThrows(DataException.class, () -> Importer.read(file,
        ImportOptions.builder().mapping(mapping.decimalComma(false).build()).build()));
    assertTrue(e.getMessage().contains("Geld = \"1.003,5\" is not a number"), e.getMessage());
  }

  @Test
  void aMappingMustNameAContractAndAPrice() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CsvMapping.builder().column("time", "t").column("bid", "b").build());
    assertTrue(e.getMessage().contains("must map symbol, or root, expiry, strike and right"));
    assertThrows(InvalidValueException.class, () -> CsvMapping.builder().column("price", "p"));
  }

  @Test
  void aBadMappingFileIsFatalNamingTheFileAndKey(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mapping.yml");
    Files.writeString(file, "columns:\n  symbol: s\n  bid: b\nseparator: \";\"\n");
    DataException e = assertThrows(DataException.class, () -> CsvMapping.load(file));
    assertTrue(e.getMessage().contains("mapping.yml"), e.getMessage());
    assertEquals("separator", e.field().orElseThrow());
  }

  @Test
  void aMappedColumnMissingFromTheHeaderIsFatal() {
    CsvMapping mapping = CsvMapping.builder().column("symbol", "OptionSymbol")
        .column("bid", "Bid").column("time", "QuoteTime").delimiter(';').build();
    DataException e = assertThrows(DataException.class, () -> Importer.read(
        fixture("generic/quotes.csv"), ImportOptions.builder().mapping(mapping).build()));
    assertEquals("line 1", e.location().orElseThrow());
    assertTrue(e.getMessage().contains("symbol -> \"OptionSymbol\""), e.getMessage());
  }
}
