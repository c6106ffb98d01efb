package dev.condor.api.quant;

import static dev.condor.api.instrument.OptionRight.CALL;
import static dev.condor.api.instrument.OptionRight.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionRight;
import org.junit.jupiter.api.Test;

class BlackScholesTest {

  private static final double[] MONEYNESS = {0.8, 0.9, 0.97, 1.0, 1.03, 1.1, 1.25};
  private static final double[] VOLS = {0.08, 0.2, 0.45, 1.2};
  private static final double[] YEARS = {1 / 365.0, 7 / 365.0, 30 / 365.0, 0.5, 2.0};
  private static final double RATE = 0.043;
  private static final double YIELD = 0.014;

  // Hull, Options, Futures, and Other Derivatives (8th ed.), Example 15.6: d1 = 0.7693,
  // d2 = 0.6278, c = 4.76, p = 0.81; to four decimals 4.7594 and 0.8086.
  @Test
  void callAndPutMatchHullTextbookExample() {
    assertEquals(4.7594, BlackScholes.price(CALL, 42, 40, 0.5, 0.10, 0, 0.20), 1e-4);
    assertEquals(0.8086, BlackScholes.price(PUT, 42, 40, 0.5, 0.10, 0, 0.20), 1e-4);
  }

  // Haug, The Complete Guide to Option Pricing Formulas (2nd ed.), 1.1.6, generalized
  // Black-Scholes-Merton: S = 75, X = 70, T = 0.5, r = 10%, b = 5% (so q = r − b = 5%),
  // σ = 35%: p = 4.0870.
  @Test
  void putMatchesHaugGeneralizedBsmExampleWithCostOfCarry() {
    assertEquals(4.0870, BlackScholes.price(PUT, 75, 70, 0.5, 0.10, 0.05, 0.35), 1e-4);
  }

  // Haug 1.1.2, Merton (1973) options on a stock index: S = 100, X = 95, T = 0.5, r = 10%,
  // q = 5%, σ = 20%: p = 2.4648.
  @Test
  void putMatchesHaugMertonStockIndexExample() {
    assertEquals(2.4648, BlackScholes.price(PUT, 100, 95, 0.5, 0.10, 0.05, 0.20), 1e-4);
  }

  // Haug 1.1.3, Black (1976) options on futures: F = X = 19, T = 0.75, r = 10%, σ = 28%:
  // c = p = 1.7011. Black-76 is BSM with the yield equal to the rate (zero cost of carry).
  @Test
  void pricesMatchHaugBlack76ExampleWhenTheYieldEqualsTheRate() {
    assertEquals(1.7011, BlackScholes.price(CALL, 19, 19, 0.75, 0.10, 0.10, 0.28), 1e-4);
    assertEquals(1.7011, BlackScholes.price(PUT, 19, 19, 0.75, 0.10, 0.10, 0.28), 1e-4);
  }

  // Haug 1.1.5, Garman-Kohlhagen currency options: S = 1.56, X = 1.60, T = 0.5, r = 6%,
  // rf = 8% (the foreign rate is the yield), σ = 12%: c = 0.0291.
  @Test
  void callMatchesHaugGarmanKohlhagenExample() {
    assertEquals(0.0291, BlackScholes.price(CALL, 1.56, 1.60, 0.5, 0.06, 0.08, 0.12), 1e-4);
  }

  // Hull (8th ed.), Example 16.1, a European call on an index: S = 930, K = 900, r = 8%,
  // q = 3%, σ = 20%, T = 2 months: c = 51.83 (printed to the cent).
  @Test
  void callMatchesHullIndexOptionExampleWithDividendYield() {
    assertEquals(51.83, BlackScholes.price(CALL, 930, 900, 2 / 12.0, 0.08, 0.03, 0.20), 0.005);
  }

  @Test
  void putCallParityHoldsWithDividendsAcrossTheGrid() {
    double spot = 5800;
    for (double m : MONEYNESS) {
      for (double vol : VOLS) {
        for (double t : YEARS) {
          double k = spot * m;
          double c = BlackScholes.price(CALL, spot, k, t, RATE, YIELD, vol);
          double p = BlackScholes.price(PUT, spot, k, t, RATE, YIELD, vol);
          double forwardValue = spot * Math.exp(-YIELD * t) - k * Math.exp(-RATE * t);
          assertEquals(forwardValue, c - p, 1e-11 * spot, "K=" + k + " vol=" + vol + " T=" + t);
        }
      }
    }
  }

