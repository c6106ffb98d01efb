package dev.condor.strategies.vix1d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.strategies.vix1d.Vix1dSpreadScanner.Candidate;
import dev.condor.strategies.vix1d.Vix1dSpreadScanner.Scan;
import dev.condor.strategies.vix1d.Vix1dSpreadScanner.Trend;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * S0's scanner on hand-built chains. The example throughout: SPX 5800, VIX1D 12.
 *
 * <pre>
 * expected move = 5800 x 12/100 / sqrt(252) = 696 / 15.874508 = 43.8439 (the "about 43.85")
 * distance      = 0.5 x 43.8439 = 21.9219
 * puts qualify at or below 5800 - 21.9219 = 5778.0781  (5780 does not, 5775 is the first)
 * calls qualify at or above 5800 + 21.9219 = 5821.9219 (5820 does not, 5825 is the first)
 * </pre>
 */
class Vix1dSpreadScannerTest {

  static final LocalDate DAY = LocalDate.of(2024, 3, 4);
  static final Trend UP = new Trend(510, 500, 20);
  static final Trend DOWN = new Trend(490, 500, 20);
  static final Vix1dSpreadConfig S0 = Vix1dSpreadConfig.DEFAULTS;

  /** The chain most tests start from; mids in the comments. */
  static HandMarket market() {
    return HandMarket.on(DAY).spot(5800).level(Underlying.VIX1D, 12).level(Underlying.VIX, 15)
        .put(5790, 4.10, 4.30)  // 4.20, above the boundary
        .put(5780, 2.60, 2.70)  // 2.65, above the boundary (5780 > 5778.08)
        .put(5775, 2.00, 2.10)  // 2.05
        .put(5770, 1.50, 1.60)  // 1.55
        .put(5765, 1.10, 1.20)  // 1.15
        .put(5760, 0.80, 0.90)  // 0.85
        .call(5810, 3.90, 4.10) // 4.00, below the boundary
        .call(5820, 2.40, 2.50) // 2.45, below the boundary (5820 < 5821.92)
        .call(5825, 1.60, 1.70) // 1.65
        .call(5830, 1.05, 1.15) // 1.10
        .call(5835, 0.70, 0.75); // 0.725
  }

  static Scan scan(HandMarket market, Trend trend, Vix1dSpreadConfig config) {
    OptionChain chain = market.chainAt(LocalTime.of(9, 36));
    return Vix1dSpreadScanner.scan(chain, DAY, "SPXW", 12, trend, config);
  }

  @Test
  void sellsTheFirstPutAtOrBelowHalfTheExpectedMoveWithLimitMidLessANickel() {
    Candidate c = scan(market(), UP, S0).candidate().orElseThrow();
    assertEquals(43.8439, c.expectedMove(), 1e-4);
    assertEquals(21.9219, c.distance(), 1e-4);
    assertEquals(5778.0781, c.boundary(), 1e-4);
    assertEquals(5775, c.shortLeg().contract().strike());
    assertEquals(OptionRight.PUT, c.shortLeg().contract().right());
    assertEquals(5770, c.longLeg().contract().strike());
    // mid credit 2.05 - 1.55 = 0.50; limit 0.50 - 0.05 = 0.45, on the tick already
    assertEquals(0.50, c.midCredit(), 1e-9);
    assertEquals(0.45, c.limit(), 1e-9);
    // max loss: width 5 - 0.45 = 4.55 points
    assertEquals(4.55, c.maxLossPoints(), 1e-9);
  }

  @Test
  void sellsTheFirstCallAtOrAboveTheBoundaryWhenTheTrendIsDown() {
    Candidate c = scan(market(), DOWN, S0).candidate().orElseThrow();
    assertEquals(OptionRight.CALL, c.right());
    assertEquals(5825, c.shortLeg().contract().strike());
    assertEquals(5830, c.longLeg().contract().strike());
    // mid credit 1.65 - 1.10 = 0.55; limit 0.55 - 0.05 = 0.50
    assertEquals(0.55, c.midCredit(), 1e-9);
    assertEquals(0.50, c.limit(), 1e-9);
  }

  @Test
  void roundsTheLimitDownToTheTickAsS0Truncates() {
    // long 5770 bid 1.45 ask 1.60: mid 1.525; credit 2.05 - 1.525 = 0.525;
    // 0.525 - 0.05 = 0.475 -> int(0.475 / 0.05) = int(9.5) = 9 -> 0.45 (nearest would be 0.50)
    Candidate c = scan(market().put(5770, 1.45, 1.60), UP, S0).candidate().orElseThrow();
    assertEquals(0.525, c.midCredit(), 1e-9);
    assertEquals(0.45, c.limit(), 1e-9);
  }

  @Test
  void passesOverAStrikeWithoutABidToTheNextThatMeetsThePremiumRule() {
    // 5775 has no bid: it cannot be sold. Next out: short 5770 (1.55), long 5765 (1.15):
    // credit 0.40, limit 0.35
    Scan scan = scan(market().put(5775, 0, 2.10), UP, S0);
    Candidate c = scan.candidate().orElseThrow();
    assertEquals(5770, c.shortLeg().contract().strike());
    assertEquals(5765, c.longLeg().contract().strike());
    assertEquals(0.35, c.limit(), 1e-9);
    assertEquals(1, c.passedOver().size());
    assertTrue(c.passedOver().get(0).contains("5775: no bid"), c.passedOver().toString());
  }

