package dev.condor.api.strategy;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.internal.ValueStyle;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The market data a strategy reads on each poll, which the engine fetches before calling it (so
 * strategy code never waits on I/O and a backtest feeds it exactly the same): the chain of its
 * underlying over a range of days to expiry, quotes of other symbols (VIX, VIX1D, SPY), and a
 * number of past daily closes (for moving averages and move percentiles).
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class DataNeeds {

  DataNeeds() {}

  /** The underlying traded; its quote and chain are read every poll. */
  public abstract Underlying underlying();

  /** The nearest expiry of the chain, in calendar days from today (0 for 0DTE). */
  @Value.Default
  public int minDaysToExpiry() {
    return 0;
  }

  /** The furthest expiry of the chain, in calendar days from today. */
  @Value.Default
  public int maxDaysToExpiry() {
    return 0;
  }

  /**
   * Other underlyings whose chains the strategy reads, over the same expiry range (S3 sells calls
   * on four ETFs). Chains are fetched only when the strategy asks for them.
   */
  public abstract Set<Underlying> otherChains();

  /** Other symbols whose quotes the strategy reads (VIX, VIX1D, SPY...). */
  public abstract Set<Underlying> quotes();

  /** Symbols whose past daily closes the strategy reads. */
  public abstract Set<Underlying> dailyHistory();

  /** How many past daily closes of each {@link #dailyHistory()} symbol (before today). */
  @Value.Default
  public int dailyHistoryDays() {
    return 0;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DataNeeds}. */
  @Stable(since = "0.1")
  public static final class Builder extends ImmutableDataNeeds.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (minDaysToExpiry() < 0 || maxDaysToExpiry() < minDaysToExpiry()) {
      throw new InvalidValueException("daysToExpiry", minDaysToExpiry() + ".." + maxDaysToExpiry(),
          "must satisfy 0 <= min <= max");
    }
    if (dailyHistoryDays() < 0 || dailyHistoryDays() > 10_000) {
      throw new InvalidValueException("dailyHistoryDays", dailyHistoryDays(), "must be 0..10000");
    }
    if (!dailyHistory().isEmpty() && dailyHistoryDays() == 0) {
      throw new InvalidValueException("dailyHistoryDays", 0,
          "must be > 0 when daily history of " + dailyHistory() + " is needed");
    }
  }
}
