package dev.condor.core.market.sim;

import dev.condor.api.instrument.Underlying;

/**
 * Simulates one trading day of every series from the state at the previous close: the overnight
 * step, then one Euler step per session minute of the Bates model (full truncation: a negative
 * variance is set to zero, and the diffusion uses at least the minimum variance), with NDX, the
 * ETFs and the volatility indices derived from it.
 *
 * <p>Each day draws from its own streams, seeded from the configuration seed, a group (the index
 * model, the ETFs' tracking noise) and the date, so a day regenerated from its starting state is
 * bit-identical to the first time it was made, and the ETF noise never shifts the index path.
 * Not thread-safe: the {@link SimulatedMarket} calls it under its lock.
 */
final class PathGenerator {

  // Layout of a day's end state.
  static final int LOG_SPX = 0;
  static final int VARIANCE = 1;
  static final int LOG_NDX = 2;
  static final int NOISE_SPY = 3;
  static final int NOISE_QQQ = 4;
  static final int NOISE_VOO = 5;
  static final int DRIFT_VTI = 6;
  static final int NOISE_VTI = 7;
  static final int STATE_SIZE = 8;

  private static final long GROUP_INDEX = 1;
  private static final long GROUP_ETF = 2;
  private static final int MAX_JUMPS = 8;
  /** Minute-to-minute persistence of an ETF's tracking error. */
  private static final double NOISE_PERSISTENCE = 0.5;
  /** Stationary standard deviation of an ETF's tracking error: 0.8 bp (SPY vs ^GSPC, 5-minute). */
  private static final double NOISE_SD = 0.8e-4;
  /** Mean reversion (per year) and volatility of VTI's drift away from the S&P 500. */
  private static final double VTI_REVERSION = 2.0;
  private static final double VTI_DRIFT_VOL = 0.03;

  private final SimulationConfig config;
  private final ModelParameters p;
  private final SessionTable table;
  private final VolatilityModel vol;
  private final Xoshiro256 indexRandom = new Xoshiro256(0);
  private final Xoshiro256 etfRandom = new Xoshiro256(0);
  private final int[] jumpStep = new int[MAX_JUMPS];
  private final double[] jumpSize = new double[MAX_JUMPS];
  private final double jumpCompensator;
  private final double ndxJumpCompensator;
  private final double ndxScale;
  private final double ndxIdiosyncratic;
  private final double leverage;
  private final double ratioSpy;
  private final double ratioQqq;
  private final double ratioVoo;
  private final double ratioVti;
  private final double noiseInnovation;

  PathGenerator(SimulationConfig config, SessionTable table, VolatilityModel vol) {
    this.config = config;
    this.p = config.model();
    this.table = table;
    this.vol = vol;
    double mu = p.jumpMean();
    double s2 = p.jumpVol() * p.jumpVol();
    this.ndxScale = p.ndxVolRatio();
    this.jumpCompensator = StrictMath.expm1(mu + 0.5 * s2);
    this.ndxJumpCompensator = StrictMath.expm1(ndxScale * mu + 0.5 * ndxScale * ndxScale * s2);
    this.ndxIdiosyncratic = StrictMath.sqrt(1 - p.ndxCorrelation() * p.ndxCorrelation());
    this.leverage = StrictMath.sqrt(1 - p.correlation() * p.correlation());
    double spx = config.initialLevel(Underlying.SPX);
    double ndx = config.initialLevel(Underlying.NDX);
    double spy = config.initialLevel(Underlying.SPY);
    this.ratioSpy = spy / spx;
    this.ratioQqq = config.initialLevel(Underlying.QQQ) / ndx;
    this.ratioVoo = config.initialLevel(Underlying.VOO) / spy;
    this.ratioVti = config.initialLevel(Underlying.VTI) / spx;
    this.noiseInnovation = NOISE_SD * StrictMath.sqrt(1 - NOISE_PERSISTENCE * NOISE_PERSISTENCE);
  }

