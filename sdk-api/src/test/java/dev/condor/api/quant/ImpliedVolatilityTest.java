package dev.condor.api.quant;

import static dev.condor.api.instrument.OptionRight.CALL;
import static dev.condor.api.instrument.OptionRight.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionRight;
import org.junit.jupiter.api.Test;

class ImpliedVolatilityTest {

  private static final double MINUTE = 1 / (60 * 24 * 365.0);
  private static final double[] YEARS = {
      5 * MINUTE, 30 * MINUTE, 1 / 365.0, 7 / 365.0, 30 / 365.0, 0.25, 1.0, 2.0};
  private static final double[] VOLS = {0.05, 0.1, 0.2, 0.35, 0.5, 0.8, 1.0, 1.5, 3.0, 5.0};
  private static final double RATE = 0.045;
  private static final double YIELD = 0.013;

  /**
   * Prices the grid with {@link BlackScholes} and solves back. A combination is skipped when its
   * price does not determine σ to 1e-6: the price carries rounding of about 1e-16 of spot (a few
   * ulps), so σ is recoverable to 1e-6 only where vega × 1e-6 is well above that; the skip
   * requires vega × 1e-6 ≥ 1e-12 × spot, a margin of 10^4. What it drops are far out-of-the-money
   * short-dated options (worth below 1e-20 of spot at 5 minutes) and long-dated ones at huge
   * volatility, whose price sits on its upper bound. The assertions on the counts keep the skip
   * from hollowing the test out.
   */
  @Test
  void roundTripRecoversVolatilityToOneMillionthFromFiveMinutesToTwoYears() {
    double spot = 5800;
    int solved = 0;
    int solvedAtFiveMinutes = 0;
    int maxIterations = 0;
    for (OptionRight right : OptionRight.values()) {
      for (double t : YEARS) {
        for (double vol : VOLS) {
          for (int pct = 50; pct <= 150; pct += 2) {
            double k = spot * pct / 100.0;
            double vega = BlackScholes.vega(right, spot, k, t, RATE, YIELD, vol);
            if (vega * 1e-6 < 1e-12 * spot) {
              continue;
            }
            double price = BlackScholes.price(right, spot, k, t, RATE, YIELD, vol);
            IvSolution solution =
                ImpliedVolatility.solveDetailed(right, spot, k, t, RATE, YIELD, price);
            String at = right + " K=" + k + " T=" + t + " vol=" + vol + " price=" + price;
            assertEquals(IvSolution.Status.SOLVED, solution.status(), at + ": " + solution);
            assertEquals(vol, solution.volatility(), 1e-6, at);
            assertEquals(solution.volatility(),
                ImpliedVolatility.solve(right, spot, k, t, RATE, YIELD, price), 0.0, at);
            maxIterations = Math.max(maxIterations, solution.iterations());
            solved++;
            if (t == YEARS[0]) {
              solvedAtFiveMinutes++;
            }
          }
        }
      }
    }
    // 8,160 combinations, of which about 4,800 are determined; at five minutes only strikes
    // within a few standard deviations of the money are (0.015% to 1.5% of spot for 5% to 500%
    // volatility), so on this 2% strike grid few are, hence the small count
    assertTrue(solved > 4500, "only " + solved + " combinations were solvable");
    assertTrue(solvedAtFiveMinutes >= 30, "only " + solvedAtFiveMinutes + " at five minutes");
    assertTrue(maxIterations <= 12, "needed " + maxIterations + " iterations");
  }

  @Test
  void recoversTheVolatilityOfHullsTextbookPrices() {
    // Hull, Example 15.6: S = 42, K = 40, r = 10%, T = 0.5; c = 4.7594 and p = 0.8086 at σ = 20%
    assertEquals(0.20, ImpliedVolatility.solve(CALL, 42, 40, 0.5, 0.10, 0, 4.7594), 1e-4);
    assertEquals(0.20, ImpliedVolatility.solve(PUT, 42, 40, 0.5, 0.10, 0, 0.8086), 1e-4);
  }

  @Test
  void zeroDteAtTheMoneyAndSlightlyOutOfTheMoneySolve() {
    double t = 5 * MINUTE;
    for (double k : new double[] {5800, 5805, 5810, 5790}) {
      double price = BlackScholes.price(CALL, 5800, k, t, RATE, 0, 0.14);
      assertEquals(0.14, ImpliedVolatility.solve(CALL, 5800, k, t, RATE, 0, price), 1e-8, "K=" + k);
    }
  }

