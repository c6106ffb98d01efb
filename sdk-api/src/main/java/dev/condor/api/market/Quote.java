package dev.condor.api.market;

import dev.condor.api.Stable;
import dev.condor.api.internal.ValueStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * The price of an underlying, an index or an ETF at an instant: bid, ask and last, with sizes.
 * Indices (SPX, VIX, VIX1D) have no bid or ask: their level is {@link #last()} and bid and ask
 * are NaN.
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class Quote {

  Quote() {}

  /** The symbol, e.g. {@code SPX} or {@code SPY}. */
  public abstract String symbol();

  /** The best bid, or NaN if none. */
  @Value.Default
  public double bid() {
    return Double.NaN;
  }

  /** The best ask, or NaN if none. */
  @Value.Default
  public double ask() {
    return Double.NaN;
  }

  /** The last trade or index level, or NaN if none. */
  @Value.Default
  public double last() {
    return Double.NaN;
  }

  /** Size at the bid. */
  @Value.Default
  public long bidSize() {
    return 0;
  }

  /** Size at the ask. */
  @Value.Default
  public long askSize() {
    return 0;
  }

  /** When the quote was taken. */
  public abstract Instant time();

  /** Observed or estimated. */
  @Value.Default
  public DataOrigin origin() {
    return DataOrigin.OBSERVED;
  }

  /**
   * The price to value things at: the mid when there is a two-sided market, else the last.
   */
  public double price() {
    return Double.isNaN(bid()) || Double.isNaN(ask()) ? last() : (bid() + ask()) / 2;
  }

  /** An index level (no bid or ask), e.g. VIX1D at 12.0. */
  public static Quote ofLevel(String symbol, double level, Instant time, DataOrigin origin) {
    return builder().symbol(symbol).last(level).time(time).origin(origin).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Quote}. */
  @Stable(since = "0.1")
  public static final class Builder extends ImmutableQuote.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.optionalNonNegativePrice("bid", bid());
    Checks.optionalNonNegativePrice("ask", ask());
    Checks.optionalNonNegativePrice("last", last());
    Checks.nonNegative("bidSize", bidSize());
    Checks.nonNegative("askSize", askSize());
    Checks.bidNotAboveAsk(bid(), ask());
    if (Double.isNaN(price())) {
      throw new dev.condor.api.error.InvalidValueException(
          "last", last(), "is required when there is no bid and ask (" + symbol() + ")");
    }
  }
}
