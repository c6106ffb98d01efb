package dev.condor.strategies.zerodte;

import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyProvider;

/** Makes {@code iron-condor-0dte} strategies (seed S2's {@code dte0_ic}) for ServiceLoader. */
public final class ZeroDteCondorProvider implements StrategyProvider<ZeroDteCondorConfig> {

  /** The strategy's id in {@code condor list} and in configuration. */
  public static final String ID = "iron-condor-0dte";

  /** For ServiceLoader. */
  public ZeroDteCondorProvider() {}

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
    return "0DTE SPX iron condor, 09:45-10:00 ET, VIX 14-30, 0.06-delta shorts >= 30 pts out,"
        + " 10-pt wings, 50% target, 2x stop, red lines, 15:45 close (S2 dte0_ic)";
  }

  @Override
  public Class<ZeroDteCondorConfig> configType() {
    return ZeroDteCondorConfig.class;
  }

  @Override
  public ZeroDteCondorConfig configure(Settings settings) {
    return ZeroDteCondorConfig.from(settings);
  }

  @Override
  public Strategy create(ZeroDteCondorConfig config, Secrets secrets) {
    return new ZeroDteCondorStrategy(config);
  }
}
