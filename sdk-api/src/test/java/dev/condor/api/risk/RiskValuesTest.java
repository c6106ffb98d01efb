package dev.condor.api.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskValuesTest {

  private static PortfolioState.Builder state(double equity) {
    return PortfolioState.builder().equity(equity).dayStartEquity(100_000)
        .weekStartEquity(100_000).peakEquity(100_000);
  }

  // ---- portfolio state ----

  @Test
  void dailyLossIsTheFallFromTheDayStartAsAFraction() {
    // (100,000 - 95,000) / 100,000 = 0.05
    assertEquals(0.05, state(95_000).build().dailyLossFraction(), 1e-12);
  }

  @Test
  void anUpDayIsNoLoss() {
    PortfolioState up = state(101_000).build();
    assertEquals(0.0, up.dailyLossFraction());
    assertEquals(0.0, up.weeklyLossFraction());
    assertEquals(0.0, up.drawdownFraction());
  }

  @Test
  void weeklyLossAndDrawdownUseTheirOwnReferences() {
    PortfolioState s = state(95_000).weekStartEquity(90_000).peakEquity(120_000).build();
    // week: started at 90,000, now 95,000 -> up, 0
    assertEquals(0.0, s.weeklyLossFraction());
    // peak 120,000: (120,000 - 95,000) / 120,000 = 25,000 / 120,000 = 0.208333...
    assertEquals(25_000.0 / 120_000.0, s.drawdownFraction(), 1e-12);
    assertEquals(0.05, s.dailyLossFraction(), 1e-12);
    assertEquals(List.of(), s.openPositions());
  }

  @Test
  void aNonPositiveReferenceMeansNoLoss() {
    assertEquals(0.0, state(-500).dayStartEquity(0).build().dailyLossFraction());
  }

  @Test
  void rejectsNonFiniteEquity() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> state(Double.NaN).build());
    assertEquals("equity", e.field());
    assertThrows(InvalidValueException.class,
        () -> state(95_000).peakEquity(Double.POSITIVE_INFINITY).build());
  }

  // ---- verdicts ----

  @Test
  void verdictsCarryOutcomeQuantityAndReason() {
    assertEquals(EntryVerdict.Outcome.ALLOW, EntryVerdict.allow().outcome());
    EntryVerdict resize = EntryVerdict.resize(2, "drawdown sizing halves the quantity");
    assertEquals(EntryVerdict.Outcome.RESIZE, resize.outcome());
    assertEquals(2, resize.quantity());
    EntryVerdict reject = EntryVerdict.reject("daily loss stop 2 % reached");
    assertEquals(EntryVerdict.Outcome.REJECT, reject.outcome());
    assertEquals("daily loss stop 2 % reached", reject.reason());
  }

  @Test
  void rejectsAResizeToFewerThanOneUnit() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> EntryVerdict.resize(0, "too risky"));
    assertEquals("quantity", e.field());
    assertTrue(e.getMessage().contains("reject instead"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> EntryVerdict.resize(-1, "too risky"));
    assertEquals(1, EntryVerdict.resize(1, "minimum").quantity());
  }

  @Test
  void verdictsNeedAReason() {
    assertEquals("reason",
        assertThrows(InvalidValueException.class, () -> EntryVerdict.reject(" ")).field());
  }
}
