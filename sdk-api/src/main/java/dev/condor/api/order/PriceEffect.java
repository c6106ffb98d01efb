package dev.condor.api.order;

import dev.condor.api.Stable;

/** Whether the account receives money for an order (credit) or pays it (debit). */
@Stable(since = "0.1")
public enum PriceEffect {
  /** Money received, e.g. opening a short credit spread. */
  CREDIT,
  /** Money paid, e.g. buying a credit spread back. */
  DEBIT
}
