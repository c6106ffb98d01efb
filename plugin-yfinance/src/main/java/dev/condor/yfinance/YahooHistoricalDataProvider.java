package dev.condor.yfinance;

import dev.condor.api.data.HistoricalDataProvider;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * Yahoo Finance history ({@link YahooHistoricalData}): underlying and index bars from one minute to
 * one day, with splits and dividends. Yahoo keeps no option history, so the provider declares
 * neither {@link Capability#HISTORICAL_CHAINS} nor option bars, and those calls fail as not found.
 *
 * <p>Settings, all optional: {@code baseUrl} (Yahoo's query host), {@code cookieUrl} (the page
 * that sets the session cookie), {@code timeout} (10 s), {@code userAgent}, {@code
 * rateLimitWait} (5 s, the longest a 429 is waited out once), {@code riskFreeRate} (0.04, for the
 * feed's local greeks). No secrets.
 */
public final class YahooHistoricalDataProvider implements HistoricalDataProvider<YahooConfig> {

  /** The provider id of both Yahoo providers. */
  public static final String ID = "yfinance";

  static final Set<String> KEYS =
      Set.of("baseUrl", "cookieUrl", "timeout", "userAgent", "rateLimitWait", "riskFreeRate");

  /** The provider {@link java.util.ServiceLoader} instantiates; does no work. */
  public YahooHistoricalDataProvider() {}

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
    return "Yahoo Finance: underlying and index bars (1 minute to 1 day) with splits and"
        + " dividends; no option history";
  }

  @Override
  public Class<YahooConfig> configType() {
    return YahooConfig.class;
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.INTRADAY_BARS);
  }

  @Override
  public YahooConfig configure(Settings settings) {
    return configureShared(settings);
  }

  @Override
  public YahooHistoricalData create(YahooConfig config, Secrets secrets) {
    if (config == null) {
      throw new InvalidValueException("config", null, "is required");
    }
    return new YahooHistoricalData(new YahooClient(config));
  }

  static YahooConfig configureShared(Settings settings) {
    settings.requireOnly(KEYS);
    URI baseUrl = url(settings, "baseUrl", YahooConfig.QUERY_HOST);
    URI cookieUrl = url(settings, "cookieUrl", YahooConfig.COOKIE_PAGE);
    Duration timeout = settings.duration("timeout", Duration.ofSeconds(10));
    if (timeout.isNegative() || timeout.isZero()) {
      throw new ConfigurationException(settings.fullKey("timeout"), "must be positive");
    }
    Duration wait = settings.duration("rateLimitWait", Duration.ofSeconds(5));
    if (wait.isNegative()) {
      throw new ConfigurationException(settings.fullKey("rateLimitWait"), "must not be negative");
    }
    String agent = settings.string("userAgent", YahooConfig.DEFAULT_USER_AGENT).strip();
    if (agent.isEmpty()) {
      throw new ConfigurationException(settings.fullKey("userAgent"), "must not be blank");
    }
    double rate = settings.number("riskFreeRate", 0.04);
    if (!Double.isFinite(rate) || rate < -0.05 || rate > 0.5) {
      throw new ConfigurationException(settings.fullKey("riskFreeRate"),
          "must be a decimal rate such as 0.04");
    }
    return new YahooConfig(baseUrl, cookieUrl, timeout, agent, wait, rate);
  }

  private static URI url(Settings settings, String key, URI defaultValue) {
    if (!settings.has(key)) {
      return defaultValue;
    }
    String text = settings.string(key, "").strip();
    try {
      URI uri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
          || uri.getHost() == null) {
        throw new IllegalArgumentException("not an http(s) URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(settings.fullKey(key),
          "must be an http(s) URL such as " + defaultValue + " (" + text + ")");
    }
  }
}
