package dev.condor.api.quant;

import dev.condor.api.Stable;

/**
 * A caller-owned holder that {@link BlackScholes#greeks} fills with an option's price and greeks,
 * reused across calls so that pricing a chain allocates nothing.
 *
 * <p>Units are those of {@link BlackScholes}: price in the underlying's points, theta per year,
 * vega per 1.00 of volatility, rho per 1.00 of rate. Not thread-safe: give each thread its own.
 */
@Stable(since = "0.1")
public final class MutableGreeks {
  private double price;
  private double delta;
  private double gamma;
  private double theta;
  private double vega;
  private double rho;

  /** An empty holder; every value reads 0 until the first fill. */
  public MutableGreeks() {}

  void set(double price, double delta, double gamma, double theta, double vega, double rho) {
    this.price = price;
    this.delta = delta;
    this.gamma = gamma;
    this.theta = theta;
    this.vega = vega;
    this.rho = rho;
  }

  /** The option's value, in the underlying's points (per unit, before the contract multiplier). */
  public double price() {
    return price;
  }

  /** ∂price/∂spot: points of option value per point of the underlying. */
  public double delta() {
    return delta;
  }

  /** ∂²price/∂spot²: change of delta per point of the underlying. */
  public double gamma() {
    return gamma;
  }

  /** −∂price/∂years: points of value gained per year that passes (divide by 365 per day). */
  public double theta() {
    return theta;
  }

  /** ∂price/∂volatility, per 1.00 of volatility (divide by 100 for one vol point). */
  public double vega() {
    return vega;
  }

  /** ∂price/∂rate, per 1.00 of rate (divide by 100 for one percentage point). */
  public double rho() {
    return rho;
  }

  @Override
  public String toString() {
    return "MutableGreeks[price=" + price + ", delta=" + delta + ", gamma=" + gamma + ", theta="
        + theta + ", vega=" + vega + ", rho=" + rho + "]";
  }
}
