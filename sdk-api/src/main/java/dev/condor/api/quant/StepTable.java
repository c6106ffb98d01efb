package dev.condor.api.quant;

import dev.condor.api.error.InvalidValueException;
import java.util.Arrays;

/**
 * A step function from a reading (VIX, drawdown) to a size multiplier: ascending thresholds split
 * the readings into bands, and a reading exactly on a threshold belongs to the band above it.
 */
final class StepTable {
  private final double[] thresholds;
  private final double[] multipliers;

  StepTable(String thresholdsName, double[] thresholds, String multipliersName,
      double[] multipliers) {
    if (thresholds == null) {
      throw new InvalidValueException(thresholdsName, null, "is required");
    }
    if (multipliers == null) {
      throw new InvalidValueException(multipliersName, null, "is required");
    }
    this.thresholds = thresholds.clone();
    this.multipliers = multipliers.clone();
    for (int i = 0; i < this.thresholds.length; i++) {
      double t = this.thresholds[i];
      if (!(t - t == 0)) {
        throw new InvalidValueException(thresholdsName + "[" + i + "]", t, "must be finite");
      }
      if (i > 0 && !(t > this.thresholds[i - 1])) {
        throw new InvalidValueException(thresholdsName + "[" + i + "]", t,
            "must be above the previous threshold " + this.thresholds[i - 1]);
      }
    }
    if (this.multipliers.length != this.thresholds.length + 1) {
      throw new InvalidValueException(multipliersName, Arrays.toString(this.multipliers),
          "must hold one more value than the " + this.thresholds.length
              + " thresholds, one per band");
    }
    for (int i = 0; i < this.multipliers.length; i++) {
      double m = this.multipliers[i];
      if (!(m >= 0) || m == Double.POSITIVE_INFINITY) {
        throw new InvalidValueException(multipliersName + "[" + i + "]", m,
            "must be a finite number >= 0");
      }
    }
  }

  /** The multiplier of the band holding {@code reading}; thresholds are inclusive lower edges. */
  double lookup(double reading) {
    int band = 0;
    while (band < thresholds.length && reading >= thresholds[band]) {
      band++;
    }
    return multipliers[band];
  }

  double[] thresholds() {
    return thresholds.clone();
  }

  double[] multipliers() {
    return multipliers.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StepTable
        && Arrays.equals(thresholds, ((StepTable) o).thresholds)
        && Arrays.equals(multipliers, ((StepTable) o).multipliers);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(thresholds) + Arrays.hashCode(multipliers);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < multipliers.length; i++) {
      if (i > 0) {
        s.append(", ");
      }
      if (thresholds.length == 0) {
        s.append("all");
      } else if (i == 0) {
        s.append("< ").append(thresholds[0]);
      } else if (i == thresholds.length) {
        s.append(">= ").append(thresholds[i - 1]);
      } else {
        s.append('[').append(thresholds[i - 1]).append(", ").append(thresholds[i]).append(')');
      }
      s.append(" -> ").append(multipliers[i]);
    }
    return s.toString();
  }
}
