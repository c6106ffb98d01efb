package dev.condor.api.quant;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;

/**
 * Position sizing: the Kelly criterion, risk-budgeted contract counts and fixed allocations, as
 * used by seed S1 (with the {@link VixRegime} and {@link DrawdownRegime} multipliers on top).
 */
@Stable(since = "0.1")
public final class Sizing {

  /** S1: the share of capital put at risk per trade (2%). */
  public static final double S1_RISK_FRACTION = 0.02;
  /** S1: the number of equal slices capital is split into for a fixed position size. */
  public static final int S1_POSITIONS = 50;

  /** Budgets within this many contracts of a whole number count as that whole number. */
  private static final double CONTRACT_ROUNDING = 1e-9;

  private Sizing() {}

  /**
   * The Kelly fraction {@code f* = (b·p − q)/b} of capital to risk, with {@code b = avgWin/avgLoss}
   * and {@code q = 1 − p}.
   *
   * <p>A negative result means the bet has a negative edge: do not trade. S1's credit spreads are
   * an example: winning 95% of the time but making 100 per win and losing 2000 per loss gives
   * {@code b = 0.05} and {@code f* = (0.05 × 0.95 − 0.05)/0.05 = −0.05}.
   *
   * @param winProbability p, in [0, 1]
   * @param avgWin the average gain of a winning trade, finite and {@code > 0}
   * @param avgLoss the average loss of a losing trade as a positive amount, finite and {@code > 0}
   * @throws InvalidValueException naming the invalid argument
   */
  public static double kellyFraction(double winProbability, double avgWin, double avgLoss) {
    Check.inRange("winProbability", winProbability, 0.0, 1.0);
    Check.positive("avgWin", avgWin);
    Check.positive("avgLoss", avgLoss);
    double b = avgWin / avgLoss;
    return (b * winProbability - (1.0 - winProbability)) / b;
  }

  /**
   * A fraction of the Kelly fraction, {@code kellyFraction × fraction}: half Kelly (0.5) or
   * quarter Kelly (0.25) gives up a little growth for much smaller drawdowns. A negative Kelly
   * fraction stays negative: still do not trade.
   *
   * @param kellyFraction a result of {@link #kellyFraction}, finite
   * @param fraction in (0, 1]
   * @throws InvalidValueException naming the invalid argument
   */
  public static double fractionalKelly(double kellyFraction, double fraction) {
    Check.finite("kellyFraction", kellyFraction);
    if (!(fraction > 0 && fraction <= 1)) {
      throw new InvalidValueException("fraction", fraction,
          "must be in (0, 1], e.g. 0.5 for half Kelly");
    }
    return kellyFraction * fraction;
  }

  /**
   * How many contracts keep the worst-case loss within the risk budget: {@code floor(riskFraction ×
   * capital / maxLossPerContract)}. S1: 100,000 × 2% / 2,000 of maximum loss per spread = 1
   * contract. A budget that is a whole number of contracts up to floating-point rounding (e.g.
   * {@code 0.29 × 100 / 1} = 28.999999999999996) counts as that whole number.
   *
   * @param capital the account's capital, finite and {@code > 0}
   * @param riskFraction the share of capital at risk, in (0, 1], e.g. {@link #S1_RISK_FRACTION}
   * @param maxLossPerContract the worst-case loss of one contract in the capital's currency (for a
   *     credit spread: width × multiplier − credit), finite and {@code > 0}
   * @return the number of contracts, {@code >= 0}
   * @throws InvalidValueException naming the invalid argument, or on {@code capital} if the count
   *     exceeds {@code Integer.MAX_VALUE}
   */
  public static int riskBasedContracts(double capital, double riskFraction,
      double maxLossPerContract) {
    Check.positive("capital", capital);
    if (!(riskFraction > 0 && riskFraction <= 1)) {
      throw new InvalidValueException("riskFraction", riskFraction,
          "must be in (0, 1], e.g. 0.02 for 2%");
    }
    Check.positive("maxLossPerContract", maxLossPerContract);
    double contracts = Math.floor(riskFraction * capital / maxLossPerContract + CONTRACT_ROUNDING);
    if (contracts > Integer.MAX_VALUE) {
      throw new InvalidValueException("capital", capital,
          "gives " + contracts + " contracts at this risk, more than an int holds");
    }
    return (int) contracts;
  }

  /**
   * The capital allotted to each of {@code positions} equal positions: {@code capital /
   * positions}. S1 uses {@link #S1_POSITIONS} = 50, so 100,000 gives 2,000 per position.
   *
   * @param capital the account's capital, finite and {@code > 0}
   * @param positions how many equal slices, {@code >= 1}
   * @throws InvalidValueException naming the invalid argument
   */
  public static double fixedPositionSize(double capital, int positions) {
    Check.positive("capital", capital);
    if (positions < 1) {
      throw new InvalidValueException("positions", positions, "must be >= 1");
    }
    return capital / positions;
  }
}
