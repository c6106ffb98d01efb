package dev.condor.api.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SizingTest {

  @Test
  void kellyOfSeedS1CreditSpreadIsNegative() {
    // p = 0.95, b = 100/2000 = 0.05: (0.05 × 0.95 − 0.05)/0.05 = −0.05, do not trade
    assertEquals(-0.05, Sizing.kellyFraction(0.95, 100, 2000), 1e-12);
  }

  @Test
  void kellyOfAnEvenMoneyBetIsTwicePMinusOne() {
    assertEquals(0.2, Sizing.kellyFraction(0.6, 1, 1), 1e-15);
    // p = 0.5 at 2:1: (2 × 0.5 − 0.5)/2 = 0.25
    assertEquals(0.25, Sizing.kellyFraction(0.5, 200, 100), 1e-15);
  }

  @Test
  void fractionalKellyScalesAndKeepsTheSign() {
    assertEquals(0.1, Sizing.fractionalKelly(0.2, 0.5), 1e-15);
    assertEquals(-0.0125, Sizing.fractionalKelly(-0.05, 0.25), 1e-15);
  }

  @Test
  void riskBasedContractsOfSeedS1() {
    // 100,000 × 2% / 2,000 = 1
    assertEquals(1, Sizing.riskBasedContracts(100_000, Sizing.S1_RISK_FRACTION, 2_000));
    // 100,000 × 2% / 1,500 = 1.33 → 1; / 400 = 5
    assertEquals(1, Sizing.riskBasedContracts(100_000, 0.02, 1_500));
    assertEquals(5, Sizing.riskBasedContracts(100_000, 0.02, 400));
    // a budget smaller than one contract's loss buys none
    assertEquals(0, Sizing.riskBasedContracts(50_000, 0.02, 2_000));
    // 0.29 × 100 is 28.999999999999996 in binary floating point; it is 29 contracts
    assertEquals(29, Sizing.riskBasedContracts(100, 0.29, 1));
  }

  @Test
  void fixedPositionSizeOfSeedS1IsOneFiftiethOfCapital() {
    assertEquals(2_000.0, Sizing.fixedPositionSize(100_000, Sizing.S1_POSITIONS), 0.0);
  }

  @Test
  void invalidArgumentsAreRejected() {
    BlackScholesTest.assertRejected("winProbability = 1.5",
        () -> Sizing.kellyFraction(1.5, 100, 2000));
    BlackScholesTest.assertRejected("avgLoss = -2000.0",
        () -> Sizing.kellyFraction(0.9, 100, -2000));
    BlackScholesTest.assertRejected("fraction = 0.0", () -> Sizing.fractionalKelly(0.2, 0));
    BlackScholesTest.assertRejected("riskFraction = 2.0",
        () -> Sizing.riskBasedContracts(100_000, 2, 2000));
    BlackScholesTest.assertRejected("maxLossPerContract = 0.0",
        () -> Sizing.riskBasedContracts(100_000, 0.02, 0));
    BlackScholesTest.assertRejected("positions = 0", () -> Sizing.fixedPositionSize(100_000, 0));
  }
}
