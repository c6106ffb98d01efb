package dev.condor.api.quant;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionRight;

/**
 * Black-Scholes-Merton prices and greeks of European options on an underlying paying a continuous
 * dividend yield: pure static functions that allocate nothing.
 *
 * <p>Every method takes the same arguments, in this order:
 *
 * <ul>
 *   <li>{@code right}: call or put;
 *   <li>{@code spot}: the underlying's price, finite and {@code > 0};
 *   <li>{@code strike}: finite and {@code > 0}, in the same units;
 *   <li>{@code years}: time to expiry as an ACT/365 fraction of a year, finite and {@code >= 0}
 *       (one calendar day is {@code 1/365.0}, five minutes {@code 5/(60*24*365.0)});
 *   <li>{@code rate}: the continuously compounded risk-free rate as a decimal (0.05 for 5%),
 *       finite, any sign;
 *   <li>{@code dividendYield}: the continuous dividend yield as a decimal, finite, any sign;
 *   <li>{@code volatility}: annualised, as a decimal (0.20 for 20%), finite and {@code >= 0}.
 * </ul>
 *
 * <p>Units of the results: price in the units of {@code spot} (index points for SPX, before the
 * contract multiplier); delta per unit of spot; gamma per unit of spot squared; theta per year,
 * as the value gained as time passes with everything else fixed ({@code −∂price/∂years}, negative
 * for a long option that decays), so theta per calendar day is {@code theta / 365}; vega per 1.00
 * of volatility, i.e. per 100 vol points, so per vol point it is {@code vega / 100}; rho per 1.00
 * of rate, so per percentage point it is {@code rho / 100}.
 *
 * <p>Degenerate inputs have defined answers rather than NaN:
 *
 * <ul>
 *   <li>At expiry ({@code years == 0}) the price is the intrinsic value {@code max(0, S − K)} or
 *       {@code max(0, K − S)}; delta is the step 1 (call) or −1 (put) in the money and 0 out of
 *       the money, with ±½ exactly at the strike (the midpoint of the step); gamma, theta, vega and
 *       rho are 0.
 *   <li>At zero volatility ({@code volatility == 0}, {@code years > 0}) the forward is certain:
 *       the price is the discounted intrinsic value {@code max(0, S·e^(−qT) − K·e^(−rT))} (calls)
 *       or {@code max(0, K·e^(−rT) − S·e^(−qT))} (puts), and delta, theta and rho are the σ → 0
 *       limits of the formulas (steps in the forward moneyness, ½ weights exactly at the forward).
 *       Gamma is 0; at the forward itself its limit is infinite, and 0 is reported so that
 *       portfolio sums stay finite. Vega is its limit: 0 away from the forward and {@code
 *       S·e^(−qT)·√T/√(2π)} at it.
 * </ul>
 *
 * <p>Invalid arguments (NaN, infinities, non-positive spot or strike, negative years or
 * volatility, a null right) throw {@link InvalidValueException} naming the
 * argument; the checks are plain comparisons.
 */
@Stable(since = "0.1")
public final class BlackScholes {

  private BlackScholes() {}

  /**
   * The option's value, in the units of {@code spot}.
   *
   * @throws InvalidValueException if an argument is invalid (see the class
   *     documentation)
   */
  public static double price(OptionRight right, double spot, double strike, double years,
      double rate, double dividendYield, double volatility) {
    boolean call = validate(right, spot, strike, years, rate, dividendYield, volatility);
    double sq = spot * Math.exp(-dividendYield * years);
    double kr = strike * Math.exp(-rate * years);
    double sd = volatility * Math.sqrt(years);
    if (sd == 0) {
      return call ? Math.max(0.0, sq - kr) : Math.max(0.0, kr - sq);
    }
    double d1 = d1(spot, strike, years, rate, dividendYield, sd);
    double d2 = d1 - sd;
    double value = call
        ? sq * Normal.cdf(d1) - kr * Normal.cdf(d2)
        : kr * Normal.cdf(-d2) - sq * Normal.cdf(-d1);
    // the two terms nearly cancel far out of the money; rounding must not yield a negative price
    return Math.max(0.0, value);
  }

