package dev.condor.api.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MovingAveragesTest {

  @Test
  void simpleAverageOfARange() {
    double[] values = {1, 2, 3, 4, 5};
    assertEquals(3.0, MovingAverages.simple(values, 1, 3), 0.0); // (2 + 3 + 4) / 3
    assertEquals(3.0, MovingAverages.simple(values, 0, 5), 0.0);
    assertEquals(5.0, MovingAverages.simple(values, 4, 1), 0.0);
  }

  @Test
  void exponentialAverageIsSeededWithTheSimpleMeanOfTheFirstPeriod() {
    // period 3: α = 0.5; seed (1 + 2 + 3)/3 = 2; then 4 → 3, 5 → 4, 6 → 5
    assertEquals(5.0, MovingAverages.exponential(new double[] {1, 2, 3, 4, 5, 6}, 0, 6, 3), 1e-15);
    // period 4: α = 0.4; seed (2 + 4 + 6 + 8)/4 = 5; then 10 → 0.4·10 + 0.6·5 = 7,
    // 0 → 0.6·7 = 4.2
    assertEquals(4.2, MovingAverages.exponential(new double[] {9, 2, 4, 6, 8, 10, 0}, 1, 6, 4),
        1e-15);
    // as many values as the period: the simple mean
    assertEquals(2.5, MovingAverages.exponential(new double[] {1, 2, 3, 4}, 0, 4, 4), 1e-15);
  }

  @Test
  void invalidRangesAndPeriodsAreRejected() {
    double[] values = {1, 2, 3};
    BlackScholesTest.assertRejected("length = 0", () -> MovingAverages.simple(values, 0, 0));
    BlackScholesTest.assertRejected("length = 3", () -> MovingAverages.simple(values, 1, 3));
    BlackScholesTest.assertRejected("period = 0",
        () -> MovingAverages.exponential(values, 0, 3, 0));
    BlackScholesTest.assertRejected("length = 2",
        () -> MovingAverages.exponential(values, 0, 2, 3));
    BlackScholesTest.assertRejected("values[1] = NaN",
        () -> MovingAverages.simple(new double[] {1, Double.NaN}, 0, 2));
    BlackScholesTest.assertRejected("values = null", () -> MovingAverages.simple(null, 0, 1));
  }

  @Test
  void rollingMeanAveragesTheLastWindowValues() {
    RollingMean mean = new RollingMean(3);
    assertEquals(Double.NaN, mean.mean());
    assertEquals(1.0, mean.add(1), 0.0);
    assertEquals(1.5, mean.add(2), 0.0);
    assertFalse(mean.isFull());
    assertEquals(2.0, mean.add(3), 0.0);
    assertTrue(mean.isFull());
    assertEquals(3.0, mean.add(4), 0.0); // 2, 3, 4
    assertEquals(17.0 / 3, mean.add(10), 1e-15); // 3, 4, 10
    assertEquals(3, mean.count());
    assertEquals(3, mean.window());
    mean.reset();
    assertEquals(0, mean.count());
    assertEquals(7.0, mean.add(7), 0.0);
  }

  @Test
  void rollingMeanDoesNotDriftOverMillionsOfUpdates() {
    RollingMean mean = new RollingMean(10);
    for (int i = 0; i < 3_000_000; i++) {
      // large and small values interleaved: an uncompensated running sum loses the small ones
      mean.add(i % 2 == 0 ? 1e9 + 0.1 : 0.3);
    }
    // the window holds five of each: (5 × (1e9 + 0.1) + 5 × 0.3) / 10 = 5e8 + 0.2, which is
    // the nearest double (spacing 6e-8 there); a plain running sum ends 1.2e-7 away
    assertEquals(5e8 + 0.2, mean.mean(), 3e-8);
  }

  @Test
  void rollingMeanRejectsBadWindowsAndValues() {
    BlackScholesTest.assertRejected("window = 0", () -> new RollingMean(0));
    BlackScholesTest.assertRejected("value = NaN", () -> new RollingMean(2).add(Double.NaN));
  }
}
