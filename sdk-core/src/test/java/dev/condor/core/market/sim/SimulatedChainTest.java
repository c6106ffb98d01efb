package dev.condor.core.market.sim;

import static dev.condor.core.market.sim.SimulatedMarketTest.et;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Simulated option chains: listing (0DTE SPXW, AM/PM expiries, strike grids), no-arbitrage of
 * the quotes, the skew, and single quotes agreeing with chains.
 */
class SimulatedChainTest {

  private static final SimulatedMarket MARKET = SimulatedMarketTest.market2024(42);

  @Test
  void aZeroDteSpxwChainIsListedEveryTradingDaySinceTheDailiesBegan() {
    SimulatedMarket m = new SimulatedMarket(SimulationConfig.builder()
        .firstDay(LocalDate.of(2022, 5, 2)).lastDay(LocalDate.of(2022, 8, 31))
        .level(Underlying.SPX, 4150).build());
    // Tuesday and Thursday SPXW were added in 2022; from 2022-05-16 every trading day expires
    int days = 0;
    for (LocalDate d = LocalDate.of(2022, 5, 16); !d.isAfter(LocalDate.of(2022, 8, 31));
        d = d.plusDays(1)) {
      if (!m.calendar().isTradingDay(d)) {
        continue;
      }
      Instant at = ZonedDateTime.of(d.atTime(10, 0), SimulatedMarketTest.NY).toInstant();
      OptionChain chain = m.chain(Underlying.SPX, at, d, d).orElseThrow();
      assertEquals(List.of(d), chain.expiries(), "0DTE on " + d);
      List<OptionQuote> puts = chain.quotes(d, OptionRight.PUT);
      assertTrue(puts.size() > 20, "strikes on " + d + ": " + puts.size());
      assertTrue(puts.stream().allMatch(q -> q.contract().root().equals("SPXW")), "root on " + d);
      days++;
    }
    assertTrue(days > 70, "trading days checked: " + days);
  }

  @Test
  void pmExpiriesTradeUntilTheCloseAndAmExpiriesStopTheDayBefore() {
    LocalDate thirdFriday = LocalDate.of(2024, 6, 21);
    OptionContract am = OptionContract.of("SPX", thirdFriday, 5000, OptionRight.CALL);
    OptionContract pm = OptionContract.of("SPXW", thirdFriday, 5000, OptionRight.CALL);
    assertTrue(MARKET.optionQuote(am, et(2024, 6, 20, 15, 59)).isPresent());
    assertTrue(MARKET.optionQuote(am, et(2024, 6, 21, 9, 30)).isEmpty(), "AM settled at the open");
    assertTrue(MARKET.optionQuote(pm, et(2024, 6, 21, 15, 59)).isPresent());
    assertTrue(MARKET.optionQuote(pm, et(2024, 6, 21, 16, 0)).isEmpty(), "PM stops at the close");
    OptionChain thursday = MARKET.chain(Underlying.SPX, et(2024, 6, 20, 11, 0), thirdFriday,
        thirdFriday).orElseThrow();
    List<OptionQuote> calls = thursday.quotes(thirdFriday, OptionRight.CALL);
    assertTrue(calls.stream().anyMatch(q -> q.contract().root().equals("SPX")));
    assertTrue(calls.stream().anyMatch(q -> q.contract().root().equals("SPXW")));
    OptionChain friday = MARKET.chain(Underlying.SPX, et(2024, 6, 21, 11, 0), thirdFriday,
        thirdFriday).orElseThrow();
    assertTrue(friday.quotes(thirdFriday, OptionRight.CALL).stream()
        .allMatch(q -> q.contract().root().equals("SPXW")));
    assertTrue(MARKET.optionQuote(OptionContract.of("SPXW", LocalDate.of(2024, 6, 22), 5000,
        OptionRight.CALL), et(2024, 6, 20, 11, 0)).isEmpty(), "no Saturday expiry");
  }

