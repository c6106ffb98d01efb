package dev.condor.core.market.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares the simulated SPX chain with the real Cboe snapshot of 2023-06-09 13:40 ET (kept
 * outside the project, in {@code ../../shared/market-data} from sdk-core; skipped when absent):
 * bid/ask widths of out-of-the-money quotes by price bucket, and the skew as the implied
 * volatility of the 25-delta put and call relative to at the money, at 0, 7 and 31 days.
 *
 * <p>Tolerances: a width bucket's median within one tick of the real median (0.05 below 3.00,
 * 0.10 above); a skew ratio within 0.06 of the real one (the spread of the ratio between the
 * calibration days was about 0.05). The simulated market starts on 2023-06-01 at the real SPX
 * level, so moneyness and prices are comparable; its volatility level is its own.
 */
class CalibrationComparisonTest {

  private static final String FILE = "option_chains/SPX_chain_2023-06-09_1340ET_cboe.csv";
  private static final Instant SNAPSHOT = SimulatedMarketTest.et(2023, 6, 9, 13, 40);
  private static final LocalDate DAY = LocalDate.of(2023, 6, 9);
  private static final DateTimeFormatter CBOE_DATE =
      DateTimeFormatter.ofPattern("EEE MMM dd yyyy", Locale.US);

  private static List<Row> real;
  private static double realSpot;
  private static OptionChain simulated;

  /** One strike of the real chain: call and put columns. */
  record Row(LocalDate expiry, String root, double strike, double callBid, double callAsk,
      double callIv, double callDelta, double putBid, double putAsk, double putIv,
      double putDelta) {}

  @BeforeAll
  static void load() throws IOException {
    Path file = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
        .resolve("../../shared/market-data").resolve(FILE).normalize();
    assumeTrue(Files.isRegularFile(file), "the real SPX chain is absent: " + file
        + " (shared market data lives outside the project); calibration comparison skipped");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    realSpot = Double.parseDouble(lines.get(1).replaceAll(".*Last: ([0-9.]+).*", "$1"));
    real = new ArrayList<>();
    for (String line : lines.subList(4, lines.size())) {
      String[] c = line.split(",");
      if (c.length < 22) {
        continue;
      }
      real.add(new Row(LocalDate.parse(c[0], CBOE_DATE), c[1].replaceAll("\\d.*", ""),
          Double.parseDouble(c[11]), num(c[4]), num(c[5]), num(c[7]), num(c[8]), num(c[15]),
          num(c[16]), num(c[18]), num(c[19])));
    }
    SimulatedMarket market = new SimulatedMarket(SimulationConfig.builder()
        .firstDay(LocalDate.of(2023, 6, 1)).lastDay(LocalDate.of(2023, 8, 31))
        .level(Underlying.SPX, realSpot).build());
    simulated = market.chain(Underlying.SPX, SNAPSHOT, DAY, DAY.plusDays(31)).orElseThrow();
  }

