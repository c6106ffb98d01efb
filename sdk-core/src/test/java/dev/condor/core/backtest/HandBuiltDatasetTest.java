package dev.condor.core.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.market.Bar;
import dev.condor.api.market.DataOrigin;
import dev.condor.core.broker.paper.FillModel;
import dev.condor.core.broker.paper.PaperBrokerConfig;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.store.HistoricalStore;
import dev.condor.core.store.ImportBatch;
import dev.condor.core.store.OptionRows;
import dev.condor.core.store.StoreMarketSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three days of hand-built 0DTE SPX quotes in the historical store, backtested with a strategy
 * whose every decision can be worked out on paper: sell the first put strike at least 30 points
 * below spot, buy the one 10 points lower, at the spread's mid less a nickel rounded down to a
 * nickel; hold to the PM cash settlement at the day's close. The paper broker fills at mid less a
 * nickel (never worse than the natural), charges $0.65 per contract and nothing to settle.
 *
 * <pre>
 * day         spot 10:00  short/long  bids/asks           mid   limit=fill  close  settles at    P&L
 * 2024-03-11  5000.00     4970/4960   1.00-1.20/0.60-0.80  0.40  0.35        5010   0 (both OTM)   +35.00 - 1.30 =  +33.70
 * 2024-03-12  5000.00     4970/4960   1.00-1.20/0.60-0.80  0.40  0.35        4965   -5 (short ITM) -465.00 - 1.30 = -466.30
 * 2024-03-13  5020.00     4990/4980   1.50-1.70/0.95-1.05  0.60  0.55        4950   -10 (both ITM) -945.00 - 1.30 = -946.30
 * </pre>
 *
 * Total -1,378.90: the equity ends at 98,621.10.
 */
class HandBuiltDatasetTest {

  private static final PaperBrokerConfig BROKER = PaperBrokerConfig.builder()
      .fillModel(FillModel.MID).slippage(0.05).commissionPerContract(0.65).feesPerContract(0)
      .startingCash(100_000).build();

  @TempDir Path dir;

  @Test
  void aBacktestOfAHandBuiltDatasetMakesExactlyTheHandComputedTrades() {
    try (HistoricalStore store = HistoricalStore.open(dir)) {
      store.write(dataset());
      BacktestResult r = Backtest.builder().market(new StoreMarketSource(store), "hand-built")
          .strategy("puts", new PutSpreadAtTen(30, 10)).paperBroker(BROKER)
          .from(LocalDate.of(2024, 3, 11)).to(LocalDate.of(2024, 3, 13)).build().run();

      assertEquals(3, r.trades().size(), "one trade a day: " + r.trades());
      double[] credits = {0.35, 0.35, 0.55};
      double[] shorts = {4970, 4970, 4990};
      double[] settlements = {0, -5, -10};
      double[] pnl = {33.70, -466.30, -946.30};
      for (int i = 0; i < 3; i++) {
        TradeRecord t = r.trades().get(i);
        assertEquals(shorts[i], t.openedBy().legs().get(0).contract().strike(), "short strike, day " + i);
        assertEquals(shorts[i] - 10, t.openedBy().legs().get(1).contract().strike(), "long strike, day " + i);
        assertEquals(credits[i], t.trade().openSigned(), 1e-9, "credit, day " + i);
        assertEquals(settlements[i], t.trade().closeSigned(), 1e-9, "settlement value, day " + i);
        assertTrue(t.trade().settled(), "settled in cash, day " + i);
        assertEquals(1.30, t.trade().commissions(), 1e-9, "two contracts' commission, day " + i);
        assertEquals(pnl[i], t.trade().netPnl(), 1e-9, "net P&L, day " + i);
        assertEquals(0, t.dte());
        assertTrue(!t.entryTime().isBefore(LocalTime.of(10, 0)) && t.entryTime().isBefore(LocalTime.of(10, 31)),
            "entered from 10:00: " + t.entryTime());
        assertEquals(i == 2 ? 945.0 : 965.0, t.maxLoss(), 1e-9, "max loss (width - credit) x 100");
      }
      List<JournalEvent> fills = r.journal().stream().filter(e -> e.type() == JournalEventType.FILL).toList();
      assertEquals(3, fills.size(), "one fill per entry; settlement is not a fill");
      double[] equity = {100_033.70, 99_567.40, 98_621.10};
      for (int i = 0; i < 3; i++) {
        assertEquals(equity[i], r.days().get(i).equity(), 1e-6, "equity at the close, day " + i);
        assertEquals(pnl[i], r.days().get(i).realizedPnl(), 1e-6, "realised, day " + i);
      }
      assertEquals(1.0, r.quality().observedShare(), 1e-12, "every quote was observed");
    }
  }

