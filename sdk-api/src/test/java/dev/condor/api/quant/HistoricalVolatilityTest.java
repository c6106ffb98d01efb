package dev.condor.api.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HistoricalVolatilityTest {

  @Test
  void twoReturnsGiveTheirHalfDifferenceTimesRootTwoAnnualised() {
    // returns a = ln(1.1), b = ln(0.9): the sample standard deviation of two values is
    // |a − b|/√2, so the volatility is ln(11/9)/√2 × √252 = ln(11/9) × √126
    double expected = Math.log(11.0 / 9.0) * Math.sqrt(126);
    assertEquals(expected, HistoricalVolatility.closeToClose(new double[] {100, 110, 99}), 1e-12);
  }

  @Test
  void returnsAgainstTheirMeanUseTheSampleDivisor() {
    // closes e^0, e^0.01, e^0.03, e^0.02 give log returns 0.01, 0.02, −0.01 with mean 0.02/3;
    // squared deviations sum to (1/3)² + (4/3)² + (5/3)² = 42/9 hundredths squared, over n − 1 = 2
    double[] closes = {1, Math.exp(0.01), Math.exp(0.03), Math.exp(0.02)};
    double expected = Math.sqrt(42.0 / 9 / 2) * 0.01 * Math.sqrt(252);
    assertEquals(expected, HistoricalVolatility.closeToClose(closes), 1e-12);
  }

  @Test
  void steadyGrowthHasNoVolatility() {
    double[] closes = new double[30];
    for (int i = 0; i < closes.length; i++) {
      closes[i] = 100 * Math.pow(1.01, i);
    }
    assertEquals(0.0, HistoricalVolatility.closeToClose(closes), 1e-9);
  }

  @Test
  void aRangeUsesOnlyItsOwnCloses() {
    double[] closes = {5, 1000, 100, 110, 99, 3};
    assertEquals(Math.log(11.0 / 9.0) * Math.sqrt(126),
        HistoricalVolatility.closeToClose(closes, 2, 3), 1e-12);
  }

  @Test
  void tooFewOrNonPositiveClosesAreRejected() {
    BlackScholesTest.assertRejected("length = 2",
        () -> HistoricalVolatility.closeToClose(new double[] {100, 101}));
    BlackScholesTest.assertRejected("closes[2] = 0.0",
        () -> HistoricalVolatility.closeToClose(new double[] {100, 101, 0, 102}));
    BlackScholesTest.assertRejected("closes[1] = NaN",
        () -> HistoricalVolatility.closeToClose(new double[] {100, Double.NaN, 101}));
    BlackScholesTest.assertRejected("length = 4",
        () -> HistoricalVolatility.closeToClose(new double[] {100, 101, 102, 103}, 1, 4));
    BlackScholesTest.assertRejected("from = -1",
        () -> HistoricalVolatility.closeToClose(new double[] {100, 101, 102}, -1, 3));
    BlackScholesTest.assertRejected("closes = null",
        () -> HistoricalVolatility.closeToClose(null));
  }
}
