package dev.condor.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.error.PluginException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Provider;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyProvider;
import dev.condor.core.Condor;
import dev.condor.core.config.ConfigLoader;
import dev.condor.core.plugin.PluginRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A bad configuration fails the engine's build with one message that names the key, before
 * anything can trade.
 */
class ConfigurationAtStartTest {

  /** The test condor strategy as a plugin with a validated wing width. */
  static final class CondorProvider implements StrategyProvider<Double> {
    @Override
    public String id() {
      return "test-condor";
    }

    @Override
    public String apiVersion() {
      return ApiVersion.CURRENT;
    }

    @Override
    public String description() {
      return "test condor";
    }

    @Override
    public Class<Double> configType() {
      return Double.class;
    }

    @Override
    public Double configure(Settings settings) {
      settings.requireOnly(Set.of("wingWidth"));
      double width = settings.number("wingWidth", 10);
      if (width <= 0) {
        throw new InvalidValueException("wingWidth", width, "must be > 0");
      }
      return width;
    }

    @Override
    public Strategy create(Double width, Secrets secrets) {
      return new TestStrategies.DeltaCondor(width);
    }
  }

  private static Condor build(String yamlLikeWidth, String providerId) {
    PluginRegistry installed = PluginRegistry.discover();
    List<Provider<?, ?>> providers = new ArrayList<>();
    for (dev.condor.api.plugin.ProviderKind kind : dev.condor.api.plugin.ProviderKind.values()) {
      providers.addAll(installed.providers(kind));
    }
    providers.add(new CondorProvider());
    Settings root = ConfigLoader.load(Map.of(), null, Map.of(), Map.of(
        "strategies", Map.of("ic", Map.of("strategy", providerId,
            "settings", Map.of("wingWidth", yamlLikeWidth)))));
    return Condor.builder()
        .registry(PluginRegistry.of(providers))
        .market(new BlackScholesTestMarket(m -> 5800))
        .configure(root)
        .shutdownHook(false)
        .build();
  }

  @Test
  void aWrongTypeFailsNamingTheFullKey() {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> build("wide", "test-condor"));
    assertEquals("strategies.ic.settings.wingWidth", e.key());
    assertTrue(e.getMessage().contains("expected a number, found \"wide\""), e.getMessage());
  }

  @Test
  void aNegativeWidthFailsNamingTheKeyAndTheRule() {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> build("-10", "test-condor"));
    assertTrue(e.getMessage().contains("wingWidth = -10.0: must be > 0"), e.getMessage());
    assertTrue(e.key().startsWith("strategies.ic"), e.key());
  }

  @Test
  void anUnknownStrategyIdFailsListingTheKnownOnes() {
    PluginException e = assertThrows(PluginException.class, () -> build("10", "iron-condor-9dte"));
    assertEquals("CONDOR-PLUGIN-UNKNOWN-ID", e.code());
    assertTrue(e.getMessage().contains("[test-condor]"), e.getMessage());
  }

  @Test
  void anUnknownTopLevelSectionIsRefused() {
    Settings root = Settings.of("", Map.of("brokers", Map.of("id", "paper")));
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> Condor.builder().configure(root));
    assertEquals("brokers", e.key());
  }

  @Test
  void aGoodConfigurationBuilds() {
    build("15", "test-condor").close();
  }
}
