package dev.condor.api.quant;

import dev.condor.api.Stable;
import java.util.Objects;

/**
 * The outcome of {@link ImpliedVolatility#solveDetailed}: the volatility when there is one, and
 * otherwise which no-arbitrage bound the price broke, in words a log line can carry.
 */
@Stable(since = "0.1")
public final class IvSolution {

  /** Whether a volatility was found, and if not, why none exists. */
  @Stable(since = "0.1")
  public enum Status {
    /** A volatility reproduces the price; {@link #volatility()} holds it. */
    SOLVED,
    /**
     * The price is below the discounted intrinsic value {@code max(0, S·e^(−qT) − K·e^(−rT))}
     * (calls) or {@code max(0, K·e^(−rT) − S·e^(−qT))} (puts), which any volatility exceeds.
     */
    BELOW_INTRINSIC,
    /**
     * The price is at or above {@code S·e^(−qT)} (calls) or {@code K·e^(−rT)} (puts), which a
     * finite volatility never reaches.
     */
    ABOVE_UPPER_BOUND,
    /**
     * The option has expired ({@code years == 0}), or its price equals the discounted intrinsic
     * value: with no time value, no single volatility is implied.
     */
    NO_TIME_VALUE
  }

  private final Status status;
  private final double volatility;
  private final int iterations;
  private final String message;

  private IvSolution(Status status, double volatility, int iterations, String message) {
    this.status = status;
    this.volatility = volatility;
    this.iterations = iterations;
    this.message = message;
  }

  static IvSolution solved(double volatility, int iterations) {
    return new IvSolution(Status.SOLVED, volatility, iterations,
        "volatility = " + volatility + " reproduces the price (" + iterations + " iterations)");
  }

  static IvSolution failed(Status status, String message) {
    return new IvSolution(status, Double.NaN, 0, message);
  }

  /** Whether a volatility was found. */
  public boolean isSolved() {
    return status == Status.SOLVED;
  }

  /** Why the solve ended. */
  public Status status() {
    return status;
  }

  /** The implied volatility as an annualised decimal (0.20 for 20%); NaN unless solved. */
  public double volatility() {
    return volatility;
  }

  /** How many Newton or bisection steps the solver took; 0 when there was nothing to solve. */
  public int iterations() {
    return iterations;
  }

  /**
   * What happened, for a human: the volatility found, or the price and the bound it broke, e.g.
   * {@code price = 0.5: below the discounted intrinsic value 1.9 = max(0, S*exp(-q*T) -
   * K*exp(-r*T)) of this call, so no volatility reproduces it}.
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IvSolution
        && ((IvSolution) o).status == status
        && Double.compare(((IvSolution) o).volatility, volatility) == 0
        && ((IvSolution) o).iterations == iterations
        && ((IvSolution) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, volatility, iterations, message);
  }

  @Override
  public String toString() {
    return "IvSolution[" + status + ": " + message + "]";
  }
}
