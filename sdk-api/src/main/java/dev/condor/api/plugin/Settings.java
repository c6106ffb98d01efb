package dev.condor.api.plugin;

import dev.condor.api.Stable;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A provider's configuration as the user wrote it (a YAML section, environment overrides, values
 * set in code), read with typed getters that fail with a {@link
 * dev.condor.api.error.ConfigurationException} naming the full key ({@code
 * strategies.iron-condor-0dte.wingWidth}) and what was expected. Providers turn it into their own
 * validated configuration type in {@link Provider#configure(Settings)}.
 */
@Stable(since = "0.1")
public interface Settings {

  /** Where this section sits, e.g. {@code strategies.iron-condor-0dte} (empty at the root). */
  String path();

  /** The keys present, in the order written. */
  Set<String> keys();

  /** Whether a key is present. */
  default boolean has(String key) {
    return keys().contains(key);
  }

  /** The full name of a key in this section, for messages. */
  default String fullKey(String key) {
    return path().isEmpty() ? key : path() + "." + key;
  }

  /** A text value, if present. */
  Optional<String> string(String key);

  /** A text value, or {@code defaultValue}. */
  default String string(String key, String defaultValue) {
    return string(key).orElse(defaultValue);
  }

  /** A number (integers and decimals), or {@code defaultValue}; NaN and infinities are rejected. */
  double number(String key, double defaultValue);

  /** A whole number, or {@code defaultValue}. */
  int integer(String key, int defaultValue);

  /** {@code true}/{@code false}, or {@code defaultValue}. */
  boolean bool(String key, boolean defaultValue);

  /** A duration written {@code 45s}, {@code 5m}, {@code 2h}, {@code 250ms} or ISO-8601, or default. */
  Duration duration(String key, Duration defaultValue);

  /** A time of day written {@code 09:36} or {@code 15:45:00}, or {@code defaultValue}. */
  LocalTime time(String key, LocalTime defaultValue);

  /** A list of texts (a YAML list or a comma-separated text), or {@code defaultValue}. */
  List<String> strings(String key, List<String> defaultValue);

  /** A list of numbers (a YAML list or a comma-separated text), or {@code defaultValue}. */
  List<Double> numbers(String key, List<Double> defaultValue);

  /** A nested section (empty if absent). */
  Settings section(String key);

  /**
   * Fails if a key other than {@code known} is present, naming it and listing the known keys: a
   * misspelt parameter must never be silently ignored.
   */
  void requireOnly(Set<String> known);

  /** The raw values, for diagnostics and for passing a section on unchanged. */
  Map<String, Object> asMap();

  /** An empty section at a path. */
  static Settings empty(String path) {
    return MapSettings.of(path, Map.of());
  }

  /**
   * A section from a map as a YAML or JSON parser produces it (values: String, Number, Boolean,
   * List, Map).
   */
  static Settings of(String path, Map<String, ?> values) {
    return MapSettings.of(path, values);
  }
}
