package dev.condor.api.order;

import dev.condor.api.Stable;

/** Whether an order opens a new position or closes (part of) an existing one. */
@Stable(since = "0.1")
public enum PositionEffect {
  /** Buy to open or sell to open. */
  OPEN,
  /** Buy to close or sell to close. */
  CLOSE
}
