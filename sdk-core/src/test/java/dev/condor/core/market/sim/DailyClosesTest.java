package dev.condor.core.market.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DailyClosesTest {

  private final SimulatedMarket market = new SimulatedMarket(SimulationConfig.builder()
      .seed(3).firstDay(LocalDate.of(2024, 1, 2)).lastDay(LocalDate.of(2024, 3, 29)).build());

  @Test
  void closesAreThePmSettlementValuesOfTheTradingDaysBeforeTheDateOldestFirst() {
    // 2024-01-16 is the Tuesday after MLK day (Monday 15th, closed): the three trading days
    // before it are Wed 10th, Thu 11th and Fri 12th.
    double[] closes = market.dailyCloses(Underlying.SPX, LocalDate.of(2024, 1, 16), 3);

    assertArrayEquals(new double[] {
        pm(LocalDate.of(2024, 1, 10)), pm(LocalDate.of(2024, 1, 11)), pm(LocalDate.of(2024, 1, 12))
    }, closes);
  }

  @Test
  void historyStartsWithTheSimulation() {
    assertEquals(0, market.dailyCloses(Underlying.SPX, LocalDate.of(2024, 1, 2), 20).length);
    assertEquals(2, market.dailyCloses(Underlying.SPY, LocalDate.of(2024, 1, 4), 20).length);
  }

  private double pm(LocalDate day) {
    return market.settlementValue(Underlying.SPX, day, SettlementTime.PM).getAsDouble();
  }
}
