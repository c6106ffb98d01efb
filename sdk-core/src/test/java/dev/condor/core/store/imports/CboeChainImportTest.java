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
import dev.condor.api.market.DataOrigin;
import dev.condor.core.store.OptionRows;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CboeChainImportTest {

  private static final Instant AT = ny("2023-06-09T13:40");

  @Test
  void readsAnIntradayChainAsOneSnapshotWithCallAndPutPerLine() {
    ImportResult r = Importer.read(ImportFormat.CBOE_CHAIN, fixture("cboe/spx_chain_intraday.csv"),
        ImportOptions.defaults());

    assertEquals(8, r.rowsRead());
    assertEquals(4, r.rowsAccepted());
    assertEquals(1, r.batch().options().size());
    OptionRows rows = partition(r, Underlying.SPX, "2023-06-09");
    assertEquals(4, rows.size());

    int call = row(rows, AT, "SPXW", "2023-06-09", 4300, OptionRight.CALL);
    assertPrices(rows, call, 4.9, 5.2, 5.1);
    assertEquals(1520, rows.volume(call));
    assertEquals(310, rows.openInterest(call));
    assertEquals(0.1234, rows.impliedVolatility(call), 1e-12);
    assertEquals(0.5123, rows.delta(call), 1e-12);
    assertEquals(0.0123, rows.gamma(call), 1e-12);
    assertTrue(Double.isNaN(rows.theta(call)) && Double.isNaN(rows.vega(call)));
    assertEquals(4301.25, rows.underlyingPrice(call), 1e-9);
    assertEquals(DataOrigin.OBSERVED, rows.origin(call));

    int put = row(rows, AT, "SPXW", "2023-06-09", 4300, OptionRight.PUT);
    assertPrices(rows, put, 4.6, 4.9, 4.8);
    assertEquals(-0.4877, rows.delta(put), 1e-12);
  }

  @Test
  void zeroAskIsNoOfferZeroLastIsNoTradeZeroIvIsNotComputed() {
    ImportResult r = Importer.read(ImportFormat.CBOE_CHAIN, fixture("cboe/spx_chain_intraday.csv"),
        ImportOptions.defaults());
    OptionRows rows = partition(r, Underlying.SPX, "2023-06-09");

    int call = row(rows, AT, "SPXW", "2023-06-09", 4400, OptionRight.CALL);
    assertPrices(rows, call, 0, 0.05, Double.NaN);
    int put = row(rows, AT, "SPXW", "2023-06-09", 4400, OptionRight.PUT);
    assertPrices(rows, put, 98.5, Double.NaN, 99.1);
    assertTrue(Double.isNaN(rows.impliedVolatility(put)));
    assertTrue(Double.isNaN(rows.delta(put)));
  }

  @Test
  void reportsBadSidesWithTheirLineAndKeepsTheRest() {
    ImportResult r = Importer.read(ImportFormat.CBOE_CHAIN, fixture("cboe/spx_chain_intraday.csv"),
        ImportOptions.defaults());

    assertEquals(4, r.badRowCount());
    assertEquals(List.of(
        new BadRow(7, "call: Volume = \"abc\" is not a number"),
        new BadRow(7, "put: bid = 42.0 is above ask = 41.5"),
        new BadRow(8, "call: expiry 2023-06-08 is before the quote date 2023-06-09 "
            + "(SPXW 230608C04300000)"),
        new BadRow(8, "put: expiry 2023-06-08 is before the quote date 2023-06-09 "
            + "(SPXW 230608P04300000)")), r.badRows());
  }

  @Test
  void aChainSavedOnSaturdayInSpanishIsFridaysClose() {
    ImportResult r = Importer.read(ImportFormat.CBOE_CHAIN,
        fixture("cboe/qqq_chain_saturday_spanish.csv"), ImportOptions.defaults());

    OptionRows rows = partition(r, Underlying.QQQ, "2023-07-14");
    int call = row(rows, ny("2023-07-14T16:00"), "QQQ", "2023-07-17", 380, OptionRight.CALL);
    assertPrices(rows, call, 2.48, 2.53, 2.51);
    assertEquals(381.1, rows.underlyingPrice(call), 1e-12);
    assertTrue(r.notes().get(0).contains("close of 2023-07-14"), r.notes().toString());
  }

  @Test
  void anUnreadableDateLineIsFatalNamingTheLineUnlessTheSnapshotTimeIsGiven() {
    DataException e = assertThrows(DataException.class, () -> Importer.read(
        ImportFormat.CBOE_CHAIN, fixture("cboe/spy_chain_garbled_date.csv"),
        ImportOptions.defaults()));
    assertTrue(e.getMessage().contains("spy_chain_garbled_date.csv"), e.getMessage());
    assertEquals("line 3", e.location().orElseThrow());
    assertTrue(e.getMessage().contains("\"3 June 3, 11:02 AM EDT\""), e.getMessage());

    ZonedDateTime close = ZonedDateTime.of(2023, 6, 2, 16, 0, 0, 0, Fixtures.NEW_YORK);
    ImportResult r = Importer.read(ImportFormat.CBOE_CHAIN,
        fixture("cboe/spy_chain_garbled_date.csv"),
        ImportOptions.builder().snapshotTime(close).build());
    OptionRows rows = partition(r, Underlying.SPY, "2023-06-02");
    assertEquals(close.toEpochSecond(), rows.epochSecond(0));
    assertEquals(2, rows.size());
  }

  @Test
  void readsTheDateLinesOfEveryLocaleSeen() {
    assertEquals(ZonedDateTime.of(2023, 5, 26, 17, 18, 0, 0, Fixtures.NEW_YORK),
        SnapshotTimes.parse("26 May 2023, 5:18 PM EDT"));
    assertEquals(ZonedDateTime.of(2024, 3, 22, 21, 40, 0, 0, Fixtures.NEW_YORK),
        SnapshotTimes.parse("March 22, 2024 at 9:40 PM EDT"));
    assertEquals(ZonedDateTime.of(2023, 9, 24, 13, 46, 0, 0, Fixtures.NEW_YORK),
        SnapshotTimes.parse("24 September 2023,1:46 PM EDT"));
    assertEquals(ny("2023-04-14T19:12"),
        SnapshotTimes.parse("14 April 2023, 19:12 UTC\u22124").toInstant());
    assertEquals(ny("2026-07-14T17:50"),
        SnapshotTimes.parse("14 de julio de 2026 a las 17:50 GMT-4").toInstant());
    assertEquals(ZonedDateTime.of(2022, 6, 11, 20, 47, 0, 0, Fixtures.NEW_YORK),
        SnapshotTimes.parse("June 11, 2022, 8:47 PM EDT"));
    assertEquals(ZonedDateTime.of(2023, 6, 8, 19, 56, 0, 0, Fixtures.NEW_YORK),
        SnapshotTimes.parse("8 June 2023 7:56 PM EDT"));
    assertEquals(ZonedDateTime.of(2024, 1, 7, 10, 52, 0, 0, Fixtures.NEW_YORK),
        SnapshotTimes.parse("January 7, 2024 at 10:52 AM EST"));
    assertThrows(BadValue.class, () -> SnapshotTimes.parse("4 June 4, 3:15 PM EDT"));
  }

  @Test
  void aFileWithoutTheChainHeaderIsFatal() {
    DataException e = assertThrows(DataException.class, () -> Importer.read(
        ImportFormat.CBOE_CHAIN, fixture("daily/VIX_History.csv"), ImportOptions.defaults()));
    assertTrue(e.getMessage().contains("Expiration Date,Calls"), e.getMessage());
    assertTrue(e.getMessage().contains("VIX_History.csv"), e.getMessage());
  }
}
