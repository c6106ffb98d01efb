package dev.condor.strategies.percentile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.instrument.Underlying;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.Structure;
import dev.condor.api.plugin.Settings;
import dev.condor.api.quant.MovePercentile;
import dev.condor.core.calendar.NyseCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The scan on a chain small enough to work out on paper.
 *
 * <p>The fixture, on Tuesday 2024-03-05 at 10:00 with NDX at 17100 and VIX 16: 20 daily closes,
 * all 17000 except c[5] = 16490 (17000 x 0.97) and c[12] = 17510 (17000 x 1.03), so the previous
 * close is 17000. The default DTE 1 measures moves over DTE + 1 = 2 trading days: r_i = c[i+2] /
 * c[i] - 1 for i = 0..17, 18 moves, all 0 except
 *
 * <pre>
 *   r_3  = 16490/17000 - 1 = -0.03
 *   r_5  = 17000/16490 - 1 = +0.030927835
 *   r_10 = 17510/17000 - 1 = +0.03
 *   r_12 = 17000/17510 - 1 = -0.029126214
 * </pre>
 *
 * <p>The 99th percentile (type 7) of 18 sorted values sits at h = 17 x 0.99 = 16.83, i.e. x[16] +
 * 0.83 (x[17] - x[16]):
 *
 * <pre>
 *   down moves -r: ..., 0.029126214, 0.03  -> 0.029126214 + 0.83 x 0.000873786 = 0.029851456
 *     put target  = 17000 x (1 - 0.029851456) = 16492.525 -> short put 16490 (highest at or below)
 *   up moves r:    ..., 0.03, 0.030927835  -> 0.03 + 0.83 x 0.000927835 = 0.030770103
 *     call target = 17000 x (1 + 0.030770103) = 17523.092 -> short call 17530 (lowest at or above)
 * </pre>
 *
 * <p>Wings of 20: long put 16470, long call 17550. Mid credits: put 2.20 - 1.50 = 0.70, call 1.70
 * - 1.10 = 0.60, together 1.30; less S1's 0.05 concession, 1.25, on the 0.05 tick (the natural
 * credit, 2.10 - 1.60 + 1.60 - 1.20 = 0.90, is lower). Return on risk 1.25 / (20 - 1.25) = 6.67 %
 * >= 5 %. Max loss (20 - 1.25) x 100 = $1,875; 2 % of $100,000 = $2,000 buys 1 unit.
 */
class PercentileSpreadScannerTest {

  static final LocalDate TODAY = LocalDate.of(2024, 3, 5);
  static final LocalDate EXPIRY = LocalDate.of(2024, 3, 6);
  static final ZonedDateTime TEN = TODAY.atTime(LocalTime.of(10, 0)).atZone(NyseCalendar.ZONE);

  static double[] closes() {
    double[] c = new double[20];
    java.util.Arrays.fill(c, 17000);
    c[5] = 16490;
    c[12] = 17510;
    return c;
  }

  /** The fixture market; tests change what they need. */
  static HandBuiltMarket market() {
    return HandBuiltMarket.of(Underlying.NDX, 17100).vix(16).closes(closes())
        .put("NDXP", EXPIRY, 16460, 1.10, 1.30)
        .put("NDXP", EXPIRY, 16470, 1.40, 1.60)
        .put("NDXP", EXPIRY, 16480, 1.70, 1.90)
        .put("NDXP", EXPIRY, 16490, 2.10, 2.30)
        .put("NDXP", EXPIRY, 16500, 2.50, 2.70)
        .call("NDXP", EXPIRY, 17520, 1.90, 2.10)
        .call("NDXP", EXPIRY, 17530, 1.60, 1.80)
        .call("NDXP", EXPIRY, 17540, 1.30, 1.50)
        .call("NDXP", EXPIRY, 17550, 1.00, 1.20)
        .call("NDXP", EXPIRY, 17560, 0.80, 1.00);
  }

  /** The test configuration: S1's defaults over 20 closes instead of a year. */
  static PercentileSpreadConfig config(Map<String, ?> overrides) {
    Map<String, Object> values = new java.util.HashMap<>(Map.of("lookbackDays", 20));
    values.putAll(overrides);
    return PercentileSpreadConfig.from(Settings.of("strategies.percentile-credit-spread", values));
  }

