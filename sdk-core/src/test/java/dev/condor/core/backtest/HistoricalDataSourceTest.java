package dev.condor.core.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.market.HistoricalDataMarket;
import dev.condor.core.market.sim.SimulatedHistory;
import dev.condor.core.market.sim.SimulatedMarket;
import dev.condor.core.market.sim.SimulationConfig;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A backtest over a {@code HistoricalData} plugin: the simulated market's own history plugin. */
class HistoricalDataSourceTest {

  private static final SimulatedMarket SIM = SimulatedMarket.shared(SimulationConfig.defaults());

  @Test
  void aBacktestOverTheHistoryPluginTradesAsOverTheMarketItself() {
    HistoricalDataMarket plugin = new HistoricalDataMarket(new SimulatedHistory(SIM), "simulated",
        NyseCalendar.ZONE);
    LocalDate from = LocalDate.of(2024, 5, 6);
    LocalDate to = LocalDate.of(2024, 5, 10);

    BacktestResult viaPlugin = Backtest.builder().market(plugin, "plugin")
        .strategy("puts", new PutSpreadAtTen(30, 10)).from(from).to(to).build().run();
    BacktestResult direct = Backtest.builder().market(SIM, "simulated")
        .strategy("puts", new PutSpreadAtTen(30, 10)).from(from).to(to).build().run();

    assertEquals(5, viaPlugin.trades().size());
    // the same chains at 10:00 and the same closing settlement: the same trades to the cent
    for (int i = 0; i < 5; i++) {
      assertEquals(direct.trades().get(i).openedBy().legs(), viaPlugin.trades().get(i).openedBy().legs());
      assertEquals(direct.trades().get(i).trade().netPnl(), viaPlugin.trades().get(i).trade().netPnl(), 0.005);
    }
  }

  @Test
  void levelsAndSettlementsNeverLookAhead() {
    HistoricalDataMarket plugin = new HistoricalDataMarket(new SimulatedHistory(SIM), "simulated",
        NyseCalendar.ZONE);
    LocalDate day = LocalDate.of(2024, 5, 8);
    var at1000 = LocalDateTime.of(day, java.time.LocalTime.of(10, 0)).atZone(NyseCalendar.ZONE).toInstant();
    var before = LocalDateTime.of(day, java.time.LocalTime.of(9, 0)).atZone(NyseCalendar.ZONE).toInstant();

    assertFalse(plugin.quote(Underlying.SPX, before).isPresent(), "no level before the open");
    double level = plugin.quote(Underlying.SPX, at1000).orElseThrow().price();
    assertEquals(SIM.quote(Underlying.SPX, at1000).orElseThrow().price(), level, 0.005);
    assertEquals(SIM.settlementValue(Underlying.SPX, day, SettlementTime.PM).getAsDouble(),
        plugin.settlementValue(Underlying.SPX, day, SettlementTime.PM).getAsDouble(), 0.005);
    double[] closes = plugin.dailyCloses(Underlying.SPX, day, 3);
    assertEquals(3, closes.length);
    assertTrue(closes[2] != plugin.settlementValue(Underlying.SPX, day, SettlementTime.PM).getAsDouble(),
        "the day's own close is not among the closes before it");
  }
}