  /** The state at the close before the first simulated day. */
  double[] initialState() {
    double[] s = new double[STATE_SIZE];
    s[LOG_SPX] = StrictMath.log(config.initialLevel(Underlying.SPX));
    s[VARIANCE] = p.initialVariance();
    s[LOG_NDX] = StrictMath.log(config.initialLevel(Underlying.NDX));
    return s;
  }

  /**
   * Simulates trading day {@code day} from {@code start} (the previous close's state), writing the
   * state at its close into {@code end}.
   */
  DayPath generate(int day, double[] start, double[] end) {
    int n = table.minutes(day);
    long epochDay = table.epochDay(day);
    indexRandom.reseed(Xoshiro256.streamSeed(config.seed(), GROUP_INDEX, epochDay));
    etfRandom.reseed(Xoshiro256.streamSeed(config.seed(), GROUP_ETF, epochDay));
    double[][] c = new double[Instrument.COLUMNS][n + 1];
    double[] weights = table.minuteWeights(n);
    double unit = table.minuteUnit();
    double overnight = table.overnight(day);

    int jumps = placeJumps(overnight, unit, n);

    double x = start[LOG_SPX];
    double v = start[VARIANCE];
    double xn = start[LOG_NDX];
    double eta = start[DRIFT_VTI];
    double floor = p.minimumVariance();
    double drift = p.drift() - p.jumpsPerYear() * jumpCompensator;
    double ndxDrift = p.drift() - p.jumpsPerYear() * ndxJumpCompensator;
    double kappa = p.meanReversion();
    double theta = p.longRunVariance();
    double xi = p.volOfVol();
    double rho = p.correlation();
    double rhoN = p.ndxCorrelation();
    // A new session's tracking errors start from their stationary law.
    double eSpy = NOISE_SD * etfRandom.nextGaussian();
    double eQqq = NOISE_SD * etfRandom.nextGaussian();
    double eVoo = NOISE_SD * etfRandom.nextGaussian();
    double eVti = NOISE_SD * etfRandom.nextGaussian();
    int nextJump = 0;
    for (int step = 0; step <= n; step++) {
      double dt = step == 0 ? overnight : unit * weights[step - 1];
      double vp = Math.max(v, floor);
      double sd = StrictMath.sqrt(vp * dt);
      double z1 = indexRandom.nextGaussian();
      double z2 = indexRandom.nextGaussian();
      double z3 = indexRandom.nextGaussian();
      x += (drift - 0.5 * vp) * dt + sd * z1;
      xn += (ndxDrift - 0.5 * ndxScale * ndxScale * vp) * dt
          + ndxScale * sd * (rhoN * z1 + ndxIdiosyncratic * z3);
      v += kappa * (theta - vp) * dt + xi * sd * (rho * z1 + leverage * z2);
      if (v < 0) {
        v = 0;
      }
      while (nextJump < jumps && jumpStep[nextJump] == step) {
        x += jumpSize[nextJump];
        xn += ndxScale * jumpSize[nextJump];
        nextJump++;
      }
      eta += -VTI_REVERSION * eta * dt
          + VTI_DRIFT_VOL * StrictMath.sqrt(dt) * etfRandom.nextGaussian();
      if (step > 0) {
        eSpy = NOISE_PERSISTENCE * eSpy + noiseInnovation * etfRandom.nextGaussian();
        eQqq = NOISE_PERSISTENCE * eQqq + noiseInnovation * etfRandom.nextGaussian();
        eVoo = NOISE_PERSISTENCE * eVoo + noiseInnovation * etfRandom.nextGaussian();
        eVti = NOISE_PERSISTENCE * eVti + noiseInnovation * etfRandom.nextGaussian();
      }
      double spx = StrictMath.exp(x);
      double ndx = StrictMath.exp(xn);
      double spyFair = ratioSpy * spx;
      c[Instrument.SPX.ordinal()][step] = spx;
      c[Instrument.NDX.ordinal()][step] = ndx;
      c[Instrument.SPY.ordinal()][step] = spyFair * StrictMath.exp(eSpy);
      c[Instrument.QQQ.ordinal()][step] = ratioQqq * ndx * StrictMath.exp(eQqq);
      c[Instrument.VOO.ordinal()][step] = ratioVoo * spyFair * StrictMath.exp(eVoo);
      c[Instrument.VTI.ordinal()][step] = ratioVti * spx * StrictMath.exp(eta + eVti);
      c[Instrument.VARIANCE][step] = v;
    }
    fillVolatilityIndices(day, n, c);
    end[LOG_SPX] = x;
    end[VARIANCE] = v;
    end[LOG_NDX] = xn;
    end[NOISE_SPY] = eSpy;
    end[NOISE_QQQ] = eQqq;
    end[NOISE_VOO] = eVoo;
    end[DRIFT_VTI] = eta;
    end[NOISE_VTI] = eVti;
    return new DayPath(day, n, c);
  }

