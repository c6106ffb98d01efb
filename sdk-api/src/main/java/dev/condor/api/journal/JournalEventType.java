package dev.condor.api.journal;

import dev.condor.api.Stable;

/** The kinds of journal event; seed S2's ORDER, FILL and RISK are the baseline. */
@Stable(since = "0.1")
public enum JournalEventType {
  /** An order's intent, written and flushed before the order leaves. */
  ORDER,
  /** An execution. */
  FILL,
  /** A change of an order's state (acknowledged, cancelled, rejected, expired, unknown). */
  ORDER_STATE,
  /** A risk policy acted (closed, resized or rejected), with its reason. */
  RISK,
  /** A strategy's decision and its reason (why this strike, why no trade today). */
  DECISION,
  /** Cash settlement or assignment of an expiring position. */
  SETTLEMENT,
  /** A strategy started, stopped or failed. */
  LIFECYCLE,
  /** A difference found between the journal and the broker on start. */
  RECONCILE
}
