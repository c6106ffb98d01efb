package dev.condor.api.journal;

import dev.condor.api.Stable;

/**
 * Where journal events go: the engine's JSON Lines files, or a sink an application adds (a
 * database, a message bus). The engine writes an ORDER event and waits for {@link #append} to
 * return before the order leaves, so a sink must have made the event durable when it returns.
 */
@Stable(since = "0.1")
public interface JournalSink extends AutoCloseable {

  /**
   * Appends an event durably.
   *
   * @throws dev.condor.api.error.CondorException if it could not; the engine then sends nothing
   */
  void append(JournalEvent event);

  /** Releases files and connections; never throws. */
  @Override
  void close();
}
