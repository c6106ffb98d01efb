package dev.condor.strategies.tck;

import java.time.LocalDate;
import java.time.LocalTime;

/** Shared pieces of the bundled strategies' scenarios: the week, and price histories. */
final class PackScenarios {

  /** Monday 2 March 2026: the scenarios trade that week. */
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  private PackScenarios() {}

  /**
   * {@code n} daily closes ending near {@code last}, drifting {@code drift} a day (a share of the
   * level) and wiggling by {@code wiggle} (a share), oldest first: a deterministic path.
   */
  static double[] path(double last, double drift, double wiggle, int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      int back = n - 1 - i;
      double level = last * Math.pow(1 + drift, -back) * (1 + wiggle * Math.sin(i * 1.7));
      out[i] = Math.round(level * 100) / 100.0;
    }
    return out;
  }

  static LocalTime t(int hour, int minute) {
    return LocalTime.of(hour, minute);
  }
}
