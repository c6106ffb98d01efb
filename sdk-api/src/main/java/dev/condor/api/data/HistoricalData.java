package dev.condor.api.data;

import dev.condor.api.Stable;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import dev.condor.api.market.OptionChain;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Past market data for backtests and calibration: bars of underlyings and options, the contracts
 * listed on a day, and (where the source has them) whole chains at an instant. The service a
 * {@link HistoricalDataProvider} makes. Calls never block; failures complete the stage with a
 * {@link dev.condor.api.error.DataException} naming the endpoint and the field; results are
 * complete or failed, never partial.
 */
@Stable(since = "0.1")
public interface HistoricalData extends AutoCloseable {

  /**
   * Bars of an underlying or index between two days inclusive, oldest first, at an interval of
   * one minute up to one day.
   */
  CompletionStage<List<Bar>> bars(Underlying underlying, Duration interval, LocalDate from, LocalDate to);

  /** Bars of one option between two days inclusive, oldest first. */
  CompletionStage<List<Bar>> optionBars(OptionContract contract, Duration interval, LocalDate from,
      LocalDate to);

  /**
   * The option contracts of an underlying that were listed on {@code asOf}, with expiries between
   * two days inclusive (expired ones included), every page fetched.
   */
  CompletionStage<List<OptionContract>> contracts(Underlying underlying, LocalDate asOf,
      LocalDate expiryFrom, LocalDate expiryTo);

  /**
   * The chain as it stood at an instant ({@link
   * dev.condor.api.plugin.Capability#HISTORICAL_CHAINS}).
   */
  CompletionStage<OptionChain> chainAt(Underlying underlying, Instant asOf);

  /** Releases connections and threads; never throws. */
  @Override
  void close();
}
