package dev.condor.api.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.Underlying;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataNeedsTest {

  private static DataNeeds.Builder spx() {
    return DataNeeds.builder().underlying(Underlying.SPX);
  }

  @Test
  void defaultsToTheZeroDayChainOnly() {
    DataNeeds n = spx().build();
    assertEquals(0, n.minDaysToExpiry());
    assertEquals(0, n.maxDaysToExpiry());
    assertEquals(Set.of(), n.quotes());
    assertEquals(0, n.dailyHistoryDays());
  }

  @Test
  void keepsQuotesAndDailyHistory() {
    DataNeeds n = spx().minDaysToExpiry(30).maxDaysToExpiry(45)
        .addQuotes(Underlying.VIX, Underlying.VIX1D).addDailyHistory(Underlying.SPX)
        .dailyHistoryDays(200).build();
    assertEquals(Set.of(Underlying.VIX, Underlying.VIX1D), n.quotes());
    assertEquals(200, n.dailyHistoryDays());
  }

  @Test
  void rejectsADaysToExpiryRangeThatIsNegativeOrInverted() {
    InvalidValueException inverted = assertThrows(InvalidValueException.class,
        () -> spx().minDaysToExpiry(45).maxDaysToExpiry(30).build());
    assertEquals("daysToExpiry", inverted.field());
    assertTrue(inverted.getMessage().contains("\"45..30\""), inverted.getMessage());
    assertThrows(InvalidValueException.class, () -> spx().minDaysToExpiry(-1).build());
  }

  @Test
  void rejectsDailyHistoryWithoutDaysAndDaysBeyondTenThousand() {
    InvalidValueException noDays = assertThrows(InvalidValueException.class,
        () -> spx().addDailyHistory(Underlying.SPX).build());
    assertEquals("dailyHistoryDays", noDays.field());
    assertThrows(InvalidValueException.class, () -> spx().dailyHistoryDays(10_001).build());
    assertThrows(InvalidValueException.class, () -> spx().dailyHistoryDays(-1).build());
    assertEquals(10_000, spx().dailyHistoryDays(10_000).build().dailyHistoryDays());
  }
}
