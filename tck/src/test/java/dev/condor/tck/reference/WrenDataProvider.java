package dev.condor.tck.reference;

import dev.condor.api.data.HistoricalData;
import dev.condor.api.data.HistoricalDataProvider;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.SecretSpec;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * The TCK's reference historical-data plugin for Wren, a made-up JSON REST data venue (API key in
 * the {@code X-Wren-Key} header, bars and contracts paged by a {@code next} link): it passes the
 * market-data suite; copies with a {@link DataFlaw} switched on must fail it. Public only because
 * ServiceLoader needs a public provider class.
 */
public final class WrenDataProvider implements HistoricalDataProvider<WrenDataProvider.Config> {

  static final String ID = "wren";
  private static final Set<String> KEYS = Set.of("baseUrl", "requestTimeout", "maxRetryAfter");

  /** Wren's settings. */
  record Config(URI baseUrl, Duration requestTimeout, Duration maxRetryAfter) {}

  private final Set<DataFlaw> flaws;

  /** The well-behaved plugin, as ServiceLoader makes it. */
  public WrenDataProvider() {
    this(Set.of());
  }

  WrenDataProvider(Set<DataFlaw> flaws) {
    this.flaws = flaws.isEmpty() ? Set.of() : EnumSet.copyOf(flaws);
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
    return "Wren (the TCK's made-up reference data venue)";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public Set<SecretSpec> secrets() {
    return Set.of(SecretSpec.required("apiKey", "the Wren API key"));
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.INTRADAY_BARS);
  }

  @Override
  public Config configure(Settings settings) {
    settings.requireOnly(KEYS);
    String base = settings.string("baseUrl").filter(s -> !s.isBlank()).orElseThrow(() ->
        new ConfigurationException(settings.fullKey("baseUrl"), "is required"));
    URI uri;
    try {
      uri = new URI(base);
    } catch (URISyntaxException e) {
      throw new ConfigurationException(settings.fullKey("baseUrl"), "\"" + base
          + "\" is not a URL", e);
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null) {
      throw new ConfigurationException(settings.fullKey("baseUrl"), "\"" + base
          + "\" is not an absolute http(s) URL");
    }
    Duration timeout = settings.duration("requestTimeout", Duration.ofSeconds(10));
    if (timeout.isZero() || timeout.isNegative()) {
      throw new ConfigurationException(settings.fullKey("requestTimeout"), "must be > 0");
    }
    return new Config(uri, timeout, settings.duration("maxRetryAfter", Duration.ofSeconds(10)));
  }

  @Override
  public HistoricalData create(Config config, Secrets secrets) {
    return new WrenData(config, secrets.require("apiKey"), flaws);
  }

  @Override
  public String toString() {
    return "WrenDataProvider" + (flaws.isEmpty() ? "" : flaws);
  }
}
