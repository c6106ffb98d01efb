package dev.condor.api.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OptionContractTest {

  private static OptionContract contract(String root, String expiry, double strike,
      OptionRight right) {
    return OptionContract.of(root, LocalDate.parse(expiry), strike, right);
  }

  /**
   * Each row: the contract, its padded 21-character OCC symbol, its compact OCC form and its
   * Polygon ticker, all written out by hand (root padded with spaces to six characters, YYMMDD,
   * C/P, strike x 1000 in eight digits).
   */
  static Stream<Arguments> symbols() {
    return Stream.of(
        Arguments.of(contract("SPX", "2024-12-20", 5280, OptionRight.PUT),
            "SPX   241220P05280000", "SPX241220P05280000", "O:SPX241220P05280000"),
        Arguments.of(contract("SPXW", "2024-12-20", 5280, OptionRight.PUT),
            "SPXW  241220P05280000", "SPXW241220P05280000", "O:SPXW241220P05280000"),
        // a strike >= 10000 fills all eight digits: 18350 x 1000 = 18350000
        Arguments.of(contract("NDX", "2024-12-20", 18350, OptionRight.CALL),
            "NDX   241220C18350000", "NDX241220C18350000", "O:NDX241220C18350000"),
        Arguments.of(contract("NDXP", "2025-01-03", 21025, OptionRight.PUT),
            "NDXP  250103P21025000", "NDXP250103P21025000", "O:NDXP250103P21025000"),
        // a fractional strike: 427.5 x 1000 = 427500 -> 00427500
        Arguments.of(contract("SPY", "2024-12-20", 427.5, OptionRight.PUT),
            "SPY   241220P00427500", "SPY241220P00427500", "O:SPY241220P00427500"),
        Arguments.of(contract("QQQ", "2025-03-21", 512, OptionRight.CALL),
            "QQQ   250321C00512000", "QQQ250321C00512000", "O:QQQ250321C00512000"),
        Arguments.of(contract("XSP", "2024-11-29", 575, OptionRight.PUT),
            "XSP   241129P00575000", "XSP241129P00575000", "O:XSP241129P00575000"),
        // three decimals: 12.345 x 1000 = 12345 -> 00012345
        Arguments.of(contract("SPY", "2030-01-02", 12.345, OptionRight.CALL),
            "SPY   300102C00012345", "SPY300102C00012345", "O:SPY300102C00012345"));
  }

  @ParameterizedTest
  @MethodSource("symbols")
  void formatsTheOccSymbolAndPolygonTicker(OptionContract c, String occ, String compact,
      String polygon) {
    assertEquals(occ, c.occSymbol());
    assertEquals(21, c.occSymbol().length());
    assertEquals(polygon, c.polygonTicker());
  }

  @ParameterizedTest
  @MethodSource("symbols")
  void parsesThePaddedAndCompactOccFormsAndThePolygonTickerBackToTheContract(OptionContract c,
      String occ, String compact, String polygon) {
    assertEquals(c, OptionContract.parseOcc(occ));
    assertEquals(c, OptionContract.parseOcc(compact));
    assertEquals(c, OptionContract.parsePolygon(polygon));
  }

  @ParameterizedTest
  @MethodSource("symbols")
  void parsedSymbolsFormatBackToTheSameText(OptionContract c, String occ, String compact,
      String polygon) {
    assertEquals(occ, OptionContract.parseOcc(occ).occSymbol());
    assertEquals(polygon, OptionContract.parsePolygon(polygon).polygonTicker());
    // the compact form is normalised to the padded one
    assertEquals(occ, OptionContract.parseOcc(compact).occSymbol());
  }

  @Test
  void parsedFieldsAreTheOnesWrittenInTheSymbol() {
    OptionContract c = OptionContract.parseOcc("SPY   241220P00427500");
    assertEquals("SPY", c.root());
    assertEquals(LocalDate.of(2024, 12, 20), c.expiry());
    assertEquals(427.5, c.strike());
    assertEquals(OptionRight.PUT, c.right());

    OptionContract n = OptionContract.parsePolygon("O:NDX241220C18350000");
    assertEquals("NDX", n.root());
    assertEquals(18350.0, n.strike());
    assertTrue(n.isCall());
  }

  @Test
  void rootTellsTheUnderlying() {
    assertSame(Underlying.SPX, contract("SPXW", "2024-12-20", 5800, OptionRight.PUT).underlying());
    assertSame(Underlying.SPX, contract("SPX", "2024-12-20", 5800, OptionRight.PUT).underlying());
    assertSame(Underlying.NDX, contract("NDXP", "2024-12-20", 20000, OptionRight.PUT).underlying());
    assertSame(Underlying.NDX, contract("NDX", "2024-12-20", 20000, OptionRight.PUT).underlying());
    assertSame(Underlying.SPY, contract("SPY", "2024-12-20", 580, OptionRight.PUT).underlying());
    assertSame(Underlying.QQQ, contract("QQQ", "2024-12-20", 500, OptionRight.PUT).underlying());
    assertSame(Underlying.XSP, contract("XSP", "2024-12-20", 580, OptionRight.PUT).underlying());
  }

  @Test
  void rootTellsTheSettlementTime() {
    // SPX and NDX monthlies (root = index symbol) settle on the opening prints; everything else PM
    assertEquals(SettlementTime.AM,
        contract("SPX", "2024-12-20", 5800, OptionRight.PUT).settlementTime());
    assertEquals(SettlementTime.PM,
        contract("SPXW", "2024-12-20", 5800, OptionRight.PUT).settlementTime());
    assertEquals(SettlementTime.AM,
        contract("NDX", "2024-12-20", 20000, OptionRight.CALL).settlementTime());
    assertEquals(SettlementTime.PM,
        contract("NDXP", "2024-12-20", 20000, OptionRight.CALL).settlementTime());
    assertEquals(SettlementTime.PM,
        contract("SPY", "2024-12-20", 580, OptionRight.PUT).settlementTime());
    assertEquals(SettlementTime.PM,
        contract("QQQ", "2024-12-20", 500, OptionRight.PUT).settlementTime());
    assertEquals(SettlementTime.PM,
        contract("XSP", "2024-12-20", 580, OptionRight.PUT).settlementTime());
  }

  @Test
  void everyKnownUnderlyingHasAMultiplierOfOneHundred() {
    assertEquals(100, contract("SPXW", "2024-12-20", 5800, OptionRight.PUT).multiplier());
    assertEquals(100, contract("SPY", "2024-12-20", 580, OptionRight.PUT).multiplier());
    assertEquals(100, contract("XSP", "2024-12-20", 580, OptionRight.PUT).multiplier());
  }

  @Test
  void ofUpperCasesTheRoot() {
    assertEquals("SPXW", contract(" spxw ", "2024-12-20", 5800, OptionRight.PUT).root());
  }

  @Test
  void rejectsAnOccSymbolOfTheWrongLength() {
    InvalidValueException shortOne =
        assertThrows(InvalidValueException.class, () -> OptionContract.parseOcc("SPXW241220P0528"));
    assertEquals("occSymbol", shortOne.field());
    assertTrue(shortOne.getMessage().contains("\"SPXW241220P0528\""), shortOne.getMessage());
    assertTrue(shortOne.getMessage().contains("YYMMDD"), shortOne.getMessage());

    InvalidValueException longOne = assertThrows(InvalidValueException.class,
        () -> OptionContract.parseOcc("SPXWXYZ241220P05280000"));
    assertEquals("occSymbol", longOne.field());
    assertTrue(longOne.getMessage().contains("ROOT (1-6 chars)"), longOne.getMessage());
  }

  @Test
  void rejectsAnExpiryThatIsNotACalendarDate() {
    InvalidValueException month13 = assertThrows(InvalidValueException.class,
        () -> OptionContract.parseOcc("SPXW  241332P05280000"));
    assertTrue(month13.getMessage().contains("expiry \"241332\" is not a calendar date"),
        month13.getMessage());

    InvalidValueException feb30 = assertThrows(InvalidValueException.class,
        () -> OptionContract.parsePolygon("O:SPXW240230P05280000"));
    assertEquals("polygonTicker", feb30.field());
    assertTrue(feb30.getMessage().contains("expiry \"240230\""), feb30.getMessage());
  }

  @Test
  void rejectsARightLetterOtherThanCOrP() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> OptionContract.parseOcc("SPXW  241220X05280000"));
    assertEquals("occSymbol", e.field());
    // the message points at the one part that is wrong
    assertTrue(e.getMessage().contains("right \"X\" must be C or P"), e.getMessage());

    assertThrows(InvalidValueException.class,
        () -> OptionContract.parsePolygon("O:SPXW241220X05280000"));
  }

  @Test
  void rejectsAStrikeWithANonDigit() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> OptionContract.parseOcc("SPXW  241220P0528A000"));
    assertTrue(e.getMessage().contains("strike \"0528A000\" must be eight digits"), e.getMessage());

    assertThrows(InvalidValueException.class,
        () -> OptionContract.parsePolygon("O:SPXW241220P0528-000"));
  }

  @Test
  void rejectsAZeroStrike() {
    InvalidValueException occ = assertThrows(InvalidValueException.class,
        () -> OptionContract.parseOcc("SPXW  241220P00000000"));
    assertTrue(occ.getMessage().contains("strike must be > 0"), occ.getMessage());

    InvalidValueException polygon = assertThrows(InvalidValueException.class,
        () -> OptionContract.parsePolygon("O:SPY241220C00000000"));
    assertTrue(polygon.getMessage().contains("strike must be > 0"), polygon.getMessage());
  }

  @Test
  void rejectsAPolygonTickerWithoutTheOPrefix() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> OptionContract.parsePolygon("SPXW241220P05280000"));
    assertEquals("polygonTicker", e.field());
    assertTrue(e.getMessage().contains("must be O: + ROOT"), e.getMessage());

    // nor with the OCC padding inside
    assertThrows(InvalidValueException.class,
        () -> OptionContract.parsePolygon("O:SPXW  241220P05280000"));
  }

  @Test
  void rejectsALowerCaseRoot() {
    InvalidValueException occ = assertThrows(InvalidValueException.class,
        () -> OptionContract.parseOcc("spxw  241220P05280000"));
    assertTrue(occ.getMessage().contains("root \"spxw\""), occ.getMessage());

    InvalidValueException compact = assertThrows(InvalidValueException.class,
        () -> OptionContract.parseOcc("spy241220P00427500"));
    assertTrue(compact.getMessage().contains("root \"spy\""), compact.getMessage());

    InvalidValueException polygon = assertThrows(InvalidValueException.class,
        () -> OptionContract.parsePolygon("O:spxw241220P05280000"));
    assertTrue(polygon.getMessage().contains("root \"spxw\""), polygon.getMessage());
  }

  @Test
  void rejectsNullSymbols() {
    InvalidValueException occ =
        assertThrows(InvalidValueException.class, () -> OptionContract.parseOcc(null));
    assertEquals("[CONDOR-INVALID-VALUE] occSymbol = null: is required", occ.getMessage());
    InvalidValueException polygon =
        assertThrows(InvalidValueException.class, () -> OptionContract.parsePolygon(null));
    assertEquals("[CONDOR-INVALID-VALUE] polygonTicker = null: is required",
        polygon.getMessage());
  }

  @Test
  void rejectsAStrikeTheOccFormatCannotHold() {
    // 0.0005 x 1000 = 0.5 thousandths: not a whole number
    InvalidValueException tooFine = assertThrows(InvalidValueException.class,
        () -> contract("SPY", "2024-12-20", 0.0005, OptionRight.PUT));
    assertEquals("strike", tooFine.field());
    // 100000 x 1000 = 100,000,000: nine digits
    assertThrows(InvalidValueException.class,
        () -> contract("NDX", "2024-12-20", 100_000, OptionRight.PUT));
    assertEquals("NDX   241220P99999999",
        contract("NDX", "2024-12-20", 99_999.999, OptionRight.PUT).occSymbol());
  }

  @Test
  void rejectsNonPositiveOrNonFiniteStrikes() {
    for (double strike : new double[] {0, -5, Double.NaN, Double.POSITIVE_INFINITY}) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> contract("SPXW", "2024-12-20", strike, OptionRight.PUT), "strike " + strike);
      assertEquals("strike", e.field());
    }
  }

  @Test
  void rejectsAnInvalidRootOrAnExpiryOutsideTheOccCentury() {
    InvalidValueException root = assertThrows(InvalidValueException.class,
        () -> OptionContract.builder().root("spxw").expiry(LocalDate.of(2024, 12, 20))
            .strike(5800).right(OptionRight.PUT).build());
    assertEquals("root", root.field());
    assertThrows(InvalidValueException.class,
        () -> contract("SPXWXYZ", "2024-12-20", 5800, OptionRight.PUT));
    InvalidValueException expiry = assertThrows(InvalidValueException.class,
        () -> contract("SPXW", "1999-12-17", 1400, OptionRight.PUT));
    assertEquals("expiry", expiry.field());
  }

  @Test
  void ordersByRootExpiryRightThenStrike() {
    OptionContract a = contract("SPX", "2024-12-20", 6000, OptionRight.PUT);
    OptionContract b = contract("SPXW", "2024-12-19", 5900, OptionRight.PUT);
    OptionContract c = contract("SPXW", "2024-12-20", 5900, OptionRight.CALL);
    OptionContract d = contract("SPXW", "2024-12-20", 5700, OptionRight.PUT);
    OptionContract e = contract("SPXW", "2024-12-20", 5800, OptionRight.PUT);
    List<OptionContract> shuffled = new ArrayList<>(List.of(e, c, a, d, b));
    shuffled.sort(null);
    assertEquals(List.of(a, b, c, d, e), shuffled);
  }

  @Test
  void toStringIsTheOccSymbolWithSingleSpaces() {
    assertEquals("SPXW 241220P05280000",
        contract("SPXW", "2024-12-20", 5280, OptionRight.PUT).toString());
  }

  @Test
  void rightCodesAreCAndP() {
    assertEquals('C', OptionRight.CALL.code());
    assertEquals('P', OptionRight.PUT.code());
    assertEquals(OptionRight.PUT, OptionRight.ofCode('p'));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> OptionRight.ofCode('X'));
    assertEquals("right", e.field());
  }
}
