package dev.condor.api.broker;

import dev.condor.api.Stable;
import dev.condor.api.plugin.Provider;
import dev.condor.api.plugin.ProviderKind;

/**
 * Makes {@link Broker}s; registered for {@link java.util.ServiceLoader} by broker plugins.
 *
 * @param <C> the provider's configuration type
 */
@Stable(since = "0.1")
public interface BrokerProvider<C> extends Provider<Broker, C> {

  @Override
  default ProviderKind kind() {
    return ProviderKind.BROKER;
  }
}
