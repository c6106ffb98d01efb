package dev.condor.api.risk;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.internal.ValueStyle;
import dev.condor.api.portfolio.Position;
import java.util.List;
import org.immutables.value.Value;

/**
 * The whole portfolio as risk policies see it: equity now and at the start of the day and week,
 * its peak, and every open position of every strategy, so portfolio rules (daily and weekly loss
 * stops, drawdown sizing, position limits) can be enforced across strategies.
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class PortfolioState {

  PortfolioState() {}

  /** Account equity (net liquidation) now, in dollars. */
  public abstract double equity();

  /** Equity at the start of the trading day. */
  public abstract double dayStartEquity();

  /** Equity at the start of the trading week. */
  public abstract double weekStartEquity();

  /** The highest equity seen. */
  public abstract double peakEquity();

  /** Every open position of every strategy. */
  public abstract List<Position> openPositions();

  /** Today's loss as a positive fraction of the day's starting equity (0 when up). */
  public double dailyLossFraction() {
    return lossFraction(dayStartEquity());
  }

  /** This week's loss as a positive fraction of the week's starting equity (0 when up). */
  public double weeklyLossFraction() {
    return lossFraction(weekStartEquity());
  }

  /** The drawdown from the peak as a positive fraction (0 at a new high). */
  public double drawdownFraction() {
    return lossFraction(peakEquity());
  }

  private double lossFraction(double reference) {
    return reference <= 0 ? 0 : Math.max(0, (reference - equity()) / reference);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PortfolioState}. */
  @Stable(since = "0.1")
  public static final class Builder extends ImmutablePortfolioState.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    double[] values = {equity(), dayStartEquity(), weekStartEquity(), peakEquity()};
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new InvalidValueException("equity", v, "must be finite");
      }
    }
  }
}
