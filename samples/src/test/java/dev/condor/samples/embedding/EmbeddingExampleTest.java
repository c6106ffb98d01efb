package dev.condor.samples.embedding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

  @Test
  void paperTradesASimulatedDayAndPrintsItsFills() throws InterruptedException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    EmbeddingExample.run(LocalDateTime.parse("2024-03-05T09:30").atZone(ZoneId.of("America/New_York"))
        .toInstant(), 2500, out);

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("FILL {order_id=ic-20240305-1"), printed);
    assertTrue(printed.contains("TradeSummary[totalTrades=1"), printed);
  }
}
