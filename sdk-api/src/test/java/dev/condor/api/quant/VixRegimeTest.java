package dev.condor.api.quant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VixRegimeTest {

  private final VixRegime s1 = VixRegime.S1_DEFAULT;

  @Test
  void seedS1MultipliersWithEachThresholdInTheBandAboveIt() {
    assertEquals(1.25, s1.sizeMultiplier(0));
    assertEquals(1.25, s1.sizeMultiplier(14.99));
    assertEquals(1.00, s1.sizeMultiplier(15));
    assertEquals(1.00, s1.sizeMultiplier(19.99));
    assertEquals(0.75, s1.sizeMultiplier(20));
    assertEquals(0.75, s1.sizeMultiplier(29.99));
    assertEquals(0.50, s1.sizeMultiplier(30));
    assertEquals(0.50, s1.sizeMultiplier(82.69));
  }

  @Test
  void seedS1StopsNewEntriesFromThirty() {
    assertTrue(s1.allowsNewEntries(12));
    assertTrue(s1.allowsNewEntries(29.99));
    assertFalse(s1.allowsNewEntries(30));
    assertFalse(s1.allowsNewEntries(45));
    assertEquals(VixRegime.S1_NO_NEW_ENTRIES_FROM, s1.noNewEntriesFrom());
  }

  @Test
  void theStopLevelAndTheTableAreConfigurable() {
    VixRegime later = s1.withNoNewEntriesFrom(35);
    assertTrue(later.allowsNewEntries(30));
    assertFalse(later.allowsNewEntries(35));
    assertEquals(0.50, later.sizeMultiplier(30));
    assertTrue(s1.withNoNewEntriesFrom(Double.POSITIVE_INFINITY).allowsNewEntries(90));

    VixRegime custom = VixRegime.of(new double[] {25}, new double[] {1, 0.2}, 40);
    assertEquals(1.0, custom.sizeMultiplier(24.9));
    assertEquals(0.2, custom.sizeMultiplier(25));
    assertNotEquals(s1, custom);
    assertEquals(s1, VixRegime.of(s1.thresholds(), s1.multipliers(), 30));
  }

  @Test
  void tablesAreImmutable() {
    double[] thresholds = {15, 20, 30};
    double[] multipliers = {1.25, 1, 0.75, 0.5};
    VixRegime regime = VixRegime.of(thresholds, multipliers, 30);
    thresholds[0] = 99;
    multipliers[0] = 9;
    regime.thresholds()[1] = 99;
    assertEquals(1.25, regime.sizeMultiplier(10));
    assertArrayEquals(new double[] {15, 20, 30}, regime.thresholds());
  }

  @Test
  void invalidTablesAndReadingsAreRejected() {
    BlackScholesTest.assertRejected("thresholds[1] = 15.0",
        () -> VixRegime.of(new double[] {20, 15}, new double[] {1, 1, 1}, 30));
    BlackScholesTest.assertRejected("multipliers = \"[1.0, 1.0]\"",
        () -> VixRegime.of(new double[] {15, 20}, new double[] {1, 1}, 30));
    BlackScholesTest.assertRejected("multipliers[0] = -1.0",
        () -> VixRegime.of(new double[] {15}, new double[] {-1, 1}, 30));
    BlackScholesTest.assertRejected("noNewEntriesFrom = 0.0",
        () -> VixRegime.of(new double[] {15}, new double[] {1, 1}, 0));
    BlackScholesTest.assertRejected("vix = NaN", () -> s1.sizeMultiplier(Double.NaN));
    BlackScholesTest.assertRejected("vix = -1.0", () -> s1.allowsNewEntries(-1));
  }
}
