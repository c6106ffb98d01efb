package dev.condor.api.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalTest {

  /**
   * Φ(x) to 20 significant digits, computed independently in 60-digit decimal arithmetic from the
   * Taylor series Φ(x) = ½ + φ(x)·Σ x^(2n+1)/(2n+1)!! for |x| < 3 and from the continued fraction
   * Φ(−y) = φ(y)/(y + 1/(y + 2/(y + 3/(y + …)))) beyond (3000 terms), evaluated at the exact
   * binary value of each x.
   */
  private static final double[][] CDF = {
      {-37, 5.72557122252457710490e-300},
      {-20, 2.75362411860623373713e-89},
      {-10, 7.61985302416052545054e-24},
      {-5, 2.86651571879193911854e-07},
      {-3, 1.34989803163009457719e-03},
      {-2, 2.27501319481792085853e-02},
      {-1, 1.58655253931457046468e-01},
      {-0.5, 3.08537538725986881794e-01},
      {0, 0.5},
      {0.3, 6.17911422188952674794e-01},
      {1, 8.41344746068542925777e-01},
      {1.96, 9.75002104851779516359e-01},
      {3, 9.98650101968369896532e-01},
  };

  @Test
  void cdfMatchesHighPrecisionValuesToFifteenDigitsIncludingTheFarTail() {
    for (double[] row : CDF) {
      double x = row[0];
      double expected = row[1];
      assertEquals(expected, Normal.cdf(x), 2e-15 * expected, "cdf(" + x + ")");
    }
  }

  @Test
  void cdfOfMinusXIsOneMinusCdfOfX() {
    for (double x = -8; x <= 8; x += 0.01) {
      assertEquals(1.0, Normal.cdf(x) + Normal.cdf(-x), 2e-16, "x = " + x);
    }
  }

  @Test
  void cdfSaturatesAtTheExtremesAndPropagatesNaN() {
    assertEquals(0.0, Normal.cdf(-40));
    assertEquals(1.0, Normal.cdf(40));
    assertEquals(0.0, Normal.cdf(Double.NEGATIVE_INFINITY));
    assertEquals(1.0, Normal.cdf(Double.POSITIVE_INFINITY));
    assertEquals(Double.NaN, Normal.cdf(Double.NaN));
  }

  @Test
  void pdfIsTheDerivativeOfCdf() {
    for (double x = -6; x <= 6; x += 0.25) {
      double h = 1e-5;
      // differences of the lower tail keep their relative precision; φ is even
      double y = -Math.abs(x);
      double slope = (Normal.cdf(y + h) - Normal.cdf(y - h)) / (2 * h);
      assertEquals(slope, Normal.pdf(x), 1e-8 * Normal.pdf(x), "x = " + x);
    }
    assertEquals(0.3989422804014327, Normal.pdf(0), 1e-16);
  }
}
