package dev.condor.core.journal;

import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.journal.JournalSink;
import dev.condor.api.journal.JournalSinkProvider;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;

/**
 * The {@code "jsonl"} journal sink: JSON Lines files per strategy under a directory ({@code
 * directory}, default {@code logs}), times in exchange time ({@code zone}, default {@code
 * America/New_York}).
 */
public final class JsonLinesJournalProvider implements JournalSinkProvider<JsonLinesJournalProvider.Config> {

  /** The provider id. */
  public static final String ID = "jsonl";

  /** Where the files go and which time zone the timestamps use. */
  public static final class Config {
    private final Path directory;
    private final ZoneId zone;

    Config(Path directory, ZoneId zone) {
      this.directory = directory;
      this.zone = zone;
    }

    /** The journal's root directory. */
    public Path directory() {
      return directory;
    }

    /** The zone of the timestamps. */
    public ZoneId zone() {
      return zone;
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String apiVersion() {
    return ApiVersion.CURRENT;
  }

  @Override
  public String description() {
    return "Append-only JSON Lines journal per strategy (trades.jsonl, risk_events.jsonl, events.jsonl)";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public Config configure(Settings settings) {
    settings.requireOnly(Set.of("directory", "zone"));
    String zone = settings.string("zone", "America/New_York");
    ZoneId zoneId;
    try {
      zoneId = ZoneId.of(zone);
    } catch (java.time.DateTimeException e) {
      throw new dev.condor.api.error.ConfigurationException(settings.fullKey("zone"),
          "expected a time zone id such as America/New_York, found \"" + zone + "\"");
    }
    return new Config(Path.of(settings.string("directory", "logs")), zoneId);
  }

  @Override
  public JournalSink create(Config config, Secrets secrets) {
    return new JsonLinesJournal(config.directory(), config.zone());
  }
}