  @Test
  void chainsHaveNoArbitrage() {
    for (Instant at : List.of(et(2024, 3, 4, 9, 45), et(2024, 7, 17, 13, 40),
        et(2024, 10, 9, 15, 30))) {
      LocalDate today = at.atZone(SimulatedMarketTest.NY).toLocalDate();
      OptionChain chain =
          MARKET.chain(Underlying.SPX, at, today, today.plusDays(35)).orElseThrow();
      assertTrue(chain.expiries().size() >= 20, "expiries " + chain.expiries());
      for (LocalDate expiry : chain.expiries()) {
        checkNoArbitrage(chain, expiry, at);
      }
    }
  }

  private static void checkNoArbitrage(OptionChain chain, LocalDate expiry, Instant at) {
    List<OptionQuote> calls = chain.quotes(expiry, OptionRight.CALL).stream()
        .filter(q -> q.contract().root().equals("SPXW")).toList();
    List<OptionQuote> puts = chain.quotes(expiry, OptionRight.PUT).stream()
        .filter(q -> q.contract().root().equals("SPXW")).toList();
    assertEquals(calls.size(), puts.size());
    Instant close = MARKET.calendar().session(expiry).orElseThrow().close().toInstant();
    double years = Duration.between(at, close).getSeconds() / (365.0 * 86_400);
    double discountedSpot = chain.spot() * Math.exp(-Instrument.SPX.dividendYield() * years);
    double discount = Math.exp(-MARKET.config().rate() * years);
    String where = expiry + " at " + at;
    for (int i = 0; i < calls.size(); i++) {
      OptionQuote c = calls.get(i);
      OptionQuote p = puts.get(i);
      double strike = c.contract().strike();
      assertEquals(strike, p.contract().strike());
      for (OptionQuote q : List.of(c, p)) {
        assertTrue(q.bid() >= 0 && q.bid() <= q.ask(), "bid/ask " + q);
        assertEquals(DataOrigin.ESTIMATED, q.origin());
        assertEquals(DataOrigin.ESTIMATED, q.analyticsOrigin());
        assertOnTick(q.bid());
        assertOnTick(q.ask());
      }
      assertTrue(c.deltaOrNaN() >= 0 && c.deltaOrNaN() <= 1, "call delta " + c);
      assertTrue(p.deltaOrNaN() >= -1 && p.deltaOrNaN() <= 0, "put delta " + p);
      double parity = discountedSpot - strike * discount;
      assertTrue(c.bid() - p.ask() <= parity + 1e-9 && parity <= c.ask() - p.bid() + 1e-9,
          "put-call parity " + parity + " outside the markets of " + c + " / " + p);
      if (i > 0) {
        OptionQuote c0 = calls.get(i - 1);
        OptionQuote p0 = puts.get(i - 1);
        assertTrue(c.bid() <= c0.bid() && c.ask() <= c0.ask(), "calls fall with strike " + where
            + ": " + c0 + " then " + c);
        assertTrue(p.bid() >= p0.bid() && p.ask() >= p0.ask(), "puts rise with strike " + where
            + ": " + p0 + " then " + p);
        assertTrue(c.deltaOrNaN() <= c0.deltaOrNaN() && p.deltaOrNaN() <= p0.deltaOrNaN(),
            "deltas fall with strike " + where + " at " + strike);
      }
    }
    for (OptionQuote q : calls) {
      if (q.ask() <= 0.05 + 1e-12) {
        assertEquals(0.0, q.bid(), "an option offered at a nickel is bid at nothing: " + q);
      }
    }
    for (OptionQuote q : puts) {
      if (q.ask() <= 0.05 + 1e-12) {
        assertEquals(0.0, q.bid(), "an option offered at a nickel is bid at nothing: " + q);
      }
    }
    if (expiry.equals(at.atZone(SimulatedMarketTest.NY).toLocalDate())) {
      OptionQuote farPut = puts.get(0);
      assertTrue(farPut.ask() <= 0.5, "the furthest 0DTE put is cheap " + farPut);
    }
  }

