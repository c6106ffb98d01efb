package dev.condor.api.instrument;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;

/**
 * The minimum price increment of an underlying's options, which limit prices must respect: 0.05
 * below 3.00 and 0.10 from 3.00 for index options (SPX, NDX, RUT, XSP, VIX) and most equity
 * options; one cent at every price for the penny-program ETFs SPY, QQQ and IWM. Rounding keeps
 * whole cents, so 11 × 0.05 is 0.55 and not 0.55000000000000004.
 */
@Stable(since = "0.1")
public final class TickSize {

  private static final double EPSILON = 1e-9;
  private static final TickSize PENNY = new TickSize(0.01, 0.01);
  private static final TickSize NICKEL_DIME = new TickSize(0.05, 0.10);

  private final double below3;
  private final double from3;

  private TickSize(double below3, double from3) {
    this.below3 = below3;
    this.from3 = from3;
  }

  /** The ticks of an underlying's options. */
  public static TickSize of(Underlying underlying) {
    switch (underlying.symbol()) {
      case "SPY":
      case "QQQ":
      case "IWM":
        return PENNY;
      default:
        return NICKEL_DIME;
    }
  }

  /** The tick at a price (prices are compared with a nano-point of slack). */
  public double tick(double price) {
    return price >= 3.0 - EPSILON ? from3 : below3;
  }

  /** The price rounded down to its tick: for a credit limit, the more marketable side. */
  public double floor(double price) {
    check(price);
    double tick = tick(price);
    return cents(Math.floor(price / tick + EPSILON) * tick);
  }

  /** The price rounded up to its tick: for a debit limit, the more marketable side. */
  public double ceil(double price) {
    check(price);
    double tick = tick(price);
    return cents(Math.ceil(price / tick - EPSILON) * tick);
  }

  /** The price rounded to the nearest tick (halves up). */
  public double nearest(double price) {
    check(price);
    double tick = tick(price);
    return cents(Math.floor(price / tick + 0.5 + EPSILON) * tick);
  }

  private static void check(double price) {
    if (!(price >= 0) || Double.isInfinite(price)) {
      throw new InvalidValueException("price", price, "must be a finite price >= 0 to round to a tick");
    }
  }

  private static double cents(double price) {
    return Math.round(price * 100) / 100.0;
  }

  @Override
  public String toString() {
    return below3 == from3 ? "TickSize[" + below3 + "]" : "TickSize[" + below3 + " below 3.00, " + from3 + " from 3.00]";
  }
}
