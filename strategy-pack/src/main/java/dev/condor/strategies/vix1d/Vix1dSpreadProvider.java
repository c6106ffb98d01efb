package dev.condor.strategies.vix1d;

import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyProvider;

/** Makes {@code vix1d-credit-spread} strategies (seed S0) for ServiceLoader. */
public final class Vix1dSpreadProvider implements StrategyProvider<Vix1dSpreadConfig> {

  /** The strategy's id in {@code condor list} and in configuration. */
  public static final String ID = "vix1d-credit-spread";

  /** For ServiceLoader. */
  public Vix1dSpreadProvider() {}

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
    return "0DTE SPX credit spread at 09:36 ET, half the VIX1D expected move out, side from SPY"
        + " vs its 20-day average; held to settlement (S0)";
  }

  @Override
  public Class<Vix1dSpreadConfig> configType() {
    return Vix1dSpreadConfig.class;
  }

  @Override
  public Vix1dSpreadConfig configure(Settings settings) {
    return Vix1dSpreadConfig.from(settings);
  }

  @Override
  public Strategy create(Vix1dSpreadConfig config, Secrets secrets) {
    return new Vix1dSpreadStrategy(config);
  }
}
