package dev.condor.api.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DrawdownRegimeTest {

  private final DrawdownRegime s1 = DrawdownRegime.S1_DEFAULT;

  @Test
  void seedS1MultipliersWithEachThresholdInTheBandAboveIt() {
    assertEquals(1.00, s1.sizeMultiplier(0));
    assertEquals(1.00, s1.sizeMultiplier(0.0299));
    assertEquals(0.75, s1.sizeMultiplier(0.03));
    assertEquals(0.75, s1.sizeMultiplier(0.0499));
    assertEquals(0.50, s1.sizeMultiplier(0.05));
    assertEquals(0.50, s1.sizeMultiplier(0.0999));
    assertEquals(0.00, s1.sizeMultiplier(0.10));
    assertEquals(0.00, s1.sizeMultiplier(0.35));
  }

  @Test
  void seedS1StopsTradingFromATenPercentDrawdown() {
    assertTrue(s1.allowsTrading(0.0999));
    assertFalse(s1.allowsTrading(0.10));
    assertFalse(s1.allowsTrading(0.5));
  }

  @Test
  void theTableIsConfigurable() {
    DrawdownRegime strict = DrawdownRegime.of(new double[] {0.02, 0.04}, new double[] {1, 0.5, 0});
    assertEquals(0.5, strict.sizeMultiplier(0.02));
    assertFalse(strict.allowsTrading(0.04));
    assertEquals(s1, DrawdownRegime.of(s1.thresholds(), s1.multipliers()));
  }

  @Test
  void negativeOrMissingDrawdownsAreRejected() {
    BlackScholesTest.assertRejected("drawdown = -0.05", () -> s1.sizeMultiplier(-0.05));
    BlackScholesTest.assertRejected("drawdown = NaN", () -> s1.allowsTrading(Double.NaN));
    BlackScholesTest.assertRejected("thresholds = null",
        () -> DrawdownRegime.of(null, new double[] {1}));
  }
}
