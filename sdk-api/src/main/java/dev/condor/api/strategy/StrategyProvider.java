package dev.condor.api.strategy;

import dev.condor.api.Stable;
import dev.condor.api.plugin.Provider;
import dev.condor.api.plugin.ProviderKind;

/**
 * Makes {@link Strategy} instances from a validated configuration; registered for {@link
 * java.util.ServiceLoader}. The id is the strategy's name in {@code condor list}.
 *
 * @param <C> the strategy's configuration type, whose defaults are the strategy's documented
 *     parameters
 */
@Stable(since = "0.1")
public interface StrategyProvider<C> extends Provider<Strategy, C> {

  @Override
  default ProviderKind kind() {
    return ProviderKind.STRATEGY;
  }
}