  /** ∂price/∂spot, per unit of spot: in [0, e^(−qT)] for calls, [−e^(−qT), 0] for puts. */
  public static double delta(OptionRight right, double spot, double strike, double years,
      double rate, double dividendYield, double volatility) {
    boolean call = validate(right, spot, strike, years, rate, dividendYield, volatility);
    double dq = Math.exp(-dividendYield * years);
    double sd = volatility * Math.sqrt(years);
    if (sd == 0) {
      double n1 = step(spot * dq - strike * Math.exp(-rate * years));
      return call ? dq * n1 : -dq * (1.0 - n1);
    }
    double d1 = d1(spot, strike, years, rate, dividendYield, sd);
    return call ? dq * Normal.cdf(d1) : -dq * Normal.cdf(-d1);
  }

  /** ∂²price/∂spot², per unit of spot squared; the same for calls and puts. */
  public static double gamma(OptionRight right, double spot, double strike, double years,
      double rate, double dividendYield, double volatility) {
    validate(right, spot, strike, years, rate, dividendYield, volatility);
    double sd = volatility * Math.sqrt(years);
    if (sd == 0) {
      return 0.0;
    }
    double d1 = d1(spot, strike, years, rate, dividendYield, sd);
    return Math.exp(-dividendYield * years) * Normal.pdf(d1) / (spot * sd);
  }

  /**
   * The value gained per year as time passes with everything else fixed ({@code −∂price/∂years}),
   * in the units of spot per year; divide by 365 for the value per calendar day.
   */
  public static double theta(OptionRight right, double spot, double strike, double years,
      double rate, double dividendYield, double volatility) {
    boolean call = validate(right, spot, strike, years, rate, dividendYield, volatility);
    if (years == 0) {
      return 0.0;
    }
    double sqrtT = Math.sqrt(years);
    double sd = volatility * sqrtT;
    double sq = spot * Math.exp(-dividendYield * years);
    double kr = strike * Math.exp(-rate * years);
    if (sd == 0) {
      double n = step(sq - kr);
      return call
          ? (dividendYield * sq - rate * kr) * n
          : (rate * kr - dividendYield * sq) * (1.0 - n);
    }
    double d1 = d1(spot, strike, years, rate, dividendYield, sd);
    double d2 = d1 - sd;
    double decay = -sq * Normal.pdf(d1) * volatility / (2.0 * sqrtT);
    return call
        ? decay - rate * kr * Normal.cdf(d2) + dividendYield * sq * Normal.cdf(d1)
        : decay + rate * kr * Normal.cdf(-d2) - dividendYield * sq * Normal.cdf(-d1);
  }

  /**
   * ∂price/∂volatility, per 1.00 of volatility (per 100 vol points); divide by 100 for the change
   * per vol point. The same for calls and puts.
   */
  public static double vega(OptionRight right, double spot, double strike, double years,
      double rate, double dividendYield, double volatility) {
    validate(right, spot, strike, years, rate, dividendYield, volatility);
    double sqrtT = Math.sqrt(years);
    double sd = volatility * sqrtT;
    double sq = spot * Math.exp(-dividendYield * years);
    if (sd == 0) {
      return years > 0 && sq == strike * Math.exp(-rate * years)
          ? sq * sqrtT * Normal.INV_SQRT_2PI
          : 0.0;
    }
    return sq * Normal.pdf(d1(spot, strike, years, rate, dividendYield, sd)) * sqrtT;
  }

  /**
   * ∂price/∂rate, per 1.00 of rate (per 100 percentage points); divide by 100 for the change per
   * percentage point.
   */
  public static double rho(OptionRight right, double spot, double strike, double years,
      double rate, double dividendYield, double volatility) {
    boolean call = validate(right, spot, strike, years, rate, dividendYield, volatility);
    double krt = strike * Math.exp(-rate * years) * years;
    double sd = volatility * Math.sqrt(years);
    if (sd == 0) {
      double n = step(spot * Math.exp(-dividendYield * years) - strike * Math.exp(-rate * years));
      return call ? krt * n : -krt * (1.0 - n);
    }
    double d2 = d1(spot, strike, years, rate, dividendYield, sd) - sd;
    return call ? krt * Normal.cdf(d2) : -krt * Normal.cdf(-d2);
  }

