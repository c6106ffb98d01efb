package dev.condor.api.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MovePercentileTest {

  /**
   * One-day moves r = 102/100 − 1, 99/102 − 1, 101/99 − 1, 97/101 − 1, 100/97 − 1, that is 2/100,
   * −3/102, 2/99, −4/101 and 3/97.
   */
  private static final double[] CLOSES = {100, 102, 99, 101, 97, 100};

  @Test
  void downMoveIsTheType7PercentileOfMinusTheReturns() {
    // −r sorted: −3/97, −2/99, −2/100, 3/102, 4/101 (five values, so h = 4p/100)
    // p = 90: h = 3.6, 3/102 + 0.6 × (4/101 − 3/102)
    assertEquals(3.0 / 102 + 0.6 * (4.0 / 101 - 3.0 / 102),
        MovePercentile.downMove(CLOSES, 1, 90), 1e-15);
    assertEquals(4.0 / 101, MovePercentile.downMove(CLOSES, 1, 100), 1e-15);
    assertEquals(-2.0 / 100, MovePercentile.downMove(CLOSES, 1, 50), 1e-15);
    assertEquals(-3.0 / 97, MovePercentile.downMove(CLOSES, 1, 0), 1e-15);
  }

  @Test
  void upMoveIsTheType7PercentileOfTheReturns() {
    // r sorted: −4/101, −3/102, 2/100, 2/99, 3/97
    assertEquals(2.0 / 100, MovePercentile.upMove(CLOSES, 1, 50), 1e-15);
    assertEquals(2.0 / 99, MovePercentile.upMove(CLOSES, 1, 75), 1e-15);
    // p = 95: h = 3.8, 2/99 + 0.8 × (3/97 − 2/99)
    assertEquals(2.0 / 99 + 0.8 * (3.0 / 97 - 2.0 / 99),
        MovePercentile.upMove(CLOSES, 1, 95), 1e-15);
  }

  @Test
  void absoluteMoveIsTheType7PercentileOfTheMagnitudes() {
    // |r| sorted: 2/100, 2/99, 3/102, 3/97, 4/101
    assertEquals(2.0 / 99, MovePercentile.absoluteMove(CLOSES, 1, 25), 1e-15);
    // p = 99: h = 3.96, 3/97 + 0.96 × (4/101 − 3/97)
    assertEquals(3.0 / 97 + 0.96 * (4.0 / 101 - 3.0 / 97),
        MovePercentile.absoluteMove(CLOSES, 1, 99), 1e-15);
  }

  @Test
  void theHorizonSetsTheWindowLength() {
    // two-day moves: 99/100 − 1, 101/102 − 1, 97/99 − 1, 100/101 − 1
    // −r sorted: 1/102, 1/101, 1/100, 2/99; p = 100 is the largest, 2/99
    assertEquals(2.0 / 99, MovePercentile.downMove(CLOSES, 2, 100), 1e-15);
    // a single window: every percentile is its move
    assertEquals(0.21, MovePercentile.upMove(new double[] {100, 110, 121}, 2, 37), 1e-15);
  }

  @Test
  void percentileInterpolatesLinearlyBetweenClosestRanksLikeNumpy() {
    // numpy.percentile([1, 2, 3, 4], 40): h = 3 × 0.4 = 1.2 → 2 + 0.2 × (3 − 2) = 2.2
    assertEquals(2.2, MovePercentile.percentile(new double[] {4, 1, 3, 2}, 40), 1e-15);
    assertEquals(1.0, MovePercentile.percentile(new double[] {4, 1, 3, 2}, 0), 0.0);
    assertEquals(4.0, MovePercentile.percentile(new double[] {4, 1, 3, 2}, 100), 0.0);
    assertEquals(7.0, MovePercentile.percentile(new double[] {7}, 63), 0.0);
  }

  @Test
  void percentilesOutsideZeroToHundredAreRejected() {
    BlackScholesTest.assertRejected("percentile = 120.0",
        () -> MovePercentile.downMove(CLOSES, 1, 120));
    BlackScholesTest.assertRejected("percentile = -1.0",
        () -> MovePercentile.upMove(CLOSES, 1, -1));
    BlackScholesTest.assertRejected("percentile = NaN",
        () -> MovePercentile.percentile(new double[] {1}, Double.NaN));
    BlackScholesTest.assertRejected("values.length = 0",
        () -> MovePercentile.percentile(new double[0], 50));
  }

  @Test
  void badClosesAndHorizonsAreRejected() {
    BlackScholesTest.assertRejected("horizon = 0", () -> MovePercentile.downMove(CLOSES, 0, 99));
    BlackScholesTest.assertRejected("closes.length = 6",
        () -> MovePercentile.downMove(CLOSES, 6, 99));
    BlackScholesTest.assertRejected("closes[1] = -5.0",
        () -> MovePercentile.absoluteMove(new double[] {100, -5, 100}, 1, 99));
  }
}
