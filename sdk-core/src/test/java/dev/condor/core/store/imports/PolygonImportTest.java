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
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.core.store.OptionRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolygonImportTest {

  @Test
  void minuteBarsAreQuotedAtTheirWindowEndWithoutBidAsk() {
    ImportResult r = Importer.read(ImportFormat.POLYGON_MINUTE_AGGS,
        fixture("polygon/spxw_minute_aggs.csv"), ImportOptions.defaults());

    OptionRows rows = partition(r, Underlying.SPX, "2024-01-05");
    // the 09:30 bar is known at 09:31, not before
    int first = row(rows, ny("2024-01-05T09:31"), "SPXW", "2024-01-05", 4700, OptionRight.CALL);
    assertPrices(rows, first, Double.NaN, Double.NaN, 3.30);
    assertEquals(25, rows.volume(first));
    // the index row of the same file and window gives the underlying price
    assertEquals(4691.10, rows.underlyingPrice(first), 1e-9);
    int second = row(rows, ny("2024-01-05T09:32"), "SPXW", "2024-01-05", 4700, OptionRight.CALL);
    assertPrices(rows, second, Double.NaN, Double.NaN, 3.20);
    assertTrue(Double.isNaN(rows.underlyingPrice(second)));

    assertEquals(4, r.rowsRead());
    assertEquals(3, r.rowsAccepted());
    assertEquals(List.of(new BadRow(6, "close = \"x.95\" is not a number")), r.badRows());
  }

  @Test
  void aCompanionIndexFileFillsTheUnderlyingPriceOfEachWindow() {
    ImportResult r = Importer.read(ImportFormat.POLYGON_MINUTE_AGGS,
        fixture("polygon/spxw_minute_aggs.csv"), ImportOptions.builder()
            .underlyingFile(fixture("polygon/spx_index_minute_aggs.csv")).build());

    OptionRows rows = partition(r, Underlying.SPX, "2024-01-05");
    int put = row(rows, ny("2024-01-05T09:32"), "SPXW", "2024-01-05", 4650, OptionRight.PUT);
    assertPrices(rows, put, Double.NaN, Double.NaN, 0.95);
    assertEquals(4692.50, rows.underlyingPrice(put), 1e-9);
  }

  @Test
  void aDayBarIsQuotedAtTheSessionClose(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("day_aggs.csv");
    Files.writeString(file, "ticker,volume,open,close,high,low,window_start,transactions\n"
        + "O:SPY240105C00470000,1500,0.80,0.52,0.95,0.40,1704430800000000000,310\n");

    ImportResult r = Importer.read(file, ImportOptions.defaults());

    assertEquals(ImportFormat.POLYGON_MINUTE_AGGS, r.format());
    OptionRows rows = partition(r, Underlying.SPY, "2024-01-05");
    assertEquals(ny("2024-01-05T16:00").getEpochSecond(), rows.epochSecond(0));
    assertEquals(0.52, rows.last(0), 1e-12);
  }

  @Test
  void quotesOnlyAfterTheCloseGiveNothingAndThatIsFatal(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("late_quotes.csv");
    Files.writeString(file, "ticker,ask_exchange,ask_price,ask_size,bid_exchange,bid_price,"
        + "bid_size,sequence_number,sip_timestamp\n"
        + "O:SPY240105P00465000,300,1.05,10,301,1.00,12,1,1704488460000000000\n");

    DataException e = assertThrows(DataException.class,
        () -> Importer.read(file, ImportOptions.defaults()));
    assertTrue(e.getMessage().contains("none gives a quote or a bar"), e.getMessage());
  }

  @Test
  void quotesBecomeMinuteSnapshotsOfTheLastQuoteAtOrBeforeEachBoundary() {
    ImportResult r = Importer.read(ImportFormat.POLYGON_QUOTES, fixture("polygon/spy_quotes.csv"),
        ImportOptions.defaults());

    OptionRows rows = partition(r, Underlying.SPY, "2024-01-05");
    // the quote stamped exactly 09:31:00 counts for 09:31
    int q0931 = row(rows, ny("2024-01-05T09:31"), "SPY", "2024-01-05", 465, OptionRight.PUT);
    assertPrices(rows, q0931, 1.02, 1.07, Double.NaN);
    int q0933 = row(rows, ny("2024-01-05T09:33"), "SPY", "2024-01-05", 465, OptionRight.PUT);
    assertPrices(rows, q0933, 1.02, 1.07, Double.NaN); // the crossed 09:33:20 quote is skipped
    int q0934 = row(rows, ny("2024-01-05T09:34"), "SPY", "2024-01-05", 465, OptionRight.PUT);
    assertPrices(rows, q0934, 1.08, 1.12, Double.NaN);
    int close = row(rows, ny("2024-01-05T16:00"), "SPY", "2024-01-05", 465, OptionRight.PUT);
    assertPrices(rows, close, 1.08, 1.12, Double.NaN);

    // the call's first quote is at 10:00:30: nothing before 10:01
    int call = row(rows, ny("2024-01-05T10:01"), "SPY", "2024-01-05", 470, OptionRight.CALL);
    assertPrices(rows, call, 0.50, 0.55, Double.NaN);
    long callRows = java.util.stream.IntStream.range(0, rows.size())
        .filter(i -> rows.right(i) == OptionRight.CALL).count();
    assertEquals(360, callRows);
    assertEquals(390 + 360, rows.size());

    assertEquals(7, r.rowsRead());
    assertEquals(List.of(
        new BadRow(6, "bid_price = 1.10 is above ask_price = 1.05 (a crossed quote)"),
        new BadRow(8, "sip_timestamp = \"notatime\" is not an integer timestamp")), r.badRows());
  }
}