  /**
   * The out-of-the-money quote of one root whose absolute delta is nearest a target (a third
   * Friday lists the AM SPX and the PM SPXW together; skew is read within one of them).
   */
  static OptionQuote byDelta(OptionChain chain, LocalDate expiry, OptionRight right,
      double target, String root) {
    return chain.quotes(expiry, right).stream()
        .filter(q -> q.contract().root().equals(root) && chain.isOutOfTheMoney(q.contract()))
        .min((a, b) -> Double.compare(Math.abs(Math.abs(a.deltaOrNaN()) - target),
            Math.abs(Math.abs(b.deltaOrNaN()) - target)))
        .orElseThrow();
  }

  private static void assertOnTick(double price) {
    double tick = price < 3 ? 0.05 : 0.10;
    double k = price / tick;
    assertTrue(Math.abs(k - Math.rint(k)) < 1e-6, price + " is not on a " + tick + " tick");
  }

  @Test
  void putsCarryTheSkewFromZeroToThirtyDays() {
    for (Instant at : List.of(et(2024, 2, 12, 10, 0), et(2024, 8, 19, 14, 0))) {
      LocalDate today = at.atZone(SimulatedMarketTest.NY).toLocalDate();
      OptionChain chain = MARKET.chain(Underlying.SPX, at, today, today.plusDays(30)).orElseThrow();
      for (LocalDate expiry : chain.expiries()) {
        double put25 = byDelta(chain, expiry, OptionRight.PUT, 0.25, "SPXW")
            .impliedVolatility().getAsDouble();
        double atm = byDelta(chain, expiry, OptionRight.CALL, 0.50, "SPXW")
            .impliedVolatility().getAsDouble();
        double call25 = byDelta(chain, expiry, OptionRight.CALL, 0.25, "SPXW")
            .impliedVolatility().getAsDouble();
        String where = expiry + " at " + at + ": " + put25 + " / " + atm + " / " + call25;
        assertTrue(put25 > atm && atm > call25, "25-delta put > ATM > 25-delta call, " + where);
      }
    }
  }

  @Test
  void theZeroDtePutSkewIsSteeperInStrikeThanTheMonthly() {
    Instant at = et(2024, 5, 8, 11, 0);
    LocalDate today = LocalDate.of(2024, 5, 8);
    OptionChain chain = MARKET.chain(Underlying.SPX, at, today, today.plusDays(30)).orElseThrow();
    double zeroDte = slopePerPercent(chain, today);
    double monthly = slopePerPercent(chain, chain.expiries().get(chain.expiries().size() - 1));
    assertTrue(zeroDte > monthly, "IV points per 1 % lower strike: 0DTE " + zeroDte
        + ", 30 days " + monthly);
  }

  private static double slopePerPercent(OptionChain chain, LocalDate expiry) {
    double spot = chain.spot();
    OptionQuote atm = chain.byDistance(expiry, OptionRight.PUT, 0).orElseThrow();
    OptionQuote lower = chain.byDistance(expiry, OptionRight.PUT, spot * 0.01).orElseThrow();
    double percent = (atm.contract().strike() - lower.contract().strike()) / spot * 100;
    return (lower.impliedVolatility().getAsDouble() - atm.impliedVolatility().getAsDouble())
        / percent;
  }

