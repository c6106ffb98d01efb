package dev.condor.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.PluginException;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalSink;
import dev.condor.api.journal.JournalSinkProvider;
import dev.condor.api.plugin.ProviderKind;
import dev.condor.api.plugin.SecretSpec;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PluginRegistryTest {

  /** A journal sink provider whose id, API version and failure modes the test chooses. */
  static class FakeSink implements JournalSinkProvider<Integer> {
    private final String id;
    private final String apiVersion;

    FakeSink(String id, String apiVersion) {
      this.id = id;
      this.apiVersion = apiVersion;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String apiVersion() {
      return apiVersion;
    }

    @Override
    public String description() {
      return "fake";
    }

    @Override
    public Class<Integer> configType() {
      return Integer.class;
    }

    @Override
    public Integer configure(Settings settings) {
      settings.requireOnly(Set.of("size"));
      int size = settings.integer("size", 1);
      if (size < 1) {
        throw new dev.condor.api.error.InvalidValueException("size", size, "must be >= 1");
      }
      return size;
    }

    @Override
    public Set<SecretSpec> secrets() {
      return Set.of(SecretSpec.required("apiKey", "the sink's key"));
    }

    @Override
    public JournalSink create(Integer config, Secrets secrets) {
      return new JournalSink() {
        @Override
        public void append(JournalEvent event) {}

        @Override
        public void close() {}
      };
    }
  }

  static class OtherFakeSink extends FakeSink {
    OtherFakeSink(String id) {
      super(id, "0.1");
    }
  }

  @Test
  void findsProviderByKindAndId() {
    FakeSink sink = new FakeSink("db", "0.1");
    PluginRegistry registry = PluginRegistry.of(List.of(sink));

    assertSame(sink, registry.find(ProviderKind.JOURNAL_SINK, "db"));
    assertSame(sink, registry.find(JournalSinkProvider.class, "db"));
    assertEquals(List.of(sink), registry.providers(ProviderKind.JOURNAL_SINK));
  }

  @Test
  void unknownIdFailsWithCodeAndListsKnownIds() {
    PluginRegistry registry = PluginRegistry.of(List.of(new FakeSink("db", "0.1"), new FakeSink("kafka", "0.1")));

    PluginException e = assertThrows(PluginException.class,
        () -> registry.find(ProviderKind.JOURNAL_SINK, "mongo"));

    assertEquals("CONDOR-PLUGIN-UNKNOWN-ID", e.code());
    assertTrue(e.getMessage().contains("\"mongo\""), e.getMessage());
    assertTrue(e.getMessage().contains("[db, kafka]"), e.getMessage());
  }

  @Test
  void duplicateIdFailsUnlessAnOverrideNamesTheClass() {
    FakeSink first = new FakeSink("db", "0.1");
    OtherFakeSink second = new OtherFakeSink("db");
    PluginRegistry registry = PluginRegistry.of(List.of(first, second));

    PluginException e = assertThrows(PluginException.class,
        () -> registry.find(ProviderKind.JOURNAL_SINK, "db"));
    assertEquals("CONDOR-PLUGIN-DUPLICATE-ID", e.code());
    assertTrue(e.getMessage().contains(OtherFakeSink.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains("journal-sink:db"), e.getMessage());
  }

  @Test
  void providerBuiltForAnotherMajorVersionIsRefused() {
    PluginRegistry registry = PluginRegistry.of(List.of(new FakeSink("db", "1.0")));

    PluginException e = assertThrows(PluginException.class,
        () -> registry.find(ProviderKind.JOURNAL_SINK, "db"));

    assertEquals("CONDOR-PLUGIN-INCOMPATIBLE-API", e.code());
    assertTrue(e.getMessage().contains("built for Condor API 1.0"), e.getMessage());
  }

  @Test
  void providerBuiltForANewerMinorVersionIsRefused() {
    PluginRegistry registry = PluginRegistry.of(List.of(new FakeSink("db", "0.9")));

    assertEquals("CONDOR-PLUGIN-INCOMPATIBLE-API", assertThrows(PluginException.class,
        () -> registry.find(ProviderKind.JOURNAL_SINK, "db")).code());
  }

  @Test
  void malformedApiVersionIsAnInvalidProvider() {
    PluginRegistry registry = PluginRegistry.of(List.of(new FakeSink("db", "latest")));

    assertEquals("CONDOR-PLUGIN-INVALID", assertThrows(PluginException.class,
        () -> registry.find(ProviderKind.JOURNAL_SINK, "db")).code());
  }

  @Test
  void configurationThatFailsValidationNamesTheKey() {
    Settings settings = Settings.of("journal.db", Map.of("size", 0));

    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> PluginRegistry.configure(new FakeSink("db", "0.1"), settings));

    assertEquals("journal.db", e.key());
    assertTrue(e.getMessage().contains("size = 0: must be >= 1"), e.getMessage());
  }

  @Test
  void wrongTypeInConfigurationNamesTheFullKey() {
    Settings settings = Settings.of("journal.db", Map.of("size", "big"));

    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> PluginRegistry.configure(new FakeSink("db", "0.1"), settings));

    assertEquals("journal.db.size", e.key());
  }

  @Test
  void missingRequiredSecretStopsCreation() {
    PluginException e = assertThrows(PluginException.class, () -> PluginRegistry.create(
        new FakeSink("db", "0.1"), Settings.empty("journal.db"), Secrets.none()));

    assertEquals("CONDOR-PLUGIN-MISSING-SECRET", e.code());
    assertTrue(e.getMessage().contains("apiKey"), e.getMessage());
  }

  @Test
  void createsServiceWhenConfigAndSecretsAreGood() {
    Object sink = PluginRegistry.create(new FakeSink("db", "0.1"),
        Settings.of("journal.db", Map.of("size", 3)), Secrets.of(Map.of("apiKey", "k-123")));

    assertInstanceOf(JournalSink.class, sink);
  }
}