  static PercentileSpreadScanner.Result scan(PercentileSpreadConfig config, HandBuiltMarket m,
      double capital, int entriesToday) {
    return new PercentileSpreadScanner(config).scan(new PercentileSpreadScanner.Market(TEN,
        m.chain(), m.quote(Underlying.NDX, TEN.toInstant()).orElseThrow().price(),
        m.closesArray(), OptionalDouble.of(m.quote(Underlying.VIX, TEN.toInstant())
            .orElseThrow().price()), capital, entriesToday, NyseCalendar.instance()));
  }

  static String skipReason(PercentileSpreadScanner.Result r) {
    return assertInstanceOf(PercentileSpreadScanner.Skip.class, r).reason();
  }

  @Test
  void thePercentileMovesAreTheOnesWorkedOutByHand() {
    assertEquals(0.029851456, MovePercentile.downMove(closes(), 2, 99), 1e-8);
    assertEquals(0.030770103, MovePercentile.upMove(closes(), 2, 99), 1e-8);
  }

  @Test
  void neutralSellsTheIronCondorAtThePercentileStrikesForTheMidLessTheConcession() {
    PercentileSpreadScanner.Candidate c = assertInstanceOf(PercentileSpreadScanner.Candidate.class,
        scan(config(Map.of()), market(), 100_000, 0));

    assertEquals(16492.525, c.put().orElseThrow().target(), 1e-3);
    assertEquals(17523.092, c.call().orElseThrow().target(), 1e-3);
    assertEquals(1.25, c.credit(), 1e-12);
    assertEquals(20, c.width());
    assertEquals(1, c.quantity());
    OrderTicket t = c.ticket(ClientOrderId.of("t-1"));
    assertEquals(Structure.IRON_CONDOR, t.structure());
    assertEquals(List.of("BUY NDXP 240306P16470000", "SELL NDXP 240306P16490000",
        "SELL NDXP 240306C17530000", "BUY NDXP 240306C17550000"), legs(t));
    assertEquals(NetPrice.credit(1.25), t.limitPrice().orElseThrow());
    assertTrue(c.reason().contains("spot 17100.00, prev close 17000.00"), c.reason());
    assertTrue(c.reason().contains("p99 2-day down move 2.99% -> put target 16492.53: sell 16490"
        + " put 2.10x2.30 / buy 16470 put 1.40x1.60: mid 0.70"), c.reason());
    assertTrue(c.reason().contains("p99 2-day up move 3.08% -> call target 17523.09: sell 17530"
        + " call 1.60x1.80 / buy 17550 call 1.00x1.20: mid 0.60"), c.reason());
    assertTrue(c.reason().contains("credit 1.25 (mid 1.30 less 0.05, natural 0.90), width 20,"
        + " ROI 6.67%"), c.reason());
    assertTrue(c.reason().contains("1 x max loss $1,875.00 within 2% of $100,000.00 x1"
        + " (VIX 16.00) = $2,000.00"), c.reason());
  }

  @Test
  void withTheFlowSellsPutsWhenSpotIsAboveItsAverage() {
    // SMA of the last 5 closes = 17000 < spot 17100 (+0.59 %): bullish, so the put spread alone,
    // 0.70 - 0.05 = 0.65 of credit on 20 points: ROI 0.65 / 19.35 = 3.36 %, so the floor is 3 here
    PercentileSpreadScanner.Candidate c = assertInstanceOf(PercentileSpreadScanner.Candidate.class,
        scan(config(Map.of("flowMode", "with_flow", "minRoiPercent", 3)), market(), 100_000, 0));

    OrderTicket t = c.ticket(ClientOrderId.of("t-1"));
    assertEquals(Structure.VERTICAL, t.structure());
    assertEquals(List.of("SELL NDXP 240306P16490000", "BUY NDXP 240306P16470000"), legs(t));
    assertEquals(NetPrice.credit(0.65), t.limitPrice().orElseThrow());
    assertTrue(c.reason().contains("spot vs 5-day SMA 17000.00 (+0.59%) bullish, with_flow: put"
        + " spread"), c.reason());
  }

