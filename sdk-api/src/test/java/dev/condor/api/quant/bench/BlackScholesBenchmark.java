package dev.condor.api.quant.bench;

import dev.condor.api.instrument.OptionRight;
import dev.condor.api.quant.BlackScholes;
import dev.condor.api.quant.MutableGreeks;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of pricing one option with all its greeks in one pass, as a strategy does for a chain
 * on every tick: SPX-like 0DTE to one-month options from 5% below to 5% above the money.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BlackScholesBenchmark {

  private static final int SIZE = 64;

  private final MutableGreeks out = new MutableGreeks();
  private final double[] strikes = new double[SIZE];
  private final double[] years = new double[SIZE];
  private final OptionRight[] rights = new OptionRight[SIZE];
  private int next;

  /** A spread of strikes, expiries and rights, cycled so that nothing is constant-folded. */
  @Setup
  public void setUp() {
    double[] expiries = {2 / (24 * 365.0), 1 / 365.0, 7 / 365.0, 30 / 365.0};
    for (int i = 0; i < SIZE; i++) {
      strikes[i] = 5800 * (0.95 + 0.1 * i / (SIZE - 1));
      years[i] = expiries[i % expiries.length];
      rights[i] = i % 2 == 0 ? OptionRight.CALL : OptionRight.PUT;
    }
  }

  /** Price, delta, gamma, theta, vega and rho of one option. */
  @Benchmark
  public MutableGreeks greeks() {
    int i = next++ & (SIZE - 1);
    return BlackScholes.greeks(rights[i], 5800, strikes[i], years[i], 0.045, 0.013, 0.14, out);
  }

  /** The price alone, for comparison. */
  @Benchmark
  public double price() {
    int i = next++ & (SIZE - 1);
    return BlackScholes.price(rights[i], 5800, strikes[i], years[i], 0.045, 0.013, 0.14);
  }
}
