package dev.condor.tck.reference;

import dev.condor.api.broker.Broker;
import dev.condor.api.broker.BrokerProvider;
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
 * The TCK's reference broker plugin for Kestrel, a made-up JSON REST venue: written against
 * sdk-api alone, it passes the broker suite; copies with a {@link Flaw} switched on must fail it.
 * Public only because ServiceLoader needs a public provider class.
 */
public final class KestrelBrokerProvider implements BrokerProvider<KestrelConfig> {

  static final String ID = "kestrel";
  private static final Set<String> KEYS =
      Set.of("baseUrl", "accountNumber", "username", "requestTimeout", "maxRetryAfter");

  static final Set<Capability> ALL_CAPABILITIES =
      Set.of(Capability.MULTI_LEG_ORDERS, Capability.ORDER_PREVIEW, Capability.REPLACE_ORDER);

  private final Set<Flaw> flaws;
  private final Set<Capability> capabilities;

  /** The well-behaved plugin, as ServiceLoader makes it. */
  public KestrelBrokerProvider() {
    this(Set.of(), ALL_CAPABILITIES);
  }

  KestrelBrokerProvider(Set<Flaw> flaws, Set<Capability> capabilities) {
    this.flaws = flaws.isEmpty() ? Set.of() : EnumSet.copyOf(flaws);
    this.capabilities = Set.copyOf(capabilities);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String apiVersion() {
    if (flaws.contains(Flaw.WRONG_API_VERSION)) {
      return (ApiVersion.MAJOR + 1) + ".0";
    }
    return ApiVersion.CURRENT;
  }

  @Override
  public String description() {
    return "Kestrel (the TCK's made-up reference venue)";
  }

  @Override
  public Class<KestrelConfig> configType() {
    return KestrelConfig.class;
  }

  @Override
  public Set<SecretSpec> secrets() {
    return Set.of(SecretSpec.required("password", "the Kestrel login password"));
  }

  @Override
  public Set<Capability> capabilities() {
    return capabilities;
  }

  @Override
  public KestrelConfig configure(Settings settings) {
    settings.requireOnly(KEYS);
    String base = required(settings, "baseUrl");
    if (flaws.contains(Flaw.TRUSTS_ANY_BASE_URL)) {
      return new KestrelConfig(URI.create(base), required(settings, "accountNumber"),
          required(settings, "username"), settings.duration("requestTimeout", Duration.ofSeconds(10)),
          settings.duration("maxRetryAfter", Duration.ofSeconds(30)));
    }
    URI uri;
    try {
      uri = new URI(base);
    } catch (URISyntaxException e) {
      throw new ConfigurationException(settings.fullKey("baseUrl"),
          "\"" + base + "\" is not a URL; expected e.g. https://api.kestrel.example", e);
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null) {
      throw new ConfigurationException(settings.fullKey("baseUrl"),
          "\"" + base + "\" is not an absolute http(s) URL; expected e.g. https://api.kestrel.example");
    }
    Duration timeout = settings.duration("requestTimeout", Duration.ofSeconds(10));
    Duration maxRetryAfter = settings.duration("maxRetryAfter", Duration.ofSeconds(30));
    if (timeout.isZero() || timeout.isNegative()) {
      throw new ConfigurationException(settings.fullKey("requestTimeout"), "must be > 0");
    }
    String account = flaws.contains(Flaw.CHECKS_ACCOUNT_LATE)
        ? settings.string("accountNumber").orElse(null) : required(settings, "accountNumber");
    return new KestrelConfig(uri, account, required(settings, "username"), timeout, maxRetryAfter);
  }

  private static String required(Settings settings, String key) {
    return settings.string(key).filter(s -> !s.isBlank()).orElseThrow(() ->
        new ConfigurationException(settings.fullKey(key), "is required"));
  }

  @Override
  public Broker create(KestrelConfig config, Secrets secrets) {
    if (flaws.contains(Flaw.CHECKS_ACCOUNT_LATE)) {
      config.accountNumber().strip();
    }
    return new KestrelBroker(config, secrets.require("password"), flaws);
  }

  @Override
  public String toString() {
    return "KestrelBrokerProvider" + (flaws.isEmpty() ? "" : flaws);
  }
}
