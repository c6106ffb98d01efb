package dev.condor.api.market;

import dev.condor.api.Stable;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A snapshot of an underlying's listed options at one instant, with the spot it was taken
 * against, and the lookups option sellers use to pick strikes: by strike, by delta, by premium and
 * by distance from spot.
 *
 * <p>Quotes of one expiry and right are kept sorted by strike. The engine may supply its own,
 * columnar implementation; {@link #of} builds a plain one from quotes.
 */
@Stable(since = "0.1")
public interface OptionChain {

  /** The underlying. */
  Underlying underlying();

  /** The underlying's price when the snapshot was taken. */
  double spot();

  /** When the snapshot was taken. */
  Instant time();

  /** The expiries present, in ascending order. */
  List<LocalDate> expiries();

  /** The quotes of one expiry and right, in ascending strike order (empty if none). */
  List<OptionQuote> quotes(LocalDate expiry, OptionRight right);

  /** The quote of a contract, if the chain has it. */
  Optional<OptionQuote> quote(OptionContract contract);

  /** The total number of quotes. */
  int size();

  /** The quote at exactly this strike (to 0.001), if listed. */
  default Optional<OptionQuote> byStrike(LocalDate expiry, OptionRight right, double strike) {
    for (OptionQuote q : quotes(expiry, right)) {
      if (Math.abs(q.contract().strike() - strike) < 0.0005) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /**
   * The out-of-the-money quote whose absolute delta is closest to {@code targetAbsDelta} (e.g.
   * 0.06 for S2's 0DTE short strikes); quotes without greeks are ignored, ties go to the strike
   * further from spot.
   */
  default Optional<OptionQuote> byDelta(LocalDate expiry, OptionRight right, double targetAbsDelta) {
    OptionQuote best = null;
    double bestGap = Double.POSITIVE_INFINITY;
    for (OptionQuote q : quotes(expiry, right)) {
      double delta = q.deltaOrNaN();
      if (Double.isNaN(delta) || !isOutOfTheMoney(q.contract())) {
        continue;
      }
      double gap = Math.abs(Math.abs(delta) - targetAbsDelta);
      if (gap < bestGap - 1e-12
          || (Math.abs(gap - bestGap) <= 1e-12 && best != null
              && distance(q.contract()) > distance(best.contract()))) {
        best = q;
        bestGap = gap;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The out-of-the-money quote furthest from spot whose mid is still at least {@code minMid}: the
   * most distant strike that pays the premium wanted.
   */
  default Optional<OptionQuote> byPremium(LocalDate expiry, OptionRight right, double minMid) {
    OptionQuote best = null;
    for (OptionQuote q : quotes(expiry, right)) {
      if (isOutOfTheMoney(q.contract()) && q.mid() >= minMid
          && (best == null || distance(q.contract()) > distance(best.contract()))) {
        best = q;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The out-of-the-money quote nearest to spot that is at least {@code points} away from it: for
   * puts the highest strike at or below {@code spot - points}, for calls the lowest strike at or
   * above {@code spot + points} (S0 uses half the VIX1D expected move; S2 a minimum distance).
   */
  default Optional<OptionQuote> byDistance(LocalDate expiry, OptionRight right, double points) {
    List<OptionQuote> quotes = quotes(expiry, right);
    if (right == OptionRight.PUT) {
      double limit = spot() - points;
      for (int i = quotes.size() - 1; i >= 0; i--) {
        if (quotes.get(i).contract().strike() <= limit + 1e-9) {
          return Optional.of(quotes.get(i));
        }
      }
    } else {
      double limit = spot() + points;
      for (OptionQuote q : quotes) {
        if (q.contract().strike() >= limit - 1e-9) {
          return Optional.of(q);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a contract is out of the money at this chain's spot (at the money counts as out). */
  default boolean isOutOfTheMoney(OptionContract contract) {
    return contract.isPut() ? contract.strike() <= spot() : contract.strike() >= spot();
  }

  /** The distance of a strike from spot, in points. */
  default double distance(OptionContract contract) {
    return Math.abs(contract.strike() - spot());
  }

  /**
   * A chain from quotes, sorted and indexed.
   *
   * @throws dev.condor.api.error.InvalidValueException if a quote is of another underlying, a
   *     contract appears twice, or spot is not a positive price
   */
  static OptionChain of(Underlying underlying, double spot, Instant time,
      Collection<OptionQuote> quotes) {
    return new SortedOptionChain(underlying, spot, time, quotes);
  }
}
