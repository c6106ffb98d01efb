package dev.condor.api.journal;

import dev.condor.api.Stable;
import dev.condor.api.plugin.Provider;
import dev.condor.api.plugin.ProviderKind;

/**
 * Makes {@link JournalSink}s; registered for {@link java.util.ServiceLoader}.
 *
 * @param <C> the sink's configuration type
 */
@Stable(since = "0.1")
public interface JournalSinkProvider<C> extends Provider<JournalSink, C> {

  @Override
  default ProviderKind kind() {
    return ProviderKind.JOURNAL_SINK;
  }
}
