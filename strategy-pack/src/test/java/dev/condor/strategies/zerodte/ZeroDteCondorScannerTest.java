package dev.condor.strategies.zerodte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.instrument.Underlying;
import dev.condor.strategies.vix1d.HandMarket;
import dev.condor.strategies.zerodte.ZeroDteCondorScanner.Candidate;
import dev.condor.strategies.zerodte.ZeroDteCondorScanner.Scan;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * S2's scanner on a hand-built chain: SPX 5800, VIX 16, every strike's bid, ask and delta written
 * down, mids in the comments.
 *
 * <pre>
 * puts:  strike  bid   ask   mid    delta   from spot
 *        5780    3.40  3.60  3.50  -0.200   20
 *        5770    1.90  2.00  1.95  -0.120   30
 *        5760    1.10  1.20  1.15  -0.075   40
 *        5755    0.85  0.95  0.90  -0.062   45   |delta| nearest 0.06 (0.002 off)
 *        5750    0.65  0.75  0.70  -0.050   50
 *        5745    0.50  0.60  0.55  -0.042   55   the wing, 10 below 5755
 *        5740    0.40  0.45  0.425 -0.035   60
 * calls: 5820    2.90  3.10  3.00   0.180   20
 *        5830    1.50  1.60  1.55   0.100   30
 *        5840    0.80  0.90  0.85   0.065   40   |delta| nearest 0.06 (0.005 off)
 *        5845    0.60  0.70  0.65   0.052   45
 *        5850    0.45  0.50  0.475  0.040   50   the wing, 10 above 5840
 *        5855    0.30  0.35  0.325  0.030   55
 * </pre>
 *
 * Both delta strikes are at least 30 points out. Mid credit 0.90 + 0.85 - 0.55 - 0.475 = 0.725;
 * limit 0.725 - 0.05 = 0.675, rounded down to the 0.05 tick: 0.65, above the 0.50 minimum.
 */
class ZeroDteCondorScannerTest {

  static final LocalDate DAY = LocalDate.of(2024, 3, 4);
  static final ZeroDteCondorConfig S2 = ZeroDteCondorConfig.DEFAULTS;

  static HandMarket market() {
    return HandMarket.on(DAY).spot(5800).level(Underlying.VIX, 16)
        .put("SPXW", 5780, 3.40, 3.60, -0.200)
        .put("SPXW", 5770, 1.90, 2.00, -0.120)
        .put("SPXW", 5760, 1.10, 1.20, -0.075)
        .put("SPXW", 5755, 0.85, 0.95, -0.062)
        .put("SPXW", 5750, 0.65, 0.75, -0.050)
        .put("SPXW", 5745, 0.50, 0.60, -0.042)
        .put("SPXW", 5740, 0.40, 0.45, -0.035)
        .call("SPXW", 5820, 2.90, 3.10, 0.180)
        .call("SPXW", 5830, 1.50, 1.60, 0.100)
        .call("SPXW", 5840, 0.80, 0.90, 0.065)
        .call("SPXW", 5845, 0.60, 0.70, 0.052)
        .call("SPXW", 5850, 0.45, 0.50, 0.040)
        .call("SPXW", 5855, 0.30, 0.35, 0.030);
  }

  static Scan scan(HandMarket market, double vix, ZeroDteCondorConfig config) {
    return ZeroDteCondorScanner.scan(market.chainAt(LocalTime.of(9, 45)), DAY, "SPXW", vix, config);
  }

  @Test
  void sellsTheStrikesNearestTheTargetDeltaWithTenPointWings() {
    Candidate c = scan(market(), 16, S2).candidate().orElseThrow();
    assertEquals(5755, c.shortPut().quote().contract().strike());
    assertFalse(c.shortPut().moved());
    assertEquals(5745, c.longPut().contract().strike());
    assertEquals(5840, c.shortCall().quote().contract().strike());
    assertFalse(c.shortCall().moved());
    assertEquals(5850, c.longCall().contract().strike());
    assertEquals(0.725, c.midCredit(), 1e-9);
    assertEquals(0.65, c.limit(), 1e-9);
    assertEquals(10, c.width(), 1e-9);
    String reason = c.describe(S2);
    assertTrue(reason.startsWith("VIX 16.00 inside 14.00-30.00; SPX 5800.00; sell 5755 put (delta"
        + " -0.062, 45.00 points from spot, bid 0.85/ask 0.95) and 5840 call (delta 0.065, 40.00"
        + " points from spot, bid 0.80/ask 0.90), buy 5745 put (bid 0.50/ask 0.60) and 5850 call"
        + " (bid 0.45/ask 0.50): mid credit 0.725, limit 0.725 - 0.05 rounded down to the tick ="
        + " 0.65 credit >= minimum 0.50, wings 10, max loss 9.35 points a condor"), reason);
  }

