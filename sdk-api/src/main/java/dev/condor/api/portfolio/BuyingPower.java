package dev.condor.api.portfolio;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.UnderlyingKind;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.Side;

/**
 * The buying power a position ties up, by the rules US brokers apply to option sellers (Cboe
 * margin rules, Reg-T accounts), in dollars for the ticket's whole quantity.
 *
 * <ul>
 *   <li>Defined-risk credit spreads and iron condors: (width - credit) x multiplier; an iron
 *       condor counts its wider wing once, since only one side can lose.
 *   <li>Debit structures and long options: the debit paid.
 *   <li>Short puts are cash-secured: (strike - premium) x multiplier.
 *   <li>Short naked calls: premium + max(P x underlying - out-of-the-money amount, 10 % x
 *       underlying) x multiplier, with P = 15 % for broad-based indices and 20 % otherwise.
 *   <li>Short strangles: the larger side's naked requirement plus the other side's premium.
 * </ul>
 */
@Stable(since = "0.1")
public final class BuyingPower {

  private static final double INDEX_RATE = 0.15;
  private static final double EQUITY_RATE = 0.20;
  private static final double MINIMUM_RATE = 0.10;

  private BuyingPower() {}

  /**
   * The buying-power effect of opening {@code ticket} at {@code price} per unit with the
   * underlying at {@code underlyingPrice}.
   *
   * @throws InvalidValueException for custom structures, which are not modelled
   */
  public static double of(OrderTicket ticket, NetPrice price, double underlyingPrice) {
    int units = ticket.quantity();
    int multiplier = ticket.legs().get(0).contract().multiplier();
    switch (ticket.structure()) {
      case VERTICAL:
      case IRON_CONDOR:
        if (price.signed() >= 0) {
          return Math.max(0, ticket.width() - price.amount()) * multiplier * units;
        }
        return price.amount() * multiplier * units;
      case SINGLE:
        Leg leg = ticket.legs().get(0);
        if (leg.side() == Side.BUY) {
          return price.amount() * multiplier * units * leg.ratio();
        }
        return (leg.contract().isPut()
                ? cashSecuredPut(leg.contract(), price.amount())
                : nakedShort(leg.contract(), price.amount(), underlyingPrice))
            * units * leg.ratio();
      case STRANGLE:
        return strangle(ticket, price, underlyingPrice) * units;
      case CUSTOM:
      default:
        throw new InvalidValueException("structure", ticket.structure(),
            "buying power of custom structures is not modelled; use the broker's preview");
    }
  }

  /** A cash-secured short put, per contract: (strike - premium) x multiplier. */
  public static double cashSecuredPut(OptionContract put, double premium) {
    return Math.max(0, put.strike() - premium) * put.multiplier();
  }

  /**
   * A naked short option, per contract: premium + max(P x underlying - out-of-the-money amount,
   * 10 % x (underlying for calls, strike for puts)), times the multiplier.
   */
  public static double nakedShort(OptionContract option, double premium, double underlyingPrice) {
    if (!(underlyingPrice > 0)) {
      throw new InvalidValueException("underlyingPrice", underlyingPrice, "must be > 0");
    }
    double rate = option.underlying().kind() == UnderlyingKind.INDEX ? INDEX_RATE : EQUITY_RATE;
    double otm = option.isCall()
        ? Math.max(0, option.strike() - underlyingPrice)
        : Math.max(0, underlyingPrice - option.strike());
    double floor = MINIMUM_RATE * (option.isCall() ? underlyingPrice : option.strike());
    return (premium + Math.max(rate * underlyingPrice - otm, floor)) * option.multiplier();
  }

  private static double strangle(OrderTicket ticket, NetPrice price, double underlyingPrice) {
    Leg a = ticket.legs().get(0);
    Leg b = ticket.legs().get(1);
    if (a.side() == Side.BUY) {
      return price.amount() * a.contract().multiplier();
    }
    // Venues margin the side with the larger requirement and add the other side's premium; we
    // only know the net premium, so split it evenly between the two sides.
    double halfPremium = price.amount() / 2;
    double reqA = nakedShort(a.contract(), halfPremium, underlyingPrice);
    double reqB = nakedShort(b.contract(), halfPremium, underlyingPrice);
    return Math.max(reqA, reqB) + halfPremium * a.contract().multiplier();
  }
}
