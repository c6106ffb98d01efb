package dev.condor.api.plugin;

import dev.condor.api.Stable;
import dev.condor.api.error.PluginException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The secrets handed to a provider when it creates its service, by name. */
@Stable(since = "0.1")
public interface Secrets {

  /** The secret with this name, if supplied. */
  Optional<Secret> find(String name);

  /** The names of the secrets supplied. */
  Set<String> names();

  /**
   * The secret with this name.
   *
   * @throws PluginException ({@link PluginException.Problem#MISSING_SECRET}) if it was not supplied
   */
  default Secret require(String name) {
    return find(name).orElseThrow(() -> new PluginException(PluginException.Problem.MISSING_SECRET,
        "secret \"" + name + "\" was not supplied; set it in the environment or the secrets file"));
  }

  /** No secrets. */
  static Secrets none() {
    return of(Map.of());
  }

  /** Secrets from name/value pairs; the map is copied. */
  static Secrets of(Map<String, String> values) {
    Map<String, Secret> secrets = new LinkedHashMap<>();
    values.forEach((name, value) -> secrets.put(name, Secret.of(name, value)));
    Map<String, Secret> frozen = Map.copyOf(secrets);
    return new Secrets() {
      @Override
      public Optional<Secret> find(String name) {
        return Optional.ofNullable(frozen.get(name));
      }

      @Override
      public Set<String> names() {
        return frozen.keySet();
      }

      @Override
      public String toString() {
        return "Secrets" + frozen.keySet();
      }
    };
  }
}
