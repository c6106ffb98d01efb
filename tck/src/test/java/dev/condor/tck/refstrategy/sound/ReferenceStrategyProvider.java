package dev.condor.tck.refstrategy.sound;

import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyProvider;
import java.util.Set;

/** The reference strategy's provider: id {@code tck-reference}, three settings. */
public class ReferenceStrategyProvider implements StrategyProvider<ReferenceStrategy.Config> {

  static final Set<String> KEYS = Set.of("targetDelta", "width", "quantity");

  private final Flaw flaw;

  /** The sound provider (ServiceLoader). */
  public ReferenceStrategyProvider() {
    this(Flaw.NONE);
  }

  /** A provider with one flaw. */
  public ReferenceStrategyProvider(Flaw flaw) {
    this.flaw = flaw;
  }

  @Override
  public String id() {
    return "tck-reference";
  }

  @Override
  public String apiVersion() {
    return ApiVersion.CURRENT;
  }

  @Override
  public String description() {
    return "A put credit spread on SPX at 10:00, for the strategy suite's self-tests";
  }

  @Override
  public Class<ReferenceStrategy.Config> configType() {
    return ReferenceStrategy.Config.class;
  }

  @Override
  public ReferenceStrategy.Config configure(Settings settings) {
    if (flaw != Flaw.ACCEPTS_UNKNOWN_KEYS) {
      settings.requireOnly(KEYS);
    }
    return new ReferenceStrategy.Config(settings.number("targetDelta", 0.10),
        settings.number("width", 10), settings.integer("quantity", 1));
  }

  @Override
  public Strategy create(ReferenceStrategy.Config config, Secrets secrets) {
    return new ReferenceStrategy(config, flaw);
  }
}
