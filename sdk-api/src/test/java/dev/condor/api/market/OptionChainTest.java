package dev.condor.api.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OptionChainTest {

  private static final Instant T = Instant.parse("2024-12-20T14:36:00Z");
  private static final LocalDate EXPIRY = LocalDate.of(2024, 12, 20);
  private static final double SPOT = 5800;

  /**
   * SPXW 0DTE, spot 5800: strike, put bid/ask/delta, call bid/ask/delta. Out of the money: puts at
   * 5800 and below, calls at 5800 and above; the in-the-money side is intrinsic plus the other
   * side's price (parity without carry), with delta 1 - |other delta|.
   */
  private static final String TABLE = """
      5700     0.00    0.05  -0.002    100.00  100.05  0.998
      5705     0.00    0.05  -0.003     95.00   95.05  0.997
      5710     0.00    0.05  -0.004     90.00   90.05  0.996
      5715     0.00    0.05  -0.006     85.00   85.05  0.994
      5720     0.05    0.10  -0.009     80.05   80.10  0.991
      5725     0.05    0.10  -0.012     75.05   75.10  0.988
      5730     0.10    0.15  -0.016     70.10   70.15  0.984
      5735     0.15    0.20  -0.022     65.15   65.20  0.978
      5740     0.20    0.30  -0.030     60.20   60.30  0.970
      5745     0.30    0.40  -0.040     55.30   55.40  0.960
      5750     0.45    0.55  -0.050     50.45   50.55  0.950
      5755     0.65    0.75  -0.065     45.65   45.75  0.935
      5760     0.90    1.00  -0.085     40.90   41.00  0.915
      5765     1.25    1.35  -0.110     36.25   36.35  0.890
      5770     1.75    1.90  -0.140     31.75   31.90  0.860
      5775     2.40    2.60  -0.180     27.40   27.60  0.820
      5780     3.30    3.50  -0.230     23.30   23.50  0.770
      5785     4.40    4.70  -0.290     19.40   19.70  0.710
      5790     5.80    6.10  -0.350     15.80   16.10  0.650
      5795     7.60    8.00  -0.420     12.60   13.00  0.580
      5800     9.80   10.20  -0.500     10.10   10.50  0.500
      5805    12.70   13.10  -0.570      7.70    8.10  0.430
      5810    15.70   16.00  -0.640      5.70    6.00  0.360
      5815    19.20   19.50  -0.710      4.20    4.50  0.290
      5820    23.00   23.20  -0.770      3.00    3.20  0.230
      5825    27.10   27.30  -0.820      2.10    2.30  0.180
      5830    31.45   31.60  -0.860      1.45    1.60  0.140
      5835    36.00   36.10  -0.895      1.00    1.10  0.105
      5840    40.70   40.80  -0.920      0.70    0.80  0.080
      5845    45.45   45.55  -0.940      0.45    0.55  0.060
      5850    50.30   50.40  -0.955      0.30    0.40  0.045
      5855    55.20   55.25  -0.966      0.20    0.25  0.034
      5860    60.10   60.20  -0.975      0.10    0.20  0.025
      5865    65.10   65.15  -0.982      0.10    0.15  0.018
      5870    70.05   70.10  -0.987      0.05    0.10  0.013
      5875    75.05   75.10  -0.991      0.05    0.10  0.009
      5880    80.00   80.05  -0.994      0.00    0.05  0.006
      5885    85.00   85.05  -0.996      0.00    0.05  0.004
      5890    90.00   90.05  -0.997      0.00    0.05  0.003
      5895    95.00   95.05  -0.998      0.00    0.05  0.002
      5900   100.00  100.05  -0.999      0.00    0.05  0.001
      """;

  private static List<OptionQuote> tableQuotes() {
    List<OptionQuote> quotes = new ArrayList<>();
    for (String line : TABLE.strip().split("\n")) {
      String[] f = line.trim().split("\\s+");
      double strike = Double.parseDouble(f[0]);
      quotes.add(quote(EXPIRY, strike, OptionRight.PUT, Double.parseDouble(f[1]),
          Double.parseDouble(f[2]), Double.parseDouble(f[3])));
      quotes.add(quote(EXPIRY, strike, OptionRight.CALL, Double.parseDouble(f[4]),
          Double.parseDouble(f[5]), Double.parseDouble(f[6])));
    }
    return quotes;
  }

  private static OptionChain chain() {
    return OptionChain.of(Underlying.SPX, SPOT, T, tableQuotes());
  }

  private static OptionQuote quote(LocalDate expiry, double strike, OptionRight right, double bid,
      double ask, double delta) {
    return builder(expiry, strike, right, bid, ask).greeks(Greeks.of(delta, 0.001, -1, 0.2))
        .build();
  }

  private static OptionQuote withoutGreeks(LocalDate expiry, double strike, OptionRight right,
      double bid, double ask) {
    return builder(expiry, strike, right, bid, ask).build();
  }

  private static OptionQuote.Builder builder(LocalDate expiry, double strike, OptionRight right,
      double bid, double ask) {
    return OptionQuote.builder().contract(OptionContract.of("SPXW", expiry, strike, right))
        .bid(bid).ask(ask).time(T);
  }

  private static double strikeOf(Optional<OptionQuote> q) {
    return q.orElseThrow(() -> new AssertionError("no quote found")).contract().strike();
  }

  // ---- byStrike ----

  @Test
  void byStrikeFindsTheExactStrike() {
    OptionQuote q = chain().byStrike(EXPIRY, OptionRight.PUT, 5775).orElseThrow();
    assertEquals(5775.0, q.contract().strike());
    assertEquals(OptionRight.PUT, q.contract().right());
    assertEquals(2.40, q.bid());
    assertEquals(2.60, q.ask());
    assertEquals(0.05, chain().byStrike(EXPIRY, OptionRight.CALL, 5900).orElseThrow().ask());
  }

  @Test
  void byStrikeIsEmptyForAnUnlistedStrikeOrExpiry() {
    assertFalse(chain().byStrike(EXPIRY, OptionRight.PUT, 5777).isPresent());
    assertFalse(chain().byStrike(EXPIRY, OptionRight.PUT, 5695).isPresent());
    assertFalse(chain().byStrike(EXPIRY.plusDays(1), OptionRight.PUT, 5775).isPresent());
  }

  // ---- byDistance ----

  @Test
  void byDistanceForPutsTakesTheHighestStrikeAtOrBelowSpotMinusPoints() {
    // 5800 - 21.9 = 5778.1: 5780 is above, 5775 is the first at or below
    assertEquals(5775.0, strikeOf(chain().byDistance(EXPIRY, OptionRight.PUT, 21.9)));
    // 5800 - 20 = 5780 exactly: the limit itself qualifies
    assertEquals(5780.0, strikeOf(chain().byDistance(EXPIRY, OptionRight.PUT, 20)));
    assertEquals(5800.0, strikeOf(chain().byDistance(EXPIRY, OptionRight.PUT, 0)));
    // 5800 - 100 = 5700, the lowest strike; 100.1 points is beyond the chain
    assertEquals(5700.0, strikeOf(chain().byDistance(EXPIRY, OptionRight.PUT, 100)));
    assertFalse(chain().byDistance(EXPIRY, OptionRight.PUT, 100.1).isPresent());
  }

  @Test
  void byDistanceForCallsTakesTheLowestStrikeAtOrAboveSpotPlusPoints() {
    // 5800 + 21.9 = 5821.9: 5820 is below, 5825 is the first at or above
    assertEquals(5825.0, strikeOf(chain().byDistance(EXPIRY, OptionRight.CALL, 21.9)));
    assertEquals(5820.0, strikeOf(chain().byDistance(EXPIRY, OptionRight.CALL, 20)));
    assertFalse(chain().byDistance(EXPIRY, OptionRight.CALL, 100.1).isPresent());
  }

  @Test
  void s0PicksThePutAtHalfTheVix1dExpectedMoveBelowSpot() {
    // expected move = spot x VIX1D / 100 / sqrt(252) = 5800 x 0.12 / 15.874508 = 43.8445;
    // half of it is 21.922, so the put limit is 5800 - 21.922 = 5778.078
    double halfMove = 21.922;
    assertEquals(halfMove, 0.5 * 5800 * 0.12 / Math.sqrt(252), 0.001);
    assertEquals(5775.0, strikeOf(chain().byDistance(EXPIRY, OptionRight.PUT, halfMove)));
    // and the call side: 5800 + 21.922 = 5821.922 -> 5825
    assertEquals(5825.0, strikeOf(chain().byDistance(EXPIRY, OptionRight.CALL, halfMove)));
  }

  // ---- byDelta ----

  @Test
  void byDeltaPicksTheOutOfTheMoneyOptionWithTheClosestAbsoluteDelta() {
    // puts: |-0.065 - 0.06| = 0.005 at 5755 beats 0.010 at 5750
    assertEquals(5755.0, strikeOf(chain().byDelta(EXPIRY, OptionRight.PUT, 0.06)));
    // puts: 0.18 at 5775 is 0.02 from 0.20, 0.23 at 5780 is 0.03
    assertEquals(5775.0, strikeOf(chain().byDelta(EXPIRY, OptionRight.PUT, 0.20)));
    // calls: 0.06 at 5845 is exact
    assertEquals(5845.0, strikeOf(chain().byDelta(EXPIRY, OptionRight.CALL, 0.06)));
    // calls: 0.105 at 5835 is 0.005 from 0.10, 0.08 at 5840 is 0.02
    assertEquals(5835.0, strikeOf(chain().byDelta(EXPIRY, OptionRight.CALL, 0.10)));
  }

  @Test
  void byDeltaIgnoresInTheMoneyOptionsEvenWhenTheirDeltaIsCloser() {
    // target 0.55: the ITM put 5805 (0.57) and ITM call 5795 (0.58) are closer than the
    // at-the-money 5800 (0.50), which counts as out of the money
    assertEquals(5800.0, strikeOf(chain().byDelta(EXPIRY, OptionRight.PUT, 0.55)));
    assertEquals(5800.0, strikeOf(chain().byDelta(EXPIRY, OptionRight.CALL, 0.55)));
  }

  @Test
  void byDeltaBreaksATieTowardsTheStrikeFurtherFromSpot() {
    // binary-exact deltas: |0.25 - 0.1875| = |0.125 - 0.1875| = 0.0625
    OptionChain tie = OptionChain.of(Underlying.SPX, SPOT, T, List.of(
        quote(EXPIRY, 5750, OptionRight.PUT, 1.00, 1.10, -0.125),
        quote(EXPIRY, 5760, OptionRight.PUT, 2.00, 2.10, -0.25),
        quote(EXPIRY, 5840, OptionRight.CALL, 2.00, 2.10, 0.25),
        quote(EXPIRY, 5850, OptionRight.CALL, 1.00, 1.10, 0.125)));
    assertEquals(5750.0, strikeOf(tie.byDelta(EXPIRY, OptionRight.PUT, 0.1875)));
    assertEquals(5850.0, strikeOf(tie.byDelta(EXPIRY, OptionRight.CALL, 0.1875)));
    // and in the full chain: 0.085 (5760) and 0.065 (5755) are both 0.01 from 0.075
    assertEquals(5755.0, strikeOf(chain().byDelta(EXPIRY, OptionRight.PUT, 0.075)));
  }

  @Test
  void byDeltaSkipsQuotesWithoutGreeks() {
    OptionChain partial = OptionChain.of(Underlying.SPX, SPOT, T, List.of(
        quote(EXPIRY, 5750, OptionRight.PUT, 0.45, 0.55, -0.05),
        quote(EXPIRY, 5755, OptionRight.PUT, 0.65, 0.75, -0.065),
        withoutGreeks(EXPIRY, 5760, OptionRight.PUT, 0.90, 1.00)));
    // 5760 would match 0.085 exactly but has no delta: 5755 (0.02 away) beats 5750 (0.035)
    assertEquals(5755.0, strikeOf(partial.byDelta(EXPIRY, OptionRight.PUT, 0.085)));

    OptionChain none = OptionChain.of(Underlying.SPX, SPOT, T,
        List.of(withoutGreeks(EXPIRY, 5760, OptionRight.PUT, 0.90, 1.00)));
    assertFalse(none.byDelta(EXPIRY, OptionRight.PUT, 0.085).isPresent());
  }

  // ---- byPremium ----

  @Test
  void byPremiumPicksTheFurthestOutOfTheMoneyOptionWhoseMidMeetsTheTarget() {
    // put mids: 5765 (1.25 + 1.35) / 2 = 1.30, 5760 (0.90 + 1.00) / 2 = 0.95 < 1.00
    assertEquals(5765.0, strikeOf(chain().byPremium(EXPIRY, OptionRight.PUT, 1.00)));
    // call mids: 5835 (1.00 + 1.10) / 2 = 1.05, 5840 (0.70 + 0.80) / 2 = 0.75 < 1.00
    assertEquals(5835.0, strikeOf(chain().byPremium(EXPIRY, OptionRight.CALL, 1.00)));
  }

  @Test
  void byPremiumAcceptsAMidEqualToTheTarget() {
    // 5740: (0.20 + 0.30) / 2 = 0.25 exactly; 5735: (0.15 + 0.20) / 2 = 0.175
    assertEquals(5740.0, strikeOf(chain().byPremium(EXPIRY, OptionRight.PUT, 0.25)));
  }

  @Test
  void byPremiumNeverPicksAnInTheMoneyOption() {
    // the ITM put 5900 is 100 points from spot with a mid of 100.025, but only OTM puts count;
    // the richest OTM put, 5800, has a mid of 10.00
    assertEquals(5800.0, strikeOf(chain().byPremium(EXPIRY, OptionRight.PUT, 10.0)));
    assertFalse(chain().byPremium(EXPIRY, OptionRight.PUT, 10.01).isPresent());
  }

  // ---- construction ----

  @Test
  void quotesAreSortedByStrikeWhateverTheInputOrder() {
    List<OptionQuote> shuffled = tableQuotes();
    Collections.shuffle(shuffled, new Random(7));
    OptionChain c = OptionChain.of(Underlying.SPX, SPOT, T, shuffled);
    List<Double> expected = new ArrayList<>();
    for (int strike = 5700; strike <= 5900; strike += 5) {
      expected.add((double) strike);
    }
    for (OptionRight right : OptionRight.values()) {
      List<Double> strikes = new ArrayList<>();
      for (OptionQuote q : c.quotes(EXPIRY, right)) {
        strikes.add(q.contract().strike());
        assertEquals(right, q.contract().right());
      }
      assertEquals(expected, strikes, right.toString());
    }
    assertEquals(82, c.size()); // 41 strikes x 2 rights
  }

  @Test
  void expiriesAreListedInAscendingOrder() {
    LocalDate d1 = LocalDate.of(2024, 12, 20);
    LocalDate d2 = LocalDate.of(2024, 12, 23);
    LocalDate d3 = LocalDate.of(2025, 1, 17);
    OptionChain c = OptionChain.of(Underlying.SPX, SPOT, T, List.of(
        withoutGreeks(d3, 5800, OptionRight.PUT, 50, 51),
        withoutGreeks(d1, 5800, OptionRight.CALL, 10, 11),
        withoutGreeks(d2, 5800, OptionRight.PUT, 20, 21),
        withoutGreeks(d3, 5900, OptionRight.CALL, 30, 31)));
    assertEquals(List.of(d1, d2, d3), c.expiries());
    assertEquals(List.of(), c.quotes(d1, OptionRight.PUT));
    assertEquals(1, c.quotes(d1, OptionRight.CALL).size());
  }

  @Test
  void findsAQuoteByContract() {
    OptionContract put = OptionContract.of("SPXW", EXPIRY, 5775, OptionRight.PUT);
    assertEquals(2.60, chain().quote(put).orElseThrow().ask());
    assertFalse(chain().quote(OptionContract.of("SPXW", EXPIRY, 5777, OptionRight.PUT))
        .isPresent());
  }

  @Test
  void rejectsTheSameContractTwice() {
    OptionQuote a = withoutGreeks(EXPIRY, 5775, OptionRight.PUT, 2.40, 2.60);
    OptionQuote b = withoutGreeks(EXPIRY, 5775, OptionRight.PUT, 2.45, 2.55);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> OptionChain.of(Underlying.SPX, SPOT, T, List.of(a, b)));
    assertEquals("quote", e.field());
    assertTrue(e.getMessage().contains("SPXW 241220P05775000"), e.getMessage());
    assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
  }

  @Test
  void rejectsAQuoteOfAnotherUnderlying() {
    OptionQuote spy = OptionQuote.builder()
        .contract(OptionContract.of("SPY", EXPIRY, 580, OptionRight.PUT))
        .bid(1).ask(1.02).time(T).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> OptionChain.of(Underlying.SPX, SPOT, T, List.of(spy)));
    assertTrue(e.getMessage().contains("is not an option on SPX"), e.getMessage());
  }

  @Test
  void acceptsBothTheAmAndThePmRootOfTheUnderlying() {
    OptionQuote monthly = OptionQuote.builder()
        .contract(OptionContract.of("SPX", EXPIRY, 5775, OptionRight.PUT))
        .bid(2.40).ask(2.60).time(T).build();
    OptionQuote weekly = withoutGreeks(EXPIRY, 5775, OptionRight.PUT, 2.40, 2.60);
    assertEquals(2, OptionChain.of(Underlying.SPX, SPOT, T, List.of(monthly, weekly)).size());
  }

  @Test
  void rejectsASpotThatIsNotAPositivePrice() {
    for (double spot : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> OptionChain.of(Underlying.SPX, spot, T, List.of()), "spot " + spot);
      assertEquals("spot", e.field());
    }
  }

  @Test
  void atTheMoneyCountsAsOutOfTheMoneyForBothRights() {
    OptionChain c = chain();
    assertTrue(c.isOutOfTheMoney(OptionContract.of("SPXW", EXPIRY, 5800, OptionRight.PUT)));
    assertTrue(c.isOutOfTheMoney(OptionContract.of("SPXW", EXPIRY, 5800, OptionRight.CALL)));
    assertFalse(c.isOutOfTheMoney(OptionContract.of("SPXW", EXPIRY, 5805, OptionRight.PUT)));
    assertFalse(c.isOutOfTheMoney(OptionContract.of("SPXW", EXPIRY, 5795, OptionRight.CALL)));
    assertEquals(25.0, c.distance(OptionContract.of("SPXW", EXPIRY, 5775, OptionRight.PUT)));
  }
}
