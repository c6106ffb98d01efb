package dev.condor.api.quant;

/**
 * The standard normal distribution: density and cumulative distribution to about 1e-15 relative
 * accuracy, tails included.
 *
 * <p>The cumulative distribution is W. J. Cody's rational Chebyshev approximation (Cody 1969,
 * "Rational Chebyshev approximations for the error function", Math. Comp. 23; the ANORM routine of
 * TOMS 715), with three ranges: |x| up to 0.67, up to √32, and beyond. The lower tail is computed
 * directly rather than as {@code 1 - cdf(-x)}, so {@code cdf(-30)} keeps its full relative
 * precision; pricing code relies on that for deep out-of-the-money options.
 */
final class Normal {

  /** 1/√(2π). */
  static final double INV_SQRT_2PI = 0.398942280401432677939946059934;

  private static final double SQRT_32 = 5.656854249492380195206754896838;
  private static final double SPLIT_SMALL = 0.67448975;
  /** Beyond this the lower tail underflows to 0 (and the upper to 1). */
  private static final double UNDERFLOW = 38.5;

  private static final double A0 = 2.2352520354606839287;
  private static final double A1 = 161.02823106855587881;
  private static final double A2 = 1067.6894854603709582;
  private static final double A3 = 18154.981253343561249;
  private static final double A4 = 0.065682337918207449113;

  private static final double B0 = 47.20258190468824187;
  private static final double B1 = 976.09855173777669322;
  private static final double B2 = 10260.932208618978205;
  private static final double B3 = 45507.789335026729956;

  private static final double C0 = 0.39894151208813466764;
  private static final double C1 = 8.8831497943883759412;
  private static final double C2 = 93.506656132177855979;
  private static final double C3 = 597.27027639480026226;
  private static final double C4 = 2494.5375852903726711;
  private static final double C5 = 6848.1904505362823326;
  private static final double C6 = 11602.651437647350124;
  private static final double C7 = 9842.7148383839780218;
  private static final double C8 = 1.0765576773720192317e-8;

  private static final double D0 = 22.266688044328115691;
  private static final double D1 = 235.38790178262499861;
  private static final double D2 = 1519.377599407554805;
  private static final double D3 = 6485.558298266760755;
  private static final double D4 = 18615.571640885098091;
  private static final double D5 = 34900.952721145977266;
  private static final double D6 = 38912.003286093271411;
  private static final double D7 = 19685.429676859990727;

  private static final double P0 = 0.21589853405795699;
  private static final double P1 = 0.1274011611602473639;
  private static final double P2 = 0.022235277870649807;
  private static final double P3 = 0.001421619193227893466;
  private static final double P4 = 2.9112874951168792e-5;
  private static final double P5 = 0.02307344176494017303;

  private static final double Q0 = 1.28426009614491121;
  private static final double Q1 = 0.468238212480865118;
  private static final double Q2 = 0.0659881378689285515;
  private static final double Q3 = 0.00378239633202758244;
  private static final double Q4 = 7.29751555083966205e-5;

  private Normal() {}

  /** The density φ(x) = e^(−x²/2)/√(2π). */
  static double pdf(double x) {
    return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
  }

  /** The cumulative distribution Φ(x) = P(Z ≤ x); NaN for NaN. */
  static double cdf(double x) {
    double y = Math.abs(x);
    if (y <= SPLIT_SMALL) {
      double xsq = x * x;
      double num = A4 * xsq;
      double den = xsq;
      num = (num + A0) * xsq;
      den = (den + B0) * xsq;
      num = (num + A1) * xsq;
      den = (den + B1) * xsq;
      num = (num + A2) * xsq;
      den = (den + B2) * xsq;
      return 0.5 + x * (num + A3) / (den + B3);
    }
    double tail;
    if (y <= SQRT_32) {
      double num = C8 * y;
      double den = y;
      num = (num + C0) * y;
      den = (den + D0) * y;
      num = (num + C1) * y;
      den = (den + D1) * y;
      num = (num + C2) * y;
      den = (den + D2) * y;
      num = (num + C3) * y;
      den = (den + D3) * y;
      num = (num + C4) * y;
      den = (den + D4) * y;
      num = (num + C5) * y;
      den = (den + D5) * y;
      num = (num + C6) * y;
      den = (den + D6) * y;
      tail = gaussianFactor(y) * (num + C7) / (den + D7);
    } else if (y < UNDERFLOW) {
      double xsq = 1.0 / (y * y);
      double num = P5 * xsq;
      double den = xsq;
      num = (num + P0) * xsq;
      den = (den + Q0) * xsq;
      num = (num + P1) * xsq;
      den = (den + Q1) * xsq;
      num = (num + P2) * xsq;
      den = (den + Q2) * xsq;
      num = (num + P3) * xsq;
      den = (den + Q3) * xsq;
      double r = xsq * (num + P4) / (den + Q4);
      tail = gaussianFactor(y) * (INV_SQRT_2PI - r) / y;
    } else if (y >= UNDERFLOW) {
      tail = 0.0;
    } else {
      return Double.NaN;
    }
    return x > 0 ? 1.0 - tail : tail;
  }

  /**
   * e^(−y²/2), split as e^(−a²/2)·e^(−(y−a)(y+a)/2) with a = y rounded down to 1/16: a² is exact,
   * so the large exponent carries no rounding error (Cody's trick; it keeps the far tail accurate).
   */
  private static double gaussianFactor(double y) {
    double a = Math.floor(y * 16.0) / 16.0;
    double del = (y - a) * (y + a);
    return Math.exp(-a * a * 0.5) * Math.exp(-del * 0.5);
  }
}