  @Test
  void deltaAndGammaMatchFiniteDifferencesOfPriceInSpot() {
    forEachPoint((right, spot, k, t, vol) -> {
      // steps a thousandth of the one-standard-deviation move: small against the curvature,
      // large against rounding
      double h = spot * vol * Math.sqrt(t) * 1e-3;
      double up = BlackScholes.price(right, spot + h, k, t, RATE, YIELD, vol);
      double mid = BlackScholes.price(right, spot, k, t, RATE, YIELD, vol);
      double down = BlackScholes.price(right, spot - h, k, t, RATE, YIELD, vol);
      String at = at(right, spot, k, t, vol);
      assertClose((up - down) / (2 * h),
          BlackScholes.delta(right, spot, k, t, RATE, YIELD, vol), 1e-6, at + " delta");
      // scaled by spot, gamma is the change of delta for a 100% move; the second difference
      // loses about eps·price/h² to rounding, hence the looser floor
      assertClose((up - 2 * mid + down) / (h * h) * spot,
          BlackScholes.gamma(right, spot, k, t, RATE, YIELD, vol) * spot, 1e-5, at + " gamma");
    });
  }

  @Test
  void thetaIsMinusTheFiniteDifferenceOfPriceInYears() {
    forEachPoint((right, spot, k, t, vol) -> {
      double h = t * 1e-4;
      double later = BlackScholes.price(right, spot, k, t - h, RATE, YIELD, vol);
      double earlier = BlackScholes.price(right, spot, k, t + h, RATE, YIELD, vol);
      assertClose((later - earlier) / (2 * h),
          BlackScholes.theta(right, spot, k, t, RATE, YIELD, vol), 1e-6 * spot,
          at(right, spot, k, t, vol) + " theta");
    });
  }

  @Test
  void vegaAndRhoMatchFiniteDifferencesOfPricePerOneUnit() {
    forEachPoint((right, spot, k, t, vol) -> {
      String at = at(right, spot, k, t, vol);
      double hv = 1e-5;
      double vegaFd = (BlackScholes.price(right, spot, k, t, RATE, YIELD, vol + hv)
          - BlackScholes.price(right, spot, k, t, RATE, YIELD, vol - hv)) / (2 * hv);
      assertClose(vegaFd, BlackScholes.vega(right, spot, k, t, RATE, YIELD, vol), 1e-7 * spot,
          at + " vega");
      double hr = 1e-5;
      double rhoFd = (BlackScholes.price(right, spot, k, t, RATE + hr, YIELD, vol)
          - BlackScholes.price(right, spot, k, t, RATE - hr, YIELD, vol)) / (2 * hr);
      assertClose(rhoFd, BlackScholes.rho(right, spot, k, t, RATE, YIELD, vol), 1e-7 * spot,
          at + " rho");
    });
  }

  @Test
  void onePassGreeksMatchTheSingleMethodsAndReuseTheHolder() {
    MutableGreeks g = new MutableGreeks();
    forEachPoint((right, spot, k, t, vol) -> {
      assertSame(g, BlackScholes.greeks(right, spot, k, t, RATE, YIELD, vol, g));
      String at = at(right, spot, k, t, vol);
      assertEquals(BlackScholes.price(right, spot, k, t, RATE, YIELD, vol), g.price(),
          1e-12 * spot, at);
      assertEquals(BlackScholes.delta(right, spot, k, t, RATE, YIELD, vol), g.delta(), 1e-14, at);
      assertEquals(BlackScholes.gamma(right, spot, k, t, RATE, YIELD, vol), g.gamma(),
          1e-12 * Math.abs(g.gamma()), at);
      assertEquals(BlackScholes.theta(right, spot, k, t, RATE, YIELD, vol), g.theta(),
          1e-12 * spot, at);
      assertEquals(BlackScholes.vega(right, spot, k, t, RATE, YIELD, vol), g.vega(),
          1e-12 * spot, at);
      assertEquals(BlackScholes.rho(right, spot, k, t, RATE, YIELD, vol), g.rho(),
          1e-12 * spot, at);
    });
  }

