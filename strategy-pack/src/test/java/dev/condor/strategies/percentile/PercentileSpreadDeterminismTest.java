package dev.condor.strategies.percentile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.condor.api.journal.JournalEventType;
import dev.condor.api.plugin.Settings;
import dev.condor.strategies.testing.StrategyHarness;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The same run twice journals the same events, to the bit: the strategy reads time and data only
 * through its context. Two months of 2024 with a 60-day lookback keep it quick (the simulation's
 * history starts on 2024-01-02).
 */
class PercentileSpreadDeterminismTest {

  private static StrategyHarness.Result run() {
    PercentileSpreadConfig config = PercentileSpreadConfig.from(Settings.of(
        "strategies.percentile-credit-spread", Map.of("lookbackDays", 60)));
    return StrategyHarness.simulated(11).broker(PercentileSpreadYearTest.S1_ACCOUNT)
        .run("pcs", new PercentileSpreadStrategy(config), LocalDate.of(2024, 4, 1),
            LocalDate.of(2024, 5, 31));
  }

  @Test
  void theSameRunTwiceJournalsTheSameEvents() {
    StrategyHarness.Result first = run();
    StrategyHarness.Result second = run();

    assertFalse(first.events(JournalEventType.ORDER).isEmpty(), "the run should trade");
    assertEquals(first.journal(), second.journal());
  }
}
