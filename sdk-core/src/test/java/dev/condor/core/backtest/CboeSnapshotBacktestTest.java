package dev.condor.core.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.core.store.HistoricalStore;
import dev.condor.core.store.ImportBatch;
import dev.condor.core.store.StoreMarketSource;
import dev.condor.core.store.imports.ImportOptions;
import dev.condor.core.store.imports.Importer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backtest from real data: Cboe's SPX chain as it stood at 13:40 New York on 2023-06-09 (a
 * Friday with a 0DTE SPXW expiry) and Yahoo's ^GSPC history for the day's close, imported into the
 * store. Reads ../shared/market-data in place; skipped, saying so, where it is absent.
 */
class CboeSnapshotBacktestTest {

  private static final Path DATA = Path.of("../../shared/market-data");

  @TempDir Path dir;

  @Test
  void theImportedSpxSnapshotOf20230609IsBacktestedToTheDaysCashSettlement() {
    Path chain = DATA.resolve("option_chains/SPX_chain_2023-06-09_1340ET_cboe.csv");
    Path history = DATA.resolve("index_daily/GSPC_daily_yfinance.csv");
    Assumptions.assumeTrue(Files.exists(chain) && Files.exists(history),
        "skipped: " + DATA.toAbsolutePath() + " (the shared market data) is absent");

    try (HistoricalStore store = HistoricalStore.open(dir)) {
      store.write(ImportBatch.merge(List.of(
          Importer.read(chain, ImportOptions.defaults()).batch(),
          Importer.read(history, ImportOptions.defaults()).batch())));
      LocalDate day = LocalDate.of(2023, 6, 9);
      BacktestResult r = Backtest.builder().market(new StoreMarketSource(store), "Cboe 13:40 snapshot")
          .strategy("puts", new PutSpreadAtTen(20, 5, LocalTime.of(13, 45))).from(day).to(day)
          .build().run();

      assertEquals(1, r.trades().size(), "one 0DTE spread from the 13:40 chain: " + r.journal());
      TradeRecord t = r.trades().get(0);
      double shortStrike = t.openedBy().legs().get(0).contract().strike();
      // spot 4300.01 at 13:40: the first listed put at least 20 points below is 4280
      assertEquals(4280, shortStrike);
      assertEquals(4275, t.openedBy().legs().get(1).contract().strike());
      assertEquals("SPXW", t.openedBy().legs().get(0).contract().root());
      assertTrue(t.trade().openSigned() > 0, "a credit: " + t.trade());
      // SPX closed at 4298.86 that day: both puts expired worthless, the credit is kept
      assertTrue(t.trade().settled());
      assertEquals(0, t.trade().closeSigned(), 1e-9);
      assertEquals(t.trade().openSigned() * 100 - t.trade().commissions(), t.trade().netPnl(), 1e-9);
      assertEquals(1.0, r.quality().observedShare(), 1e-12, "Cboe's quotes are observed");
    }
  }
}
