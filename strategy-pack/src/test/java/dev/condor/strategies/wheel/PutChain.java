package dev.condor.strategies.wheel;

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
 * A small hand-built SPX put chain at spot 5000 for 2024-03-04, around the Friday closest to 45
 * days out: 2024-03-04 + 45 = Thursday 2024-04-18, one day before Friday 2024-04-19 (six after
 * 2024-04-12). That Friday is a third Friday, so its SPX AM monthly is listed beside the SPXW.
 */
final class PutChain {

  static final LocalDate DAY = LocalDate.of(2024, 3, 4);
  static final LocalDate FRIDAY = LocalDate.of(2024, 4, 19);
  static final double SPOT = 5000;
  static final Instant TIME = Instant.parse("2024-03-04T15:00:00Z");

  private final List<OptionQuote> quotes = new ArrayList<>();
  private final double spot;

  private PutChain(double spot) {
    this.spot = spot;
  }

  /**
   * <pre>
   * root  expiry      strike   bid    ask   delta
   * SPXW  2024-04-19   4700   30.10  30.50  -0.165
   * SPXW  2024-04-19   4690   28.40  28.80  -0.158
   * SPXW  2024-04-19   4680   26.80  27.20  -0.151
   * SPX   2024-04-19   4690   29.00  29.40  -0.158  (AM monthly: not the wheel's root)
   * SPXW  2024-04-12   4690   22.00  22.40  -0.140  (six days further from the target)
   * </pre>
   */
  static PutChain standard() {
    return new PutChain(SPOT)
        .put("SPXW", FRIDAY, 4700, 30.10, 30.50, -0.165)
        .put("SPXW", FRIDAY, 4690, 28.40, 28.80, -0.158)
        .put("SPXW", FRIDAY, 4680, 26.80, 27.20, -0.151)
        .put("SPX", FRIDAY, 4690, 29.00, 29.40, -0.158)
        .put("SPXW", LocalDate.of(2024, 4, 12), 4690, 22.00, 22.40, -0.140);
  }

  /** An empty chain at a spot. */
  static PutChain at(double spot) {
    return new PutChain(spot);
  }

  PutChain put(String root, LocalDate expiry, double strike, double bid, double ask,
      double delta) {
    quotes.removeIf(q -> q.contract().root().equals(root) && q.contract().expiry().equals(expiry)
        && q.contract().strike() == strike);
    quotes.add(OptionQuote.builder()
        .contract(OptionContract.of(root, expiry, strike, OptionRight.PUT))
        .bid(bid).ask(ask).greeks(Greeks.of(delta, 0.001, -0.5, 5)).time(TIME).build());
    return this;
  }

  PutChain without(String root, LocalDate expiry, double strike) {
    quotes.removeIf(q -> q.contract().root().equals(root) && q.contract().expiry().equals(expiry)
        && q.contract().strike() == strike);
    return this;
  }

  OptionChain build() {
    return OptionChain.of(Underlying.SPX, spot, TIME, quotes);
  }
}
