package dev.condor.strategies.ivhv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.instrument.Underlying;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.Structure;
import dev.condor.api.plugin.Settings;
import dev.condor.api.quant.HistoricalVolatility;
import dev.condor.core.calendar.NyseCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * S3's analysis on a chain small enough to work out on paper.
 *
 * <p>History: 31 closes from 500 whose 30 log returns alternate +a, -a with a = 0.10 / sqrt(252 x
 * 30/29) = 0.0061935, so the last close is 500 again, the returns' mean is 0 and their sample
 * standard deviation is sqrt(30 a^2 / 29) = a sqrt(30/29): HV = a sqrt(30/29) sqrt(252) = 10.0 %.
 *
 * <p>Tuesday 2024-03-05 at 09:35, SPY at 500. Expiries 23, 30 and 45 days out: 30 is nearest the
 * target, T = 30/365 = 0.082192. Black-Scholes at HV (r = 0.05, q = 0, sigma sqrt(T) = 0.028669,
 * discount e^(-rT) = 0.995899), d1 = (ln(S/K) + (r + sigma^2/2) T) / (sigma sqrt(T)), d2 = d1 -
 * 0.028669:
 *
 * <pre>
 *   K    d1       d2       N(d1)     N(d2)     theo = 500 N(d1) - K x 0.995899 N(d2)
 *   525  -1.5442  -1.5728  0.061275  0.057879  0.3754
 *   530  -1.8748  -1.9035  0.030411  0.028491  0.1675
 *   540  -2.5268  -2.5554  0.005756  0.005303  0.0262
 * </pre>
 *
 * <p>The calls 5-15 % out of the money (strikes 525 to 575) and S3's filters:
 *
 * <pre>
 *   K    bid   IV     volume  liquid (vol > 10, bid > 0.10)  IV > 13%  bid > 1.05 theo  edge
 *   525  0.55  14 %   120     yes                            yes       0.55 > 0.3942  0.1746 +46.5%
 *   530  0.30  14.5 % 80      yes                            yes       0.30 > 0.1758  0.1325 +79.2%
 *   540  0.12  12.5 % 60      yes                            no
 *   550  0.10  16 %   50      no (bid)
 *   560  0.15  20 %   8       no (volume)
 * </pre>
 *
 * <p>The 520 call (4 % out) and the 580 (16 %) are outside the band. The largest edge in dollars
 * is the 525's 0.17 (the 530's is larger in percent).
 */
class IvHvScannerTest {

  static final LocalDate TODAY = LocalDate.of(2024, 3, 5);
  static final LocalDate EXPIRY = LocalDate.of(2024, 4, 4);
  static final ZonedDateTime OPEN_SCAN = TODAY.atTime(LocalTime.of(9, 35))
      .atZone(NyseCalendar.ZONE);

  static double[] closes() {
    double a = 0.10 / Math.sqrt(252 * 30 / 29.0);
    double[] c = new double[31];
    c[0] = 500;
    for (int i = 1; i < c.length; i++) {
      c[i] = c[i - 1] * Math.exp(i % 2 == 1 ? a : -a);
    }
    return c;
  }

  static HandBuiltEtfMarket spy(HandBuiltEtfMarket m) {
    return m.ticker(Underlying.SPY, 500, closes())
        .call(Underlying.SPY, LocalDate.of(2024, 3, 28), 530, 0.20, 0.22, 0.15, 90)
        .call(Underlying.SPY, LocalDate.of(2024, 4, 19), 530, 0.60, 0.63, 0.15, 90)
        .call(Underlying.SPY, EXPIRY, 520, 0.90, 0.95, 0.16, 200)
        .call(Underlying.SPY, EXPIRY, 525, 0.55, 0.57, 0.14, 120)
        .call(Underlying.SPY, EXPIRY, 530, 0.30, 0.32, 0.145, 80)
        .call(Underlying.SPY, EXPIRY, 540, 0.12, 0.14, 0.125, 60)
        .call(Underlying.SPY, EXPIRY, 550, 0.10, 0.12, 0.16, 50)
        .call(Underlying.SPY, EXPIRY, 560, 0.15, 0.17, 0.20, 8)
        .call(Underlying.SPY, EXPIRY, 580, 0.05, 0.07, 0.22, 40);
  }

  static IvHvConfig config(Map<String, ?> values) {
    return IvHvConfig.from(Settings.of("strategies.iv-hv-short-call", values));
  }

  static IvHvScanner.Result scan(IvHvConfig config, HandBuiltEtfMarket m, int open,
      double buyingPower) {
    return new IvHvScanner(config).scan(new IvHvScanner.Market(OPEN_SCAN, Underlying.SPY,
        m.chain(Underlying.SPY), 500, m.closes(Underlying.SPY), open, buyingPower));
  }

  static String skipReason(IvHvScanner.Result r) {
    return assertInstanceOf(IvHvScanner.Skip.class, r).reason();
  }

  @Test
  void theHistoricalVolatilityIsTheOneWorkedOutByHand() {
    assertEquals(0.10, HistoricalVolatility.closeToClose(closes()), 1e-12);
    assertEquals(500, closes()[30], 1e-9);
  }

