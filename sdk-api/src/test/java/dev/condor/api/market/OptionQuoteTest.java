package dev.condor.api.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OptionQuoteTest {

  private static final Instant T = Instant.parse("2024-12-20T14:36:00Z");
  private static final OptionContract PUT_5775 =
      OptionContract.of("SPXW", LocalDate.of(2024, 12, 20), 5775, OptionRight.PUT);

  private static OptionQuote.Builder quote(double bid, double ask) {
    return OptionQuote.builder().contract(PUT_5775).bid(bid).ask(ask).time(T);
  }

  @Test
  void midAndSpreadComeFromBidAndAsk() {
    OptionQuote q = quote(2.40, 2.60).build();
    assertEquals(2.50, q.mid(), 1e-12); // (2.40 + 2.60) / 2
    assertEquals(0.20, q.spread(), 1e-12); // 2.60 - 2.40
  }

  @Test
  void deltaIsNaNWithoutGreeks() {
    assertTrue(Double.isNaN(quote(2.40, 2.60).build().deltaOrNaN()));
    assertEquals(-0.18,
        quote(2.40, 2.60).greeks(Greeks.of(-0.18, 0.004, -1.2, 0.5)).build().deltaOrNaN());
  }

  @Test
  void analyticsOriginFollowsThePriceOriginUnlessSet() {
    assertEquals(DataOrigin.ESTIMATED,
        quote(2.40, 2.60).origin(DataOrigin.ESTIMATED).build().analyticsOrigin());
    assertEquals(DataOrigin.ESTIMATED,
        quote(2.40, 2.60).analyticsOrigin(DataOrigin.ESTIMATED).build().analyticsOrigin());
    assertEquals(DataOrigin.OBSERVED, quote(2.40, 2.60).build().analyticsOrigin());
  }

  @Test
  void rejectsACrossedQuote() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> quote(2.70, 2.60).build());
    assertEquals("bid", e.field());
    assertTrue(e.getMessage().contains("crossed"), e.getMessage());
  }

  @Test
  void rejectsNaNOrNegativePricesNamingTheField() {
    assertEquals("bid", assertThrows(InvalidValueException.class,
        () -> quote(Double.NaN, 2.60).build()).field());
    assertEquals("ask", assertThrows(InvalidValueException.class,
        () -> quote(0, Double.NaN).build()).field());
    assertEquals("bid", assertThrows(InvalidValueException.class,
        () -> quote(-0.05, 2.60).build()).field());
    assertEquals("ask", assertThrows(InvalidValueException.class,
        () -> quote(0, Double.POSITIVE_INFINITY).build()).field());
    assertEquals("last", assertThrows(InvalidValueException.class,
        () -> quote(2.40, 2.60).last(Double.NaN).build()).field());
    assertEquals("underlyingPrice", assertThrows(InvalidValueException.class,
        () -> quote(2.40, 2.60).underlyingPrice(-5800).build()).field());
  }

  @Test
  void rejectsNegativeSizesAndNonPositiveImpliedVolatility() {
    assertEquals("openInterest", assertThrows(InvalidValueException.class,
        () -> quote(2.40, 2.60).openInterest(-1).build()).field());
    assertEquals("impliedVolatility", assertThrows(InvalidValueException.class,
        () -> quote(2.40, 2.60).impliedVolatility(0).build()).field());
    assertEquals("impliedVolatility", assertThrows(InvalidValueException.class,
        () -> quote(2.40, 2.60).impliedVolatility(Double.NaN).build()).field());
  }

  @Test
  void greeksRejectADeltaOutsideMinusOneToOneAndNonFiniteSensitivities() {
    assertEquals("delta",
        assertThrows(InvalidValueException.class, () -> Greeks.of(1.01, 0, 0, 0)).field());
    assertEquals("delta",
        assertThrows(InvalidValueException.class, () -> Greeks.of(Double.NaN, 0, 0, 0)).field());
    assertEquals("greeks", assertThrows(InvalidValueException.class,
        () -> Greeks.of(0.5, Double.NaN, 0, 0)).field());
    assertTrue(Double.isNaN(Greeks.of(-1, 0, -0.5, 0.1).rho()));
  }

  @Test
  void barRejectsALowOrHighThatDoesNotBracketOpenAndClose() {
    Bar.Builder bar = Bar.builder().symbol("SPX").start(T).interval(Duration.ofMinutes(1))
        .open(5800).close(5802);
    Bar ok = bar.high(5803).low(5799).build();
    assertEquals(5799.0, ok.low());
    assertEquals(0L, ok.volume());
    InvalidValueException lowAboveOpen = assertThrows(InvalidValueException.class,
        () -> bar.high(5803).low(5800.5).build());
    assertEquals("low/high", lowAboveOpen.field());
    InvalidValueException highBelowClose = assertThrows(InvalidValueException.class,
        () -> bar.high(5801).low(5799).build());
    assertEquals("low/high", highBelowClose.field());
    assertEquals("interval", assertThrows(InvalidValueException.class,
        () -> bar.high(5803).low(5799).interval(Duration.ZERO).build()).field());
  }
}