  @Test
  void movesAShortStrikeInsideTheMinimumDistanceOutToTheFloor() {
    // the 5780 put now reads -0.061 (20 points out): nearest 0.06, but inside 30 points. The floor
    // is the highest strike at or below 5800 - 30 = 5770; its wing is 5760.
    // mid credit 1.95 + 0.85 - 1.15 - 0.475 = 1.175; limit 1.125 -> 1.10
    Scan scan = scan(market().put("SPXW", 5780, 3.40, 3.60, -0.061), 16, S2);
    Candidate c = scan.candidate().orElseThrow();
    assertEquals(5770, c.shortPut().quote().contract().strike());
    assertTrue(c.shortPut().moved());
    assertEquals(5780, c.shortPut().byDelta().contract().strike());
    assertEquals(5760, c.longPut().contract().strike());
    assertEquals(1.175, c.midCredit(), 1e-9);
    assertEquals(1.10, c.limit(), 1e-9);
    assertTrue(c.describe(S2).contains("sell 5770 put (delta -0.120, 30.00 points from spot; the"
        + " 0.06-delta strike 5780 (delta -0.061) is inside the 30-point minimum"), c.describe(S2));
  }

  @Test
  void movesAShortCallInsideTheMinimumDistanceOutToTheCeiling() {
    // the 5820 call reads 0.06 (20 points out): the ceiling is the lowest strike at or above
    // 5830; its wing is 5840. Mid credit 0.90 + 1.55 - 0.55 - 0.85 = 1.05; limit 1.00
    Candidate c = scan(market().call("SPXW", 5820, 2.90, 3.10, 0.060), 16, S2)
        .candidate().orElseThrow();
    assertEquals(5830, c.shortCall().quote().contract().strike());
    assertEquals(5840, c.longCall().contract().strike());
    assertEquals(1.00, c.limit(), 1e-9);
  }

  @Test
  void breaksADeltaTieTowardsTheFurtherStrike() {
    // 5755 at -0.062 and 5750 at -0.058 are both 0.002 from 0.06: the further, 5750, is sold
    Candidate c = scan(market().put("SPXW", 5750, 0.65, 0.75, -0.058), 16, S2)
        .candidate().orElseThrow();
    assertEquals(5750, c.shortPut().quote().contract().strike());
    assertEquals(5740, c.longPut().contract().strike());
  }

  @Test
  void skipsOutsideTheVixBandAndEntersOnItsEdges() {
    assertEquals("VIX 13.99 outside the band 14.00-30.00", scan(market(), 13.99, S2).reason());
    assertEquals("VIX 30.01 outside the band 14.00-30.00", scan(market(), 30.01, S2).reason());
    assertTrue(scan(market(), 14, S2).candidate().isPresent());
    assertTrue(scan(market(), 30, S2).candidate().isPresent());
  }

  @Test
  void skipsWhenTheCreditIsTooSmall() {
    // shorts 0.70/0.80 (0.75) each, wings 0.50/0.60 (0.55) and 0.45/0.55 (0.50):
    // mid credit 0.75 + 0.75 - 0.55 - 0.50 = 0.45; limit 0.40 < 0.50
    HandMarket cheap = market().put("SPXW", 5755, 0.70, 0.80, -0.062)
        .call("SPXW", 5840, 0.70, 0.80, 0.065).call("SPXW", 5850, 0.45, 0.55, 0.040);
    Scan scan = scan(cheap, 16, S2);
    assertTrue(scan.candidate().isEmpty());
    assertEquals("credit too small: 5745/5755 puts and 5840/5850 calls pay a mid credit of 0.45,"
        + " limit 0.40 < minimum 0.50 (SPX 5800.00, VIX 16.00)", scan.reason());
  }

  @Test
  void skipsWhenAWingIsNotListed() {
    HandMarket noWing = HandMarket.on(DAY).spot(5800)
        .put("SPXW", 5755, 0.85, 0.95, -0.062).put("SPXW", 5750, 0.65, 0.75, -0.050)
        .call("SPXW", 5840, 0.80, 0.90, 0.065).call("SPXW", 5850, 0.45, 0.50, 0.040);
    assertEquals("no SPXW 5745 put listed for the 10-point wing below the short 5755 put (SPX"
        + " 5800.00, VIX 16.00)", scan(noWing, 16, S2).reason());
  }

  @Test
  void skipsWithoutDeltasOrWithoutAFarEnoughStrike() {
    HandMarket noGreeks = HandMarket.on(DAY).spot(5800).put(5755, 0.85, 0.95).put(5745, 0.5, 0.6)
        .call(5840, 0.80, 0.90).call(5850, 0.45, 0.50);
    assertEquals("no short put: no out-of-the-money put has a delta to compare with the target"
        + " 0.06 (SPX 5800.00, VIX 16.00)", scan(noGreeks, 16, S2).reason());
    HandMarket near = HandMarket.on(DAY).spot(5800).put("SPXW", 5790, 2.0, 2.1, -0.06)
        .call("SPXW", 5810, 2.0, 2.1, 0.06);
    assertEquals("no short put: no put strike listed at least 30 points from spot (SPX 5800.00,"
        + " VIX 16.00)", scan(near, 16, S2).reason());
  }

  @Test
  void ignoresTheAmRootOnAThirdFriday() {
    // an AM-settled SPX 5760 put at exactly -0.060 on the same date is not traded
    Candidate c = scan(market().put("SPX", 5760, 1.00, 1.10, -0.060), 16, S2)
        .candidate().orElseThrow();
    assertEquals(5755, c.shortPut().quote().contract().strike());
    assertEquals("SPXW", c.shortPut().quote().contract().root());
  }
}