  @Test
  void sellsTheCallWithTheLargestEdgeAtItsBid() {
    // capital $100,000: $25,000 a ticker, 5 % = $1,250 of premium at $55 a contract = 22; a naked
    // SPY 525 call holds (0.55 + max(20 % x 500 - 25, 10 % x 500)) x 100 = $7,555, so $1,000,000
    // of buying power carries all 22
    IvHvScanner.Opportunity o = assertInstanceOf(IvHvScanner.Opportunity.class,
        scan(config(Map.of("capital", 100_000)), spy(new HandBuiltEtfMarket()), 0, 1_000_000));

    OrderTicket t = o.ticket(ClientOrderId.of("t-1"));
    assertEquals(Structure.SINGLE, t.structure());
    assertEquals("SELL SPY 240404C00525000", t.legs().get(0).toString());
    assertEquals(NetPrice.credit(0.55), t.limitPrice().orElseThrow());
    assertEquals(22, t.quantity());
    assertEquals(0.375436, o.call().theoretical(), 1e-6);
    assertEquals("SPY 2024-03-05 09:35: spot 500.00, HV 10.0% (30 days); expiry 2024-04-04 (30"
        + " days, T=0.082); 5 calls 5-15% OTM, 3 liquid (volume > 10, bid > 0.10), 2 with IV > HV"
        + " + 3 points; opportunity: 525 call (1.050 moneyness) bid 0.55 (theo 0.38), IV 14.0% vs"
        + " HV 10.0%, edge 0.17 (+46.5%), volume 120; sell 22 x SPY 525 call 2024-04-04 at the bid"
        + " 0.55: 5% of $25,000.00 = $1,250.00 of premium at $55.00 a contract gives 22",
        o.reason());
  }

  @Test
  void capsTheContractsAtWhatTheBuyingPowerCarries() {
    // $100,000 / $7,555 a naked call = 13.2: 13 of the 22 the premium budget allows
    IvHvScanner.Opportunity o = assertInstanceOf(IvHvScanner.Opportunity.class,
        scan(config(Map.of("capital", 100_000)), spy(new HandBuiltEtfMarket()), 0, 100_000));

    assertEquals(13, o.quantity());
    assertTrue(o.reason().endsWith("gives 22, buying power $100,000.00 at $7,555.00 a naked call"
        + " carries 13"), o.reason());
  }

  @Test
  void seedS3sThousandDollarsBuysNoContractAtThisBid() {
    // $1,000 / 4 tickers = $250; 5 % = $12.50 of premium, less than one $55 contract
    String why = skipReason(scan(IvHvConfig.defaults(), spy(new HandBuiltEtfMarket()), 0,
        100_000));

    assertTrue(why.endsWith("5% of $250.00 = $12.50 of premium at $55.00 a contract buys no"
        + " contract"), why);
  }

  @Test
  void skipsWhenNoCallBeatsHistoricalVolatilityByThreePoints() {
    // IV must beat 10 % + 6 points: none of 14 %, 14.5 %, 12.5 % does
    String why = skipReason(scan(config(Map.of("ivEdgePoints", 6)), spy(new HandBuiltEtfMarket()),
        0, 100_000));

    assertTrue(why.contains("5 calls 5-15% OTM, 3 liquid (volume > 10, bid > 0.10), 0 with IV > HV"
        + " + 6 points, none priced above theo + 5%; best liquid: 525 call"), why);
  }

  @Test
  void skipsWhenNoBidBeatsTheTheoreticalValueByEnough() {
    // the 525 needs a bid above 0.3754 x 1.50 = 0.563 at a 50 % edge, the 530 above 0.251, so
    // only the 530 (0.30) passes; at 80 % the 530 (+79.2 %) fails too
    IvHvScanner.Opportunity o = assertInstanceOf(IvHvScanner.Opportunity.class,
        scan(config(Map.of("capital", 100_000, "priceEdgePercent", 50)),
            spy(new HandBuiltEtfMarket()), 0, 1_000_000));
    assertEquals(530, o.call().quote().contract().strike());

    String why = skipReason(scan(config(Map.of("priceEdgePercent", 80)),
        spy(new HandBuiltEtfMarket()), 0, 100_000));
    assertTrue(why.contains("2 with IV > HV + 3 points, none priced above theo + 80%"), why);
  }

  @Test
  void skipsIlliquidCalls() {
    // at a minimum volume of 200 no call in the band trades enough
    String why = skipReason(scan(config(Map.of("minVolume", 200)), spy(new HandBuiltEtfMarket()),
        0, 100_000));

    assertTrue(why.endsWith("no opportunity: 5 calls 5-15% OTM, 0 liquid (volume > 200, bid >"
        + " 0.10), 0 with IV > HV + 3 points, none priced above theo + 5%"), why);
  }

  @Test
  void skipsATickerWithTwoShortCallsOpen() {
    assertEquals("SPY 2024-03-05 09:35: 2 short calls open, limit 2 per ticker",
        skipReason(scan(IvHvConfig.defaults(), spy(new HandBuiltEtfMarket()), 2, 100_000)));
  }

  @Test
  void skipsWithoutThirtyOneDailyCloses() {
    HandBuiltEtfMarket m = spy(new HandBuiltEtfMarket());
    IvHvScanner.Result r = new IvHvScanner(IvHvConfig.defaults()).scan(new IvHvScanner.Market(
        OPEN_SCAN, Underlying.SPY, m.chain(Underlying.SPY), 500,
        java.util.Arrays.copyOf(closes(), 20), 0, 100_000));

    assertEquals("SPY 2024-03-05 09:35: not enough history, 20 daily closes, need 31 for the"
        + " 30-day historical volatility", skipReason(r));
  }

  @Test
  void picksTheExpiryNearestThirtyDays() {
    // 23, 30 and 45 days out: 30; with a 40-day target: 45 (5 away) over 30 (10 away)
    IvHvScanner.Result r = scan(config(Map.of("targetDays", 40, "capital", 100_000)),
        spy(new HandBuiltEtfMarket()), 0, 1_000_000);

    assertTrue(r.reason().contains("expiry 2024-04-19 (45 days, T=0.123)"), r.reason());
  }
}