  @Test
  void passesOverAStrikeWhoseWingIsNotListed() {
    // width 7: 5775 needs a 5768 put, which is not listed; 5770 needs 5763, 5765 needs 5758...
    // none is listed, so there is no spread
    Vix1dSpreadConfig width7 = withWidth(7);
    Scan scan = scan(market(), UP, width7);
    assertTrue(scan.candidate().isEmpty());
    assertTrue(scan.reason().contains("5775: no 5768 put listed for the 7-point wing"),
        scan.reason());
  }

  @Test
  void widensToTheConfiguredWidth() {
    // width 10: short 5775 (2.05), long 5765 (1.15): credit 0.90, limit 0.85
    Candidate c = scan(market(), UP, withWidth(10)).candidate().orElseThrow();
    assertEquals(5765, c.longLeg().contract().strike());
    assertEquals(0.85, c.limit(), 1e-9);
  }

  @Test
  void skipsWhenNoSpreadPaysTheMinimumCredit() {
    // 5775/5770: mids 0.075 - 0.075 = 0.00 -> limit -0.05; 5770/5765: 0.075 - 0.025 = 0.05 ->
    // limit 0.00; 5765 and 5760 have no bid: every one fails the premium rule
    HandMarket thin = HandMarket.on(DAY).spot(5800)
        .put(5775, 0.05, 0.10).put(5770, 0.05, 0.10).put(5765, 0, 0.05).put(5760, 0, 0.05);
    Scan scan = scan(thin, UP, S0);
    assertTrue(scan.candidate().isEmpty());
    assertTrue(scan.reason().startsWith("no SPXW put strikes at or below 5778.08"), scan.reason());
    assertTrue(scan.reason().contains("meets the premium rule"), scan.reason());
    assertTrue(scan.reason().contains("5775: mid credit 0.00 gives limit -0.05 < minimum 0.05"),
        scan.reason());
    assertTrue(scan.reason().contains("5770: mid credit 0.05 gives limit 0.00 < minimum 0.05"),
        scan.reason());
  }

  @Test
  void skipsWhenNoStrikeIsFarEnough() {
    // only strikes above the 5778.08 boundary are listed
    HandMarket near = HandMarket.on(DAY).spot(5800).put(5790, 4.10, 4.30).put(5780, 2.60, 2.70);
    Scan scan = scan(near, UP, S0);
    assertTrue(scan.candidate().isEmpty());
    assertEquals("no SPXW put strikes at or below 5778.08 (SPX 5800.00, VIX1D 12.00, expected move"
        + " 43.84, distance 21.92) listed for 2024-03-04", scan.reason());
  }

  @Test
  void ignoresTheAmRootOnAThirdFriday() {
    // an AM-settled SPX 5775 put on the same date, priced differently: the SPXW one is sold
    HandMarket both = market().put("SPX", 5775, 9.00, 9.50, Double.NaN)
        .put("SPX", 5770, 1.00, 1.10, Double.NaN);
    Candidate c = scan(both, UP, S0).candidate().orElseThrow();
    assertEquals("SPXW", c.shortLeg().contract().root());
    assertEquals("SPXW", c.longLeg().contract().root());
    assertEquals(0.45, c.limit(), 1e-9);
  }

  @Test
  void readsTheTrendAsS0DoesWithTheCloseInsideItsAverage() {
    // closes 1..20: average 10.5, last close 20 > 10.5: up, sell puts
    double[] rising = new double[20];
    for (int i = 0; i < 20; i++) {
      rising[i] = i + 1;
    }
    Trend t = Vix1dSpreadScanner.trend(rising, 20).orElseThrow();
    assertEquals(10.5, t.average(), 1e-12);
    assertEquals(OptionRight.PUT, t.sideToSell());
    // 25 closes 1..25: the last 20 are 6..25, average 15.5
    double[] longer = new double[25];
    for (int i = 0; i < 25; i++) {
      longer[i] = i + 1;
    }
    assertEquals(15.5, Vix1dSpreadScanner.trend(longer, 20).orElseThrow().average(), 1e-12);
    // a close on its average is not above it: S0's else branch, a call spread
    double[] flat = new double[20];
    java.util.Arrays.fill(flat, 500);
    assertEquals(OptionRight.CALL, Vix1dSpreadScanner.trend(flat, 20).orElseThrow().sideToSell());
    // 19 closes cannot make a 20-day average
    assertFalse(Vix1dSpreadScanner.trend(new double[19], 20).isPresent());
  }

  @Test
  void putsLimitsOnTheSpxTick() {
    // 0.05 below 3.00, 0.10 from 3.00; always rounded down (the marketable side of a credit)
    assertEquals(0.45, Vix1dSpreadScanner.TICK.floor(0.45), 1e-12);
    assertEquals(0.45, Vix1dSpreadScanner.TICK.floor(0.475), 1e-12);
    assertEquals(2.95, Vix1dSpreadScanner.TICK.floor(2.99), 1e-12);
    assertEquals(3.00, Vix1dSpreadScanner.TICK.floor(3.07), 1e-12);
    assertEquals(3.20, Vix1dSpreadScanner.TICK.floor(3.27), 1e-12);
    assertEquals(0.55, Vix1dSpreadScanner.TICK.floor(0.55), 1e-12);
  }

  static Vix1dSpreadConfig withWidth(double width) {
    Vix1dSpreadConfig d = S0;
    return new Vix1dSpreadConfig(d.entryTime(), d.trendUnderlying(), d.trendLength(),
        d.expectedMoveFraction(), width, d.limitOffset(), d.minCredit(), d.quantity(),
        d.previewFirst(), d.pollInterval());
  }
}
