package dev.condor.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.plugin.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads Condor's configuration in layers, each overriding the one before: built-in defaults, then
 * a YAML file, then environment variables, then values set in code.
 *
 * <p>An environment variable {@code CONDOR_<SECTION>__<KEY>...} sets one key: {@code __} separates
 * levels, and each level matches an existing key ignoring case, {@code -} and {@code _}, so {@code
 * CONDOR_STRATEGIES__IRON_CONDOR_0DTE__WING_WIDTH=20} sets {@code strategies.iron-condor-0dte.
 * wingWidth}. Variables starting {@code CONDOR_SECRET_} are secrets and never configuration.
 *
 * <p>Every error is a {@link ConfigurationException} naming the key, or the file, line and column
 * of a YAML syntax error.
 */
public final class ConfigLoader {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String PREFIX = "CONDOR_";

  private ConfigLoader() {}

  /**
   * The merged configuration.
   *
   * @param defaults the built-in defaults
   * @param file a YAML file, or {@code null} for none
   * @param environment the process environment (only {@code CONDOR_} variables are read)
   * @param overrides values set in code, as nested maps
   */
  public static Settings load(Map<String, ?> defaults, Path file, Map<String, String> environment,
      Map<String, ?> overrides) {
    Map<String, Object> merged = deepCopy(defaults);
    if (file != null) {
      merge(merged, readYaml(file));
    }
    applyEnvironment(merged, environment);
    merge(merged, overrides);
    return Settings.of("", merged);
  }

  /** Reads a YAML file as nested maps. */
  public static Map<String, Object> readYaml(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigurationException(file.toString(), "configuration file not found");
    }
    try {
      Object tree = YAML.readValue(file.toFile(), Object.class);
      if (tree == null) {
        return new LinkedHashMap<>();
      }
      if (!(tree instanceof Map)) {
        throw new ConfigurationException(file.toString(), "the file must be a YAML map of sections");
      }
      return deepCopy(castMap(tree));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new ConfigurationException(file.toString(),
          "not valid YAML" + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ConfigurationException(file.toString(), "cannot be read: " + e.getMessage(), e);
    }
  }

  private static void applyEnvironment(Map<String, Object> root, Map<String, String> environment) {
    // Sorted so the outcome never depends on the environment's iteration order.
    for (Map.Entry<String, String> e : new TreeMap<>(environment).entrySet()) {
      String name = e.getKey();
      if (!name.startsWith(PREFIX) || name.startsWith(PREFIX + "SECRET_")) {
        continue;
      }
      String[] path = name.substring(PREFIX.length()).split("__");
      Map<String, Object> node = root;
      for (int i = 0; i < path.length; i++) {
        if (path[i].isEmpty()) {
          throw new ConfigurationException(name, "empty level in the variable name; use __ between levels");
        }
        String key = matchKey(node, path[i]);
        if (i == path.length - 1) {
          node.put(key, e.getValue());
        } else {
          Object child = node.get(key);
          if (child != null && !(child instanceof Map)) {
            throw new ConfigurationException(name, "\"" + key + "\" is a value, not a section");
          }
          if (child == null) {
            child = new LinkedHashMap<String, Object>();
            node.put(key, child);
          }
          node = castMap(child);
        }
      }
    }
  }

  private static String matchKey(Map<String, Object> node, String segment) {
    String wanted = normalize(segment);
    for (String key : node.keySet()) {
      if (normalize(key).equals(wanted)) {
        return key;
      }
    }
    return segment.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String normalize(String key) {
    return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }

  private static void merge(Map<String, Object> into, Map<String, ?> from) {
    for (Map.Entry<String, ?> e : from.entrySet()) {
      Object incoming = e.getValue();
      Object existing = into.get(e.getKey());
      if (incoming instanceof Map && existing instanceof Map) {
        merge(castMap(existing), castMap(incoming));
      } else {
        into.put(e.getKey(), copyValue(incoming));
      }
    }
  }

  private static Map<String, Object> deepCopy(Map<String, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(String.valueOf(k), copyValue(v)));
    return copy;
  }

  private static Object copyValue(Object v) {
    if (v instanceof Map) {
      return deepCopy(castMap(v));
    }
    if (v instanceof List) {
      List<Object> list = new ArrayList<>();
      for (Object item : (List<?>) v) {
        list.add(copyValue(item));
      }
      return list;
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object map) {
    return (Map<String, Object>) map;
  }
}