  @Test
  void withTheFlowSellsCallsWhenSpotIsBelowItsAverage() {
    // spot 16900 < SMA 17000 (-0.59 %): bearish, calls alone: 0.60 - 0.05 = 0.55, ROI 0.55 /
    // 19.45 = 2.83 %, so the floor is 2.5 here
    PercentileSpreadScanner.Candidate c = assertInstanceOf(PercentileSpreadScanner.Candidate.class,
        scan(config(Map.of("flowMode", "with_flow", "minRoiPercent", 2.5)), market().spot(16900),
            100_000, 0));

    assertEquals(List.of("SELL NDXP 240306C17530000", "BUY NDXP 240306C17550000"),
        legs(c.ticket(ClientOrderId.of("t-1"))));
    assertEquals(0.55, c.credit(), 1e-12);
  }

  @Test
  void skipsACreditBelowTheMinimum() {
    // against the bullish flow: the call spread alone; with the long call at 1.10x1.30 its mid
    // credit is 1.70 - 1.20 = 0.50, less 0.05: 0.45 < 0.50
    HandBuiltMarket m = market().call("NDXP", EXPIRY, 17550, 1.10, 1.30);

    String why = skipReason(scan(config(Map.of("flowMode", "against_flow")), m, 100_000, 0));

    assertTrue(why.contains("against_flow: call spread"), why);
    assertTrue(why.endsWith("credit 0.45 (mid 0.50 less 0.05, natural 0.30), width 20: credit"
        + " below the minimum 0.50"), why);
  }

  @Test
  void skipsAReturnOnRiskBelowFivePercent() {
    // with the bullish flow, the put spread alone: 0.65 / (20 - 0.65) = 3.36 % < 5 %
    String why = skipReason(scan(config(Map.of("flowMode", "with_flow")), market(), 100_000, 0));

    assertTrue(why.endsWith("credit 0.65 (mid 0.70 less 0.05, natural 0.50), width 20, ROI 3.36%"
        + " below the minimum 5%"), why);
  }

  @Test
  void skipsWhenNoStrikeIsListedBeyondTheTarget() {
    HandBuiltMarket m = HandBuiltMarket.of(Underlying.NDX, 17100).closes(closes())
        .put("NDXP", EXPIRY, 16500, 2.50, 2.70).put("NDXP", EXPIRY, 16520, 3.00, 3.20)
        .call("NDXP", EXPIRY, 17530, 1.60, 1.80).call("NDXP", EXPIRY, 17550, 1.00, 1.20);

    String why = skipReason(scan(config(Map.of()), m, 100_000, 0));

    assertTrue(why.endsWith("put target 16492.53: no NDXP put listed at or below the target"), why);
  }

  @Test
  void skipsWhenNoExpiryIsTheConfiguredTradingDaysAway() {
    // only Thursday's expiry: 2 trading days after Tuesday, the strategy trades 1DTE
    HandBuiltMarket m = HandBuiltMarket.of(Underlying.NDX, 17100).closes(closes())
        .put("NDXP", LocalDate.of(2024, 3, 7), 16490, 2.10, 2.30);

    String why = skipReason(scan(config(Map.of()), m, 100_000, 0));

    assertTrue(why.endsWith("no NDXP expiry 1 trading day after 2024-03-05 in the chain"
        + " (expiries 2024-03-07)"), why);
  }

  @Test
  void ignoresAmSettledContractsOfTheSameDate() {
    // an AM root (NDX) listing the 16490 put on the same date must not be picked: the PM root
    // (NDXP) lists 16480 as its highest put below the target
    HandBuiltMarket m = HandBuiltMarket.of(Underlying.NDX, 17100).vix(16).closes(closes())
        .put("NDX", EXPIRY, 16490, 9.00, 9.20)
        .put("NDXP", EXPIRY, 16480, 2.10, 2.30).put("NDXP", EXPIRY, 16460, 1.40, 1.60)
        .call("NDXP", EXPIRY, 17530, 1.60, 1.80).call("NDXP", EXPIRY, 17550, 1.00, 1.20);

    PercentileSpreadScanner.Candidate c = assertInstanceOf(PercentileSpreadScanner.Candidate.class,
        scan(config(Map.of()), m, 100_000, 0));

    assertEquals("SELL NDXP 240306P16480000", legs(c.ticket(ClientOrderId.of("t"))).get(1));
  }

