package dev.condor.strategies.percentile;

import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyProvider;

/** Makes {@code percentile-credit-spread} strategies (seed S1) for ServiceLoader. */
public final class PercentileSpreadProvider implements StrategyProvider<PercentileSpreadConfig> {

  /** The strategy's id. */
  public static final String ID = "percentile-credit-spread";

  /** For ServiceLoader. */
  public PercentileSpreadProvider() {}

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
    return "S1: credit spreads or iron condors at the 95-100th percentile of past moves, 0-10 DTE,"
        + " neutral or with/against the flow, 50% profit target (NDX 1DTE p99 w20 by default)";
  }

  @Override
  public Class<PercentileSpreadConfig> configType() {
    return PercentileSpreadConfig.class;
  }

  @Override
  public PercentileSpreadConfig configure(Settings settings) {
    return PercentileSpreadConfig.from(settings);
  }

  @Override
  public Strategy create(PercentileSpreadConfig config, Secrets secrets) {
    return new PercentileSpreadStrategy(config);
  }
}
