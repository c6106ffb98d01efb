package dev.condor.api.strategy;

import dev.condor.api.Stable;

/** Where a running strategy is in its life: STOPPED → STARTING → RUNNING → STOPPING → STOPPED. */
@Stable(since = "0.1")
public enum StrategyState {
  /** Not running. */
  STOPPED,
  /** Reconciling with the broker and running setup; trades nothing yet. */
  STARTING,
  /** Polling: managing positions and looking for entries. */
  RUNNING,
  /** Running teardown (forced exits, cancels) before it stops. */
  STOPPING
}
