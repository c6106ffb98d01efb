package dev.condor.ibkr;

import dev.condor.api.Experimental;
import dev.condor.api.broker.BrokerProvider;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import java.util.Set;

/**
 * The {@code "ibkr"} broker provider: Interactive Brokers through the Client Portal / Web API
 * gateway the user runs and logs into in a browser.
 *
 * <p>Keys: {@code baseUrl} (default {@value IbkrConfig#DEFAULT_BASE_URL}), {@code accountId}
 * (default: the gateway's selected account), {@code timeout} (10s), {@code
 * trustSelfSignedCertificate} (false; the gateway ships a self-signed certificate, and trusting it
 * is an explicit choice that applies to this broker's client only), {@code minRequestInterval}
 * (100ms, global pacing) and {@code tickleInterval} (60s; 0 for no scheduled keep-alive).
 *
 * <p>No secrets: the gateway holds the session, and the broker never sees a password. Its cookies
 * are never logged.
 */
@Experimental(since = "0.1")
public final class IbkrBrokerProvider implements BrokerProvider<IbkrConfig> {

  /** The provider id. */
  public static final String ID = "ibkr";

  private static final Set<String> KEYS = Set.of("baseUrl", "accountId", "timeout",
      "trustSelfSignedCertificate", "minRequestInterval", "tickleInterval");

  /** The provider {@link java.util.ServiceLoader} instantiates; does no work. */
  public IbkrBrokerProvider() {}

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
    return "Interactive Brokers over the Client Portal / Web API gateway: combo option orders with"
        + " customer order ids, what-if previews, limit replacement, fills, balances and positions";
  }

  @Override
  public Class<IbkrConfig> configType() {
    return IbkrConfig.class;
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.MULTI_LEG_ORDERS, Capability.ORDER_PREVIEW, Capability.MARKET_ORDERS,
        Capability.REPLACE_ORDER);
  }

  @Override
  public IbkrConfig configure(Settings settings) {
    settings.requireOnly(KEYS);
    String key = null;
    try {
      IbkrConfig.Builder b = IbkrConfig.builder();
      key = "baseUrl";
      b.baseUrl(settings.string("baseUrl", IbkrConfig.DEFAULT_BASE_URL));
      key = "accountId";
      b.accountId(settings.string("accountId").map(String::strip).filter(s -> !s.isEmpty())
          .orElse(null));
      key = "timeout";
      b.timeout(settings.duration("timeout", IbkrConfig.DEFAULT_TIMEOUT));
      key = "trustSelfSignedCertificate";
      b.trustSelfSignedCertificate(settings.bool("trustSelfSignedCertificate", false));
      key = "minRequestInterval";
      b.minRequestInterval(settings.duration("minRequestInterval",
          IbkrConfig.DEFAULT_MIN_REQUEST_INTERVAL));
      key = "tickleInterval";
      b.tickleInterval(settings.duration("tickleInterval", IbkrConfig.DEFAULT_TICKLE_INTERVAL));
      return b.build();
    } catch (InvalidValueException e) {
      throw new ConfigurationException(settings.fullKey(key), e.rule(), e);
    }
  }

  @Override
  public IbkrBroker create(IbkrConfig config, Secrets secrets) {
    if (config == null) {
      throw new InvalidValueException("config", null, "is required");
    }
    return new IbkrBroker(config);
  }
}