  @Test
  void atExpiryThePriceIsIntrinsicAndDeltaIsAStep() {
    MutableGreeks g = new MutableGreeks();
    BlackScholes.greeks(CALL, 105, 100, 0, RATE, YIELD, 0.2, g);
    assertGreeks(g, 5, 1, 0, 0, 0, 0);
    BlackScholes.greeks(CALL, 95, 100, 0, RATE, YIELD, 0.2, g);
    assertGreeks(g, 0, 0, 0, 0, 0, 0);
    BlackScholes.greeks(PUT, 95, 100, 0, RATE, YIELD, 0.2, g);
    assertGreeks(g, 5, -1, 0, 0, 0, 0);
    BlackScholes.greeks(PUT, 105, 100, 0, RATE, YIELD, 0.2, g);
    assertGreeks(g, 0, 0, 0, 0, 0, 0);
    // exactly at the strike: worthless, delta the midpoint of the step
    BlackScholes.greeks(CALL, 100, 100, 0, RATE, YIELD, 0.2, g);
    assertGreeks(g, 0, 0.5, 0, 0, 0, 0);
    BlackScholes.greeks(PUT, 100, 100, 0, RATE, YIELD, 0.2, g);
    assertGreeks(g, 0, -0.5, 0, 0, 0, 0);
    assertEquals(5, BlackScholes.price(CALL, 105, 100, 0, RATE, YIELD, 0.2));
    assertEquals(1, BlackScholes.delta(CALL, 105, 100, 0, RATE, YIELD, 0.2));
    assertEquals(0, BlackScholes.theta(CALL, 105, 100, 0, RATE, YIELD, 0.2));
    assertEquals(0, BlackScholes.vega(CALL, 100, 100, 0, RATE, YIELD, 0.2));
  }

  @Test
  void approachingExpiryTheGreeksTendToTheirExpiryValues() {
    double oneSecond = 1 / (365.0 * 24 * 3600);
    MutableGreeks g = new MutableGreeks();
    BlackScholes.greeks(CALL, 101, 100, oneSecond, RATE, YIELD, 0.2, g);
    assertEquals(1.0, g.price(), 1e-6);
    assertEquals(1.0, g.delta(), 1e-9);
    BlackScholes.greeks(PUT, 101, 100, oneSecond, RATE, YIELD, 0.2, g);
    assertEquals(0.0, g.price(), 1e-12);
    assertEquals(0.0, g.delta(), 1e-12);
  }

  @Test
  void atZeroVolatilityTheForwardIsCertain() {
    double t = 0.5;
    double sq = 100 * Math.exp(-YIELD * t);
    double kr = 90 * Math.exp(-RATE * t);
    MutableGreeks g = new MutableGreeks();
    BlackScholes.greeks(CALL, 100, 90, t, RATE, YIELD, 0, g);
    assertGreeks(g, sq - kr, Math.exp(-YIELD * t), 0, YIELD * sq - RATE * kr, 0,
        90 * t * Math.exp(-RATE * t));
    BlackScholes.greeks(PUT, 100, 90, t, RATE, YIELD, 0, g);
    assertGreeks(g, 0, 0, 0, 0, 0, 0);
    assertEquals(sq - kr, BlackScholes.price(CALL, 100, 90, t, RATE, YIELD, 0), 1e-12);
  }

  @Test
  void zeroVolatilityGreeksAreTheLimitsOfTinyVolatility() {
    double t = 0.25;
    MutableGreeks zero = new MutableGreeks();
    MutableGreeks tiny = new MutableGreeks();
    for (OptionRight right : OptionRight.values()) {
      for (double k : new double[] {90, 110}) {
        BlackScholes.greeks(right, 100, k, t, RATE, YIELD, 0, zero);
        BlackScholes.greeks(right, 100, k, t, RATE, YIELD, 1e-6, tiny);
        assertGreeks(zero, tiny.price(), tiny.delta(), tiny.gamma(), tiny.theta(), tiny.vega(),
            tiny.rho());
      }
      // exactly at the forward (the strike equals the spot when the yield equals the rate), vega
      // keeps its limit S·e^(−qT)·√T/√(2π) and delta is half the step
      BlackScholes.greeks(right, 100, 100, t, RATE, RATE, 0, zero);
      double expectedVega = 100 * Math.exp(-RATE * t) * Math.sqrt(t) / Math.sqrt(2 * Math.PI);
      assertEquals(expectedVega, zero.vega(), 1e-9);
      assertEquals(0, zero.gamma());
      assertEquals(right == CALL ? 0.5 : -0.5, zero.delta() / Math.exp(-RATE * t), 1e-9);
    }
  }

