package dev.condor.yfinance;

import dev.condor.api.data.MarketDataFeedProvider;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import java.util.Set;

/**
 * Yahoo Finance polled quotes and option chains ({@link YahooMarketDataFeed}). Same id and
 * settings as {@link YahooHistoricalDataProvider}. Yahoo gives implied volatility but no greeks: the
 * feed computes them (declared as {@link Capability#GREEKS}, marked estimated on every quote).
 * No streaming.
 */
public final class YahooMarketDataFeedProvider implements MarketDataFeedProvider<YahooConfig> {

  /** The provider {@link java.util.ServiceLoader} instantiates; does no work. */
  public YahooMarketDataFeedProvider() {}

  @Override
  public String id() {
    return YahooHistoricalDataProvider.ID;
  }

  @Override
  public String apiVersion() {
    return ApiVersion.CURRENT;
  }

  @Override
  public String description() {
    return "Yahoo Finance: polled quotes and option chains (IV from Yahoo, greeks estimated"
        + " locally by Black-Scholes); no streaming";
  }

  @Override
  public Class<YahooConfig> configType() {
    return YahooConfig.class;
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.OPTION_CHAINS, Capability.GREEKS);
  }

  @Override
  public YahooConfig configure(Settings settings) {
    return YahooHistoricalDataProvider.configureShared(settings);
  }

  @Override
  public YahooMarketDataFeed create(YahooConfig config, Secrets secrets) {
    if (config == null) {
      throw new InvalidValueException("config", null, "is required");
    }
    return new YahooMarketDataFeed(new YahooClient(config), config.riskFreeRate());
  }
}
