package dev.condor.core.market.sim;

/**
 * What the price model implies about volatility: the Heston expected variance over a horizon, the
 * volatility indices built on it, and the implied-volatility surface options are priced with.
 * Pure functions of the model parameters, computed with {@link StrictMath} so that every JVM gets
 * the same digits; thread-safe.
 *
 * <p><b>Expected variance.</b> Heston variance mean-reverts, so the expected variance integrated
 * over {@code tau} years of business time from an instantaneous variance {@code v} is {@code
 * I(v, tau) = theta tau + (v - theta)(1 - e^(-kappa tau)) / kappa}; jumps add {@code lambda (mu_J^2
 * + sigma_J^2)} per year.
 *
 * <p><b>Risk-neutral variance.</b> Implied variance exceeds expected variance by a premium that
 * grows with the horizon: {@code W = (1 + p g) (I + jumps) + c g T}, with {@code g = min(1,
 * (days/30)^0.35)}, {@code p} the variance premium and {@code c} the additive premium, {@code T}
 * the calendar time in years. {@code VIX = 100 sqrt(W/T)} at 30 days, VIX9D at 9 days. VIX1D
 * blends two horizons, as Cboe interpolates between the 0DTE and 1DTE expiries: the rest of the
 * session, annualised per session minute (390 a day, so it reads below a full day that includes
 * the overnight gap), weighted by the share of the session left; and the next full day (overnight
 * and session), annualised per trading day, which is all that remains at the close.
 *
 * <p><b>Smile.</b> An option's implied volatility is the ATM level times a ratio of the
 * standardised moneyness {@code z = ln(K/F) / (sigma_ATM sqrt(T))}: {@code 1 + b z + g
 * (sqrt((z - m)^2 + d^2) - sqrt(m^2 + d^2)) - A(T) tanh(z / zeta)}, where {@code A(T) = A_inf
 * T^q / (T^q + T0^q)} (days) steepens the put skew as expiries lengthen, and {@code z} is softly
 * clamped (tanh) to [-10, 3.5] so that far wings flatten without creating arbitrage. The ATM
 * variance is the share of the variance-swap level ({@code W/T}) that this smile implies,
 * tabulated by expiry.
 */
final class VolatilityModel {

  private static final double DAYS_PER_YEAR = 365.0;
  private static final double VIX_DAYS = 30;
  private static final double VIX9D_DAYS = 9;
  private static final double PREMIUM_EXPONENT = 0.35;

  // The smile's parameters, fitted to SPX chains (package documentation).
  private static final double SKEW_TILT = 0.096;
  private static final double SMILE_WEIGHT = 0.462;
  private static final double SMILE_CENTRE = 1.52;
  private static final double SMILE_ROUNDNESS = 3.63;
  private static final double TERM_SKEW = 0.423;
  private static final double TERM_SKEW_HALF_DAYS = 19.2;
  private static final double TERM_SKEW_POWER = 1.30;
  private static final double TERM_SKEW_WIDTH = 1.97;
  private static final double LEFT_KNEE = -7.0;
  private static final double LEFT_REACH = 3.0;
  private static final double RIGHT_KNEE = 2.0;
  private static final double RIGHT_REACH = 1.5;
  private static final double SMILE_OFFSET = Math.sqrt(SMILE_CENTRE * SMILE_CENTRE
      + SMILE_ROUNDNESS * SMILE_ROUNDNESS);
  private static final double TERM_SKEW_HALF_POWER =
      StrictMath.pow(TERM_SKEW_HALF_DAYS, TERM_SKEW_POWER);

  /**
   * ATM variance as a share of the variance-swap variance, by calendar days to expiry: the smile
   * above integrated by static replication (the VIX formula) at an ATM volatility of 15 %.
   */
  private static final double[] SHARE_DAYS =
      {0.01, 0.1, 0.3, 1, 2, 4, 7, 14, 21, 30, 45, 60, 90, 180, 365, 730, 1100};
  private static final double[] SHARE = {0.8027, 0.8021, 0.8012, 0.798, 0.793, 0.782, 0.7646,
      0.7275, 0.699, 0.6727, 0.6446, 0.627, 0.6055, 0.5746, 0.5435, 0.5063, 0.4787};

  private final double kappa;
  private final double theta;
  private final double minimumVariance;
  private final double jumpVariance;
  private final double premium;
  private final double premiumFloor;
  private final double vixPremiumWeight9;
  private final double vixPremiumWeight1;

