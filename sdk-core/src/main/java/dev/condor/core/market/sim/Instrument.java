package dev.condor.core.market.sim;

import dev.condor.api.instrument.Underlying;
import java.util.Optional;

/**
 * The series the simulator produces, one column each in a {@link DayPath}, with what each needs:
 * how it derives from the model, and for optionable ones the listing and quoting conventions
 * (strike grid, ticks, bid/ask widths, activity), calibrated as the package documentation says.
 */
enum Instrument {
  SPX(Underlying.SPX, 4769.83, 1.0, 0.013, 1.0,
      new OptionStyle(0.05, 0.10, 3.0, 0.0, 0.04, 0.5, 3.4, 80,
          new double[] {5, 25}, new double[] {2, 6}, new double[] {0.01, 0.02}, 3000, 4000, 150)),
  NDX(Underlying.NDX, 16825.93, 1.0, 0.007, 1.24,
      new OptionStyle(0.05, 0.10, 3.0, 0.2, 0.35, 0.5, 14, 300,
          new double[] {10, 25, 50}, new double[] {1.5, 3, 6}, new double[] {0.01, 0.015, 0.02},
          300, 400, 20)),
  SPY(Underlying.SPY, Double.NaN, 0.0998, 0.013, 1.0,
      new OptionStyle(0.01, 0.01, 3.0, 0.0, 0.015, 0.5, 0.5, 8,
          new double[] {1, 5}, new double[] {2, 6}, new double[] {0.02, 0.03}, 5000, 8000, 300)),
  QQQ(Underlying.QQQ, Double.NaN, 0.0243, 0.006, 1.24,
      new OptionStyle(0.01, 0.01, 3.0, 0.0, 0.015, 0.5, 0.5, 8,
          new double[] {1, 5}, new double[] {2, 6}, new double[] {0.02, 0.03}, 3000, 5000, 200)),
  VOO(Underlying.VOO, Double.NaN, 0.9192, 0.013, 1.0,
      new OptionStyle(0.05, 0.10, 3.0, 0.02, 0.045, 0.5, 1.0, 8,
          new double[] {1, 5}, new double[] {2, 6}, new double[] {0.02, 0.03}, 100, 100, 10)),
  VTI(Underlying.VTI, Double.NaN, 0.0497, 0.014, 1.0,
      new OptionStyle(0.05, 0.10, 3.0, 0.02, 0.045, 0.5, 1.0, 8,
          new double[] {1, 5}, new double[] {2, 6}, new double[] {0.02, 0.03}, 50, 50, 10)),
  VIX(Underlying.VIX, Double.NaN, Double.NaN, 0, 0, null),
  VIX1D(Underlying.VIX1D, Double.NaN, Double.NaN, 0, 0, null),
  VIX9D(Underlying.VIX9D, Double.NaN, Double.NaN, 0, 0, null);

  /** The column after the instruments: SPX's instantaneous variance. */
  static final int VARIANCE = values().length;
  /** The number of columns of a day path. */
  static final int COLUMNS = VARIANCE + 1;

  private final Underlying underlying;
  private final double defaultLevel;
  private final double ratio;
  private final double dividendYield;
  private final double volScale;
  private final OptionStyle options;

  Instrument(Underlying underlying, double defaultLevel, double ratio, double dividendYield,
      double volScale, OptionStyle options) {
    this.underlying = underlying;
    this.defaultLevel = defaultLevel;
    this.ratio = ratio;
    this.dividendYield = dividendYield;
    this.volScale = volScale;
    this.options = options;
  }

  Underlying underlying() {
    return underlying;
  }

  /** The starting level of an index (the 2023-12-29 close), NaN for the derived series. */
  double defaultLevel() {
    return defaultLevel;
  }

  /** An ETF's level as a fraction of its reference (SPY/SPX, QQQ/NDX, VOO/SPY, VTI/SPX). */
  double ratio() {
    return ratio;
  }

  /** The continuous dividend yield options are priced with. */
  double dividendYield() {
    return dividendYield;
  }

  /** The volatility of the series as a multiple of SPX's. */
  double volScale() {
    return volScale;
  }

  /** The listing and quoting conventions of its options, or null when it has none here. */
  OptionStyle options() {
    return options;
  }

  boolean isVolatilityIndex() {
    return this == VIX || this == VIX1D || this == VIX9D;
  }

  /** Whether the series trades (has a bid and an ask) rather than being an index level. */
  boolean isEtf() {
    return this == SPY || this == QQQ || this == VOO || this == VTI;
  }

  /** The instrument of an underlying, if the simulator produces it. */
  static Optional<Instrument> of(Underlying underlying) {
    if (underlying == null) {
      return Optional.empty();
    }
    for (Instrument i : values()) {
      if (i.underlying.equals(underlying)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * How an underlying's options are listed and quoted.
   *
   * @param smallTick the tick below {@code tickThreshold}
   * @param bigTick the tick at or above it
   * @param tickThreshold the price where the tick changes (3.00 for SPX)
   * @param widthBase the fixed part of the raw bid/ask width, before rounding out to ticks
   * @param widthCoefficient the width's coefficient on {@code price^widthExponent}
   * @param widthExponent the width's exponent on the price
   * @param itmWidthCap the most an in-the-money option's width grows with its intrinsic value
   * @param itmWidthScale the intrinsic value at which half of that growth is reached
   * @param increments strike increments, finest first
   * @param bandSigmas how many ATM standard deviations each increment reaches from spot
   * @param bandFloors the reach each increment adds to that, as a fraction of spot
   * @param openInterest typical open interest of an at-the-money strike
   * @param volume typical daily volume of an at-the-money 0DTE strike
   * @param quoteSize typical size at the bid or ask
   */
  record OptionStyle(double smallTick, double bigTick, double tickThreshold, double widthBase,
      double widthCoefficient, double widthExponent, double itmWidthCap, double itmWidthScale,
      double[] increments, double[] bandSigmas, double[] bandFloors,
      double openInterest, double volume, double quoteSize) {

    /** The largest bid at or below a price: rounded down to its tick, never negative. */
    double bidAtOrBelow(double price) {
      if (!(price > 0)) {
        return 0;
      }
      double inverse = Math.rint(1 / (price < tickThreshold ? smallTick : bigTick));
      return Math.floor(price * inverse + 1e-9) / inverse;
    }

    /** The smallest ask at or above a price, at least one tick. */
    double askAtOrAbove(double price) {
      double inverse = Math.rint(1 / (price <= tickThreshold ? smallTick : bigTick));
      double ask = Math.ceil(price * inverse - 1e-9) / inverse;
      return Math.max(ask, smallTick);
    }

    /** The price rounded to its nearest tick. */
    double nearestTick(double price) {
      double inverse = Math.rint(1 / (price < tickThreshold ? smallTick : bigTick));
      return Math.rint(price * inverse) / inverse;
    }

    /** The raw width of the market for an option of this price and intrinsic value. */
    double width(double price, double intrinsic) {
      double w = widthBase + widthCoefficient * StrictMath.pow(Math.max(price, 0), widthExponent);
      if (intrinsic > 0) {
        double x = intrinsic / itmWidthScale;
        w += itmWidthCap * x * x / (1 + x * x);
      }
      return w;
    }

    /** Whether a strike lies on one of the grids (any tier). */
    boolean onGrid(double strike) {
      for (double inc : increments) {
        double k = strike / inc;
        if (Math.abs(k - Math.rint(k)) < 1e-9) {
          return true;
        }
      }
      return false;
    }
  }
}
