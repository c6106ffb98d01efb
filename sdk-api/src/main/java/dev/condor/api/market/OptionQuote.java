package dev.condor.api.market;

import dev.condor.api.Stable;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.internal.ValueStyle;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The market for one option contract at an instant: bid, ask, last, sizes, volume and open
 * interest, with implied volatility and greeks when known, and whether each came from a venue or a
 * model ({@link #origin()} for prices, {@link #analyticsOrigin()} for IV and greeks).
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class OptionQuote {

  OptionQuote() {}

  /** The contract quoted. */
  public abstract OptionContract contract();

  /** The best bid (0 when there is no bid). */
  public abstract double bid();

  /** The best ask. */
  public abstract double ask();

  /** The last trade price, if any. */
  public abstract OptionalDouble last();

  /** Contracts bid. */
  @Value.Default
  public long bidSize() {
    return 0;
  }

  /** Contracts offered. */
  @Value.Default
  public long askSize() {
    return 0;
  }

  /** Contracts traded that day. */
  @Value.Default
  public long volume() {
    return 0;
  }

  /** Open interest. */
  @Value.Default
  public long openInterest() {
    return 0;
  }

  /** Implied volatility as a decimal (0.18 for 18 %), if known. */
  public abstract OptionalDouble impliedVolatility();

  /** Greeks, if known. */
  public abstract Optional<Greeks> greeks();

  /** The underlying's price the quote was taken against, if known. */
  public abstract OptionalDouble underlyingPrice();

  /** When the quote was taken. */
  public abstract Instant time();

  /** Whether bid, ask and last were observed on a venue or estimated. */
  @Value.Default
  public DataOrigin origin() {
    return DataOrigin.OBSERVED;
  }

  /** Whether implied volatility and greeks came from the venue or were computed. */
  @Value.Default
  public DataOrigin analyticsOrigin() {
    return origin();
  }

  /** The mid price, (bid + ask) / 2. */
  public double mid() {
    return (bid() + ask()) / 2;
  }

  /** The width of the market, ask - bid. */
  public double spread() {
    return ask() - bid();
  }

  /** The delta, or NaN when greeks are unknown. */
  public double deltaOrNaN() {
    return greeks().map(Greeks::delta).orElse(Double.NaN);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OptionQuote}. */
  @Stable(since = "0.1")
  public static final class Builder extends ImmutableOptionQuote.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.nonNegativePrice("bid", bid());
    Checks.nonNegativePrice("ask", ask());
    Checks.bidNotAboveAsk(bid(), ask());
    if (last().isPresent()) {
      Checks.nonNegativePrice("last", last().getAsDouble());
    }
    Checks.nonNegative("bidSize", bidSize());
    Checks.nonNegative("askSize", askSize());
    Checks.nonNegative("volume", volume());
    Checks.nonNegative("openInterest", openInterest());
    if (impliedVolatility().isPresent()) {
      double iv = impliedVolatility().getAsDouble();
      if (!(iv > 0) || Double.isInfinite(iv)) {
        throw new dev.condor.api.error.InvalidValueException(
            "impliedVolatility", iv, "must be a finite decimal > 0 (0.18 for 18 %)");
      }
    }
    if (underlyingPrice().isPresent()) {
      Checks.nonNegativePrice("underlyingPrice", underlyingPrice().getAsDouble());
    }
  }
}