  @Test
  void skipsWhenSpotIsAlreadyBeyondThePercentileTarget() {
    String why = skipReason(scan(config(Map.of()), market().spot(16400), 100_000, 0));

    assertTrue(why.endsWith("put target 16492.53: spot 16400.00 is already at or below the target,"
        + " the short put would be in the money"), why);
  }

  @Test
  void skipsWithNoFlowWhenSpotSitsOnItsAverage() {
    String why = skipReason(scan(config(Map.of("flowMode", "with_flow")), market().spot(17000),
        100_000, 0));

    assertTrue(why.endsWith("no flow for with_flow: spot vs 5-day SMA 17000.00 (+0.00%)"), why);
  }

  @Test
  void skipsWithoutEnoughHistoryNamingTheDay() {
    HandBuiltMarket m = market().closes(java.util.Arrays.copyOf(closes(), 19));

    assertEquals("not enough history on 2024-03-05: 19 daily closes of NDX, need 20 for the p99"
        + " 2-day move", skipReason(scan(config(Map.of()), m, 100_000, 0)));
  }

  @Test
  void skipsOnceTheDaysEntriesAreMade() {
    assertEquals("already entered 1 today (limit 1 a day) on 2024-03-05",
        skipReason(scan(config(Map.of("maxEntriesPerDay", 1)), market(), 100_000, 1)));
  }

  @Test
  void skipsWhenTwoPercentOfCapitalCannotCarryOneSpread() {
    String why = skipReason(scan(config(Map.of()), market(), 1_000, 0));

    assertTrue(why.endsWith("2% of $1,000.00 x1 (VIX 16.00) = $20.00 < max loss $1,875.00 of one"
        + " unit"), why);
  }

  @Test
  void sizesUpAQuarterBelowVixFifteen() {
    // 2 % of $160,000 = $3,200: 1 unit of $1,875 at VIX 16; x1.25 = $4,000: 2 units at VIX 14
    assertEquals(1, assertInstanceOf(PercentileSpreadScanner.Candidate.class,
        scan(config(Map.of()), market(), 160_000, 0)).quantity());
    assertEquals(2, assertInstanceOf(PercentileSpreadScanner.Candidate.class,
        scan(config(Map.of()), market().vix(14), 160_000, 0)).quantity());
  }

  @Test
  void roundsTheCreditDownToTheIndexTick() {
    PercentileSpreadScanner scanner = new PercentileSpreadScanner(config(Map.of()));

    assertEquals(0.55, scanner.roundDownToTick(0.55), 1e-12);
    assertEquals(0.95, scanner.roundDownToTick(0.99), 1e-12);
    assertEquals(2.95, scanner.roundDownToTick(2.98), 1e-12);
    assertEquals(3.00, scanner.roundDownToTick(3.07), 1e-12);
    assertEquals(3.10, scanner.roundDownToTick(3.1000000001), 1e-12);
  }

  @Test
  void picksTheWingNearestTheWidthOnAWiderGrid() {
    // a 25-point grid below the short put: the wing nearest 16490 - 20 = 16470 is 16465 (5 away);
    // mid credit (2.20 - 1.225) + (1.70 - 1.10) = 1.575, less 0.05 = 1.525, down to the tick 1.50
    // on the wider wing of 25: ROI 1.50 / 23.50 = 6.38 %, max loss $2,350, so 2 % of $200,000 =
    // $4,000 buys 1 unit
    HandBuiltMarket m = HandBuiltMarket.of(Underlying.NDX, 17100).vix(16).closes(closes())
        .put("NDXP", EXPIRY, 16490, 2.10, 2.30).put("NDXP", EXPIRY, 16465, 1.15, 1.30)
        .put("NDXP", EXPIRY, 16440, 0.90, 1.05)
        .call("NDXP", EXPIRY, 17530, 1.60, 1.80).call("NDXP", EXPIRY, 17550, 1.00, 1.20);

    PercentileSpreadScanner.Candidate c = assertInstanceOf(PercentileSpreadScanner.Candidate.class,
        scan(config(Map.of()), m, 200_000, 0));

    assertEquals(1.50, c.credit(), 1e-12);
    assertEquals(25, c.put().orElseThrow().width());
    assertEquals(25, c.width(), "the wider wing bounds the loss");
  }

  static List<String> legs(OrderTicket t) {
    return t.legs().stream().map(Leg::toString).collect(Collectors.toList());
  }
}
