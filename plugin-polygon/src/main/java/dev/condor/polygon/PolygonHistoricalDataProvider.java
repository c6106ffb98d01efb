package dev.condor.polygon;

import dev.condor.api.data.HistoricalDataProvider;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.SecretSpec;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Set;

/**
 * Polygon (Massive) historical data ({@link PolygonHistoricalData}): bars of indices ({@code
 * I:SPX}, {@code I:VIX}...), ETFs and options, and the option contracts listed on a day.
 *
 * <p>Settings: {@code baseUrl} (default {@code https://api.polygon.io}; {@code
 * https://api.massive.com} after the rename, same keys and paths), {@code timeout} (10s), {@code
 * requestsPerMinute} (5, the free plan; 0 = unlimited), {@code rateLimitWait} (60s, the longest a
 * 429 is waited out). Secret: {@code apiKey}, sent only as an {@code Authorization: Bearer} header.
 * No past chains: {@link Capability#HISTORICAL_CHAINS} is not declared.
 */
public final class PolygonHistoricalDataProvider implements HistoricalDataProvider<PolygonConfig> {

  /** The id users select the plugin by. */
  public static final String ID = "polygon";
  /** The name of the API key secret. */
  public static final String API_KEY = "apiKey";

  private static final Set<String> KEYS =
      Set.of("baseUrl", "timeout", "requestsPerMinute", "rateLimitWait");

  /** The provider {@link java.util.ServiceLoader} instantiates; does no work. */
  public PolygonHistoricalDataProvider() {}

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
    return "Polygon (Massive): index, ETF and option bars and listed option contracts over REST";
  }

  @Override
  public Class<PolygonConfig> configType() {
    return PolygonConfig.class;
  }

  @Override
  public Set<SecretSpec> secrets() {
    return Set.of(SecretSpec.required(API_KEY,
        "Polygon (Massive) API key, from the dashboard of polygon.io or massive.com"));
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.INTRADAY_BARS);
  }

  @Override
  public PolygonConfig configure(Settings settings) {
    settings.requireOnly(KEYS);
    PolygonConfig d = PolygonConfig.defaults();
    URI baseUrl = settings.has("baseUrl") ? baseUrl(settings) : d.baseUrl();
    Duration timeout = settings.duration("timeout", d.timeout());
    if (timeout.isNegative() || timeout.isZero()) {
      throw new ConfigurationException(settings.fullKey("timeout"), "must be positive");
    }
    int perMinute = settings.integer("requestsPerMinute", d.requestsPerMinute());
    if (perMinute < 0) {
      throw new ConfigurationException(settings.fullKey("requestsPerMinute"),
          "must be >= 0 (0 = unlimited, 5 = the free plan), found " + perMinute);
    }
    Duration wait = settings.duration("rateLimitWait", d.rateLimitWait());
    if (wait.isNegative()) {
      throw new ConfigurationException(settings.fullKey("rateLimitWait"), "must not be negative");
    }
    return new PolygonConfig(baseUrl, timeout, perMinute, wait);
  }

  private static URI baseUrl(Settings settings) {
    String text = settings.string("baseUrl").orElse("").strip();
    try {
      URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          || uri.getHost() == null || uri.getRawQuery() != null) {
        throw new URISyntaxException(text, "not an http(s) URL without a query");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ConfigurationException(settings.fullKey("baseUrl"),
          "expected an http(s) URL such as https://api.polygon.io or https://api.massive.com,"
              + " found \"" + text + "\"", e);
    }
  }

  /**
   * The service.
   *
   * @throws dev.condor.api.error.PluginException if {@code apiKey} was not supplied
   */
  @Override
  public PolygonHistoricalData create(PolygonConfig config, Secrets secrets) {
    if (config == null) {
      throw new InvalidValueException("config", null, "is required");
    }
    return new PolygonHistoricalData(config, secrets.require(API_KEY));
  }
}
