package dev.condor.api.quant.bench;

import dev.condor.api.instrument.OptionRight;
import dev.condor.api.quant.BlackScholes;
import dev.condor.api.quant.ImpliedVolatility;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one implied-volatility solve from a quoted price: SPX-like options from 10 minutes
 * to two years, 10% either side of the money (0.5% for the 10-minute ones), on a skew from 22%
 * volatility for low strikes to 8% for high ones.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ImpliedVolatilityBenchmark {

  private static final int SIZE = 64;

  private final double[] strikes = new double[SIZE];
  private final double[] years = new double[SIZE];
  private final double[] prices = new double[SIZE];
  private final OptionRight[] rights = new OptionRight[SIZE];
  private int next;

  /** Prices made by {@link BlackScholes}, so that every solve has an answer. */
  @Setup
  public void setUp() {
    double[] expiries = {10 / (60 * 24 * 365.0), 1 / 365.0, 30 / 365.0, 2.0};
    for (int i = 0; i < SIZE; i++) {
      double moneyness = 0.9 + 0.2 * i / (SIZE - 1);
      years[i] = expiries[i % expiries.length];
      // near the money for the shortest expiry, where far strikes have no time value
      strikes[i] = 5800 * (years[i] < 1e-4 ? 1 + (moneyness - 1) / 20 : moneyness);
      rights[i] = strikes[i] < 5800 ? OptionRight.PUT : OptionRight.CALL;
      double vol = Math.min(0.8, Math.max(0.08, 0.14 - 0.8 * (moneyness - 1)));
      prices[i] = BlackScholes.price(rights[i], 5800, strikes[i], years[i], 0.045, 0.013, vol);
    }
  }

  /** One solve, allocation-free. */
  @Benchmark
  public double solve() {
    int i = next++ & (SIZE - 1);
    return ImpliedVolatility.solve(rights[i], 5800, strikes[i], years[i], 0.045, 0.013, prices[i]);
  }
}
