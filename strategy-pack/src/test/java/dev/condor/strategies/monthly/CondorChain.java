package dev.condor.strategies.monthly;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Greeks;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-built SPX chain around spot 5000 for 2024-03-04, on the May 2024 monthly (third
 * Friday 2024-05-17, 74 calendar days out). Prices and deltas are set by hand so a test can work
 * out the scanner's choice on paper.
 */
final class CondorChain {

  static final LocalDate DAY = LocalDate.of(2024, 3, 4);
  static final LocalDate MAY = LocalDate.of(2024, 5, 17);
  static final LocalDate APRIL = LocalDate.of(2024, 4, 19);
  static final double SPOT = 5000;
  static final Instant TIME = Instant.parse("2024-03-04T16:00:00Z");

  private final List<OptionQuote> quotes = new ArrayList<>();

  /**
   * The default chain.
   *
   * <pre>
   * puts (root SPX, 2024-05-17)      distance  bid   ask   delta
   *   4900                              100   30.00 30.60 -0.250  (inside the 125 floor)
   *   4875                              125   27.00 27.60 -0.220
   *   4850                              150   24.00 24.60 -0.190
   *   4600                              400    8.20  8.60 -0.112
   *   4590                              410    7.50  7.90 -0.104  (nearest 0.10, not a 25 multiple)
   *   4575                              425    6.70  7.10 -0.095  (nearest 0.10 among multiples)
   *   4565                              435    5.20  5.60 -0.087
   *   4550                              450    4.60  5.00 -0.083
   * calls
   *   5075                               75   20.00 20.40  0.200  (inside the 100 floor)
   *   5100                              100   14.00 14.40  0.160
   *   5125                              125   11.00 11.40  0.135  (its wing 5150 is not listed)
   *   5200                              200    6.25  6.65  0.105
   *   5205                              205    5.80  6.20  0.101  (nearest 0.10, wing 5230 unlisted)
   *   5225                              225    4.20  4.60  0.092
   *   5250                              250    3.10  3.50  0.075
   * </pre>
   *
   * Plus an SPXW copy of the 4575 put at other prices, which the scanner must ignore on the SPX
   * monthly, and a 4500 put on April's monthly, too near to sell.
   */
  static CondorChain standard() {
    CondorChain c = new CondorChain();
    c.put(4900, 30.00, 30.60, -0.250).put(4875, 27.00, 27.60, -0.220)
        .put(4850, 24.00, 24.60, -0.190).put(4600, 8.20, 8.60, -0.112)
        .put(4590, 7.50, 7.90, -0.104).put(4575, 6.70, 7.10, -0.095)
        .put(4565, 5.20, 5.60, -0.087).put(4550, 4.60, 5.00, -0.083);
    c.call(5075, 20.00, 20.40, 0.200).call(5100, 14.00, 14.40, 0.160)
        .call(5125, 11.00, 11.40, 0.135).call(5200, 6.25, 6.65, 0.105)
        .call(5205, 5.80, 6.20, 0.101).call(5225, 4.20, 4.60, 0.092)
        .call(5250, 3.10, 3.50, 0.075);
    c.quotes.add(quote("SPXW", MAY, 4575, OptionRight.PUT, 9.00, 9.40, -0.095));
    c.quotes.add(quote("SPX", APRIL, 4500, OptionRight.PUT, 5.00, 5.40, -0.090));
    return c;
  }

  CondorChain put(double strike, double bid, double ask, double delta) {
    quotes.removeIf(q -> q.contract().root().equals("SPX") && q.contract().expiry().equals(MAY)
        && q.contract().isPut() && q.contract().strike() == strike);
    quotes.add(quote("SPX", MAY, strike, OptionRight.PUT, bid, ask, delta));
    return this;
  }

  CondorChain call(double strike, double bid, double ask, double delta) {
    quotes.removeIf(q -> q.contract().root().equals("SPX") && q.contract().expiry().equals(MAY)
        && q.contract().isCall() && q.contract().strike() == strike);
    quotes.add(quote("SPX", MAY, strike, OptionRight.CALL, bid, ask, delta));
    return this;
  }

  OptionChain build() {
    return OptionChain.of(Underlying.SPX, SPOT, TIME, quotes);
  }

  static OptionQuote quote(String root, LocalDate expiry, double strike, OptionRight right,
      double bid, double ask, double delta) {
    return OptionQuote.builder().contract(OptionContract.of(root, expiry, strike, right))
        .bid(bid).ask(ask).greeks(Greeks.of(delta, 0.001, -0.5, 5)).time(TIME).build();
  }
}
