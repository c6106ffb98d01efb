package dev.condor.core.market.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The simulated market's paths: determinism, the calendar, settlement values, and statistics that
 * must match the calibration (volatility-index levels, leverage effect, fat tails, NDX and ETFs).
 */
class SimulatedMarketTest {

  static final ZoneId NY = ZoneId.of("America/New_York");

  static Instant et(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, NY).toInstant();
  }

  static SimulatedMarket market2024(long seed) {
    return new SimulatedMarket(SimulationConfig.builder().seed(seed)
        .firstDay(LocalDate.of(2024, 1, 2)).lastDay(LocalDate.of(2024, 12, 31)).build());
  }

  @Test
  void theSameSeedGivesIdenticalQuotesOnEveryCall() {
    SimulatedMarket a = market2024(7);
    SimulatedMarket b = market2024(7);
    for (Instant at : List.of(et(2024, 1, 2, 9, 30), et(2024, 5, 14, 11, 7), et(2024, 9, 3, 15, 59),
        et(2024, 12, 31, 16, 0))) {
      for (Underlying u : a.underlyings()) {
        assertEquals(a.quote(u, at), b.quote(u, at), u + " at " + at);
        assertEquals(a.quote(u, at), a.quote(u, at), u + " asked twice at " + at);
      }
    }
  }

  @Test
  void daysAreTheSameWhateverOrderTheyAreAskedInAndAfterEviction() {
    SimulationConfig config = SimulationConfig.builder().seed(11).cachedDays(8)
        .firstDay(LocalDate.of(2024, 1, 2)).lastDay(LocalDate.of(2024, 6, 28)).build();
    SimulatedMarket forward = new SimulatedMarket(config);
    SimulatedMarket backward = new SimulatedMarket(config);
    Instant early = et(2024, 1, 10, 10, 15);
    Instant late = et(2024, 6, 20, 14, 45);
    Quote early1 = forward.quote(Underlying.SPX, early).orElseThrow();
    Quote late1 = forward.quote(Underlying.SPX, late).orElseThrow();
    Quote late2 = backward.quote(Underlying.SPX, late).orElseThrow();
    // January's path was evicted (8 days cached) and is regenerated from its stored state
    Quote early2 = backward.quote(Underlying.SPX, early).orElseThrow();
    assertEquals(early1, early2);
    assertEquals(late1, late2);
    assertEquals(forward.quote(Underlying.VIX1D, early), backward.quote(Underlying.VIX1D, early));
  }

  @Test
  void differentSeedsGiveDifferentMarkets() {
    Instant at = et(2024, 3, 5, 12, 0);
    double a = market2024(1).quote(Underlying.SPX, at).orElseThrow().last();
    double b = market2024(2).quote(Underlying.SPX, at).orElseThrow().last();
    assertNotEquals(a, b);
  }

  @Test
  void valuesAreStableAcrossJvms() {
    // Golden values: the path uses only StrictMath and its own generator, so every JVM and
    // platform must reproduce these digits exactly.
    SimulatedMarket m = new SimulatedMarket(SimulationConfig.defaults());
    Instant at = et(2024, 2, 1, 10, 30);
    assertEquals(4777.768152531854, m.level(Underlying.SPX, at).getAsDouble(), 0.0);
    assertEquals(26.34983771344767, m.level(Underlying.VIX, at).getAsDouble(), 0.0);
    assertEquals(413.03514269824774, m.level(Underlying.QQQ, at).getAsDouble(), 0.0);
    OptionContract contract =
        OptionContract.of("SPXW", LocalDate.of(2024, 2, 1), 4750, OptionRight.PUT);
    OptionQuote put = m.optionQuote(contract, at).orElseThrow();
    assertEquals(8.6, put.bid(), 0.0);
    assertEquals(8.8, put.ask(), 0.0);
    assertEquals(0.410662, put.impliedVolatility().getAsDouble(), 0.0);
    assertEquals(-0.2831, put.deltaOrNaN(), 0.0);
  }

  @Test
  void everyValueIsTaggedEstimatedAndIndicesHaveNoBidOrAsk() {
    SimulatedMarket m = market2024(3);
    Instant at = et(2024, 4, 2, 10, 0);
    Quote spx = m.quote(Underlying.SPX, at).orElseThrow();
    assertEquals(DataOrigin.ESTIMATED, spx.origin());
    assertTrue(Double.isNaN(spx.bid()) && Double.isNaN(spx.ask()));
    assertEquals(at, spx.time());
    Quote spy = m.quote(Underlying.SPY, at).orElseThrow();
    assertEquals(DataOrigin.ESTIMATED, spy.origin());
    assertEquals(0.01, spy.ask() - spy.bid(), 1e-9);
    assertTrue(spy.bid() <= spy.last() && spy.last() <= spy.ask());
    assertTrue(m.quote(Underlying.IWM, at).isEmpty(), "IWM is not simulated");
  }

  @Test
  void anInstantWithinAMinuteReadsThatMinutesLevel() {
    SimulatedMarket m = market2024(3);
    Quote atStart = m.quote(Underlying.SPX, et(2024, 4, 2, 10, 0)).orElseThrow();
    Quote within = m.quote(Underlying.SPX, et(2024, 4, 2, 10, 0).plusSeconds(59)).orElseThrow();
    assertEquals(atStart, within);
  }

  @Test
  void goodFridayHasNoSessionAndReadsThursdaysClose() {
    SimulatedMarket m = market2024(5);
    Quote thursdayClose = m.quote(Underlying.SPX, et(2024, 3, 28, 16, 0)).orElseThrow();
    Quote goodFriday = m.quote(Underlying.SPX, et(2024, 3, 29, 12, 0)).orElseThrow();
    assertEquals(thursdayClose, goodFriday);
    assertEquals(et(2024, 3, 28, 16, 0), goodFriday.time());
    Quote mondayOpen = m.quote(Underlying.SPX, et(2024, 4, 1, 9, 30)).orElseThrow();
    assertEquals(et(2024, 4, 1, 9, 30), mondayOpen.time());
    assertNotEquals(thursdayClose.last(), mondayOpen.last(), "the gap moves the open");
    assertTrue(m.settlementValue(Underlying.SPX, LocalDate.of(2024, 3, 29), SettlementTime.PM)
        .isEmpty());
  }

  @Test
  void theDayAfterThanksgivingClosesAtOne() {
    SimulatedMarket m = market2024(5);
    Quote close = m.quote(Underlying.SPX, et(2024, 11, 29, 13, 0)).orElseThrow();
    assertEquals(et(2024, 11, 29, 13, 0), close.time());
    assertEquals(close, m.quote(Underlying.SPX, et(2024, 11, 29, 15, 30)).orElseThrow());
    assertEquals(close.last(), m.settlementValue(Underlying.SPX, LocalDate.of(2024, 11, 29),
        SettlementTime.PM).getAsDouble());
    Quote lastMinute = m.quote(Underlying.SPX, et(2024, 11, 29, 12, 59)).orElseThrow();
    assertEquals(et(2024, 11, 29, 12, 59), lastMinute.time());
  }

  @Test
  void amSettlementUsesTheOpenAndPmTheClose() {
    SimulatedMarket m = market2024(9);
    LocalDate thirdFriday = LocalDate.of(2024, 6, 21);
    double open = m.quote(Underlying.SPX, et(2024, 6, 21, 9, 30)).orElseThrow().last();
    double close = m.quote(Underlying.SPX, et(2024, 6, 21, 16, 0)).orElseThrow().last();
    assertEquals(open, m.settlementValue(Underlying.SPX, thirdFriday, SettlementTime.AM)
        .getAsDouble());
    assertEquals(close, m.settlementValue(Underlying.SPX, thirdFriday, SettlementTime.PM)
        .getAsDouble());
    assertNotEquals(open, close);
    assertEquals(m.quote(Underlying.SPY, et(2024, 6, 21, 16, 0)).orElseThrow().last(),
        m.settlementValue(Underlying.SPY, thirdFriday, SettlementTime.PM).getAsDouble());
  }

  @Test
  void outsideTheSimulatedDaysThereIsNothing() {
    SimulatedMarket m = market2024(1);
    assertTrue(m.quote(Underlying.SPX, et(2024, 1, 2, 9, 29)).isEmpty(), "before the first open");
    assertTrue(m.quote(Underlying.SPX, et(2025, 1, 1, 0, 0)).isEmpty(), "after the last day");
    assertTrue(m.quote(Underlying.SPX, et(2024, 12, 31, 23, 59)).isPresent());
    assertTrue(m.settlementValue(Underlying.SPX, LocalDate.of(2025, 1, 3), SettlementTime.PM)
        .isEmpty());
    assertThrows(InvalidValueException.class, () -> m.quote(null, Instant.now()));
  }

  @Test
  void volatilityIndicesTrackTheModelAndReturnsHaveFatTailsAndLeverage() {
    // The first four seeds, whatever they give: the statistics must hold for typical years.
    double sumOfMeans = 0;
    for (long seed = 1; seed <= 4; seed++) {
      Year y = year(market2024(seed));
      double meanVix = mean(y.vix);
      double realised = Math.sqrt(variance(y.returns) * 252);
      String where = "seed " + seed + ": mean VIX " + meanVix + ", realised vol " + realised;
      assertTrue(meanVix > 10 && meanVix < 35, where);
      assertTrue(realised / (meanVix / 100) > 0.5 && realised / (meanVix / 100) < 1.1,
          "realised vol sits below the VIX by the variance premium; " + where);
      assertTrue(correlation(y.returns, diff(y.vix)) < -0.6,
          "SPX returns and VIX changes are strongly negatively correlated; " + where);
      assertTrue(excessKurtosis(y.returns) > 0, "daily returns have fat tails; " + where);
      sumOfMeans += meanVix;
    }
    double meanOfMeans = sumOfMeans / 4;
    assertTrue(meanOfMeans > 12 && meanOfMeans < 25, "mean VIX over the years " + meanOfMeans);
  }

  @Test
  void theVolatilityTermStructureMatchesTheRealIndices() {
    Year y = year(market2024(2));
    double[] nineDay = new double[y.vix.length];
    double[] oneDay = new double[y.vix.length];
    double[] openOverClose = new double[y.vix.length];
    for (int i = 0; i < y.vix.length; i++) {
      nineDay[i] = y.vix9d[i] / y.vix[i];
      oneDay[i] = y.vix1d[i] / y.vix[i];
      openOverClose[i] = y.vix1dOpen[i] / y.vix1d[i];
    }
    // Cboe history: VIX9D/VIX median 0.94, VIX1D/VIX 0.83, VIX1D open/close 0.81
    assertTrue(median(nineDay) > 0.85 && median(nineDay) < 1.0, "VIX9D/VIX " + median(nineDay));
    assertTrue(median(oneDay) > 0.7 && median(oneDay) < 1.0, "VIX1D/VIX " + median(oneDay));
    assertTrue(median(openOverClose) > 0.7 && median(openOverClose) < 0.95,
        "VIX1D open/close " + median(openOverClose));
  }

  @Test
  void ndxIsCorrelatedWithSpxAndMoreVolatile() {
    SimulatedMarket m = market2024(4);
    Year y = year(m);
    double corr = correlation(y.returns, y.ndxReturns);
    double ratio = Math.sqrt(variance(y.ndxReturns) / variance(y.returns));
    assertTrue(corr > 0.85 && corr < 0.97, "correlation " + corr);
    assertTrue(ratio > 1.1 && ratio < 1.4, "volatility ratio " + ratio);
  }

  @Test
  void etfsTrackTheirIndices() {
    SimulatedMarket m = market2024(6);
    for (LocalDate d = LocalDate.of(2024, 1, 2); d.getYear() == 2024; d = d.plusDays(7)) {
      Instant at = ZonedDateTime.of(d.atTime(11, 0), NY).toInstant();
      double spx = m.level(Underlying.SPX, at).getAsDouble();
      double ndx = m.level(Underlying.NDX, at).getAsDouble();
      double spy = m.level(Underlying.SPY, at).getAsDouble();
      assertEquals(Instrument.SPY.ratio(), spy / spx, 0.0998 * 5e-4, "SPY/SPX on " + d);
      assertEquals(Instrument.QQQ.ratio(), m.level(Underlying.QQQ, at).getAsDouble() / ndx,
          0.0243 * 5e-4, "QQQ/NDX on " + d);
      assertEquals(Instrument.VOO.ratio(), m.level(Underlying.VOO, at).getAsDouble() / spy,
          0.9192 * 5e-4, "VOO/SPY on " + d);
      assertEquals(Instrument.VTI.ratio(), m.level(Underlying.VTI, at).getAsDouble() / spx,
          0.0497 * 0.06, "VTI/SPX (beta 1, its own small drift) on " + d);
    }
  }

  @Test
  void concurrentReadersSeeTheSameMarket() throws Exception {
    SimulatedMarket shared = market2024(8);
    SimulatedMarket reference = market2024(8);
    List<Instant> instants = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      instants.add(et(2024, 1 + (i * 7) % 12, 1 + (i * 13) % 28, 10 + i % 6, (i * 17) % 60));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Object>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> {
          List<Object> seen = new ArrayList<>();
          for (Instant at : instants) {
            seen.add(shared.quote(Underlying.SPX, at));
            seen.add(shared.quote(Underlying.VIX, at));
          }
          return seen;
        }));
      }
      List<Object> expected = new ArrayList<>();
      for (Instant at : instants) {
        expected.add(reference.quote(Underlying.SPX, at));
        expected.add(reference.quote(Underlying.VIX, at));
      }
      for (Future<List<Object>> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aConfigWithoutTradingDaysIsRejected() {
    SimulationConfig weekend = SimulationConfig.builder().firstDay(LocalDate.of(2024, 1, 6))
        .lastDay(LocalDate.of(2024, 1, 7)).build();
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> new SimulatedMarket(weekend));
    assertEquals("end", e.field());
    assertFalse(e.getMessage().isBlank());
  }

  // ---- a year of daily closes ----

  /** Daily closes of a simulated year: SPX and NDX log returns and the volatility indices. */
  static final class Year {
    double[] returns;
    double[] ndxReturns;
    double[] vix;
    double[] vix9d;
    double[] vix1d;
    double[] vix1dOpen;
  }

  static Year year(SimulatedMarket m) {
    List<double[]> rows = new ArrayList<>();
    for (LocalDate d = m.firstTradingDay(); !d.isAfter(m.lastTradingDay()); d = d.plusDays(1)) {
      if (!m.calendar().isTradingDay(d)) {
        continue;
      }
      var session = m.calendar().session(d).orElseThrow();
      Instant close = session.close().toInstant();
      Instant open = session.open().toInstant();
      rows.add(new double[] {
        m.level(Underlying.SPX, close).getAsDouble(),
        m.level(Underlying.NDX, close).getAsDouble(),
        m.level(Underlying.VIX, close).getAsDouble(),
        m.level(Underlying.VIX9D, close).getAsDouble(),
        m.level(Underlying.VIX1D, close).getAsDouble(),
        m.level(Underlying.VIX1D, open).getAsDouble()});
    }
    Year y = new Year();
    int n = rows.size();
    y.returns = new double[n - 1];
    y.ndxReturns = new double[n - 1];
    for (int i = 1; i < n; i++) {
      y.returns[i - 1] = Math.log(rows.get(i)[0] / rows.get(i - 1)[0]);
      y.ndxReturns[i - 1] = Math.log(rows.get(i)[1] / rows.get(i - 1)[1]);
    }
    y.vix = column(rows, 2);
    y.vix9d = column(rows, 3);
    y.vix1d = column(rows, 4);
    y.vix1dOpen = column(rows, 5);
    return y;
  }

  private static double[] column(List<double[]> rows, int c) {
    return rows.stream().mapToDouble(r -> r[c]).toArray();
  }

  static double[] diff(double[] x) {
    double[] d = new double[x.length - 1];
    for (int i = 1; i < x.length; i++) {
      d[i - 1] = x[i] - x[i - 1];
    }
    return d;
  }

  static double mean(double[] x) {
    return Arrays.stream(x).average().orElse(Double.NaN);
  }

  static double median(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  static double variance(double[] x) {
    double m = mean(x);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return s / x.length;
  }

  static double excessKurtosis(double[] x) {
    double m = mean(x);
    double v = variance(x);
    double s = 0;
    for (double d : x) {
      s += Math.pow(d - m, 4);
    }
    return s / x.length / (v * v) - 3;
  }

  static double correlation(double[] a, double[] b) {
    double ma = mean(a);
    double mb = mean(b);
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / Math.sqrt(saa * sbb);
  }
}
