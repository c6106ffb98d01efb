package dev.condor.api.plugin;

import dev.condor.api.error.ConfigurationException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link Settings} over an immutable map of parsed YAML/JSON values. */
final class MapSettings implements Settings {

  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");

  private final String path;
  private final Map<String, Object> values;

  private MapSettings(String path, Map<String, Object> values) {
    this.path = path;
    this.values = values;
  }

  static MapSettings of(String path, Map<String, ?> values) {
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(String.valueOf(k), v));
    return new MapSettings(path == null ? "" : path, Collections.unmodifiableMap(copy));
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public Set<String> keys() {
    return values.keySet();
  }

  @Override
  public Optional<String> string(String key) {
    Object v = values.get(key);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Map || v instanceof List) {
      throw wrong(key, v, "a text value");
    }
    return Optional.of(String.valueOf(v).trim());
  }

  @Override
  public double number(String key, double defaultValue) {
    Object v = values.get(key);
    if (v == null) {
      return defaultValue;
    }
    double d;
    if (v instanceof Number) {
      d = ((Number) v).doubleValue();
    } else {
      try {
        d = Double.parseDouble(String.valueOf(v).trim());
      } catch (NumberFormatException e) {
        throw wrong(key, v, "a number");
      }
    }
    if (!Double.isFinite(d)) {
      throw wrong(key, v, "a finite number");
    }
    return d;
  }

  @Override
  public int integer(String key, int defaultValue) {
    Object v = values.get(key);
    if (v == null) {
      return defaultValue;
    }
    double d = number(key, defaultValue);
    if (d != Math.rint(d) || d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) {
      throw wrong(key, v, "a whole number");
    }
    return (int) d;
  }

  @Override
  public boolean bool(String key, boolean defaultValue) {
    Object v = values.get(key);
    if (v == null) {
      return defaultValue;
    }
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    String s = String.valueOf(v).trim().toLowerCase(Locale.ROOT);
    if (s.equals("true") || s.equals("false")) {
      return Boolean.parseBoolean(s);
    }
    throw wrong(key, v, "true or false");
  }

  @Override
  public Duration duration(String key, Duration defaultValue) {
    Object v = values.get(key);
    if (v == null) {
      return defaultValue;
    }
    String s = String.valueOf(v).trim().toLowerCase(Locale.ROOT);
    Matcher m = SHORT_DURATION.matcher(s);
    if (m.matches()) {
      double amount = Double.parseDouble(m.group(1));
      double millis;
      switch (m.group(2)) {
        case "ms":
          millis = amount;
          break;
        case "s":
          millis = amount * 1_000;
          break;
        case "m":
          millis = amount * 60_000;
          break;
        case "h":
          millis = amount * 3_600_000;
          break;
        default:
          millis = amount * 86_400_000;
          break;
      }
      return Duration.ofMillis(Math.round(millis));
    }
    try {
      return Duration.parse(s.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw wrong(key, v, "a duration such as 45s, 5m, 2h or PT45S");
    }
  }

  @Override
  public LocalTime time(String key, LocalTime defaultValue) {
    Object v = values.get(key);
    if (v == null) {
      return defaultValue;
    }
    try {
      return LocalTime.parse(String.valueOf(v).trim());
    } catch (DateTimeParseException e) {
      throw wrong(key, v, "a time of day such as 09:36");
    }
  }

  @Override
  public List<String> strings(String key, List<String> defaultValue) {
    Object v = values.get(key);
    if (v == null) {
      return defaultValue;
    }
    List<String> out = new ArrayList<>();
    if (v instanceof List) {
      for (Object item : (List<?>) v) {
        if (item instanceof Map || item instanceof List) {
          throw wrong(key, v, "a list of text values");
        }
        out.add(String.valueOf(item).trim());
      }
    } else if (v instanceof Map) {
      throw wrong(key, v, "a list of text values");
    } else {
      for (String part : String.valueOf(v).split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return List.copyOf(out);
  }

  @Override
  public List<Double> numbers(String key, List<Double> defaultValue) {
    if (!values.containsKey(key)) {
      return defaultValue;
    }
    List<String> texts = strings(key, List.of());
    List<Double> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      try {
        double d = Double.parseDouble(t);
        if (!Double.isFinite(d)) {
          throw new NumberFormatException();
        }
        out.add(d);
      } catch (NumberFormatException e) {
        throw wrong(key, values.get(key), "a list of numbers");
      }
    }
    return List.copyOf(out);
  }

  @Override
  public Settings section(String key) {
    Object v = values.get(key);
    if (v == null) {
      return of(fullKey(key), Map.of());
    }
    if (!(v instanceof Map)) {
      throw wrong(key, v, "a section of keys");
    }
    Map<String, Object> nested = new LinkedHashMap<>();
    ((Map<?, ?>) v).forEach((k, val) -> nested.put(String.valueOf(k), val));
    return of(fullKey(key), nested);
  }

  @Override
  public void requireOnly(Set<String> known) {
    for (String key : values.keySet()) {
      if (!known.contains(key)) {
        throw new ConfigurationException(fullKey(key),
            "unknown key; known keys here are " + new TreeSet<>(known));
      }
    }
  }

  @Override
  public Map<String, Object> asMap() {
    return values;
  }

  private ConfigurationException wrong(String key, Object value, String expected) {
    String shown = String.valueOf(value);
    if (shown.length() > 60) {
      shown = shown.substring(0, 57) + "...";
    }
    return new ConfigurationException(fullKey(key), "expected " + expected + ", found \"" + shown + "\"");
  }

  @Override
  public String toString() {
    return "Settings[" + (path.isEmpty() ? "<root>" : path) + " " + values.keySet() + "]";
  }
}
