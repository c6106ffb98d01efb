package dev.condor.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.condor.api.plugin.Provider;
import dev.condor.api.plugin.ProviderKind;
import dev.condor.core.journal.JsonLinesJournalProvider;
import dev.condor.core.plugin.PluginRegistry;
import org.junit.jupiter.api.Test;

/**
 * Proves discovery on the class path: the samples have no module-info, so every jar is in the
 * unnamed module and ServiceLoader can only find providers through {@code META-INF/services}. (The
 * module path is proved by sdk-core's own tests.)
 */
class ClassPathDiscoveryTest {

  @Test
  void findsTheJournalProviderThroughMetaInfServicesOnTheClassPath() {
    assertFalse(PluginRegistry.class.getModule().isNamed(), "this test must run on the class path");

    Provider<?, ?> provider = PluginRegistry.discover()
        .find(ProviderKind.JOURNAL_SINK, JsonLinesJournalProvider.ID);

    assertEquals(JsonLinesJournalProvider.class, provider.getClass());
  }
}
