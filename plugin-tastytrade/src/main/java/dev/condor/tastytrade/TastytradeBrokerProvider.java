package dev.condor.tastytrade;

import dev.condor.api.broker.BrokerProvider;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.Secret;
import dev.condor.api.plugin.SecretSpec;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code "tastytrade"} broker provider: multi-leg option orders, dry-run previews and
 * replacements over tastytrade's REST API, authenticated with OAuth2.
 *
 * <p>Keys: {@code baseUrl} (default production, {@value #PRODUCTION_TEXT}), {@code sandbox}
 * ({@code true} selects {@value #SANDBOX_TEXT}; not together with {@code baseUrl}), {@code
 * accountNumber} (default: the login's only account), {@code timeout} (10s), {@code tokenFile}
 * (default {@code ~/.condor/tastytrade/token.json}), {@code orderIdFile} (default {@code
 * orders.json} beside the token file), {@code userAgent} ({@code product/version}, default {@code
 * condor-tastytrade/0.1}) and {@code rateLimitWait} (30s, the longest a 429 is waited out).
 *
 * <p>Secrets: {@code clientSecret} and {@code refreshToken} of the OAuth application (from
 * my.tastytrade.com, Manage, API, OAuth Applications), and optionally {@code clientId}.
 */
public final class TastytradeBrokerProvider implements BrokerProvider<TastytradeConfig> {

  /** The provider id. */
  public static final String ID = "tastytrade";

  static final String PRODUCTION_TEXT = "https://api.tastyworks.com";
  static final String SANDBOX_TEXT = "https://api.cert.tastyworks.com";

  private static final Set<String> KEYS = Set.of("baseUrl", "sandbox", "accountNumber", "timeout",
      "tokenFile", "orderIdFile", "userAgent", "rateLimitWait");
  private static final Pattern ACCOUNT = Pattern.compile("[A-Z0-9]{5,16}");
  private static final Pattern USER_AGENT = Pattern.compile("[!-.0-~]+/[!-.0-~]+");

  /** The provider {@link java.util.ServiceLoader} instantiates; does no work. */
  public TastytradeBrokerProvider() {}

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
    return "tastytrade: multi-leg option orders, dry-run previews and replacements over the REST"
        + " API (OAuth2)";
  }

  @Override
  public Class<TastytradeConfig> configType() {
    return TastytradeConfig.class;
  }

  @Override
  public Set<SecretSpec> secrets() {
    return Set.of(
        SecretSpec.required("clientSecret",
            "the OAuth application's client secret (my.tastytrade.com: Manage, API, OAuth"
                + " Applications)"),
        SecretSpec.required("refreshToken",
            "a refresh token granted to that application (OAuth Applications, Manage, Create"
                + " Grant)"),
        SecretSpec.optional("clientId", "the OAuth application's client id (optional)"));
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.MULTI_LEG_ORDERS, Capability.ORDER_PREVIEW, Capability.REPLACE_ORDER,
        Capability.MARKET_ORDERS);
  }

  @Override
  public TastytradeConfig configure(Settings settings) {
    settings.requireOnly(KEYS);
    boolean sandbox = settings.bool("sandbox", false);
    URI baseUrl;
    if (settings.has("baseUrl")) {
      if (sandbox) {
        throw new ConfigurationException(settings.fullKey("sandbox"),
            "set either sandbox: true or baseUrl, not both");
      }
      baseUrl = baseUrl(settings);
    } else {
      baseUrl = sandbox ? TastytradeConfig.SANDBOX : TastytradeConfig.PRODUCTION;
    }
    Optional<String> account = settings.string("accountNumber").map(String::strip);
    if (account.isPresent() && !ACCOUNT.matcher(account.get()).matches()) {
      throw new ConfigurationException(settings.fullKey("accountNumber"),
          "expected a tastytrade account number (5-16 upper-case letters and digits, e.g. 5WT00001),"
              + " found \"" + account.get() + "\"");
    }
    Duration timeout = positive(settings, "timeout", Duration.ofSeconds(10));
    Duration rateLimitWait = settings.duration("rateLimitWait", Duration.ofSeconds(30));
    if (rateLimitWait.isNegative()) {
      throw new ConfigurationException(settings.fullKey("rateLimitWait"), "must not be negative");
    }
    Path tokenFile = path(settings, "tokenFile",
        Path.of(System.getProperty("user.home"), ".condor", "tastytrade", "token.json"));
    Path parent = tokenFile.toAbsolutePath().getParent();
    Path orderIdFile = path(settings, "orderIdFile", parent.resolve("orders.json"));
    String userAgent = settings.string("userAgent", "condor-tastytrade/0.1").strip();
    if (!USER_AGENT.matcher(userAgent).matches()) {
      throw new ConfigurationException(settings.fullKey("userAgent"),
          "tastytrade refuses requests without a User-Agent of the form product/version (e.g."
              + " condor-tastytrade/0.1), found \"" + userAgent + "\"");
    }
    return new TastytradeConfig(baseUrl, account, timeout, tokenFile, orderIdFile, userAgent,
        rateLimitWait, settings.fullKey("accountNumber"));
  }

  private static URI baseUrl(Settings settings) {
    String text = settings.string("baseUrl").orElse("").strip();
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
          && (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))
          && uri.getQuery() == null && uri.getUserInfo() == null) {
        return URI.create(scheme + "://" + uri.getRawAuthority());
      }
    } catch (URISyntaxException e) {
      // reported below with what was expected
    }
    throw new ConfigurationException(settings.fullKey("baseUrl"),
        "expected an http(s) URL with a host and no path, e.g. " + PRODUCTION_TEXT + ", found \""
            + text + "\"");
  }

  private static Duration positive(Settings settings, String key, Duration defaultValue) {
    Duration d = settings.duration(key, defaultValue);
    if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofMinutes(5)) > 0) {
      throw new ConfigurationException(settings.fullKey(key),
          "expected a duration between 1ms and 5m, found " + d);
    }
    return d;
  }

  private static Path path(Settings settings, String key, Path defaultValue) {
    Optional<String> text = settings.string(key);
    if (text.isEmpty()) {
      return defaultValue;
    }
    try {
      Path p = Path.of(text.get().strip());
      if (text.get().isBlank() || p.getFileName() == null) {
        throw new InvalidPathException(text.get(), "names no file");
      }
      return p;
    } catch (InvalidPathException e) {
      throw new ConfigurationException(settings.fullKey(key),
          "expected a file path, found \"" + text.get() + "\"", e);
    }
  }

  /**
   * A broker for the configured account.
   *
   * @throws dev.condor.api.error.PluginException if {@code clientSecret} or {@code refreshToken}
   *     was not supplied
   */
  @Override
  public TastytradeBroker create(TastytradeConfig config, Secrets secrets) {
    if (config == null) {
      throw new InvalidValueException("config", null, "is required");
    }
    Secret clientSecret = secrets.require("clientSecret");
    Secret refreshToken = secrets.require("refreshToken");
    Secret clientId = secrets.find("clientId").orElse(null);
    return new TastytradeBroker(config, clientSecret, refreshToken, clientId);
  }
}
