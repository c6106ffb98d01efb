package dev.condor.tck.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces under the strategy suite: scenarios, their shift, the calendar and the scan. */
class ScenarioMachineryTest {

  private static MarketScenario twoDays() {
    return Scenarios.newYork().history(Underlying.SPX, 5700, 5750)
        .day(LocalDate.of(2026, 3, 5))
          .at(LocalTime.of(10, 0)).level(Underlying.SPX, 5800).chain(Underlying.SPX, 0.15, 0, 1)
          .at(LocalTime.of(15, 0)).level(Underlying.SPX, 5810)
        .day(LocalDate.of(2026, 3, 6))
          .at(LocalTime.of(10, 0))
        .build();
  }

  @Test
  void aMomentCarriesTheMarketOverAndDailyClosesGrowByEachDaysLastLevel() {
    MarketScenario s = twoDays();
    MarketScenario.Moment friday = s.moments().get(2);
    assertEquals(5810, friday.quote(Underlying.SPX).orElseThrow().price(), 1e-9);
    assertArrayEquals(new double[] {5700, 5750, 5810}, friday.dailyCloses(Underlying.SPX, 10));
    assertArrayEquals(new double[] {5700, 5750},
        s.moments().get(0).dailyCloses(Underlying.SPX, 10));
    // 0 and 1 calendar days from Friday: Saturday has no session, so Friday's expiry only
    assertEquals(List.of(LocalDate.of(2026, 3, 6)),
        friday.chain(Underlying.SPX).orElseThrow().expiries());
  }

  @Test
  void blackScholesQuotesArePricedAroundTheSpotWithPutsBelowAndCallsAboveAtTheMoney() {
    OptionChain chain = twoDays().moments().get(0).chain(Underlying.SPX).orElseThrow();
    LocalDate thursday = LocalDate.of(2026, 3, 5);
    var put = chain.byDelta(thursday, OptionRight.PUT, 0.10).orElseThrow();
    assertTrue(put.contract().strike() < 5800 && put.bid() <= put.ask());
    var atm = chain.byStrike(thursday, OptionRight.CALL, 5800).orElseThrow();
    assertEquals(0.5, atm.deltaOrNaN(), 0.05);
  }

  @Test
  void aShiftMovesMomentsAndExpiriesByWholeWeeksKeepingWeekdaysAndPrices() {
    MarketScenario s = twoDays();
    MarketScenario moved = s.shiftedByWeeks(52);
    MarketScenario.Moment m = moved.moments().get(0);
    assertEquals(DayOfWeek.THURSDAY, m.time().getDayOfWeek());
    assertEquals(LocalTime.of(10, 0), m.time().toLocalTime());
    OptionChain before = s.moments().get(0).chain(Underlying.SPX).orElseThrow();
    OptionChain after = m.chain(Underlying.SPX).orElseThrow();
    assertEquals(before.expiries().get(0).plusWeeks(52), after.expiries().get(0));
    assertEquals(before.size(), after.size());
    assertEquals(before.quotes(before.expiries().get(0), OptionRight.PUT).get(3).bid(),
        after.quotes(after.expiries().get(0), OptionRight.PUT).get(3).bid(), 0);
  }

  @Test
  void theCalendarListsAnAmMonthlyOnlyOnTheThirdFriday() {
    ScenarioCalendar c = twoDays().calendar();
    var expiries = c.expiries(Underlying.SPX, LocalDate.of(2026, 3, 16),
        LocalDate.of(2026, 3, 20));
    assertEquals(6, expiries.size());
    assertTrue(expiries.stream().anyMatch(e -> e.root().equals("SPX") && e.monthly()
        && e.date().equals(LocalDate.of(2026, 3, 20))));
    assertEquals(5, c.tradingDaysBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)));
  }

  @Test
  void shiftedTextHasItsIsoDatesAndOccSymbolsWrittenBack() {
    assertEquals("2026-03-02: sell SPXW 260302P05770000",
        ScenarioRun.text("2027-03-01: sell SPXW 270301P05770000", 52));
  }

  @Test
  void theConstantPoolScanFindsInstantNowAndNothingInASoundClass() throws IOException {
    assertEquals(List.of("java.time.Instant.now()Ljava/time/Instant;"), WallClockScan
        .wallClockReferences(
            bytes("dev/condor/tck/refstrategy/clock/WallClockStrategyProvider$1")));
    assertEquals(List.of(), WallClockScan.wallClockReferences(
        bytes("dev/condor/tck/refstrategy/sound/ReferenceStrategy")));
  }

  private static byte[] bytes(String name) throws IOException {
    try (InputStream in = ScenarioMachineryTest.class.getClassLoader()
        .getResourceAsStream(name + ".class")) {
      return in.readAllBytes();
    }
  }
}
