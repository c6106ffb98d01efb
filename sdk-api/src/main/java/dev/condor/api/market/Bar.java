package dev.condor.api.market;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.internal.ValueStyle;
import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;

/** Open, high, low, close and volume of a symbol over one interval (a minute, a day...). */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class Bar {

  Bar() {}

  /** The symbol: an underlying ({@code SPX}) or an OCC option symbol. */
  public abstract String symbol();

  /** The start of the interval. */
  public abstract Instant start();

  /** The length of the interval, e.g. one minute or one day. */
  public abstract Duration interval();

  /** First price of the interval. */
  public abstract double open();

  /** Highest price of the interval. */
  public abstract double high();

  /** Lowest price of the interval. */
  public abstract double low();

  /** Last price of the interval. */
  public abstract double close();

  /** Volume traded (0 for indices). */
  @Value.Default
  public long volume() {
    return 0;
  }

  /** Observed or estimated. */
  @Value.Default
  public DataOrigin origin() {
    return DataOrigin.OBSERVED;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Bar}. */
  @Stable(since = "0.1")
  public static final class Builder extends ImmutableBar.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.nonNegativePrice("open", open());
    Checks.nonNegativePrice("high", high());
    Checks.nonNegativePrice("low", low());
    Checks.nonNegativePrice("close", close());
    Checks.nonNegative("volume", volume());
    if (interval().isNegative() || interval().isZero()) {
      throw new InvalidValueException("interval", interval(), "must be positive");
    }
    if (low() > Math.min(open(), close()) || high() < Math.max(open(), close())) {
      throw new InvalidValueException("low/high", low() + "/" + high(),
          "must bracket open " + open() + " and close " + close() + " (" + symbol() + " " + start() + ")");
    }
  }
}