  VolatilityModel(ModelParameters p) {
    this.kappa = p.meanReversion();
    this.theta = p.longRunVariance();
    this.minimumVariance = p.minimumVariance();
    this.jumpVariance = p.jumpVariance();
    this.premium = p.variancePremium();
    this.premiumFloor = p.premiumFloorVariance();
    this.vixPremiumWeight9 = premiumWeight(VIX9D_DAYS);
    this.vixPremiumWeight1 = premiumWeight(1);
  }

  /** Expected variance integrated over {@code tau} years of business time. */
  double expectedVariance(double v, double tau) {
    if (!(tau > 0)) {
      return 0;
    }
    double start = Math.max(v, minimumVariance);
    double integral = theta * tau + (start - theta) * -StrictMath.expm1(-kappa * tau) / kappa;
    return Math.max(integral, minimumVariance * tau);
  }

  /** How much of the full (30-day) premium applies at a horizon. */
  static double premiumWeight(double days) {
    if (!(days > 0)) {
      return 0;
    }
    return days >= VIX_DAYS ? 1 : StrictMath.pow(days / VIX_DAYS, PREMIUM_EXPONENT);
  }

  /**
   * Risk-neutral total variance (variance times years) to an expiry {@code tau} years of business
   * time and {@code calendarYears} of calendar time away, for a series whose volatility is
   * {@code scale} times SPX's.
   */
  double totalVariance(double v, double tau, double calendarYears, double scale) {
    double g = premiumWeight(calendarYears * DAYS_PER_YEAR);
    double w = (1 + premium * g) * (expectedVariance(v, tau) + jumpVariance * Math.max(tau, 0))
        + premiumFloor * g * Math.max(calendarYears, 0);
    return w * scale * scale;
  }

  /** VIX: 30-day implied volatility, in points. */
  double vix(double v) {
    return constantMaturity(v, VIX_DAYS, 1);
  }

  /** VIX9D: 9-day implied volatility, in points. */
  double vix9d(double v) {
    return constantMaturity(v, VIX9D_DAYS, vixPremiumWeight9);
  }

  private double constantMaturity(double v, double days, double g) {
    double tau = days / DAYS_PER_YEAR;
    double rate = (1 + premium * g) * (expectedVariance(v, tau) / tau + jumpVariance)
        + premiumFloor * g;
    return 100 * StrictMath.sqrt(rate);
  }

  /**
   * The annualised variance behind VIX1D over one horizon: the variance expected over {@code tau}
   * years of business time, annualised over {@code tradingYears} of clock time (see the class
   * documentation), with the premium of a one-day horizon.
   */
  double vix1dVariance(double v, double tau, double tradingYears) {
    return (1 + premium * vixPremiumWeight1)
        * (expectedVariance(v, tau) + jumpVariance * tau) / tradingYears
        + premiumFloor * vixPremiumWeight1;
  }

  /** The ATM share of the variance-swap variance at an expiry this many calendar days away. */
  static double atmShare(double days) {
    if (days <= SHARE_DAYS[0]) {
      return SHARE[0];
    }
    int last = SHARE_DAYS.length - 1;
    if (days >= SHARE_DAYS[last]) {
      return SHARE[last];
    }
    int i = 1;
    while (SHARE_DAYS[i] < days) {
      i++;
    }
    double x0 = StrictMath.log(SHARE_DAYS[i - 1]);
    double x1 = StrictMath.log(SHARE_DAYS[i]);
    double t = (StrictMath.log(days) - x0) / (x1 - x0);
    return SHARE[i - 1] + t * (SHARE[i] - SHARE[i - 1]);
  }

  /** The term-structure part of the put skew at an expiry this many calendar days away. */
  static double termSkew(double days) {
    double p = StrictMath.pow(Math.max(days, 1e-6), TERM_SKEW_POWER);
    return TERM_SKEW * p / (p + TERM_SKEW_HALF_POWER);
  }

  /**
   * The implied volatility of a strike as a multiple of ATM: {@code z} the standardised
   * moneyness, {@code termSkew} from {@link #termSkew}.
   */
  static double smile(double z, double termSkew) {
    double x = z;
    if (x < LEFT_KNEE) {
      x = LEFT_KNEE + LEFT_REACH * StrictMath.tanh((x - LEFT_KNEE) / LEFT_REACH);
    } else if (x > RIGHT_KNEE) {
      x = RIGHT_KNEE + RIGHT_REACH * StrictMath.tanh((x - RIGHT_KNEE) / RIGHT_REACH);
    }
    double d = x - SMILE_CENTRE;
    return 1 + SKEW_TILT * x
        + SMILE_WEIGHT * (StrictMath.sqrt(d * d + SMILE_ROUNDNESS * SMILE_ROUNDNESS) - SMILE_OFFSET)
        - termSkew * StrictMath.tanh(x / TERM_SKEW_WIDTH);
  }
}
