package dev.condor.api.market;

import dev.condor.api.Stable;
import dev.condor.api.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * An option's sensitivities per contract unit (not multiplied by 100): delta and gamma per point
 * of the underlying, theta per calendar day, vega per volatility point (0.01), rho per rate point.
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class Greeks {

  Greeks() {}

  /** Change in option price per 1-point move of the underlying; calls 0..1, puts -1..0. */
  public abstract double delta();

  /** Change in delta per 1-point move of the underlying. */
  public abstract double gamma();

  /** Change in option price per calendar day (usually negative). */
  public abstract double theta();

  /** Change in option price per volatility point (0.01). */
  public abstract double vega();

  /** Change in option price per rate point (0.01), or NaN if unknown. */
  @Value.Default
  public double rho() {
    return Double.NaN;
  }

  /** Greeks from the four that venues report. */
  public static Greeks of(double delta, double gamma, double theta, double vega) {
    return ImmutableGreeks.builder().delta(delta).gamma(gamma).theta(theta).vega(vega).build();
  }

  @Value.Check
  void check() {
    if (!(delta() >= -1 && delta() <= 1)) {
      throw new dev.condor.api.error.InvalidValueException("delta", delta(), "must be in [-1, 1]");
    }
    if (!Double.isFinite(gamma()) || !Double.isFinite(theta()) || !Double.isFinite(vega())) {
      throw new dev.condor.api.error.InvalidValueException(
          "greeks", "gamma=" + gamma() + " theta=" + theta() + " vega=" + vega(), "must be finite");
    }
  }
}
