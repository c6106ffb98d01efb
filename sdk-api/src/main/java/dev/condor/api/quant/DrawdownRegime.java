package dev.condor.api.quant;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;

/**
 * How the account's drawdown from its equity peak scales position size, down to a stop: seed S1's
 * drawdown-based sizing, as an immutable table that strategies may reconfigure.
 *
 * <p>Drawdowns are decimals of the peak equity (0.04 for 4%). Ascending thresholds split them into
 * bands, each with a size multiplier; a drawdown exactly on a threshold belongs to the band above
 * it, the more cautious one. A multiplier of 0 means stop trading and review.
 *
 * <table>
 *   <caption>S1's defaults ({@link #S1_DEFAULT})</caption>
 *   <tr><th>drawdown</th><th>size multiplier</th></tr>
 *   <tr><td>below 3%</td><td>1.00</td></tr>
 *   <tr><td>3% to below 5%</td><td>0.75</td></tr>
 *   <tr><td>5% to below 10%</td><td>0.50</td></tr>
 *   <tr><td>10% and above</td><td>0: stop trading, review</td></tr>
 * </table>
 */
@Stable(since = "0.1")
public final class DrawdownRegime {

  /** S1: the drawdown from which size is cut to {@link #S1_CAUTION_MULTIPLIER}. */
  public static final double S1_CAUTION_FROM = 0.03;
  /** S1: the drawdown from which size is cut to {@link #S1_DEFENSIVE_MULTIPLIER}. */
  public static final double S1_DEFENSIVE_FROM = 0.05;
  /** S1: the drawdown from which trading stops for a review. */
  public static final double S1_STOP_FROM = 0.10;
  /** S1: the size multiplier below {@link #S1_CAUTION_FROM}. */
  public static final double S1_NORMAL_MULTIPLIER = 1.00;
  /** S1: the size multiplier from {@link #S1_CAUTION_FROM} to below {@link #S1_DEFENSIVE_FROM}. */
  public static final double S1_CAUTION_MULTIPLIER = 0.75;
  /** S1: the size multiplier from {@link #S1_DEFENSIVE_FROM} to below {@link #S1_STOP_FROM}. */
  public static final double S1_DEFENSIVE_MULTIPLIER = 0.50;
  /** S1: the size multiplier from {@link #S1_STOP_FROM} up: no trading. */
  public static final double S1_STOP_MULTIPLIER = 0.0;

  /** Seed S1's table, as in the class documentation. */
  public static final DrawdownRegime S1_DEFAULT = of(
      new double[] {S1_CAUTION_FROM, S1_DEFENSIVE_FROM, S1_STOP_FROM},
      new double[] {S1_NORMAL_MULTIPLIER, S1_CAUTION_MULTIPLIER, S1_DEFENSIVE_MULTIPLIER,
          S1_STOP_MULTIPLIER});

  private final StepTable table;

  private DrawdownRegime(StepTable table) {
    this.table = table;
  }

  /**
   * A table of your own.
   *
   * @param thresholds strictly ascending finite drawdowns (decimals), each the inclusive lower
   *     edge of a band (copied)
   * @param multipliers one size multiplier per band, finite and {@code >= 0}, 0 meaning stop:
   *     {@code thresholds.length + 1} values, smallest drawdown first (copied)
   * @throws InvalidValueException naming the invalid argument
   */
  public static DrawdownRegime of(double[] thresholds, double[] multipliers) {
    return new DrawdownRegime(new StepTable("thresholds", thresholds, "multipliers", multipliers));
  }

  /**
   * The size multiplier at a drawdown: 1.00 below 3%, 0.75 from 3%, 0.50 from 5% and 0 from 10%
   * with S1's defaults.
   *
   * @param drawdown the fall from the equity peak as a decimal (0.04 for 4%), finite and {@code
   *     >= 0}
   * @throws InvalidValueException if {@code drawdown} is negative or not finite
   */
  public double sizeMultiplier(double drawdown) {
    return table.lookup(checkDrawdown(drawdown));
  }

  /**
   * Whether trading may continue at this drawdown: false where the multiplier is 0 (from 10% with
   * S1's defaults), which calls for a review before trading again.
   *
   * @throws InvalidValueException if {@code drawdown} is negative or not finite
   */
  public boolean allowsTrading(double drawdown) {
    return sizeMultiplier(drawdown) > 0;
  }

  /** A copy of the thresholds, ascending. */
  public double[] thresholds() {
    return table.thresholds();
  }

  /** A copy of the multipliers, smallest drawdown first. */
  public double[] multipliers() {
    return table.multipliers();
  }

  private static double checkDrawdown(double drawdown) {
    if (!(drawdown >= 0) || drawdown == Double.POSITIVE_INFINITY) {
      throw new InvalidValueException("drawdown", drawdown,
          "must be a finite decimal >= 0, the fall from the equity peak (0.04 for 4%)");
    }
    return drawdown;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DrawdownRegime && ((DrawdownRegime) o).table.equals(table);
  }

  @Override
  public int hashCode() {
    return table.hashCode();
  }

  @Override
  public String toString() {
    return "DrawdownRegime[" + table + "]";
  }
}
