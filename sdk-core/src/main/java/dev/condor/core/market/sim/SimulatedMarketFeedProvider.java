package dev.condor.core.market.sim;

import dev.condor.api.Experimental;
import dev.condor.api.data.MarketDataFeed;
import dev.condor.api.data.MarketDataFeedProvider;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import java.time.InstantSource;
import java.util.Set;

/**
 * The {@code "simulated"} market-data feed: the embedded {@link SimulatedMarket} at the system
 * clock's "now", needing no account, key or network. Configured by the keys of {@link
 * SimulationConfig}; an engine that runs on an accelerated clock uses {@link
 * #create(SimulationConfig, InstantSource)}.
 */
@Experimental(since = "0.1")
public final class SimulatedMarketFeedProvider implements MarketDataFeedProvider<SimulationConfig> {

  /** The provider id. */
  public static final String ID = "simulated";

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
    return "Simulated SPX/NDX/ETF market with VIX indices and option chains (deterministic, "
        + "estimated; no account needed)";
  }

  @Override
  public Class<SimulationConfig> configType() {
    return SimulationConfig.class;
  }

  @Override
  public SimulationConfig configure(Settings settings) {
    return SimulationConfig.fromSettings(settings);
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.SIMULATED, Capability.OPTION_CHAINS, Capability.GREEKS,
        Capability.STREAMING_QUOTES);
  }

  /** A feed at the system clock. */
  @Override
  public MarketDataFeed create(SimulationConfig config, Secrets secrets) {
    return create(config, InstantSource.system());
  }

  /** A feed whose "now" is a given clock's (e.g. the engine's accelerated clock). */
  public SimulatedMarketFeed create(SimulationConfig config, InstantSource clock) {
    return new SimulatedMarketFeed(SimulatedMarket.shared(config), clock);
  }
}
