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
import java.util.List;
import org.junit.jupiter.api.Test;

class DataShopImportTest {

  @Test
  void eodSummaryGivesA1545SnapshotWithGreeksAndACloseSnapshotOnAnEarlyClose() {
    ImportResult r = Importer.read(ImportFormat.CBOE_DATASHOP_EOD,
        fixture("datashop/spx_eod_summary.csv"), ImportOptions.defaults());

    OptionRows rows = partition(r, Underlying.SPX, "2023-11-24");
    // the day after Thanksgiving closes at 13:00, so "15:45" is 12:45
    int q1545 = row(rows, ny("2023-11-24T12:45"), "SPXW", "2023-11-24", 4550, OptionRight.PUT);
    assertPrices(rows, q1545, 0.3, 0.4, Double.NaN);
    assertEquals(-1, rows.volume(q1545));
    assertEquals(4821, rows.openInterest(q1545));
    assertEquals(0.0812, rows.impliedVolatility(q1545), 1e-12);
    assertEquals(-0.1523, rows.delta(q1545), 1e-12);
    assertEquals(0.0214, rows.gamma(q1545), 1e-12);
    assertEquals(-1.2345, rows.theta(q1545), 1e-12);
    assertEquals(0.4321, rows.vega(q1545), 1e-12);
    assertEquals(4557.3, rows.underlyingPrice(q1545), 1e-9);

    int eod = row(rows, ny("2023-11-24T13:00"), "SPXW", "2023-11-24", 4550, OptionRight.PUT);
    assertPrices(rows, eod, 0, 0.05, 0.1);
    assertEquals(15234, rows.volume(eod));
    assertTrue(Double.isNaN(rows.impliedVolatility(eod)));
    assertEquals(4559.2, rows.underlyingPrice(eod), 1e-9);

    int monthly = row(rows, ny("2023-11-24T13:00"), "SPX", "2023-12-15", 4500, OptionRight.CALL);
    assertPrices(rows, monthly, 64.9, 65.9, 65.5);
    assertEquals(3, rows.size());
  }

  @Test
  void eodSummaryReportsEachBadSnapshot() {
    ImportResult r = Importer.read(ImportFormat.CBOE_DATASHOP_EOD,
        fixture("datashop/spx_eod_summary.csv"), ImportOptions.defaults());

    assertEquals(8, r.rowsRead());
    assertEquals(3, r.rowsAccepted());
    assertEquals(List.of(
        new BadRow(3, "option_type = \"X\" is not a right (C/P, call/put)"),
        new BadRow(3, "end-of-day snapshot skipped with its row"),
        new BadRow(4, "quote_date = 2023-11-23 is not a trading day"),
        new BadRow(4, "end-of-day snapshot skipped with its row"),
        new BadRow(5, "15:45 snapshot: bid = 62.1 is above ask = 61.3")), r.badRows());
  }

  @Test
  void intervalsGiveOneSnapshotPerQuoteTimeAndOnePartitionPerUnderlying() {
    ImportResult r = Importer.read(ImportFormat.CBOE_DATASHOP_INTERVAL,
        fixture("datashop/intervals_vix_spy.csv"), ImportOptions.defaults());

    assertEquals(2, r.batch().options().size());
    OptionRows vix = partition(r, Underlying.VIX, "2021-04-26");
    int first = row(vix, ny("2021-04-26T10:00"), "VIXW", "2021-04-28", 17, OptionRight.CALL);
    assertPrices(vix, first, 1.15, 1.25, Double.NaN);
    assertEquals(0, vix.volume(first));
    assertEquals(-1, vix.openInterest(first));
    assertTrue(Double.isNaN(vix.impliedVolatility(first)));
    assertEquals(17.3, vix.underlyingPrice(first), 1e-12);
    int second = row(vix, ny("2021-04-26T10:30"), "VIXW", "2021-04-28", 17, OptionRight.CALL);
    assertPrices(vix, second, 1.2, 1.3, 1.25);
    assertEquals(42, vix.volume(second));
    assertEquals(17.42, vix.underlyingPrice(second), 1e-12);

    OptionRows spy = partition(r, Underlying.SPY, "2021-04-26");
    assertEquals(1, spy.size());
    assertEquals(417.11, spy.underlyingPrice(0), 1e-12);

    assertEquals(List.of(
        new BadRow(5, "expiry 2021-04-23 is before the quote date 2021-04-26 (SPY 210423P00415000)"),
        new BadRow(6, "ask = -0.9000 is negative")), r.badRows());
  }

  @Test
  void aDataShopFileMissingARequiredColumnIsFatalAtItsHeader() {
    DataException e = assertThrows(DataException.class, () -> Importer.read(
        ImportFormat.CBOE_DATASHOP_EOD, fixture("datashop/intervals_vix_spy.csv"),
        ImportOptions.defaults()));
    assertEquals("line 1", e.location().orElseThrow());
    assertTrue(e.getMessage().contains("quote_date, bid_1545, ask_1545, bid_eod, ask_eod"),
        e.getMessage());
  }
}
