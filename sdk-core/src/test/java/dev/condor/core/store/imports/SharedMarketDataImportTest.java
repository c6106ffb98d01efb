package dev.condor.core.store.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.condor.api.error.DataException;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.core.store.ImportBatch.Partition;
import dev.condor.core.store.OptionRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Imports the real public samples of the shared market-data folder (read in place, never copied);
 * skipped, saying so, where the folder is absent.
 */
class SharedMarketDataImportTest {

  private static final Path ROOT = Path.of("../../shared/market-data");
  private static final Path CHAINS = ROOT.resolve("option_chains");
  private static final Path DAILY = ROOT.resolve("index_daily");

  @BeforeAll
  static void requireSharedData() {
    assumeTrue(Files.isDirectory(CHAINS) && Files.isDirectory(DAILY),
        "shared market data not found at " + ROOT.toAbsolutePath() + ": skipped");
  }

  private static List<Path> list(Path dir, String glob) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob)
          .matches(p.getFileName())).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void everyCboeSampleImportsOrFailsWithALineNumberedReason() throws IOException {
    List<Path> files = list(CHAINS, "*_cboe*.csv");
    assertTrue(files.size() >= 17, "samples: " + files);
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.startsWith("SPY_chain_2023-06-02")) {
        // its date line reads "4 June 4, 3:15 PM EDT": no year
        DataException e = assertThrows(DataException.class,
            () -> Importer.read(file, ImportOptions.defaults()), name);
        assertEquals("line 3", e.location().orElseThrow(), name);
        assertTrue(e.getMessage().contains("no four-digit year"), e.getMessage());
        ImportResult r = Importer.read(file, ImportOptions.builder()
            .snapshotTime(ZonedDateTime.of(2023, 6, 2, 16, 0, 0, 0, Fixtures.NEW_YORK)).build());
        assertEquals(7686, r.rowsAccepted(), name);
        continue;
      }
      ImportResult r = Importer.read(file, ImportOptions.defaults());
      assertTrue(r.rowsAccepted() > 0, name);
      assertEquals(0, r.badRowCount(), name + ": " + r.badRows());
      assertEquals(r.rowsRead(), r.rowsAccepted(), name);
      LocalDate day = LocalDate.parse(name.replaceFirst("^[A-Za-z_]*?(\\d{4}-\\d{2}-\\d{2}).*", "$1"));
      assertTrue(r.batch().options().keySet().stream().allMatch(p -> p.day().equals(day)),
          name + " partitions " + r.batch().options().keySet());
    }
  }

  @Test
  void theSpx20230609ChainIsA1340NewYorkSnapshotWithItsZeroDteExpiry() {
    ImportResult r = Importer.read(CHAINS.resolve("SPX_chain_2023-06-09_1340ET_cboe.csv"),
        ImportOptions.defaults());

    assertEquals(ImportFormat.CBOE_CHAIN, r.format());
    assertEquals(1, r.batch().options().size());
    OptionRows rows = r.batch().options()
        .get(new Partition(Underlying.SPX, LocalDate.of(2023, 6, 9)));
    long at = ZonedDateTime.of(2023, 6, 9, 13, 40, 0, 0, Fixtures.NEW_YORK).toEpochSecond();
    int zeroDte = 0;
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(at, rows.epochSecond(i));
      assertEquals(4300.0098, rows.underlyingPrice(i), 1e-9);
      if (rows.root(i).equals("SPXW")
          && rows.expiryEpochDay(i) == LocalDate.of(2023, 6, 9).toEpochDay()) {
        zeroDte++;
      }
    }
    assertTrue(zeroDte > 100, "0DTE SPXW quotes: " + zeroDte);
    int atm = Fixtures.row(rows, java.time.Instant.ofEpochSecond(at), "SPXW", "2023-06-09", 4300,
        OptionRight.CALL);
    assertTrue(rows.bid(atm) > 0 && rows.ask(atm) > rows.bid(atm) && rows.ask(atm) < 50,
        rows.bid(atm) + "/" + rows.ask(atm));
  }

  @Test
  void theDataShopSamplesImport() {
    ImportResult eod = Importer.read(
        CHAINS.resolve("VIX_options_eod_2016-06-01_cboe_datashop_EODQuotes_format.csv"),
        ImportOptions.defaults());
    assertEquals(ImportFormat.CBOE_DATASHOP_EOD, eod.format());
    assertEquals(eod.rowsRead(), eod.rowsAccepted());
    assertEquals(List.of(new Partition(Underlying.VIX, LocalDate.of(2016, 6, 1))),
        List.copyOf(eod.batch().options().keySet()));

    ImportResult intervals = Importer.read(CHAINS.resolve(
        "cboe_datashop_sample_UnderlyingOptionsIntervals_1800sec_2021-04-26_A_and_VIX.csv"),
        ImportOptions.defaults());
    assertEquals(ImportFormat.CBOE_DATASHOP_INTERVAL, intervals.format());
    assertEquals(20160, intervals.rowsAccepted());
    assertEquals(15064, intervals.batch().options()
        .get(new Partition(Underlying.VIX, LocalDate.of(2021, 4, 26))).size());
    assertEquals(5096, intervals.batch().options()
        .get(new Partition(Underlying.of("A"), LocalDate.of(2021, 4, 26))).size());
  }

  @Test
  void theOtherChainLayoutsNeedAMappingAndImportWithOne() {
    Path yahoo = CHAINS.resolve("SPX_full_chain_2026-01-30_close_yfinance.csv");
    Path optopsy = CHAINS.resolve("SPXW_eom_expiries_eod_2018-01-02_to_2018-02-28_optopsy.csv");
    for (Path p : List.of(yahoo, optopsy)) {
      DataException e = assertThrows(DataException.class,
          () -> Importer.read(p, ImportOptions.defaults()));
      assertTrue(e.getMessage().contains("unrecognised layout"), e.getMessage());
    }

    CsvMapping yahooMapping = CsvMapping.builder().column("symbol", "contractSymbol")
        .column("bid", "bid").column("ask", "ask").column("last", "lastPrice")
        .column("volume", "volume").column("open_interest", "openInterest")
        .column("iv", "impliedVolatility").build();
    ImportResult y = Importer.read(yahoo, ImportOptions.builder().mapping(yahooMapping)
        .snapshotTime(ZonedDateTime.of(2026, 1, 30, 16, 0, 0, 0, Fixtures.NEW_YORK)).build());
    assertTrue(y.rowsAccepted() > 17000, "accepted " + y.rowsAccepted() + " " + y.badRows());

    CsvMapping optopsyMapping = CsvMapping.builder().column("date", "quotedate")
        .datePattern("MM/dd/yyyy").column("symbol", "optionroot").column("bid", "bid")
        .column("ask", "ask").column("last", "last").column("volume", "volume")
        .column("open_interest", "openinterest").column("iv", "impliedvol")
        .column("delta", "delta").column("gamma", "gamma").column("theta", "theta")
        .column("vega", "vega").column("underlying_price", "underlying_last").build();
    ImportResult o = Importer.read(optopsy, ImportOptions.builder().mapping(optopsyMapping).build());
    assertEquals(40, o.batch().options().size());
    assertTrue(o.rowsAccepted() > 14000, "accepted " + o.rowsAccepted() + " " + o.badRows());
  }

  @Test
  void everyDailyHistoryImportsAndOtherTablesAreRejectedWithAReason() throws IOException {
    List<Path> files = list(DAILY, "*_{History_cboe,daily_yfinance}.csv");
    assertEquals(11, files.size(), files.toString());
    for (Path file : files) {
      String name = file.getFileName().toString();
      ImportResult r = Importer.read(file, ImportOptions.defaults());
      assertEquals(ImportFormat.INDEX_DAILY, r.format(), name);
      assertEquals(1, r.batch().dailyBars().size(), name);
      if (name.startsWith("GSPC")) {
        assertTrue(r.batch().dailyBars().containsKey("SPX"), "GSPC is SPX");
      }
      if (name.equals("VIX_History_cboe.csv")) {
        // 47 early rows (1990s) whose high/low do not bracket open/close
        assertEquals(47, r.badRowCount(), r.badRows().toString());
        assertTrue(r.badRows().stream().allMatch(b -> b.reason().contains("must bracket")));
      } else {
        assertEquals(0, r.badRowCount(), name + ": " + r.badRows());
      }
    }

    for (String other : List.of("cboe_put_call_ratios_2019-2026.csv",
        "VIX_futures_curve_settlements_2026-07.csv")) {
      Path file = DAILY.resolve(other);
      DataException e = assertThrows(DataException.class,
          () -> Importer.read(ImportFormat.INDEX_DAILY, file, ImportOptions.defaults()));
      assertEquals("line 1", e.location().orElseThrow(), other);
      assertTrue(e.getMessage().contains("does not start with a DATE column"), e.getMessage());
    }
  }
}
