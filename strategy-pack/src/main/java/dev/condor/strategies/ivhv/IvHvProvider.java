package dev.condor.strategies.ivhv;

import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyProvider;

/** Makes {@code iv-hv-short-call} strategies (seed S3) for ServiceLoader. */
public final class IvHvProvider implements StrategyProvider<IvHvConfig> {

  /** The strategy's id. */
  public static final String ID = "iv-hv-short-call";

  /** For ServiceLoader. */
  public IvHvProvider() {}

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
    return "S3: sells ETF calls 5-15% OTM, ~30 days out, when IV > HV + 3 points and the bid beats"
        + " Black-Scholes at HV by 5%; SPY, VOO, VTI, QQQ daily from 09:35, held to expiry";
  }

  @Override
  public Class<IvHvConfig> configType() {
    return IvHvConfig.class;
  }

  @Override
  public IvHvConfig configure(Settings settings) {
    return IvHvConfig.from(settings);
  }

  @Override
  public Strategy create(IvHvConfig config, Secrets secrets) {
    return new IvHvStrategy(config);
  }
}
