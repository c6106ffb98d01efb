package dev.condor.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.plugin.Provider;
import dev.condor.api.plugin.ProviderKind;
import dev.condor.core.journal.JsonLinesJournalProvider;
import org.junit.jupiter.api.Test;

/**
 * Proves discovery on the module path: the engine's tests run as the named module {@code
 * dev.condor.core}, where ServiceLoader ignores {@code META-INF/services} and only the {@code
 * provides} clause of module-info can make the provider visible. (The class path is proved by the
 * samples module, which has no module-info.)
 */
class ServiceLoaderDiscoveryTest {

  @Test
  void findsTheJournalProviderThroughModuleInfoOnTheModulePath() {
    Module core = PluginRegistry.class.getModule();
    assertTrue(core.isNamed(), "this test must run on the module path");
    assertEquals("dev.condor.core", core.getName());

    Provider<?, ?> provider = PluginRegistry.discover()
        .find(ProviderKind.JOURNAL_SINK, JsonLinesJournalProvider.ID);

    assertEquals(JsonLinesJournalProvider.class, provider.getClass());
    assertEquals("dev.condor.core", provider.getClass().getModule().getName());
  }
}
