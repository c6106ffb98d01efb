package dev.condor.strategies.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.condor.api.instrument.Underlying;
import dev.condor.api.strategy.DataNeeds;
import dev.condor.api.strategy.EntryDecision;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyContext;
import dev.condor.api.strategy.StrategySchedule;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategyHarnessTest {

  @Test
  void runsAStrategyOverSimulatedDaysAndJournalsItsDecisions() {
    Strategy idle = new Strategy() {
      @Override
      public StrategySchedule schedule() {
        return StrategySchedule.polling(Duration.ofMinutes(30));
      }

      @Override
      public DataNeeds dataNeeds() {
        return DataNeeds.builder().underlying(Underlying.SPX).build();
      }

      @Override
      public EntryDecision scanEntry(StrategyContext context) {
        return EntryDecision.skip("nothing on " + context.now().toLocalDate());
      }
    };

    StrategyHarness.Result r = StrategyHarness.simulated(1)
        .run("idle", idle, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5));

    assertEquals(List.of("no entry: nothing on 2024-03-04", "no entry: nothing on 2024-03-05"), r.decisions());
  }
}
