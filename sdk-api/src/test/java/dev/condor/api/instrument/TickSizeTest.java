package dev.condor.api.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.condor.api.error.InvalidValueException;
import org.junit.jupiter.api.Test;

class TickSizeTest {

  private final TickSize spx = TickSize.of(Underlying.SPX);
  private final TickSize spy = TickSize.of(Underlying.SPY);

  @Test
  void indexOptionsTradeInNickelsBelowThreeAndDimesFromThree() {
    assertEquals(0.05, spx.tick(2.95));
    assertEquals(0.10, spx.tick(3.00));
    assertEquals(0.50, spx.floor(0.549));
    assertEquals(0.55, spx.floor(0.55));      // 11 x 0.05 exactly, not 0.55000000000000004
    assertEquals(0.55, spx.ceil(0.501));
    assertEquals(3.10, spx.floor(3.19));
    assertEquals(3.20, spx.ceil(3.11));
    assertEquals(0.45, spx.floor(0.525 - 0.05)); // S0: int((mid - .05) / .05) * .05 at mid 0.525
  }

  @Test
  void nearestRoundsHalvesUp() {
    assertEquals(0.55, spx.nearest(0.525));
    assertEquals(0.50, spx.nearest(0.524));
    assertEquals(4.30, spx.nearest(4.25));
  }

  @Test
  void pennyEtfsTradeInCents() {
    assertEquals(0.01, spy.tick(5.00));
    assertEquals(4.27, spy.floor(4.279));
    assertEquals(0.12, TickSize.of(Underlying.QQQ).ceil(0.111));
    assertEquals(0.05, TickSize.of(Underlying.VOO).tick(1.00));
  }

  @Test
  void negativeOrNaNPricesAreRejected() {
    assertThrows(InvalidValueException.class, () -> spx.floor(-0.05));
    assertThrows(InvalidValueException.class, () -> spx.ceil(Double.NaN));
  }
}
