package dev.condor.core.market;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The market as the engine's own components read it at a given instant, whatever produces it (the
 * simulated market, a historical store, a live feed's latest snapshot): quotes, chains, single
 * option quotes for fills and marks, and settlement values of expiring options.
 *
 * <p>Synchronous and side-effect free: the backtest driver calls it on its one thread in simulated
 * time; the live driver calls it from worker threads. Implementations must be thread-safe.
 */
public interface MarketSource {

  /** The quote of an underlying or index at an instant, if the source has it. */
  Optional<Quote> quote(Underlying underlying, Instant at);

  /** The chain at an instant, limited to expiries from {@code fromExpiry} to {@code toExpiry}. */
  Optional<OptionChain> chain(Underlying underlying, Instant at, LocalDate fromExpiry,
      LocalDate toExpiry);

  /** One option's quote at an instant (for fills and marks), if listed and quoted. */
  Optional<OptionQuote> optionQuote(OptionContract contract, Instant at);

  /**
   * The settlement value of an underlying's options expiring on a day: the opening value for AM
   * settlement, the closing value for PM; empty until it is known.
   */
  OptionalDouble settlementValue(Underlying underlying, LocalDate expiry, SettlementTime time);

  /**
   * A hint that the driver is about to run {@code day}: a source that loads data by day may start
   * loading it in the background. Never blocks; does nothing by default.
   */
  default void prefetch(LocalDate day) {}

  /**
   * The last {@code count} daily closes of an underlying on trading days before {@code before},
   * oldest first (fewer when history is shorter). A source that keeps no daily history says so.
   *
   * @throws dev.condor.api.error.DataException if the source keeps no daily history
   */
  default double[] dailyCloses(Underlying underlying, LocalDate before, int count) {
    throw dev.condor.api.error.DataException.of(dev.condor.api.error.DataException.Kind.NOT_FOUND,
        getClass().getSimpleName()).field("dailyCloses")
        .detail("this market source keeps no daily history of " + underlying).build();
  }
}
