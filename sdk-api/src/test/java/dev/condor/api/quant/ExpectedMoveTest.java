package dev.condor.api.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExpectedMoveTest {

  @Test
  void seedS0OneDayMoveFromVix1dAndItsHalf() {
    // 5800 × 0.12 / √252 = 696 / 15.87451 = 43.8439; S0 takes half: 21.9219
    double move = ExpectedMove.fromVolIndex(5800, 12, 1);
    assertEquals(43.844, move, 0.001);
    assertEquals(21.922, 0.5 * move, 0.001);
  }

  @Test
  void aFullYearOfTradingDaysIsTheVolatilityItself() {
    assertEquals(696.0, ExpectedMove.fromVolIndex(5800, 12, 252), 1e-9);
    assertEquals(696.0, ExpectedMove.fromVolatility(5800, 0.12, 252), 1e-9);
  }

  @Test
  void theMoveGrowsWithTheSquareRootOfTime() {
    assertEquals(2 * ExpectedMove.fromVolIndex(5800, 20, 1),
        ExpectedMove.fromVolIndex(5800, 20, 4), 1e-9);
    assertEquals(0.0, ExpectedMove.fromVolIndex(5800, 20, 0));
  }

  @Test
  void invalidArgumentsAreRejected() {
    BlackScholesTest.assertRejected("spot = -1.0", () -> ExpectedMove.fromVolIndex(-1, 12, 1));
    BlackScholesTest.assertRejected("volIndexLevel = NaN",
        () -> ExpectedMove.fromVolIndex(5800, Double.NaN, 1));
    BlackScholesTest.assertRejected("tradingDays = -1.0",
        () -> ExpectedMove.fromVolIndex(5800, 12, -1));
    BlackScholesTest.assertRejected("volatility = -0.1",
        () -> ExpectedMove.fromVolatility(5800, -0.1, 1));
  }
}