  @Test
  void priceBelowTheDiscountedIntrinsicValueHasNoSolution() {
    // S = 100, K = 90, r = 5%, T = 0.5, q = 0: the floor is 100 − 90·e^(−0.025) = 12.2221...
    IvSolution solution = ImpliedVolatility.solveDetailed(CALL, 100, 90, 0.5, 0.05, 0, 12.0);
    assertEquals(IvSolution.Status.BELOW_INTRINSIC, solution.status());
    assertFalse(solution.isSolved());
    assertEquals(Double.NaN, solution.volatility());
    assertTrue(solution.message().startsWith(
        "price = 12.0: below the discounted intrinsic value 12.2221"), solution.message());
    assertTrue(solution.message().contains("max(0, S*exp(-q*T) - K*exp(-r*T))"),
        solution.message());
    assertEquals(Double.NaN, ImpliedVolatility.solve(CALL, 100, 90, 0.5, 0.05, 0, 12.0));

    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ImpliedVolatility.solveOrThrow(CALL, 100, 90, 0.5, 0.05, 0, 12.0));
    assertEquals("price", e.field());
    assertTrue(e.getMessage().contains(
        "price = 12.0: below the discounted intrinsic value 12.2221"), e.getMessage());

    // a negative price is below every floor
    assertEquals(IvSolution.Status.BELOW_INTRINSIC,
        ImpliedVolatility.solveDetailed(PUT, 100, 90, 0.5, 0.05, 0, -0.01).status());
  }

  @Test
  void priceAtOrAboveTheUpperBoundHasNoSolution() {
    // a put is worth less than K·e^(−rT) = 100·e^(−0.05) = 95.1229...
    IvSolution solution = ImpliedVolatility.solveDetailed(PUT, 100, 100, 1, 0.05, 0, 96);
    assertEquals(IvSolution.Status.ABOVE_UPPER_BOUND, solution.status());
    assertTrue(solution.message().startsWith("price = 96.0: at or above the upper bound 95.1229"),
        solution.message());
    assertTrue(solution.message().contains("K*exp(-r*T)"), solution.message());
    assertEquals(Double.NaN, ImpliedVolatility.solve(PUT, 100, 100, 1, 0.05, 0, 96));

    // a call is worth less than the spot (no dividends): a price equal to it is at the bound
    IvSolution atBound = ImpliedVolatility.solveDetailed(CALL, 100, 100, 1, 0.05, 0, 100);
    assertEquals(IvSolution.Status.ABOVE_UPPER_BOUND, atBound.status());
    assertTrue(atBound.message().contains("S*exp(-q*T)"), atBound.message());

    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ImpliedVolatility.solveOrThrow(PUT, 100, 100, 1, 0.05, 0, 96));
    assertTrue(e.getMessage().contains("price = 96.0: at or above the upper bound 95.1229"),
        e.getMessage());
  }

  @Test
  void expiredOptionsAndPricesWithoutTimeValueHaveNoSingleVolatility() {
    IvSolution expired = ImpliedVolatility.solveDetailed(CALL, 105, 100, 0, 0.05, 0, 5);
    assertEquals(IvSolution.Status.NO_TIME_VALUE, expired.status());
    assertTrue(expired.message().contains("expired"), expired.message());
    assertEquals(Double.NaN, ImpliedVolatility.solve(CALL, 105, 100, 0, 0.05, 0, 5));

    // an out-of-the-money call quoted at 0
    IvSolution worthless = ImpliedVolatility.solveDetailed(CALL, 100, 120, 0.1, 0.05, 0, 0);
    assertEquals(IvSolution.Status.NO_TIME_VALUE, worthless.status());
    assertTrue(worthless.message().contains("equal to the discounted intrinsic value 0.0"),
        worthless.message());
    assertEquals(Double.NaN, ImpliedVolatility.solve(CALL, 100, 120, 0.1, 0.05, 0, 0));
  }

  @Test
  void solvedResultsReportTheVolatilityAndIterations() {
    double price = BlackScholes.price(PUT, 100, 95, 0.25, 0.03, 0.01, 0.3);
    IvSolution solution = ImpliedVolatility.solveDetailed(PUT, 100, 95, 0.25, 0.03, 0.01, price);
    assertTrue(solution.isSolved());
    assertTrue(solution.iterations() >= 1 && solution.iterations() <= 12, solution.toString());
    assertTrue(solution.message().startsWith("volatility = " + solution.volatility()),
        solution.message());
    assertEquals(solution.volatility(),
        ImpliedVolatility.solveOrThrow(PUT, 100, 95, 0.25, 0.03, 0.01, price));
  }

  @Test
  void invalidArgumentsAreRejectedNamingTheArgument() {
    BlackScholesTest.assertRejected("price = NaN",
        () -> ImpliedVolatility.solve(CALL, 100, 100, 1, 0, 0, Double.NaN));
    BlackScholesTest.assertRejected("spot = 0.0",
        () -> ImpliedVolatility.solveDetailed(CALL, 0, 100, 1, 0, 0, 5));
    BlackScholesTest.assertRejected("years = NaN",
        () -> ImpliedVolatility.solveOrThrow(PUT, 100, 100, Double.NaN, 0, 0, 5));
    BlackScholesTest.assertRejected("right = null",
        () -> ImpliedVolatility.solve(null, 100, 100, 1, 0, 0, 5));
  }
}
