package dev.condor.strategies.monthly;

import static dev.condor.strategies.monthly.CondorChain.DAY;
import static dev.condor.strategies.monthly.CondorChain.MAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.calendar.Expiry;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.plugin.Settings;
import dev.condor.core.calendar.NyseCalendar;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthlyIronCondorScannerTest {

  private static final MonthlyIronCondorScanner DEFAULT =
      new MonthlyIronCondorScanner(MonthlyIronCondorConfig.DEFAULTS);

  /** The expiries the strategy asks the calendar for: 49 to 84 days after 2024-03-04. */
  private static List<Expiry> listed() {
    return NyseCalendar.instance().expiries(Underlying.SPX, DAY.plusDays(49), DAY.plusDays(84));
  }

  private static MonthlyIronCondorScanner with(Map<String, ?> settings) {
    return new MonthlyIronCondorScanner(MonthlyIronCondorConfig.from(
        Settings.of("strategies.iron-condor-monthly", settings)));
  }

  @Test
  void firesOnAVixRiseOfTwentyPercentOrMore() {
    // trigger: 19.50 x 1.20 = 23.40; 23.40 fires (>=), 23.39 does not
    assertTrue(DEFAULT.noSpike(DAY, 23.40, 19.50).isEmpty());
    assertTrue(DEFAULT.noSpike(DAY, 24.00, 19.50).isEmpty());
    // 22.00 / 19.50 - 1 = +12.8 %, shown to a whole percent
    assertEquals("2024-03-04: no VIX spike: VIX +13% on prior close 19.50, trigger +20%"
        + " (VIX >= 23.40)", DEFAULT.noSpike(DAY, 22.00, 19.50).orElseThrow());
    assertFalse(DEFAULT.noSpike(DAY, 23.39, 19.50).isEmpty());
  }

  @Test
  void sellsTheFirstStandardMonthlyAtLeast49DaysOut() {
    // April's monthly (2024-04-19) is 46 days out, too near; the SPXW dailies from 2024-04-22 are
    // not monthlies; the May monthly (2024-05-17, root SPX, AM) is 27 + 30 + 17 = 74 days out.
    Expiry e = DEFAULT.expiry(DAY, listed()).orElseThrow();
    assertEquals(Expiry.of(MAY, "SPX", SettlementTime.AM, true), e);
    Expiry pm = with(Map.of("monthlyExpiriesOnly", false)).expiry(DAY, listed()).orElseThrow();
    assertEquals(Expiry.of(DAY.plusDays(49), "SPXW", SettlementTime.PM, false), pm);
  }

  @Test
  void picksQuarterStrikesNearestTenDeltaOutsideTheMinimumDistances() {
    MonthlyIronCondorScanner.Scan scan =
        DEFAULT.scan(DAY, 24.00, 19.50, CondorChain.standard().build(), listed());

    MonthlyIronCondorScanner.Candidate c = scan.candidate().orElseThrow();
    // Puts at least 125 below 5000 (<= 4875) with a listed wing 25 lower: 4875 (|-0.22| - 0.10 =
    // 0.12), 4600 (0.012), 4590 (0.004, not a multiple of 25), 4575 (0.005). Among multiples of 25,
    // 4575 is nearest 0.10: sell 4575, buy 4550. The SPXW 4575 at 9.00 is ignored.
    assertEquals("SPX", c.put().shortLeg().contract().root());
    assertEquals(4575, c.put().shortLeg().contract().strike());
    assertEquals(4550, c.put().longLeg().contract().strike());
    // Calls at least 100 above (>= 5100) with a listed wing 25 higher: 5100 (0.06), 5200 (0.005),
    // 5225 (0.008); 5125 and 5205 have no listed wing: sell 5200, buy 5225.
    assertEquals(5200, c.call().shortLeg().contract().strike());
    assertEquals(5225, c.call().longLeg().contract().strike());
    // natural: 6.70 + 6.25 - 5.00 - 4.60 = 3.35; mid: (6.90 - 4.80) + (6.45 - 4.40) = 4.15;
    // the limit is natural rounded down to the 0.10 tick above 3.00: 3.30
    assertEquals(3.35, c.naturalCredit(), 1e-9);
    assertEquals(4.15, c.midCredit(), 1e-9);
    assertEquals(3.30, c.limit(), 1e-9);
    assertEquals(74, c.daysToExpiry());
    assertEquals(2, c.contracts());
    // (25 - 3.30) x 100 = 2170
    assertEquals(2170, c.maxLossPerCondor(), 1e-9);
    assertEquals("2024-03-04 VIX spike: VIX 24.00 is +23.1% on prior close 19.50; SPX 5000.00;"
        + " sell 2024-05-17 SPX AM monthly (74 DTE): put spread 4575/4550 (short delta -0.095,"
        + " 425.00 pts below spot), call spread 5200/5225 (short delta 0.105, 200.00 pts above"
        + " spot); credit natural 3.35, mid 4.15; limit 3.30 credit x2; max loss $2,170 per condor",
        scan.reason());
  }

  @Test
  void withoutTheQuarterStrikePreferenceTakesTheNearestDelta() {
    MonthlyIronCondorScanner.Candidate c = with(Map.of("strikeMultiple", 0))
        .scan(DAY, 24.00, 19.50, CondorChain.standard().build(), listed()).candidate()
        .orElseThrow();
    // 4590 (gap 0.004) with wing 4565; the call side is unchanged (5205 has no wing)
    assertEquals(4590, c.put().shortLeg().contract().strike());
    assertEquals(4565, c.put().longLeg().contract().strike());
    assertEquals(5200, c.call().shortLeg().contract().strike());
    // natural 7.50 + 6.25 - 5.60 - 4.60 = 3.55 -> 3.50
    assertEquals(3.50, c.limit(), 1e-9);
  }

  @Test
  void theMinimumDistanceIsAFloorOnTheShortStrikes() {
    // Aiming at 0.25 delta: the 4900 put (-0.250) and 5075 call (0.200) are nearer the target but
    // only 100 and 75 points from spot. The floor leaves 4875 (exactly 125 away, allowed) with
    // wing 4850, and 5100 (exactly 100 away) with wing 5125.
    MonthlyIronCondorScanner.Candidate c = with(Map.of("targetDelta", 0.25))
        .scan(DAY, 24.00, 19.50, CondorChain.standard().build(), listed()).candidate()
        .orElseThrow();
    assertEquals(4875, c.put().shortLeg().contract().strike());
    assertEquals(4850, c.put().longLeg().contract().strike());
    assertEquals(5100, c.call().shortLeg().contract().strike());
    assertEquals(5125, c.call().longLeg().contract().strike());
    // natural 27.00 + 14.00 - 24.60 - 11.40 = 5.00
    assertEquals(5.00, c.limit(), 1e-9);
  }

  @Test
  void midPricingAsksForTheMidRoundedDownToTheTick() {
    MonthlyIronCondorScanner.Candidate c = with(Map.of("pricing", "mid"))
        .scan(DAY, 24.00, 19.50, CondorChain.standard().build(), listed()).candidate()
        .orElseThrow();
    assertEquals(4.10, c.limit(), 1e-9); // 4.15 on the 0.10 tick
  }

  @Test
  void skipsWhenTheCreditIsBelowTheMinimum() {
    // The 5200 call bid 5.50: natural 6.70 + 5.50 - 5.00 - 4.60 = 2.60 (on the 0.05 tick below
    // 3.00), mid 2.10 + (5.70 - 4.40) = 3.40; 2.60 < 3.00
    MonthlyIronCondorScanner.Scan scan = DEFAULT.scan(DAY, 24.00, 19.50,
        CondorChain.standard().call(5200, 5.50, 5.90, 0.105).build(), listed());
    assertTrue(scan.candidate().isEmpty());
    assertEquals("2024-03-04: credit too small: natural limit 2.60 < min 3.00 for 2024-05-17 put"
        + " spread 4575/4550, call spread 5200/5225 (natural 2.60, mid 3.40)", scan.reason());
  }

  @Test
  void skipsWhenNoStrikeIsFarEnough() {
    MonthlyIronCondorScanner.Scan scan = with(Map.of("minPutDistance", 1000))
        .scan(DAY, 24.00, 19.50, CondorChain.standard().build(), listed());
    assertEquals("2024-03-04: no put to sell on 2024-05-17 SPX: none with greeks at least 1000 pts"
        + " below spot 5000.00 with a listed wing 25 pts further out", scan.reason());
    assertTrue(scan.candidate().isEmpty());
  }

  @Test
  void skipsWhenNoMonthlyIsListedFarEnough() {
    MonthlyIronCondorScanner.Scan scan = DEFAULT.scan(DAY, 24.00, 19.50,
        CondorChain.standard().build(), List.of());
    assertEquals("2024-03-04: no monthly expiry listed at least 49 days out", scan.reason());
  }

  @Test
  void roundsCreditLimitsDownToTheSpxTick() {
    assertEquals(2.95, MonthlyIronCondorScanner.creditLimit(2.99), 1e-9); // 0.05 below 3.00
    assertEquals(3.00, MonthlyIronCondorScanner.creditLimit(3.00), 1e-9);
    assertEquals(3.00, MonthlyIronCondorScanner.creditLimit(3.09), 1e-9); // 0.10 from 3.00
    assertEquals(1.45, MonthlyIronCondorScanner.creditLimit(1.45), 1e-9);
    assertEquals(0, MonthlyIronCondorScanner.creditLimit(-0.40), 1e-9);
  }
}