  @Test
  void farOutOfTheMoneyPricesStayNonNegative() {
    for (double k = 50; k <= 200; k += 0.5) {
      assertTrue(BlackScholes.price(CALL, 100, k, 1 / 365.0 / 24, RATE, YIELD, 0.1) >= 0);
      assertTrue(BlackScholes.price(PUT, 100, k, 1 / 365.0 / 24, RATE, YIELD, 0.1) >= 0);
    }
  }

  @Test
  void invalidArgumentsAreRejectedNamingTheArgument() {
    assertRejected("spot = NaN", () -> BlackScholes.price(CALL, Double.NaN, 100, 1, 0, 0, 0.2));
    assertRejected("spot = -1.0", () -> BlackScholes.delta(CALL, -1, 100, 1, 0, 0, 0.2));
    assertRejected("strike = 0.0", () -> BlackScholes.gamma(PUT, 100, 0, 1, 0, 0, 0.2));
    assertRejected("years = -0.1", () -> BlackScholes.theta(PUT, 100, 100, -0.1, 0, 0, 0.2));
    assertRejected("volatility = -0.2", () -> BlackScholes.vega(PUT, 100, 100, 1, 0, 0, -0.2));
    assertRejected("volatility = NaN",
        () -> BlackScholes.greeks(PUT, 100, 100, 1, 0, 0, Double.NaN, new MutableGreeks()));
    assertRejected("rate = Infinity",
        () -> BlackScholes.rho(PUT, 100, 100, 1, Double.POSITIVE_INFINITY, 0, 0.2));
    assertRejected("dividendYield = NaN",
        () -> BlackScholes.price(PUT, 100, 100, 1, 0, Double.NaN, 0.2));
    assertRejected("right = null", () -> BlackScholes.price(null, 100, 100, 1, 0, 0, 0.2));
    assertRejected("out = null", () -> BlackScholes.greeks(CALL, 100, 100, 1, 0, 0, 0.2, null));
  }

  static void assertRejected(String fieldAndValue, Runnable call) {
    InvalidValueException e = assertThrows(InvalidValueException.class, call::run);
    assertTrue(e.getMessage().contains(fieldAndValue + ": "), e.getMessage());
  }

  private static void assertGreeks(MutableGreeks g, double price, double delta, double gamma,
      double theta, double vega, double rho) {
    assertEquals(price, g.price(), 1e-9, "price of " + g);
    assertEquals(delta, g.delta(), 1e-9, "delta of " + g);
    assertEquals(gamma, g.gamma(), 1e-9, "gamma of " + g);
    assertEquals(theta, g.theta(), 1e-9, "theta of " + g);
    assertEquals(vega, g.vega(), 1e-9, "vega of " + g);
    assertEquals(rho, g.rho(), 1e-9, "rho of " + g);
  }

  /** |fd − analytic| within 1e-5 of the analytic value, or within {@code floor} near zero. */
  private static void assertClose(double finiteDifference, double analytic, double floor,
      String what) {
    double tolerance = Math.max(1e-5 * Math.abs(analytic), floor);
    assertEquals(analytic, finiteDifference, tolerance, what);
  }

  private static String at(OptionRight right, double spot, double k, double t, double vol) {
    return right + " S=" + spot + " K=" + k + " T=" + t + " vol=" + vol;
  }

  private interface Point {
    void check(OptionRight right, double spot, double strike, double years, double vol);
  }

  private static void forEachPoint(Point point) {
    double spot = 100;
    for (OptionRight right : OptionRight.values()) {
      for (double m : MONEYNESS) {
        for (double vol : VOLS) {
          for (double t : YEARS) {
            point.check(right, spot, spot * m, t, vol);
          }
        }
      }
    }
  }
}
