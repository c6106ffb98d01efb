/**
 * The bundled strategies (S0-S4 of the systems Condor replaces); the strategies arrive with the
 * strategy-pack issue. Depends on the API only; found by the engine through ServiceLoader.
 */
module dev.condor.strategies {
  requires dev.condor.api;

  provides dev.condor.api.strategy.StrategyProvider with
      dev.condor.strategies.vix1d.Vix1dSpreadProvider,
      dev.condor.strategies.zerodte.ZeroDteCondorProvider,
      dev.condor.strategies.monthly.MonthlyIronCondorProvider,
      dev.condor.strategies.wheel.SpxWheelProvider,
      dev.condor.strategies.percentile.PercentileSpreadProvider,
      dev.condor.strategies.ivhv.IvHvProvider;
}
