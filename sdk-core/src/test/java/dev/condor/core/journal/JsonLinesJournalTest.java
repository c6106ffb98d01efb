package dev.condor.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.DataException;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesJournalTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  // 2026-02-17 09:46:12 in New York (EST, UTC-5)
  private static final Instant ORDER_TIME = Instant.parse("2026-02-17T14:46:12Z");

  @TempDir Path dir;

  private static JournalEvent order() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("order_id", "a1b2c3d4e5f6");
    fields.put("action", "open");
    fields.put("expiry", "20260217");
    fields.put("short_put", 5700);
    fields.put("long_put", 5690);
    fields.put("short_call", 5900);
    fields.put("long_call", 5910);
    fields.put("limit_price", 1.5);
    fields.put("qty", 1);
    fields.put("reason", "");
    return JournalEvent.builder().type(JournalEventType.ORDER).strategy("dte0_ic")
        .time(ORDER_TIME).fields(fields).build();
  }

  @Test
  void writesSeedS2OrderLineInStrategyTradesFile() throws IOException {
    try (JsonLinesJournal journal = new JsonLinesJournal(dir, NEW_YORK)) {
      journal.append(order());
    }

    List<String> lines = Files.readAllLines(dir.resolve("dte0_ic/trades.jsonl"));
    assertEquals(List.of("{\"event\":\"ORDER\",\"order_id\":\"a1b2c3d4e5f6\",\"action\":\"open\","
        + "\"expiry\":\"20260217\",\"short_put\":5700,\"long_put\":5690,\"short_call\":5900,"
        + "\"long_call\":5910,\"limit_price\":1.5,\"qty\":1,\"reason\":\"\","
        + "\"ts\":\"2026-02-17T09:46:12-05:00\"}"), lines);
  }

  @Test
  void routesRiskEventsToTheirOwnFile() throws IOException {
    try (JsonLinesJournal journal = new JsonLinesJournal(dir, NEW_YORK)) {
      journal.append(JournalEvent.builder().type(JournalEventType.RISK).strategy("dte0_ic")
          .time(ORDER_TIME).putFields("rule", "proximity-red-line").build());
    }

    assertTrue(Files.exists(dir.resolve("dte0_ic/risk_events.jsonl")));
    assertTrue(Files.notExists(dir.resolve("dte0_ic/trades.jsonl")));
  }

  @Test
  void readsBackWhatItWrote() {
    try (JsonLinesJournal journal = new JsonLinesJournal(dir, NEW_YORK)) {
      journal.append(order());
      List<JournalEvent> events = journal.read("dte0_ic");

      assertEquals(1, events.size());
      JournalEvent e = events.get(0);
      assertEquals(JournalEventType.ORDER, e.type());
      assertEquals(ORDER_TIME, e.time());
      assertEquals(5700L, e.fields().get("short_put"));
      assertEquals(1.5, e.fields().get("limit_price"));
      assertEquals("a1b2c3d4e5f6", e.fields().get("order_id"));
    }
  }

  @Test
  void toleratesATornFinalLineFromACrash() throws IOException {
    try (JsonLinesJournal journal = new JsonLinesJournal(dir, NEW_YORK)) {
      journal.append(order());
    }
    Files.writeString(dir.resolve("dte0_ic/trades.jsonl"), "{\"event\":\"FILL\",\"order_id\":\"a1",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    List<JournalEvent> events = new JsonLinesJournal(dir, NEW_YORK).read("dte0_ic");

    assertEquals(1, events.size());
    assertEquals(JournalEventType.ORDER, events.get(0).type());
  }

  @Test
  void reportsAMalformedLineInTheMiddleByFileAndLineNumber() throws IOException {
    Path file = dir.resolve("dte0_ic/trades.jsonl");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"event\":\"ORDER\",\"ts\":\"2026-02-17T09:46:12-05:00\"}\n"
        + "garbage\n"
        + "{\"event\":\"FILL\",\"ts\":\"2026-02-17T09:46:18-05:00\"}\n");

    DataException e = assertThrows(DataException.class,
        () -> new JsonLinesJournal(dir, NEW_YORK).read("dte0_ic"));

    assertEquals("line 2", e.location().orElseThrow());
    assertTrue(e.source().endsWith("trades.jsonl"), e.source());
  }

  @Test
  void rejectsAStrategyNameThatWouldEscapeTheDirectory() {
    JournalEvent evil = JournalEvent.builder().type(JournalEventType.DECISION).strategy("../x")
        .time(ORDER_TIME).build();
    try (JsonLinesJournal journal = new JsonLinesJournal(dir, NEW_YORK)) {
      assertThrows(dev.condor.api.error.InvalidValueException.class, () -> journal.append(evil));
    }
  }
}
