package dev.condor.api.quant;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;

/**
 * How the VIX scales position size and when it stops new entries: seed S1's VIX-adjusted sizing
 * and VIX-based risk levels, as an immutable table that strategies may reconfigure.
 *
 * <p>Ascending thresholds split VIX readings into bands, each with a size multiplier. A reading
 * exactly on a threshold belongs to the band above it, the more cautious one: with S1's defaults a
 * VIX of exactly 15 sizes at 1.00, of exactly 20 at 0.75, and of exactly 30 at 0.50 with no new
 * entries.
 *
 * <table>
 *   <caption>S1's defaults ({@link #S1_DEFAULT})</caption>
 *   <tr><th>VIX</th><th>size multiplier</th><th>new entries</th></tr>
 *   <tr><td>below 15</td><td>1.25</td><td>yes</td></tr>
 *   <tr><td>15 to below 20</td><td>1.00</td><td>yes</td></tr>
 *   <tr><td>20 to below 30</td><td>0.75</td><td>yes</td></tr>
 *   <tr><td>30 and above</td><td>0.50 (existing positions)</td><td>no</td></tr>
 * </table>
 */
@Stable(since = "0.1")
public final class VixRegime {

  /** S1: the lowest VIX of the normal band (below it, calm markets size up). */
  public static final double S1_NORMAL_FROM = 15.0;
  /** S1: the lowest VIX of the elevated band. */
  public static final double S1_ELEVATED_FROM = 20.0;
  /** S1: the lowest VIX of the stressed band. */
  public static final double S1_STRESSED_FROM = 30.0;
  /** S1: the size multiplier below {@link #S1_NORMAL_FROM}. */
  public static final double S1_CALM_MULTIPLIER = 1.25;
  /** S1: the size multiplier from {@link #S1_NORMAL_FROM} to below {@link #S1_ELEVATED_FROM}. */
  public static final double S1_NORMAL_MULTIPLIER = 1.00;
  /** S1: the size multiplier from {@link #S1_ELEVATED_FROM} to below {@link #S1_STRESSED_FROM}. */
  public static final double S1_ELEVATED_MULTIPLIER = 0.75;
  /** S1: the size multiplier from {@link #S1_STRESSED_FROM} up. */
  public static final double S1_STRESSED_MULTIPLIER = 0.50;
  /** S1: the VIX from which no new positions are opened. */
  public static final double S1_NO_NEW_ENTRIES_FROM = 30.0;

  /** Seed S1's table, as in the class documentation. */
  public static final VixRegime S1_DEFAULT = of(
      new double[] {S1_NORMAL_FROM, S1_ELEVATED_FROM, S1_STRESSED_FROM},
      new double[] {S1_CALM_MULTIPLIER, S1_NORMAL_MULTIPLIER, S1_ELEVATED_MULTIPLIER,
          S1_STRESSED_MULTIPLIER},
      S1_NO_NEW_ENTRIES_FROM);

  private final StepTable table;
  private final double noNewEntriesFrom;

  private VixRegime(StepTable table, double noNewEntriesFrom) {
    this.table = table;
    this.noNewEntriesFrom = noNewEntriesFrom;
  }

  /**
   * A table of your own.
   *
   * @param thresholds strictly ascending finite VIX levels, each the inclusive lower edge of a
   *     band (copied)
   * @param multipliers one size multiplier per band, finite and {@code >= 0}: {@code
   *     thresholds.length + 1} values, lowest band first (copied)
   * @param noNewEntriesFrom the VIX from which {@link #allowsNewEntries} says no, {@code > 0};
   *     {@code Double.POSITIVE_INFINITY} never stops entries
   * @throws InvalidValueException naming the invalid argument
   */
  public static VixRegime of(double[] thresholds, double[] multipliers, double noNewEntriesFrom) {
    if (!(noNewEntriesFrom > 0)) {
      throw new InvalidValueException("noNewEntriesFrom", noNewEntriesFrom,
          "must be > 0 (Infinity never stops entries)");
    }
    return new VixRegime(new StepTable("thresholds", thresholds, "multipliers", multipliers),
        noNewEntriesFrom);
  }

  /** This table with another stop level for new entries; see {@link #of}. */
  public VixRegime withNoNewEntriesFrom(double level) {
    return of(table.thresholds(), table.multipliers(), level);
  }

  /**
   * The size multiplier for a VIX reading: 1.25 below 15, 1.00 from 15, 0.75 from 20 and 0.50
   * from 30 with S1's defaults.
   *
   * @param vix the VIX level in vol points (e.g. 18.5), finite and {@code >= 0}
   * @throws InvalidValueException if {@code vix} is negative or not finite
   */
  public double sizeMultiplier(double vix) {
    return table.lookup(Check.nonNegative("vix", vix));
  }

  /**
   * Whether new positions may be opened at this VIX: only below {@link #noNewEntriesFrom()} (30
   * with S1's defaults, so a VIX of exactly 30 stops entries).
   *
   * @throws InvalidValueException if {@code vix} is negative or not finite
   */
  public boolean allowsNewEntries(double vix) {
    return Check.nonNegative("vix", vix) < noNewEntriesFrom;
  }

  /** The VIX from which no new positions are opened. */
  public double noNewEntriesFrom() {
    return noNewEntriesFrom;
  }

  /** A copy of the thresholds, ascending. */
  public double[] thresholds() {
    return table.thresholds();
  }

  /** A copy of the multipliers, lowest band first. */
  public double[] multipliers() {
    return table.multipliers();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VixRegime
        && ((VixRegime) o).table.equals(table)
        && Double.compare(((VixRegime) o).noNewEntriesFrom, noNewEntriesFrom) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * table.hashCode() + Double.hashCode(noNewEntriesFrom);
  }

  @Override
  public String toString() {
    return "VixRegime[" + table + "; no new entries from " + noNewEntriesFrom + "]";
  }
}
