package dev.condor.strategies.monthly;

import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyProvider;

/** Makes {@code iron-condor-monthly} strategies for ServiceLoader (seed S2's monthly_ic). */
public final class MonthlyIronCondorProvider implements StrategyProvider<MonthlyIronCondorConfig> {

  /** The strategy's id. */
  public static final String ID = "iron-condor-monthly";

  /** For ServiceLoader. */
  public MonthlyIronCondorProvider() {}

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
    return "SPX monthly iron condor on a 20% VIX spike: 49+ DTE, 0.10-delta shorts, 25-pt wings,"
        + " half closed at 30 delta / 50 pts, all at 30 DTE (S2 monthly_ic)";
  }

  @Override
  public Class<MonthlyIronCondorConfig> configType() {
    return MonthlyIronCondorConfig.class;
  }

  @Override
  public MonthlyIronCondorConfig configure(Settings settings) {
    return MonthlyIronCondorConfig.from(settings);
  }

  @Override
  public Strategy create(MonthlyIronCondorConfig config, Secrets secrets) {
    return new MonthlyIronCondorStrategy(config);
  }
}