  /** The three days: snapshots at 10:00 and 15:30, and SPX's daily bars for settlement. */
  private static ImportBatch dataset() {
    Map<ImportBatch.Partition, OptionRows> options = new LinkedHashMap<>();
    options.put(partition(2024, 3, 11), day(LocalDate.of(2024, 3, 11), 5000, 4970, 1.00, 1.20, 0.60, 0.80, 5010));
    options.put(partition(2024, 3, 12), day(LocalDate.of(2024, 3, 12), 5000, 4970, 1.00, 1.20, 0.60, 0.80, 4965));
    options.put(partition(2024, 3, 13), day(LocalDate.of(2024, 3, 13), 5020, 4990, 1.50, 1.70, 0.95, 1.05, 4950));
    List<Bar> spx = List.of(bar(2024, 3, 11, 4995, 5010), bar(2024, 3, 12, 5002, 4965),
        bar(2024, 3, 13, 5015, 4950));
    return new ImportBatch(options, Map.of("SPX", spx));
  }

  private static ImportBatch.Partition partition(int y, int m, int d) {
    return new ImportBatch.Partition(Underlying.SPX, LocalDate.of(y, m, d));
  }

  /**
   * One day's quotes: at 10:00 the short and long puts at the given prices, plus a put 10 above
   * the short (too close to spot) and one 10 below the long; at 15:30 the same strikes marked
   * around the close.
   */
  private static OptionRows day(LocalDate day, double spot, double shortStrike, double shortBid,
      double shortAsk, double longBid, double longAsk, double close) {
    OptionRows rows = new OptionRows();
    Instant ten = at(day, 10, 0);
    put(rows, ten, day, shortStrike + 10, shortBid + 0.6, shortAsk + 0.6, spot);
    put(rows, ten, day, shortStrike, shortBid, shortAsk, spot);
    put(rows, ten, day, shortStrike - 10, longBid, longAsk, spot);
    put(rows, ten, day, shortStrike - 20, 0.30, 0.45, spot);
    Instant late = at(day, 15, 30);
    for (double strike = shortStrike + 10; strike >= shortStrike - 20; strike -= 10) {
      double intrinsic = Math.max(0, strike - close);
      put(rows, late, day, strike, intrinsic + 0.05, intrinsic + 0.25, close);
    }
    return rows;
  }

  private static void put(OptionRows rows, Instant at, LocalDate expiry, double strike, double bid,
      double ask, double spot) {
    rows.add(at, "SPXW", expiry, strike, OptionRight.PUT, bid, ask, Double.NaN, -1, -1, Double.NaN,
        Double.NaN, Double.NaN, Double.NaN, Double.NaN, spot, DataOrigin.OBSERVED);
  }

  private static Bar bar(int y, int m, int d, double open, double close) {
    return Bar.builder().symbol("SPX").start(LocalDate.of(y, m, d).atStartOfDay(NyseCalendar.ZONE).toInstant())
        .interval(Duration.ofDays(1)).open(open).high(Math.max(open, close) + 5)
        .low(Math.min(open, close) - 5).close(close).build();
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(NyseCalendar.ZONE).toInstant();
  }
}