  /**
   * Draws the day's jumps: how many (Poisson in the day's business time), where (uniform in
   * business time, so the volatile open and the overnight gap get their share) and how big.
   */
  private int placeJumps(double overnight, double unit, int n) {
    double dayTime = overnight + unit * n;
    int count = Math.min(indexRandom.nextPoisson(p.jumpsPerYear() * dayTime), MAX_JUMPS);
    double[] cumulative = table.cumulativeWeights(n);
    for (int j = 0; j < count; j++) {
      double at = indexRandom.nextDouble() * dayTime;
      int step;
      if (at < overnight) {
        step = 0;
      } else {
        double target = (at - overnight) / unit;
        int lo = 0;
        int hi = n;
        while (hi - lo > 1) {
          int mid = (lo + hi) >>> 1;
          if (cumulative[mid] <= target) {
            lo = mid;
          } else {
            hi = mid;
          }
        }
        step = lo + 1;
      }
      jumpStep[j] = step;
      jumpSize[j] = p.jumpMean() + p.jumpVol() * indexRandom.nextGaussian();
    }
    // Applied in step order; insertion sort on at most a handful.
    for (int i = 1; i < count; i++) {
      int s = jumpStep[i];
      double size = jumpSize[i];
      int j = i - 1;
      while (j >= 0 && jumpStep[j] > s) {
        jumpStep[j + 1] = jumpStep[j];
        jumpSize[j + 1] = jumpSize[j];
        j--;
      }
      jumpStep[j + 1] = s;
      jumpSize[j + 1] = size;
    }
    return count;
  }

  private void fillVolatilityIndices(int day, int n, double[][] c) {
    double[] var = c[Instrument.VARIANCE];
    double[] vix = c[Instrument.VIX.ordinal()];
    double[] vix9d = c[Instrument.VIX9D.ordinal()];
    double[] vix1d = c[Instrument.VIX1D.ordinal()];
    double[] cumulative = table.cumulativeWeights(n);
    double unit = table.minuteUnit();
    double perMinute = 1 / (SessionTable.DAYS_PER_YEAR * SessionTable.REGULAR_MINUTES);
    int next = day + 1;
    double nextDayTime = table.overnight(next) + unit * table.minutes(next);
    for (int i = 0; i <= n; i++) {
      double v = var[i];
      vix[i] = vol.vix(v);
      vix9d[i] = vol.vix9d(v);
      double nextDay = vol.vix1dVariance(v, nextDayTime, 1 / SessionTable.DAYS_PER_YEAR);
      if (i < n) {
        // Like Cboe's interpolation between the 0DTE and 1DTE expiries: the rest of the session
        // weighs by the share of it that remains, the next full day by the rest.
        double left = (double) (n - i) / n;
        double session = vol.vix1dVariance(v, unit * (cumulative[n] - cumulative[i]),
            (n - i) * perMinute);
        vix1d[i] = 100 * StrictMath.sqrt(left * session + (1 - left) * nextDay);
      } else {
        vix1d[i] = 100 * StrictMath.sqrt(nextDay);
      }
    }
  }
}