  /**
   * Fills {@code out} with the price and all five greeks in one pass, sharing the exponentials and
   * normal distribution values; allocates nothing. Same arguments and units as the single
   * methods, whose results it matches.
   *
   * @param out the caller's holder, overwritten
   * @return {@code out}, for chaining
   * @throws InvalidValueException if an argument is invalid or {@code out}
   *     is null
   */
  public static MutableGreeks greeks(OptionRight right, double spot, double strike, double years,
      double rate, double dividendYield, double volatility, MutableGreeks out) {
    boolean call = validate(right, spot, strike, years, rate, dividendYield, volatility);
    if (out == null) {
      throw new InvalidValueException("out", null, "is required");
    }
    double dq = Math.exp(-dividendYield * years);
    double dr = Math.exp(-rate * years);
    double sq = spot * dq;
    double kr = strike * dr;
    double sqrtT = Math.sqrt(years);
    double sd = volatility * sqrtT;
    if (sd == 0) {
      degenerate(call, years, rate, dividendYield, dq, sq, kr, sqrtT, out);
      return out;
    }
    double d1 = d1(spot, strike, years, rate, dividendYield, sd);
    double d2 = d1 - sd;
    double pdf = Normal.pdf(d1);
    double gamma = dq * pdf / (spot * sd);
    double vega = sq * pdf * sqrtT;
    double decay = -sq * pdf * volatility / (2.0 * sqrtT);
    if (call) {
      double n1 = Normal.cdf(d1);
      double n2 = Normal.cdf(d2);
      out.set(Math.max(0.0, sq * n1 - kr * n2), dq * n1, gamma,
          decay - rate * kr * n2 + dividendYield * sq * n1, vega, kr * years * n2);
    } else {
      double n1 = Normal.cdf(-d1);
      double n2 = Normal.cdf(-d2);
      out.set(Math.max(0.0, kr * n2 - sq * n1), -dq * n1, gamma,
          decay + rate * kr * n2 - dividendYield * sq * n1, vega, -kr * years * n2);
    }
    return out;
  }

  /** Expired or zero volatility: the σ√T → 0 limits documented on the class. */
  private static void degenerate(boolean call, double years, double rate, double dividendYield,
      double dq, double sq, double kr, double sqrtT, MutableGreeks out) {
    double n = step(sq - kr);
    boolean expired = years == 0;
    double vega = !expired && sq == kr ? sq * sqrtT * Normal.INV_SQRT_2PI : 0.0;
    if (call) {
      double theta = expired ? 0.0 : (dividendYield * sq - rate * kr) * n;
      out.set(Math.max(0.0, sq - kr), dq * n, 0.0, theta, vega, kr * years * n);
    } else {
      double m = 1.0 - n;
      double theta = expired ? 0.0 : (rate * kr - dividendYield * sq) * m;
      out.set(Math.max(0.0, kr - sq), -dq * m, 0.0, theta, vega, -kr * years * m);
    }
  }

  /** The σ → 0 limit of N(d1) and N(d2): 1 in the money (forward above strike), 0 out, ½ at. */
  private static double step(double forwardMoneyness) {
    return forwardMoneyness > 0 ? 1.0 : forwardMoneyness < 0 ? 0.0 : 0.5;
  }

  private static double d1(double spot, double strike, double years, double rate,
      double dividendYield, double sd) {
    return (Math.log(spot / strike) + (rate - dividendYield) * years) / sd + 0.5 * sd;
  }

  private static boolean validate(OptionRight right, double spot, double strike, double years,
      double rate, double dividendYield, double volatility) {
    Check.positive("spot", spot);
    Check.positive("strike", strike);
    Check.nonNegative("years", years);
    Check.finite("rate", rate);
    Check.finite("dividendYield", dividendYield);
    Check.nonNegative("volatility", volatility);
    return Check.isCall(right);
  }
}
