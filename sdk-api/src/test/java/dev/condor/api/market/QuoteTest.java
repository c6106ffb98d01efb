package dev.condor.api.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuoteTest {

  private static final Instant T = Instant.parse("2024-12-20T14:36:00Z");

  private static Quote.Builder spy() {
    return Quote.builder().symbol("SPY").time(T);
  }

  @Test
  void priceOfAnIndexLevelIsTheLast() {
    Quote vix1d = Quote.ofLevel("VIX1D", 12.0, T, DataOrigin.OBSERVED);
    assertEquals(12.0, vix1d.price());
    assertTrue(Double.isNaN(vix1d.bid()));
    assertTrue(Double.isNaN(vix1d.ask()));
    assertEquals("VIX1D", vix1d.symbol());
  }

  @Test
  void priceOfATwoSidedQuoteIsTheMid() {
    // (580.10 + 580.14) / 2 = 580.12, even with a last trade elsewhere
    Quote q = spy().bid(580.10).ask(580.14).last(579.00).build();
    assertEquals(580.12, q.price(), 1e-9);
  }

  @Test
  void priceFallsBackToTheLastWhenOneSideIsMissing() {
    Quote q = spy().bid(580.10).last(580.20).build();
    assertEquals(580.20, q.price());
  }

  @Test
  void aLockedQuoteIsAccepted() {
    assertEquals(580.12, spy().bid(580.12).ask(580.12).build().price(), 1e-12);
  }

  @Test
  void rejectsACrossedQuote() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> spy().bid(580.15).ask(580.14).build());
    assertEquals("bid", e.field());
    assertTrue(e.getMessage().contains("580.14"), e.getMessage());
    assertTrue(e.getMessage().contains("crossed"), e.getMessage());
  }

  @Test
  void rejectsNegativePricesNamingTheField() {
    assertEquals("bid", assertThrows(InvalidValueException.class,
        () -> spy().bid(-0.01).ask(580).build()).field());
    assertEquals("ask", assertThrows(InvalidValueException.class,
        () -> spy().bid(0).ask(-1).build()).field());
    assertEquals("last", assertThrows(InvalidValueException.class,
        () -> spy().last(-580).build()).field());
    assertEquals("last", assertThrows(InvalidValueException.class,
        () -> spy().last(Double.POSITIVE_INFINITY).build()).field());
  }

  @Test
  void rejectsAQuoteWithNoPriceAtAll() {
    // bid, ask and last all NaN (absent): nothing to value at
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> spy().build());
    assertEquals("last", e.field());
    assertTrue(e.getMessage().contains("SPY"), e.getMessage());
  }

  @Test
  void rejectsNegativeSizes() {
    assertEquals("bidSize", assertThrows(InvalidValueException.class,
        () -> spy().last(580).bidSize(-1).build()).field());
  }

  @Test
  void originDefaultsToObserved() {
    assertEquals(DataOrigin.OBSERVED, spy().last(580).build().origin());
    assertEquals(DataOrigin.ESTIMATED,
        Quote.ofLevel("SPX", 5800, T, DataOrigin.ESTIMATED).origin());
  }
}
