package dev.condor.tastytrade;

import dev.condor.api.data.MarketDataFeedProvider;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.SecretSpec;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import java.util.Set;

/**
 * tastytrade market data ({@link TastytradeMarketDataFeed}): REST quote and chain snapshots, no
 * streaming yet. Same id, settings and secrets as {@link TastytradeBrokerProvider}, whose checks it
 * uses; point both at the same {@code tokenFile} and they share one access token.
 */
public final class TastytradeMarketDataFeedProvider
    implements MarketDataFeedProvider<TastytradeConfig> {

  private final TastytradeBrokerProvider broker = new TastytradeBrokerProvider();

  /** The provider {@link java.util.ServiceLoader} instantiates; does no work. */
  public TastytradeMarketDataFeedProvider() {}

  @Override
  public String id() {
    return TastytradeBrokerProvider.ID;
  }

  @Override
  public String apiVersion() {
    return ApiVersion.CURRENT;
  }

  @Override
  public String description() {
    return "tastytrade: quote and option chain snapshots (with greeks and IV) over the REST API"
        + " (OAuth2); no streaming yet (DXLink not implemented)";
  }

  @Override
  public Class<TastytradeConfig> configType() {
    return TastytradeConfig.class;
  }

  @Override
  public Set<SecretSpec> secrets() {
    return broker.secrets();
  }

  @Override
  public TastytradeConfig configure(Settings settings) {
    return broker.configure(settings);
  }

  @Override
  public TastytradeMarketDataFeed create(TastytradeConfig config, Secrets secrets) {
    if (config == null) {
      throw new InvalidValueException("config", null, "is required");
    }
    return new TastytradeMarketDataFeed(config, secrets.require("clientSecret"),
        secrets.require("refreshToken"), secrets.find("clientId").orElse(null));
  }
}
