package dev.condor.core.broker.paper;

import dev.condor.api.market.OptionQuote;
import dev.condor.api.order.Leg;
import dev.condor.api.order.Side;
import dev.condor.core.market.MarketSource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The market for a whole multi-leg ticket at an instant: each leg's bid and ask, the net prices a
 * fill model can achieve, and the split of a net fill price back into per-leg prices.
 *
 * <p>Prices are signed per unit of the structure: positive is a credit to the account.
 */
final class ComboMarket {

  /** Net prices are kept to 1e-6 points, so sums such as 0.1 + 0.2 compare equal to 0.3. */
  private static final double PRICE_SCALE = 1e6;

  private final List<Leg> legs;
  private final double[] bids;
  private final double[] asks;

  private ComboMarket(List<Leg> legs, double[] bids, double[] asks) {
    this.legs = legs;
    this.bids = bids;
    this.asks = asks;
  }

  /** The legs' quotes at {@code at}, or empty if any leg is not quoted. */
  static Optional<ComboMarket> of(List<Leg> legs, MarketSource market, Instant at) {
    double[] bids = new double[legs.size()];
    double[] asks = new double[legs.size()];
    for (int i = 0; i < legs.size(); i++) {
      Optional<OptionQuote> quote = market.optionQuote(legs.get(i).contract(), at);
      if (quote.isEmpty()) {
        return Optional.empty();
      }
      bids[i] = quote.get().bid();
      asks[i] = quote.get().ask();
    }
    return Optional.of(new ComboMarket(legs, bids, asks));
  }

  /** Sells at the bid, buys at the ask. */
  double naturalSigned() {
    double net = 0;
    for (int i = 0; i < legs.size(); i++) {
      Leg leg = legs.get(i);
      net += leg.side() == Side.SELL ? leg.ratio() * bids[i] : -leg.ratio() * asks[i];
    }
    return round(net);
  }

  /** Every leg at its mid. */
  double midSigned() {
    double net = 0;
    for (int i = 0; i < legs.size(); i++) {
      Leg leg = legs.get(i);
      net -= leg.side().sign() * leg.ratio() * (bids[i] + asks[i]) / 2;
    }
    return round(net);
  }

  /**
   * The net a fill gets under {@code model}: the natural price, or the mid worsened by the
   * slippage but never below the natural price (crossing every market is always possible).
   */
  double achievableSigned(FillModel model, double slippage) {
    if (model == FillModel.NATURAL) {
      return naturalSigned();
    }
    return Math.max(round(midSigned() - slippage), naturalSigned());
  }

  /**
   * Per-contract prices for each leg that add up, with their sides and ratios, exactly to {@code
   * netSigned}: each leg starts on its own side of the market (bid for a sell, ask for a buy),
   * and the improvement over the natural net is spread over the legs in proportion to the width
   * of their markets, moving sells up from the bid and buys down from the ask. A net between the
   * natural and the mid (all that {@link #achievableSigned} yields) thus keeps every leg inside
   * its own bid-ask market, and no leg's price can go negative.
   */
  double[] legPrices(double netSigned) {
    double improvement = netSigned - naturalSigned();
    double totalWidth = 0;
    for (int i = 0; i < legs.size(); i++) {
      totalWidth += legs.get(i).ratio() * (asks[i] - bids[i]);
    }
    double[] prices = new double[legs.size()];
    for (int i = 0; i < legs.size(); i++) {
      Leg leg = legs.get(i);
      double start = leg.side() == Side.SELL ? bids[i] : asks[i];
      double share = totalWidth > 0 ? improvement * (asks[i] - bids[i]) / totalWidth : 0;
      prices[i] = Math.max(0, leg.side() == Side.SELL ? start + share : start - share);
    }
    return prices;
  }

  /** The mid of leg {@code i}. */
  double mid(int i) {
    return (bids[i] + asks[i]) / 2;
  }

  static double round(double price) {
    return Math.round(price * PRICE_SCALE) / PRICE_SCALE;
  }
}
