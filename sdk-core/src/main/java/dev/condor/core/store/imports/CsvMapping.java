package dev.condor.core.store.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.condor.api.Experimental;
import dev.condor.api.error.DataException;
import dev.condor.api.error.InvalidValueException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How to read an option-quote CSV of any layout (format {@code csv}): which header holds which
 * field, the date and time patterns, the zone, the delimiter, whether IV is in percent and whether
 * numbers use a decimal comma.
 *
 * <p>Fields: {@code time} (date and time of the quote) or {@code date} (the day; the quote is that
 * day's close), {@code symbol} (an OCC symbol or a Polygon ticker) or {@code root} + {@code expiry}
 * + {@code strike} + {@code right}, and optionally {@code underlying}, {@code bid}, {@code ask},
 * {@code last}, {@code volume}, {@code open_interest}, {@code iv}, {@code delta}, {@code gamma},
 * {@code theta}, {@code vega}, {@code underlying_price}. A mapping file is YAML (or JSON):
 *
 * <pre>{@code
 * delimiter: ";"
 * zone: America/New_York
 * dateTimePattern: "yyyy-MM-dd HH:mm:ss"
 * expiryPattern: "yyyyMMdd"
 * ivPercent: true
 * decimalComma: false
 * columns:
 *   time: QuoteTime
 *   symbol: OptionSymbol
 *   bid: Bid
 *   ask: Ask
 * }</pre>
 */
@Experimental(since = "0.1")
public final class CsvMapping {

  /** The logical fields a mapping may name. */
  public static final Set<String> FIELDS = Set.of("time", "date", "symbol", "root", "expiry",
      "strike", "right", "underlying", "bid", "ask", "last", "volume", "open_interest", "iv",
      "delta", "gamma", "theta", "vega", "underlying_price");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Map<String, String> columns;
  private final char delimiter;
  private final ZoneId zone;
  private final String dateTimePattern;
  private final String datePattern;
  private final String expiryPattern;
  private final boolean ivPercent;
  private final boolean decimalComma;

  private CsvMapping(Builder b) {
    this.columns = Map.copyOf(b.columns);
    this.delimiter = b.delimiter;
    this.zone = b.zone;
    this.dateTimePattern = b.dateTimePattern;
    this.datePattern = b.datePattern;
    this.expiryPattern = b.expiryPattern;
    this.ivPercent = b.ivPercent;
    this.decimalComma = b.decimalComma;
    boolean bySymbol = columns.containsKey("symbol");
    boolean byParts = columns.keySet().containsAll(List.of("root", "expiry", "strike", "right"));
    if (!bySymbol && !byParts) {
      throw new InvalidValueException("columns", columns.keySet(),
          "must map symbol, or root, expiry, strike and right");
    }
    if (!columns.containsKey("bid") && !columns.containsKey("ask")
        && !columns.containsKey("last")) {
      throw new InvalidValueException("columns", columns.keySet(),
          "must map at least one of bid, ask, last");
    }
  }

  /** A new builder: comma-delimited, New York time, ISO dates, IV as a fraction. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a mapping file (YAML or JSON).
   *
   * @throws DataException naming the file and the key at fault
   */
  public static CsvMapping load(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw DataException.of(DataException.Kind.NOT_FOUND, file.toString())
          .detail("no such mapping file").cause(e).build();
    } catch (IOException e) {
      throw DataException.of(DataException.Kind.MALFORMED, file.toString())
          .detail("not a YAML mapping: " + e.getMessage()).cause(e).build();
    }
    if (root == null || !root.isObject() || !root.path("columns").isObject()) {
      throw DataException.of(DataException.Kind.MALFORMED, file.toString()).field("columns")
          .detail("a mapping needs a \"columns:\" map of field -> header name").build();
    }
    try {
      Builder b = builder();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.get("columns").fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        b.column(e.getKey(), e.getValue().asText());
      }
      for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
        String key = it.next();
        String value = root.get(key).asText();
        switch (key) {
          case "columns":
            break;
          case "delimiter":
            b.delimiter(value.equals("\\t") || value.equals("tab") ? '\t' : single(value));
            break;
          case "zone":
            b.zone(zone(value));
            break;
          case "dateTimePattern":
            b.dateTimePattern(value);
            break;
          case "datePattern":
            b.datePattern(value);
            break;
          case "expiryPattern":
            b.expiryPattern(value);
            break;
          case "ivPercent":
            b.ivPercent(root.get(key).asBoolean());
            break;
          case "decimalComma":
            b.decimalComma(root.get(key).asBoolean());
            break;
          default:
            throw new InvalidValueException(key, value, "is not a mapping key (columns, "
                + "delimiter, zone, dateTimePattern, datePattern, expiryPattern, ivPercent, "
                + "decimalComma)");
        }
      }
      return b.build();
    } catch (InvalidValueException e) {
      throw DataException.of(DataException.Kind.MALFORMED, file.toString()).field(e.field())
          .detail(e.getMessage()).cause(e).build();
    }
  }

  private static char single(String value) {
    if (value.length() != 1) {
      throw new InvalidValueException("delimiter", value, "must be one character (or tab)");
    }
    return value.charAt(0);
  }

  private static ZoneId zone(String value) {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new InvalidValueException("zone", value, "must be a zone id such as America/New_York");
    }
  }

  /** The header name mapped to a field, if any. */
  public Optional<String> column(String field) {
    return Optional.ofNullable(columns.get(field));
  }

  /** Field to header name. */
  public Map<String, String> columns() {
    return columns;
  }

  /** The cell delimiter. */
  public char delimiter() {
    return delimiter;
  }

  /** The zone of times without an offset. */
  public ZoneId zone() {
    return zone;
  }

  /** The pattern of the time column; empty reads ISO-like text or epoch numbers. */
  public Optional<String> dateTimePattern() {
    return Optional.ofNullable(dateTimePattern);
  }

  /** The pattern of the date column. */
  public String datePattern() {
    return datePattern;
  }

  /** The pattern of the expiry column. */
  public String expiryPattern() {
    return expiryPattern == null ? datePattern : expiryPattern;
  }

  /** Whether IV is in percent (15 for 15 %) rather than a fraction. */
  public boolean ivPercent() {
    return ivPercent;
  }

  /** Whether numbers use a decimal comma ({@code 1.234,5}), as European exports do. */
  public boolean decimalComma() {
    return decimalComma;
  }

  @Override
  public String toString() {
    return "CsvMapping" + columns;
  }

  /** Builds a {@link CsvMapping}. */
  @Experimental(since = "0.1")
  public static final class Builder {
    private final Map<String, String> columns = new LinkedHashMap<>();
    private char delimiter = ',';
    private ZoneId zone = ImportRun.NEW_YORK;
    private String dateTimePattern;
    private String datePattern = "yyyy-MM-dd";
    private String expiryPattern;
    private boolean ivPercent;
    private boolean decimalComma;

    private Builder() {}

    /** Maps a field (one of {@link #FIELDS}) to a header name. */
    public Builder column(String field, String header) {
      String f = field == null ? "" : field.trim().toLowerCase(Locale.ROOT);
      if (!FIELDS.contains(f)) {
        throw new InvalidValueException("columns." + field, header, "is not a field; use one of "
            + new java.util.TreeSet<>(FIELDS));
      }
      if (header == null || header.isBlank()) {
        throw new InvalidValueException("columns." + field, header, "must name a header");
      }
      columns.put(f, header.trim());
      return this;
    }

    /** The cell delimiter (default comma). */
    public Builder delimiter(char value) {
      this.delimiter = value;
      return this;
    }

    /** The zone of times without an offset (default America/New_York). */
    public Builder zone(ZoneId value) {
      this.zone = value;
      return this;
    }

    /** A {@link DateTimeFormatter} pattern for the time column. */
    public Builder dateTimePattern(String value) {
      this.dateTimePattern = pattern("dateTimePattern", value);
      return this;
    }

    /** A {@link DateTimeFormatter} pattern for the date column (default yyyy-MM-dd). */
    public Builder datePattern(String value) {
      this.datePattern = pattern("datePattern", value);
      return this;
    }

    /** A {@link DateTimeFormatter} pattern for the expiry column (default: the date pattern). */
    public Builder expiryPattern(String value) {
      this.expiryPattern = pattern("expiryPattern", value);
      return this;
    }

    /** Whether IV is in percent. */
    public Builder ivPercent(boolean value) {
      this.ivPercent = value;
      return this;
    }

    /** Whether numbers use a decimal comma (then dots group thousands). */
    public Builder decimalComma(boolean value) {
      this.decimalComma = value;
      return this;
    }

    private static String pattern(String name, String value) {
      try {
        DateTimeFormatter.ofPattern(value, Locale.ROOT);
        return value;
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new InvalidValueException(name, value, "is not a date-time pattern");
      }
    }

    /**
     * The mapping.
     *
     * @throws InvalidValueException when it maps no contract or no price
     */
    public CsvMapping build() {
      return new CsvMapping(this);
    }
  }
}
