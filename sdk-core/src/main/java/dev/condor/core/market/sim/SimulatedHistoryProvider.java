package dev.condor.core.market.sim;

import dev.condor.api.Experimental;
import dev.condor.api.data.HistoricalData;
import dev.condor.api.data.HistoricalDataProvider;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import java.util.Set;

/**
 * The {@code "simulated"} history: bars, option bars, listed contracts and chains of the embedded
 * {@link SimulatedMarket}, for backtests that need no data vendor. Configured by the keys of
 * {@link SimulationConfig}; {@code chainDays} sets the expiries {@code chainAt} includes.
 */
@Experimental(since = "0.1")
public final class SimulatedHistoryProvider implements HistoricalDataProvider<SimulationConfig> {

  /** The provider id. */
  public static final String ID = SimulatedMarketFeedProvider.ID;

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
    return "Simulated minute history of SPX/NDX/ETFs/VIX indices with intraday option chains "
        + "(deterministic, estimated)";
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
    return Set.of(Capability.SIMULATED, Capability.OPTION_CHAINS, Capability.HISTORICAL_CHAINS,
        Capability.INTRADAY_BARS, Capability.GREEKS);
  }

  @Override
  public HistoricalData create(SimulationConfig config, Secrets secrets) {
    return new SimulatedHistory(SimulatedMarket.shared(config));
  }
}
