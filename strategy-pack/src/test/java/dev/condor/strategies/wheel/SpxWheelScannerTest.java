package dev.condor.strategies.wheel;

import static dev.condor.strategies.wheel.PutChain.DAY;
import static dev.condor.strategies.wheel.PutChain.FRIDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.plugin.Settings;
import dev.condor.core.calendar.NyseCalendar;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpxWheelScannerTest {

  private static final SpxWheelScanner DEFAULT = new SpxWheelScanner(SpxWheelConfig.DEFAULTS);
  private static final NyseCalendar CALENDAR = NyseCalendar.instance();

  private static SpxWheelScanner with(Map<String, ?> settings) {
    return new SpxWheelScanner(SpxWheelConfig.from(Settings.of("strategies.spx-wheel", settings)));
  }

  @Test
  void followsSeedS4sStrikeFormula() {
    // S4's worked example: 5800 x (0.04 + 0.20 x 0.15) = 5800 x 0.07 = 406; 5800 - 406 = 5394,
    // rounded to the nearest $5: 5395
    assertEquals(5394, SpxWheelScanner.formulaStrike(5800, 0.20), 1e-9);
    assertEquals(5395, SpxWheelScanner.roundToStrikeStep(5394), 1e-9);
    // at S4's calibrated 0.15 the formula gives 5800 x 0.0625 = 362.50 -> 5437.50 -> 5440, not
    // the 5280 of S4's first example (which would need 9 % below spot)
    assertEquals(5437.5, SpxWheelScanner.formulaStrike(5800, 0.15), 1e-9);
    assertEquals(5440, SpxWheelScanner.roundToStrikeStep(5437.5), 1e-9);
    assertEquals(5435, SpxWheelScanner.roundToStrikeStep(5437.49), 1e-9);
  }

  @Test
  void takesTheFridayClosestToTheTarget() {
    // 2024-03-04 + 45 = Thu 2024-04-18: Fri 04-19 is 1 day after, Fri 04-12 six before
    assertEquals(FRIDAY, SpxWheelScanner.closestFriday(DAY, 45));
    // 2024-03-04 + 42 = Mon 2024-04-15: Fri 04-12 is 3 days before, Fri 04-19 four after
    assertEquals(LocalDate.of(2024, 4, 12), SpxWheelScanner.closestFriday(DAY, 42));
    // a target on a Friday is that Friday
    assertEquals(LocalDate.of(2024, 4, 12), SpxWheelScanner.closestFriday(DAY, 39));
  }

  @Test
  void sellsTheFormulaStrikeOnTheSpxwFridayAtTheBid() {
    SpxWheelScanner.Scan scan = DEFAULT.scan(DAY, 15.00, PutChain.standard().build(), CALENDAR);

    SpxWheelScanner.Candidate c = scan.candidate().orElseThrow();
    // 5000 - 5000 x (0.04 + 0.15 x 0.15) = 5000 - 312.50 = 4687.50 -> nearest $5 (half up): 4690
    assertEquals(4687.5, c.formulaStrike(), 1e-9);
    assertEquals(OptionContract.of("SPXW", FRIDAY, 4690, OptionRight.PUT), c.put().contract());
    // the bid, 28.40, is on the 0.10 tick above 3.00
    assertEquals(28.40, c.limit(), 1e-9);
    assertEquals(46, c.daysToExpiry());
    assertEquals(1, c.contracts());
    // (4690 - 28.40) x 100 = 466,160
    assertEquals(466_160, c.cashSecuredPerContract(), 1e-6);
    assertEquals("2024-03-04: VIX 15.00 within 12-35; strike = 5000.00 - 5000.00 x (0.04 + 0.15 x"
        + " 0.15) = 5000.00 - 312.50 = 4687.50, rounded to $5: 4690; expiry SPXW 2024-04-19"
        + " (Friday closest to 45 DTE: 2024-04-19, 46 DTE); bid 28.40 ask 28.80 delta -0.158;"
        + " limit 28.40 credit x1; cash secured $466,160 per contract; parameters: configured"
        + " values (no calibrationFile set)", scan.reason());
  }

  @Test
  void atTheMidAsksForTheMidOnTheTick() {
    SpxWheelScanner.Candidate c = with(Map.of("pricing", "mid"))
        .scan(DAY, 15.00, PutChain.standard().build(), CALENDAR).candidate().orElseThrow();
    assertEquals(28.60, c.limit(), 1e-9); // (28.40 + 28.80) / 2
  }

  @Test
  void takesTheNextListedStrikeBelowWhenTheFormulaStrikeIsNotListed() {
    SpxWheelScanner.Scan scan = DEFAULT.scan(DAY, 15.00,
        PutChain.standard().without("SPXW", FRIDAY, 4690).build(), CALENDAR);
    assertEquals(4680, scan.candidate().orElseThrow().put().contract().strike());
    assertTrue(scan.reason().contains("rounded to $5: 4690 (not listed; next listed below: 4680)"),
        scan.reason());
    assertEquals(26.80, scan.candidate().get().limit(), 1e-9);
  }

  @Test
  void skipsOutsideTheVixBandInclusiveOfItsEnds() {
    assertTrue(DEFAULT.scan(DAY, 12.00, PutChain.standard().build(), CALENDAR).candidate()
        .isPresent());
    assertTrue(DEFAULT.scan(DAY, 35.00, PutChain.standard().build(), CALENDAR).candidate()
        .isPresent());
    assertEquals("2024-03-04: VIX 11.99 outside the 12-35 band",
        DEFAULT.scan(DAY, 11.99, PutChain.standard().build(), CALENDAR).reason());
    assertEquals("2024-03-04: VIX 35.01 outside the 12-35 band",
        DEFAULT.scan(DAY, 35.01, PutChain.standard().build(), CALENDAR).reason());
  }

  @Test
  void skipsAPutWithoutABid() {
    SpxWheelScanner.Scan scan = DEFAULT.scan(DAY, 15.00,
        PutChain.standard().put("SPXW", FRIDAY, 4690, 0, 0.05, -0.01).build(), CALENDAR);
    assertEquals("2024-03-04: no bid for the SPXW 2024-04-19 put 4690 (bid 0.00 ask 0.05)",
        scan.reason());
    assertTrue(scan.candidate().isEmpty());
  }

  @Test
  void skipsWhenNoStrikeIsListedAtOrBelowTheFormula() {
    SpxWheelScanner.Scan scan = DEFAULT.scan(DAY, 15.00,
        PutChain.at(5000).put("SPXW", FRIDAY, 4800, 60, 61, -0.3).build(), CALENDAR);
    assertEquals("2024-03-04: no SPXW put listed at or below strike 4690 on 2024-04-19 (Friday"
        + " closest to 45 DTE)", scan.reason());
  }

  @Test
  void movesAHolidayFridayToTheThursdayBefore() {
    // 2024-02-13 + 45 = Good Friday 2024-03-29, when the exchange is closed: the SPXW Friday
    // weekly expires on Thursday 2024-03-28; spot 4800: 4800 x 0.9375 = 4500
    LocalDate day = LocalDate.of(2024, 2, 13);
    LocalDate thursday = LocalDate.of(2024, 3, 28);
    SpxWheelScanner.Candidate c = DEFAULT.scan(day, 15.00,
        PutChain.at(4800).put("SPXW", thursday, 4500, 20.00, 20.40, -0.15).build(), CALENDAR)
        .candidate().orElseThrow();
    assertEquals(thursday, c.put().contract().expiry());
    assertEquals(LocalDate.of(2024, 3, 29), c.targetFriday());
    assertEquals(44, c.daysToExpiry());
  }
}
