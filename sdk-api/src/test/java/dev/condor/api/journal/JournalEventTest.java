package dev.condor.api.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalEventTest {

  private static JournalEvent.Builder order() {
    return JournalEvent.builder().type(JournalEventType.ORDER).strategy("s0-spx")
        .time(Instant.parse("2024-12-20T14:36:00Z"));
  }

  @Test
  void acceptsTextNumbersBooleansAndListsOfThem() {
    JournalEvent e = order()
        .putFields("order_id", "s0-20241220-1")
        .putFields("qty", 2)
        .putFields("limit_price", 1.45)
        .putFields("commission", new BigDecimal("2.60"))
        .putFields("volume", 12_345_678_901L)
        .putFields("dry_run", false)
        .putFields("strikes", List.of(5765.0, 5775.0))
        .putFields("legs", List.of("SELL SPXW 241220P05775000", "BUY SPXW 241220P05765000"))
        .build();
    assertEquals(2, e.fields().get("qty"));
    assertEquals(List.of(5765.0, 5775.0), e.fields().get("strikes"));
    assertEquals(false, e.fields().get("dry_run"));
  }

  @Test
  void keepsFieldsInTheOrderTheyWereAdded() {
    JournalEvent e = order()
        .putFields("reason", "25 points below spot")
        .putFields("action", "SELL_TO_OPEN")
        .putFields("order_id", "s0-1")
        .putFields("expiry", "2024-12-20")
        .putFields("short_put", 5775.0)
        .putFields("long_put", 5765.0)
        .putFields("limit_price", 1.45)
        .putFields("qty", 2)
        .putFields("b", 1)
        .putFields("a", 2)
        .build();
    assertEquals(List.of("reason", "action", "order_id", "expiry", "short_put", "long_put",
        "limit_price", "qty", "b", "a"), List.copyOf(e.fields().keySet()));
  }

  @Test
  void rejectsNaNAndInfiniteNumbers() {
    InvalidValueException nan = assertThrows(InvalidValueException.class,
        () -> order().putFields("fill_price", Double.NaN).build());
    assertEquals("fill_price", nan.field());
    assertTrue(nan.getMessage().contains("journal numbers must be finite"), nan.getMessage());
    assertThrows(InvalidValueException.class,
        () -> order().putFields("fill_price", Double.NEGATIVE_INFINITY).build());
  }

  @Test
  void rejectsNaNInsideAList() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> order().putFields("strikes", List.of(5775.0, Double.NaN)).build());
    assertEquals("strikes", e.field());
  }

  @Test
  void rejectsNonScalarValuesNamingTheFieldAndTheType() {
    InvalidValueException object = assertThrows(InvalidValueException.class,
        () -> order().putFields("ticket", new Object()).build());
    assertEquals("ticket", object.field());
    assertEquals("[CONDOR-INVALID-VALUE] ticket = \"java.lang.Object\": journal values are text, "
        + "numbers, booleans or lists of them", object.getMessage());

    assertThrows(InvalidValueException.class,
        () -> order().putFields("legs", Map.of("short", 5775)).build());
    assertThrows(InvalidValueException.class,
        () -> order().putFields("expiry", LocalDate.of(2024, 12, 20)).build());
    assertThrows(InvalidValueException.class,
        () -> order().putFields("legs", List.of("ok", new Object())).build());
  }

  @Test
  void rejectsABlankStrategy() {
    assertEquals("strategy", assertThrows(InvalidValueException.class,
        () -> order().strategy(" ").build()).field());
  }
}
