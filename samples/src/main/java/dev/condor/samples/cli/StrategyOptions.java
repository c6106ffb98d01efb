package dev.condor.samples.cli;

import dev.condor.api.plugin.Settings;
import dev.condor.core.config.ConfigLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options every command that runs strategies shares: which strategies, a configuration file,
 * and single-key overrides; turned into one configuration tree (file, then environment, then these
 * options).
 */
final class StrategyOptions {

  @Option(names = "--strategy", paramLabel = "ID[=NAME]",
      description = "A strategy by id, optionally under a name (repeatable); see ./condor list.")
  List<String> strategies = new ArrayList<>();

  @Option(names = "--config", paramLabel = "FILE", description = "A YAML configuration file.")
  Path config;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override one configuration key, e.g. --set strategies.iron-condor-0dte.settings.wingWidth=15")
  Map<String, String> sets = new LinkedHashMap<>();

  /**
   * The configuration: the file, the environment, {@code extra} (dotted keys), then the
   * strategies and {@code --set} keys given; {@code fallback} runs when no strategy is configured
   * anywhere (null for none).
   */
  Settings load(Map<String, String> extra, String fallback) {
    Map<String, Object> overrides = new LinkedHashMap<>();
    Map<String, Object> strategySection = new LinkedHashMap<>();
    for (String s : strategies) {
      String id = s.contains("=") ? s.substring(0, s.indexOf('=')) : s;
      String name = s.contains("=") ? s.substring(s.indexOf('=') + 1) : s;
      strategySection.put(name, new LinkedHashMap<>(Map.of("strategy", id)));
    }
    if (!strategySection.isEmpty()) {
      overrides.put("strategies", strategySection);
    }
    extra.forEach((k, v) -> put(overrides, k, v));
    sets.forEach((k, v) -> put(overrides, k, v));
    Settings settings = ConfigLoader.load(Map.of(), config, System.getenv(), overrides);
    if (fallback != null && settings.section("strategies").keys().isEmpty()) {
      put(overrides, "strategies." + fallback + ".strategy", fallback);
      settings = ConfigLoader.load(Map.of(), config, System.getenv(), overrides);
    }
    return settings;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> root, String dottedKey, String value) {
    String[] path = dottedKey.split("\\.");
    Map<String, Object> node = root;
    for (int i = 0; i < path.length - 1; i++) {
      node = (Map<String, Object>) node.computeIfAbsent(path[i], k -> new LinkedHashMap<String, Object>());
    }
    node.put(path[path.length - 1], value);
  }
}
