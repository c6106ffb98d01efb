package dev.condor.api.calendar;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.internal.ValueStyle;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.immutables.value.Value;

/**
 * One trading day's hours: the equity session (09:30 to 16:00 New York time, or 13:00 on an early
 * close; 14:00 before 1993) and the close of index options, which trade 15 minutes longer.
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class TradingSession {

  TradingSession() {}

  /** The trading day. */
  public abstract LocalDate date();

  /** The opening bell. */
  public abstract ZonedDateTime open();

  /** The closing bell of the equity market (16:00, or earlier on an early close). */
  public abstract ZonedDateTime close();

  /**
   * When index options (SPX, NDX, XSP) stop trading: 15 minutes after {@link #close()}. PM-settled
   * options expiring that day stop at {@link #close()}.
   */
  public abstract ZonedDateTime indexOptionsClose();

  /** Whether the market closes early that day. */
  public abstract boolean earlyClose();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TradingSession}. */
  @Stable(since = "0.1")
  public static final class Builder extends ImmutableTradingSession.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (!open().toLocalDate().equals(date())) {
      throw new InvalidValueException("open", open(), "must fall on the session date " + date());
    }
    if (!close().isAfter(open())) {
      throw new InvalidValueException("close", close(), "must be after open " + open());
    }
    if (indexOptionsClose().isBefore(close())) {
      throw new InvalidValueException(
          "indexOptionsClose", indexOptionsClose(), "must not be before close " + close());
    }
  }

  /** Whether the equity market is open at this instant (open inclusive, close exclusive). */
  public boolean isOpenAt(ZonedDateTime time) {
    return !time.isBefore(open()) && time.isBefore(close());
  }
}
