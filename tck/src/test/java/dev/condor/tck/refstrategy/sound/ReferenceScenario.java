package dev.condor.tck.refstrategy.sound;

import dev.condor.api.instrument.Underlying;
import dev.condor.tck.strategy.MarketScenario;
import dev.condor.tck.strategy.Scenarios;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A week of SPX with 0DTE chains: quiet days, a Wednesday that falls through the spread and a
 * Thursday without options.
 */
public final class ReferenceScenario {

  private ReferenceScenario() {}

  /** The week of 2 March 2026. */
  public static MarketScenario spxWeek() {
    return Scenarios.newYork()
        .history(Underlying.SPX, 5800, 5810, 5805)
        .day(LocalDate.of(2026, 3, 2))
          .at(LocalTime.of(9, 45)).level(Underlying.SPX, 5800).chain(Underlying.SPX, 0.15, 0)
          .at(LocalTime.of(10, 0))
          .at(LocalTime.of(11, 0))
          .at(LocalTime.of(14, 0)).level(Underlying.SPX, 5810)
        .day(LocalDate.of(2026, 3, 3))
          .at(LocalTime.of(10, 0)).level(Underlying.SPX, 5790)
          .at(LocalTime.of(15, 0)).level(Underlying.SPX, 5795)
        .day(LocalDate.of(2026, 3, 4))
          .at(LocalTime.of(10, 0)).level(Underlying.SPX, 5780)
          .at(LocalTime.of(11, 0))
          .at(LocalTime.of(12, 0)).level(Underlying.SPX, 5700)
        .day(LocalDate.of(2026, 3, 5))
          .at(LocalTime.of(10, 0)).level(Underlying.SPX, 5720).noChain(Underlying.SPX)
          .at(LocalTime.of(11, 0))
        .day(LocalDate.of(2026, 3, 6))
          .at(LocalTime.of(10, 0)).level(Underlying.SPX, 5740).chain(Underlying.SPX, 0.15, 0)
          .at(LocalTime.of(15, 30))
        .build();
  }
}
