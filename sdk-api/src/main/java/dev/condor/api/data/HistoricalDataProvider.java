package dev.condor.api.data;

import dev.condor.api.Stable;
import dev.condor.api.plugin.Provider;
import dev.condor.api.plugin.ProviderKind;

/**
 * Makes {@link HistoricalData} services; registered for {@link java.util.ServiceLoader} by data
 * plugins.
 *
 * @param <C> the provider's configuration type
 */
@Stable(since = "0.1")
public interface HistoricalDataProvider<C> extends Provider<HistoricalData, C> {

  @Override
  default ProviderKind kind() {
    return ProviderKind.HISTORICAL_DATA;
  }
}
