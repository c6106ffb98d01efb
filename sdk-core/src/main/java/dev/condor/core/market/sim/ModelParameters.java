package dev.condor.core.market.sim;

import dev.condor.api.Experimental;
import dev.condor.api.error.InvalidValueException;

/**
 * The parameters of the simulated market's price model: a Bates diffusion (Heston stochastic
 * variance with log-normal jumps) for SPX, a correlated NDX, and the premium that turns the
 * model's expected variance into volatility-index and option-implied levels. Volatilities and
 * rates are annual decimals; the defaults are the calibration documented in the package.
 *
 * @param drift expected annual return of SPX under the simulation (real-world) measure
 * @param meanReversion Heston kappa: the speed at which variance returns to its long-run level
 * @param longRunVol the square root of Heston theta, the long-run variance
 * @param volOfVol Heston xi: the volatility of variance
 * @param correlation correlation of SPX returns with variance shocks (the leverage effect)
 * @param initialVol the square root of the variance on the first simulated day
 * @param minimumVol a floor on the diffusion's volatility, so a day is never dead calm
 * @param jumpsPerYear Poisson intensity of price jumps
 * @param jumpMean mean of the log jump size
 * @param jumpVol standard deviation of the log jump size
 * @param overnightShare the share of a trading day's variance that falls between close and open
 * @param weekendGap how much more variance a gap over a weekend carries than a weeknight gap
 * @param ndxCorrelation correlation of NDX with SPX returns
 * @param ndxVolRatio NDX volatility as a multiple of SPX volatility
 * @param variancePremium how much implied variance exceeds expected variance at 30 days (0.25 =
 *     25 % more), scaled down for shorter horizons
 * @param premiumFloorVol an additive implied-variance premium, as a volatility, at 30 days
 */
@Experimental(since = "0.1")
public record ModelParameters(
    double drift,
    double meanReversion,
    double longRunVol,
    double volOfVol,
    double correlation,
    double initialVol,
    double minimumVol,
    double jumpsPerYear,
    double jumpMean,
    double jumpVol,
    double overnightShare,
    double weekendGap,
    double ndxCorrelation,
    double ndxVolRatio,
    double variancePremium,
    double premiumFloorVol) {

  /** The calibrated defaults (see the package documentation for where each comes from). */
  public static final ModelParameters DEFAULTS = new ModelParameters(
      0.08, 4.5, 0.1673, 0.60, -0.85, 0.12, 0.04, 0.8, -0.04, 0.04, 0.25, 1.8, 0.92, 1.24, 0.25,
      0.0671);

  /** Validates every parameter, naming the first one out of range. */
  public ModelParameters {
    range("drift", drift, -1, 1);
    range("meanReversion", meanReversion, 0.01, 100);
    range("longRunVol", longRunVol, 0.01, 2);
    range("volOfVol", volOfVol, 0, 5);
    range("correlation", correlation, -1, 1);
    range("initialVol", initialVol, 0.001, 3);
    range("minimumVol", minimumVol, 0, 1);
    range("jumpsPerYear", jumpsPerYear, 0, 50);
    range("jumpMean", jumpMean, -0.5, 0.5);
    range("jumpVol", jumpVol, 0, 0.5);
    range("overnightShare", overnightShare, 0, 0.9);
    range("weekendGap", weekendGap, 0.5, 5);
    range("ndxCorrelation", ndxCorrelation, -1, 1);
    range("ndxVolRatio", ndxVolRatio, 0.1, 5);
    range("variancePremium", variancePremium, -0.5, 3);
    range("premiumFloorVol", premiumFloorVol, 0, 1);
  }

  private static void range(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new InvalidValueException(name, value, "must be within [" + min + ", " + max + "]");
    }
  }

  /** Heston theta, the long-run variance. */
  public double longRunVariance() {
    return longRunVol * longRunVol;
  }

  /** The variance of the first simulated day. */
  public double initialVariance() {
    return initialVol * initialVol;
  }

  /** The floor on the diffusion's variance. */
  public double minimumVariance() {
    return minimumVol * minimumVol;
  }

  /** The annual variance that jumps add: intensity times the second moment of the jump size. */
  public double jumpVariance() {
    return jumpsPerYear * (jumpMean * jumpMean + jumpVol * jumpVol);
  }

  /** The additive implied-variance premium at 30 days. */
  public double premiumFloorVariance() {
    return premiumFloorVol * premiumFloorVol;
  }
}
