package dev.condor.polygon;

import dev.condor.api.data.MarketDataFeedProvider;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.SecretSpec;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import java.util.Set;

/**
 * Polygon (Massive) market data ({@link PolygonMarketDataFeed}): polled quote and option chain
 * snapshots with the venue's greeks and IV, no streaming. Same id, settings and secret as {@link
 * PolygonHistoricalDataProvider}, whose checks it uses.
 */
public final class PolygonMarketDataFeedProvider
    implements MarketDataFeedProvider<PolygonConfig> {

  private final PolygonHistoricalDataProvider historical = new PolygonHistoricalDataProvider();

  /** The provider {@link java.util.ServiceLoader} instantiates; does no work. */
  public PolygonMarketDataFeedProvider() {}

  @Override
  public String id() {
    return PolygonHistoricalDataProvider.ID;
  }

  @Override
  public String apiVersion() {
    return ApiVersion.CURRENT;
  }

  @Override
  public String description() {
    return "Polygon (Massive): polled quote and option chain snapshots with greeks and IV;"
        + " no streaming";
  }

  @Override
  public Class<PolygonConfig> configType() {
    return PolygonConfig.class;
  }

  @Override
  public Set<SecretSpec> secrets() {
    return historical.secrets();
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.OPTION_CHAINS, Capability.GREEKS);
  }

  @Override
  public PolygonConfig configure(Settings settings) {
    return historical.configure(settings);
  }

  /**
   * The feed.
   *
   * @throws dev.condor.api.error.PluginException if {@code apiKey} was not supplied
   */
  @Override
  public PolygonMarketDataFeed create(PolygonConfig config, Secrets secrets) {
    if (config == null) {
      throw new InvalidValueException("config", null, "is required");
    }
    return new PolygonMarketDataFeed(config, secrets.require(PolygonHistoricalDataProvider.API_KEY));
  }
}
