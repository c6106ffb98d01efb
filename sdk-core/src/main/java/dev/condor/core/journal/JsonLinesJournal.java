package dev.condor.core.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.condor.api.error.DataException;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.journal.JournalSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's journal: append-only JSON Lines files per strategy, in seed S2's layout and field
 * names: {@code <dir>/<strategy>/trades.jsonl} (ORDER, FILL, ORDER_STATE, SETTLEMENT), {@code
 * risk_events.jsonl} (RISK) and {@code events.jsonl} (DECISION, LIFECYCLE, RECONCILE). Each line is
 * {@code {"event":TYPE, ...fields, "ts":"2026-02-17T09:46:12-05:00"}} with the time in exchange
 * time.
 *
 * <p>{@link #append} returns only once the line is written and forced to the storage device, so an
 * ORDER event survives a crash that follows it. Reading tolerates one torn final line (a crash mid
 * write) and reports any other malformed line by file and line number.
 */
public final class JsonLinesJournal implements JournalSink {

  private static final java.util.regex.Pattern SAFE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9._-]+");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter TS = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final Path directory;
  private final ZoneId zone;
  private final Map<Path, FileChannel> channels = new HashMap<>();

  /** A journal writing under {@code directory}, with times in {@code zone}. */
  public JsonLinesJournal(Path directory, ZoneId zone) {
    this.directory = directory;
    this.zone = zone;
  }

  /** The file an event type goes to, relative to the strategy's directory. */
  public static String fileFor(JournalEventType type) {
    switch (type) {
      case ORDER:
      case FILL:
      case ORDER_STATE:
      case SETTLEMENT:
        return "trades.jsonl";
      case RISK:
        return "risk_events.jsonl";
      default:
        return "events.jsonl";
    }
  }

  @Override
  public synchronized void append(JournalEvent event) {
    Path file = directory.resolve(safeName(event.strategy())).resolve(fileFor(event.type()));
    byte[] line = (toJson(event) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      FileChannel channel = channels.get(file);
      if (channel == null) {
        Files.createDirectories(file.getParent());
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.APPEND);
        channels.put(file, channel);
      }
      ByteBuffer buffer = ByteBuffer.wrap(line);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("could not append to journal " + file, e);
    }
  }

  private String toJson(JournalEvent event) {
    ObjectNode node = JSON.createObjectNode();
    node.put("event", event.type().name());
    for (Map.Entry<String, Object> field : event.fields().entrySet()) {
      node.set(field.getKey(), JSON.valueToTree(field.getValue()));
    }
    node.put("ts", TS.format(event.time().atZone(zone).toOffsetDateTime()));
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("journal event could not be written as JSON", e);
    }
  }

  /**
   * Every event of a strategy, in the order written within each file (trades, then risk events,
   * then other events), each file read whole.
   *
   * @throws DataException naming the file and line of a malformed line (other than a torn last
   *     line, which is skipped)
   */
  public List<JournalEvent> read(String strategy) {
    List<JournalEvent> events = new ArrayList<>();
    for (String name : List.of("trades.jsonl", "risk_events.jsonl", "events.jsonl")) {
      Path file = directory.resolve(safeName(strategy)).resolve(name);
      if (Files.exists(file)) {
        events.addAll(readFile(file, strategy));
      }
    }
    return events;
  }

  static List<JournalEvent> readFile(Path file, String strategy) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read journal " + file, e);
    }
    boolean tornTail = !text.isEmpty() && !text.endsWith("\n");
    String[] lines = text.split("\n", -1);
    List<JournalEvent> events = new ArrayList<>(lines.length);
    int last = lines.length - 1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      if (i == last && tornTail) {
        try {
          events.add(parse(line, strategy, file, i + 1));
        } catch (DataException torn) {
          // A crash while writing leaves at most one incomplete final line: it was never
          // acknowledged to the engine, so nothing that was recorded is lost by skipping it.
        }
        continue;
      }
      events.add(parse(line, strategy, file, i + 1));
    }
    return events;
  }

  private static JournalEvent parse(String line, String strategy, Path file, int lineNumber) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw malformed(file, lineNumber, null, "not JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw malformed(file, lineNumber, null, "not a JSON object", null);
    }
    JournalEventType type;
    try {
      type = JournalEventType.valueOf(node.path("event").asText());
    } catch (IllegalArgumentException e) {
      throw malformed(file, lineNumber, "event", "unknown event type \"" + node.path("event").asText() + "\"", e);
    }
    Instant time;
    try {
      time = OffsetDateTime.parse(node.path("ts").asText(), TS).toInstant();
    } catch (DateTimeParseException e) {
      throw malformed(file, lineNumber, "ts", "not an ISO-8601 time with offset", e);
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!field.getKey().equals("event") && !field.getKey().equals("ts")) {
        fields.put(field.getKey(), toValue(field.getValue()));
      }
    }
    return JournalEvent.builder().type(type).strategy(strategy).time(time).fields(fields).build();
  }

  private static Object toValue(JsonNode node) {
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(item -> list.add(toValue(item)));
      return list;
    }
    if (node.isIntegralNumber()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.asText();
  }

  private static DataException malformed(Path file, int line, String field, String detail,
      Throwable cause) {
    DataException.Builder b = DataException.of(DataException.Kind.MALFORMED, file.toString())
        .location("line " + line).detail(detail).cause(cause);
    if (field != null) {
      b.field(field);
    }
    return b.build();
  }

  private static String safeName(String strategy) {
    if (!SAFE_NAME.matcher(strategy).matches() || strategy.startsWith(".")) {
      throw new dev.condor.api.error.InvalidValueException("strategy", strategy,
          "must be letters, digits, '.', '_' or '-' to name a journal directory");
    }
    return strategy;
  }

  @Override
  public synchronized void close() {
    for (FileChannel channel : channels.values()) {
      try {
        channel.close();
      } catch (IOException e) {
        // Every line was already forced to disk in append(); a failed close loses nothing.
      }
    }
    channels.clear();
  }

  @Override
  public String toString() {
    return "JsonLinesJournal[" + directory + "]";
  }
}