  private static double num(String s) {
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  @Test
  void outOfTheMoneyWidthsMatchRealQuotesWithinATick() {
    double[][] buckets = {{0.5, 3.0, 0.05}, {3.0, 10.0, 0.10}, {10.0, 50.0, 0.10}};
    for (double[] b : buckets) {
      List<Double> realWidths = new ArrayList<>();
      for (Row r : real) {
        long days = r.expiry().toEpochDay() - DAY.toEpochDay();
        if (!r.root().equals("SPXW") || days < 0 || days > 8) {
          continue;
        }
        boolean callOtm = r.strike() >= realSpot;
        double bid = callOtm ? r.callBid() : r.putBid();
        double ask = callOtm ? r.callAsk() : r.putAsk();
        double mid = (bid + ask) / 2;
        if (bid > 0 && mid >= b[0] && mid < b[1]) {
          realWidths.add(ask - bid);
        }
      }
      List<Double> simWidths = new ArrayList<>();
      for (LocalDate expiry : simulated.expiries()) {
        if (expiry.toEpochDay() - DAY.toEpochDay() > 8) {
          continue;
        }
        for (OptionRight right : OptionRight.values()) {
          for (OptionQuote q : simulated.quotes(expiry, right)) {
            if (simulated.isOutOfTheMoney(q.contract()) && q.bid() > 0 && q.mid() >= b[0]
                && q.mid() < b[1]) {
              simWidths.add(q.spread());
            }
          }
        }
      }
      assumeTrue(realWidths.size() >= 10 && simWidths.size() >= 10, "bucket " + b[0] + "-" + b[1]);
      double realMedian = median(realWidths);
      double simMedian = median(simWidths);
      assertEquals(realMedian, simMedian, b[2] + 1e-9, "median width of OTM quotes priced "
          + b[0] + "-" + b[1] + ": real " + realMedian + ", simulated " + simMedian);
    }
  }

  @Test
  void skewRatiosMatchTheRealChainAtZeroSevenAndThirtyOneDays() {
    for (LocalDate expiry : List.of(DAY, LocalDate.of(2023, 6, 16), LocalDate.of(2023, 7, 10))) {
      double[] realRatios = realSkew(expiry);
      double atm = SimulatedChainTest.byDelta(simulated, expiry, OptionRight.CALL, 0.5, "SPXW")
          .impliedVolatility().getAsDouble();
      double put = SimulatedChainTest.byDelta(simulated, expiry, OptionRight.PUT, 0.25, "SPXW")
          .impliedVolatility().getAsDouble() / atm;
      double call = SimulatedChainTest.byDelta(simulated, expiry, OptionRight.CALL, 0.25, "SPXW")
          .impliedVolatility().getAsDouble() / atm;
      assertEquals(realRatios[0], put, 0.06, "25-delta put IV / ATM on " + expiry);
      assertEquals(realRatios[1], call, 0.06, "25-delta call IV / ATM on " + expiry);
    }
  }

  @Test
  void theZeroDteAtmVolatilityExceedsTheWeeklysAsInTheRealChain() {
    double realZero = realAtm(DAY);
    double realWeek = realAtm(LocalDate.of(2023, 6, 16));
    double simZero = SimulatedChainTest.byDelta(simulated, DAY, OptionRight.CALL, 0.5, "SPXW")
        .impliedVolatility().getAsDouble();
    double simWeek = SimulatedChainTest.byDelta(simulated, LocalDate.of(2023, 6, 16),
        OptionRight.CALL, 0.5, "SPXW").impliedVolatility().getAsDouble();
    assertTrue(realZero > realWeek, "real " + realZero + " vs " + realWeek);
    assertTrue(simZero > simWeek, "simulated " + simZero + " vs " + simWeek);
  }

  /** The real 25-delta put and call IV relative to ATM (Cboe's own IV and delta columns). */
  private static double[] realSkew(LocalDate expiry) {
    List<Row> rows = real.stream()
        .filter(r -> r.expiry().equals(expiry) && r.root().equals("SPXW")).toList();
    double atm = realAtm(expiry);
    Row put = rows.stream().filter(r -> r.putIv() > 0)
        .min((a, b) -> Double.compare(Math.abs(a.putDelta() + 0.25), Math.abs(b.putDelta() + 0.25)))
        .orElseThrow();
    Row call = rows.stream().filter(r -> r.callIv() > 0)
        .min((a, b) -> Double.compare(Math.abs(a.callDelta() - 0.25),
            Math.abs(b.callDelta() - 0.25)))
        .orElseThrow();
    return new double[] {put.putIv() / atm, call.callIv() / atm};
  }

  private static double realAtm(LocalDate expiry) {
    Row atm = real.stream().filter(r -> r.expiry().equals(expiry) && r.root().equals("SPXW"))
        .min((a, b) -> Double.compare(Math.abs(a.strike() - realSpot),
            Math.abs(b.strike() - realSpot)))
        .orElseThrow();
    return (atm.callIv() + atm.putIv()) / 2;
  }

  private static double median(List<Double> values) {
    double[] s = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
