package dev.condor.strategies.wheel;

import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyProvider;

/** Makes {@code spx-wheel} strategies for ServiceLoader (seed S4's calibrated SPX wheel). */
public final class SpxWheelProvider implements StrategyProvider<SpxWheelConfig> {

  /** The strategy's id. */
  public static final String ID = "spx-wheel";

  /** For ServiceLoader. */
  public SpxWheelProvider() {}

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
    return "Cash-secured SPX puts daily at spot x (0.96 - 0.15 x delta), Friday nearest 45 DTE,"
        + " VIX 12-35, max 3 open, 50% margin; calibrated parameters when present (S4)";
  }

  @Override
  public Class<SpxWheelConfig> configType() {
    return SpxWheelConfig.class;
  }

  /** Reads the settings, and the calibration file they name, once, now. */
  @Override
  public SpxWheelConfig configure(Settings settings) {
    return SpxWheelConfig.from(settings);
  }

  @Override
  public Strategy create(SpxWheelConfig config, Secrets secrets) {
    return new SpxWheelStrategy(config);
  }
}
