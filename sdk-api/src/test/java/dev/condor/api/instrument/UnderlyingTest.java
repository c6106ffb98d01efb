package dev.condor.api.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnderlyingTest {

  @ParameterizedTest
  @ValueSource(strings = {"SPX", "spx", " SPX ", "^SPX", "$SPX", "I:SPX", "i:spx", "^GSPC", "GSPC"})
  void vendorSpellingsOfTheSp500IndexAllMeanSpx(String symbol) {
    assertSame(Underlying.SPX, Underlying.of(symbol));
  }

  @Test
  void vendorPrefixesWorkForOtherIndices() {
    assertSame(Underlying.NDX, Underlying.of("I:NDX"));
    assertSame(Underlying.VIX, Underlying.of("^VIX"));
    assertSame(Underlying.VIX1D, Underlying.of("$VIX1D"));
  }

  @Test
  void indicesAreEuropeanAndCashSettled() {
    for (Underlying u : new Underlying[] {Underlying.SPX, Underlying.NDX, Underlying.XSP}) {
      assertEquals(UnderlyingKind.INDEX, u.kind(), u.symbol());
      assertEquals(ExerciseStyle.EUROPEAN, u.exerciseStyle(), u.symbol());
      assertEquals(SettlementType.CASH, u.settlementType(), u.symbol());
      assertEquals(100, u.multiplier(), u.symbol());
    }
  }

  @Test
  void etfsAreAmericanAndPhysicallySettled() {
    for (Underlying u : new Underlying[] {Underlying.SPY, Underlying.QQQ}) {
      assertEquals(UnderlyingKind.ETF, u.kind(), u.symbol());
      assertEquals(ExerciseStyle.AMERICAN, u.exerciseStyle(), u.symbol());
      assertEquals(SettlementType.PHYSICAL, u.settlementType(), u.symbol());
      assertEquals(100, u.multiplier(), u.symbol());
    }
  }

  @Test
  void anUnknownSymbolIsAnAmericanPhysicallySettledEquity() {
    Underlying aapl = Underlying.of("aapl");
    assertEquals("AAPL", aapl.symbol());
    assertEquals(UnderlyingKind.EQUITY, aapl.kind());
    assertEquals(ExerciseStyle.AMERICAN, aapl.exerciseStyle());
    assertEquals(SettlementType.PHYSICAL, aapl.settlementType());
    assertEquals(100, aapl.multiplier());
    assertEquals(Optional.of("AAPL"), aapl.pmRoot());
    assertEquals(Optional.empty(), aapl.amRoot());
    assertEquals(Optional.empty(), Underlying.known("AAPL"));
    assertEquals(Underlying.of("AAPL"), aapl);
  }

  @Test
  void knownFindsOnlyWellKnownUnderlyings() {
    assertEquals(Optional.of(Underlying.SPY), Underlying.known("spy"));
    assertEquals(Optional.of(Underlying.SPX), Underlying.known("^GSPC"));
    assertFalse(Underlying.known("TSLA").isPresent());
  }

  @Test
  void rootsMapToTheirUnderlying() {
    assertSame(Underlying.SPX, Underlying.forRoot("SPXW"));
    assertSame(Underlying.SPX, Underlying.forRoot("SPX"));
    assertSame(Underlying.NDX, Underlying.forRoot("NDXP"));
    assertSame(Underlying.NDX, Underlying.forRoot("NDX"));
    assertSame(Underlying.RUT, Underlying.forRoot("RUTW"));
    assertSame(Underlying.SPY, Underlying.forRoot("SPY"));
    assertSame(Underlying.QQQ, Underlying.forRoot("QQQ"));
    assertSame(Underlying.XSP, Underlying.forRoot("XSP"));
    assertEquals("TSLA", Underlying.forRoot("TSLA").symbol());
    assertEquals(UnderlyingKind.EQUITY, Underlying.forRoot("TSLA").kind());
  }

  @Test
  void amRootSettlesAmAndEveryOtherRootPm() {
    assertEquals(Optional.of("SPX"), Underlying.SPX.amRoot());
    assertEquals(Optional.of("SPXW"), Underlying.SPX.pmRoot());
    assertEquals(SettlementTime.AM, Underlying.SPX.settlementTimeOf("SPX"));
    assertEquals(SettlementTime.PM, Underlying.SPX.settlementTimeOf("SPXW"));
    assertEquals(SettlementTime.AM, Underlying.NDX.settlementTimeOf("NDX"));
    assertEquals(SettlementTime.PM, Underlying.NDX.settlementTimeOf("NDXP"));
    assertEquals(SettlementTime.PM, Underlying.SPY.settlementTimeOf("SPY"));
    assertEquals(SettlementTime.PM, Underlying.XSP.settlementTimeOf("XSP"));
    assertEquals(Optional.empty(), Underlying.XSP.amRoot());
  }

  @Test
  void polygonTickerPrefixesIndicesOnly() {
    assertEquals("I:SPX", Underlying.SPX.polygonTicker());
    assertEquals("I:VIX1D", Underlying.VIX1D.polygonTicker());
    assertEquals("SPY", Underlying.SPY.polygonTicker());
    assertEquals("AAPL", Underlying.of("AAPL").polygonTicker());
  }

  @Test
  void rejectsMissingOrMalformedSymbols() {
    InvalidValueException nullSymbol =
        assertThrows(InvalidValueException.class, () -> Underlying.of(null));
    assertEquals("symbol", nullSymbol.field());
    assertTrue(nullSymbol.getMessage().contains("is required"), nullSymbol.getMessage());

    for (String bad : new String[] {"", "  ", "1SPX", "S P X", "^", "ABCDEFGHIJK"}) {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> Underlying.of(bad), "\"" + bad + "\"");
      assertEquals("symbol", e.field());
    }
  }

  @Test
  void equalityIsBySymbol() {
    assertEquals(Underlying.of("MSFT"), Underlying.of("$msft"));
    assertEquals(Underlying.of("MSFT").hashCode(), Underlying.of("MSFT").hashCode());
    assertFalse(Underlying.SPX.equals(Underlying.SPY));
    assertEquals("SPX", Underlying.SPX.toString());
  }
}
