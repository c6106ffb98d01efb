package dev.condor.core.store.imports;

import static dev.condor.core.store.imports.Fixtures.fixture;
import static dev.condor.core.store.imports.Fixtures.ny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.DataException;
import dev.condor.api.market.Bar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexDailyImportTest {

  @Test
  void readsCboeOhlcHistoryInDateOrderNamedAfterTheFile() {
    ImportResult r = Importer.read(ImportFormat.INDEX_DAILY, fixture("daily/VIX_History.csv"),
        ImportOptions.defaults());

    List<Bar> bars = r.batch().dailyBars().get("VIX");
    assertEquals(2, bars.size());
    Bar first = bars.get(0);
    assertEquals(ny("2024-01-02T09:30"), first.start());
    assertEquals(Duration.ofDays(1), first.interval());
    assertEquals(13.21, first.open(), 1e-12);
    assertEquals(14.23, first.high(), 1e-12);
    assertEquals(13.10, first.low(), 1e-12);
    assertEquals(13.20, first.close(), 1e-12);
    assertEquals(ny("2024-01-03T09:30"), bars.get(1).start());
    assertTrue(r.batch().options().isEmpty());
  }

  @Test
  void reportsUnparseableInconsistentAndRepeatedDays() {
    ImportResult r = Importer.read(ImportFormat.INDEX_DAILY, fixture("daily/VIX_History.csv"),
        ImportOptions.defaults());

    assertEquals(5, r.rowsRead());
    assertEquals(2, r.rowsAccepted());
    assertEquals(3, r.badRowCount());
    assertEquals(new BadRow(4, "OPEN = \"abc\" is not a number"), r.badRows().get(0));
    assertEquals(5, r.badRows().get(1).line());
    assertTrue(r.badRows().get(1).reason().startsWith("low/high = \"12.9/13.1\": must bracket "
        + "open 13.5"), r.badRows().get(1).reason());
    assertEquals(new BadRow(6, "DATE = 01/03/2024 repeats an earlier row; the first is kept"),
        r.badRows().get(2));
  }

  @Test
  void readsYahooHistoryAndMapsGspcToSpx() {
    ImportResult r = Importer.read(fixture("daily/GSPC_daily.csv"), ImportOptions.defaults());

    assertEquals(ImportFormat.INDEX_DAILY, r.format());
    List<Bar> bars = r.batch().dailyBars().get("SPX");
    assertEquals(2, bars.size());
    assertEquals(ny("2024-01-02T09:30"), bars.get(0).start());
    assertEquals(4742.83, bars.get(0).close(), 1e-9);
    assertEquals(3743050000L, bars.get(0).volume());
    assertEquals(ny("2024-01-03T09:30"), bars.get(1).start());
  }

  @Test
  void aSingleValueHistoryIsABarWithOneLevelNamedAfterItsColumnOrTheOverride() {
    ImportResult r = Importer.read(fixture("daily/SKEW_History.csv"), ImportOptions.defaults());
    Bar bar = r.batch().dailyBars().get("SKEW").get(0);
    assertEquals(146.75, bar.open(), 1e-12);
    assertEquals(146.75, bar.high(), 1e-12);
    assertEquals(146.75, bar.low(), 1e-12);
    assertEquals(146.75, bar.close(), 1e-12);

    ImportResult renamed = Importer.read(fixture("daily/SKEW_History.csv"),
        ImportOptions.builder().symbol("CBOESKEW").build());
    assertEquals(List.of("CBOESKEW"), List.copyOf(renamed.batch().dailyBars().keySet()));
  }

  @Test
  void rejectsTablesThatAreNotPriceHistories(@TempDir Path dir) throws IOException {
    Path ratios = dir.resolve("put_call_ratios.csv");
    Files.writeString(ratios, "Fecha,TOTAL_PUT_CALL_RATIO,INDEX_PUT_CALL_RATIO\n"
        + "2019-10-07,1.05,1.05\n");
    Path curve = dir.resolve("futures_curve.csv");
    Files.writeString(curve, "expiration_date,symbol,settlement\n2026-07-29,VX30/N6,19.5133\n");

    DataException e = assertThrows(DataException.class,
        () -> Importer.read(ImportFormat.INDEX_DAILY, ratios, ImportOptions.defaults()));
    assertEquals("line 1", e.location().orElseThrow());
    assertTrue(e.getMessage().contains("does not start with a DATE column"), e.getMessage());
    assertTrue(ImportFormat.detect(curve).isEmpty());
    DataException detect = assertThrows(DataException.class,
        () -> Importer.read(curve, ImportOptions.defaults()));
    assertTrue(detect.getMessage().contains("unrecognised layout"), detect.getMessage());
  }
}
