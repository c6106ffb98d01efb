package dev.condor.api.quant;

import dev.condor.api.Stable;

/**
 * The one-standard-deviation move of an underlying over a number of trading days, from a vol
 * index or a volatility: the distance short strikes are placed at.
 *
 * <p>Seed S0 sells 0DTE strikes half a one-day expected move away, with the one-day move taken
 * from VIX1D: for SPX at 5800 and VIX1D at 12, {@code fromVolIndex(5800, 12, 1)} is {@code 5800 ×
 * 0.12 / √252 ≈ 43.84} points, and S0's distance is {@code 0.5 × 43.84 ≈ 21.92} points. The
 * halving is the strategy's choice, so it is left to the caller rather than built in here.
 */
@Stable(since = "0.1")
public final class ExpectedMove {

  private static final double TRADING_DAYS_PER_YEAR = HistoricalVolatility.TRADING_DAYS_PER_YEAR;

  private ExpectedMove() {}

  /**
   * {@code spot × volIndexLevel/100 × √(tradingDays/252)}, in the units of spot.
   *
   * @param spot the underlying's price, finite and {@code > 0}
   * @param volIndexLevel the vol index as quoted, in vol points (12 for a VIX1D of 12, meaning
   *     12% annualised), finite and {@code >= 0}
   * @param tradingDays the horizon in trading days (1 for a day), finite and {@code >= 0}
   * @throws dev.condor.api.error.InvalidValueException naming the invalid argument
   */
  public static double fromVolIndex(double spot, double volIndexLevel, double tradingDays) {
    Check.nonNegative("volIndexLevel", volIndexLevel);
    return fromVolatility(spot, volIndexLevel / 100.0, tradingDays);
  }

  /**
   * {@code spot × volatility × √(tradingDays/252)}, in the units of spot: the same move from a
   * volatility as a decimal (0.12 for 12%), such as an implied or historical volatility.
   *
   * @throws dev.condor.api.error.InvalidValueException naming the invalid argument
   */
  public static double fromVolatility(double spot, double volatility, double tradingDays) {
    Check.positive("spot", spot);
    Check.nonNegative("volatility", volatility);
    Check.nonNegative("tradingDays", tradingDays);
    return spot * volatility * Math.sqrt(tradingDays / TRADING_DAYS_PER_YEAR);
  }
}