  @Test
  void aSingleQuoteEqualsTheSameContractInTheChain() {
    Instant at = et(2024, 9, 10, 12, 34);
    SimulatedMarket fresh = SimulatedMarketTest.market2024(42);
    OptionChain chain =
        MARKET.chain(Underlying.SPX, at, LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 20))
            .orElseThrow();
    for (LocalDate expiry : chain.expiries()) {
      for (OptionRight right : OptionRight.values()) {
        List<OptionQuote> quotes = chain.quotes(expiry, right);
        for (int i = 0; i < quotes.size(); i += 7) {
          OptionQuote inChain = quotes.get(i);
          assertEquals(inChain, fresh.optionQuote(inChain.contract(), at).orElseThrow());
          assertEquals(inChain, chain.quote(inChain.contract()).orElseThrow());
        }
      }
    }
  }

  @Test
  void chainsAreCachedPerMinute() {
    Instant at = et(2024, 4, 16, 10, 5);
    LocalDate day = LocalDate.of(2024, 4, 16);
    OptionChain first = MARKET.chain(Underlying.SPX, at, day, day).orElseThrow();
    OptionChain again = MARKET.chain(Underlying.SPX, at.plusSeconds(40), day, day).orElseThrow();
    assertSame(first, again);
    assertEquals(at, first.time());
  }

  @Test
  void strikesFollowTheListedGrids() {
    Instant at = et(2024, 4, 16, 10, 5);
    LocalDate day = LocalDate.of(2024, 4, 16);
    OptionChain spx = MARKET.chain(Underlying.SPX, at, day, day.plusDays(30)).orElseThrow();
    for (LocalDate expiry : spx.expiries()) {
      List<OptionQuote> puts = spx.quotes(expiry, OptionRight.PUT);
      assertTrue(puts.size() < 1200, "a chain stays small: " + puts.size());
      for (OptionQuote q : puts) {
        double k = q.contract().strike();
        double distance = Math.abs(k - spx.spot()) / spx.spot();
        assertEquals(0, k % 5, 1e-9, "SPX strikes are multiples of 5: " + k);
        if (distance > 0.11) {
          assertEquals(0, k % 25, 1e-9, "far SPX strikes are 25 apart: " + k);
        }
      }
      List<Double> near = puts.stream().map(q -> q.contract().strike())
          .filter(k -> Math.abs(k - spx.spot()) < 20).toList();
      assertTrue(near.size() >= 7, "5-point strikes near the money on " + expiry + ": " + near);
    }
    OptionChain ndx = MARKET.chain(Underlying.NDX, at, day, day.plusDays(30)).orElseThrow();
    assertFalse(ndx.expiries().isEmpty());
    for (OptionQuote q : ndx.quotes(ndx.expiries().get(0), OptionRight.CALL)) {
      double k = q.contract().strike();
      assertTrue(k % 10 == 0 || k % 25 == 0 || k % 50 == 0, "NDX grid: " + k);
    }
    OptionChain spy = MARKET.chain(Underlying.SPY, at, day, day).orElseThrow();
    List<OptionQuote> spyPuts = spy.quotes(day, OptionRight.PUT);
    for (int i = 1; i < spyPuts.size(); i++) {
      double k = spyPuts.get(i).contract().strike();
      if (Math.abs(k - spy.spot()) < 5) {
        assertEquals(1.0, k - spyPuts.get(i - 1).contract().strike(), 1e-9, "SPY $1 strikes");
      }
    }
  }

  @Test
  void etfOptionsAreNeverWorthLessThanExercise() {
    Instant at = et(2024, 7, 1, 11, 0);
    LocalDate day = LocalDate.of(2024, 7, 1);
    for (Underlying u : List.of(Underlying.SPY, Underlying.QQQ)) {
      OptionChain chain = MARKET.chain(u, at, day, day.plusDays(60)).orElseThrow();
      for (LocalDate expiry : chain.expiries()) {
        for (OptionQuote q : chain.quotes(expiry, OptionRight.PUT)) {
          double intrinsic = Math.max(q.contract().strike() - chain.spot(), 0);
          assertTrue(q.ask() >= intrinsic, "ask of " + q + " below exercise value " + intrinsic);
          assertTrue(q.spread() <= 1.5, "ETF spread " + q);
        }
      }
    }
  }

  @Test
  void chainsAreEmptyForUnderlyingsWithoutSimulatedOptions() {
    Instant at = et(2024, 7, 1, 11, 0);
    LocalDate day = LocalDate.of(2024, 7, 1);
    assertTrue(MARKET.chain(Underlying.VIX1D, at, day, day.plusDays(30)).isEmpty());
    assertTrue(MARKET.chain(Underlying.IWM, at, day, day.plusDays(30)).isEmpty());
    OptionChain backwards = MARKET.chain(Underlying.SPX, at, day.plusDays(5), day).orElseThrow();
    assertEquals(0, backwards.size());
  }
}
