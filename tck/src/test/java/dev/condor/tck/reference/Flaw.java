package dev.condor.tck.reference;

/** A deliberate contract violation, switched on in a broken copy of the reference plugin. */
enum Flaw {
  /** Sends a placement again after it timed out. */
  RESENDS_ON_TIMEOUT,
  /** Gives fills new ids on every call, so the engine would book them twice. */
  BOOKS_FILLS_TWICE,
  /** Re-authenticates again and again while the venue keeps refusing the session. */
  LOOPS_ON_EXPIRY,
  /** Retries a 429 at once. */
  IGNORES_RETRY_AFTER,
  /** Puts the password in the message of an authentication failure. */
  LEAKS_SECRET,
  /** Reports a venue rejection as a successful placement of a REJECTED order. */
  SWALLOWS_REJECTS,
  /** Sends a credit order's limit as a debit, so the venue sees a different order. */
  FLIPS_PRICE_EFFECT,
  /** Takes any base URL at configuration and fails only when it is used. */
  TRUSTS_ANY_BASE_URL,
  /** Sends a placement again after a 5xx. */
  RESENDS_ON_5XX,
  /** Cannot find an order by the caller's id. */
  FORGETS_CLIENT_ID,
  /** Waits for the venue's answer on the caller's thread. */
  BLOCKS_CALLER,
  /** Fails an unreadable account body with a plain IllegalStateException. */
  UNTYPED_MALFORMED,
  /** Reports short positions with positive quantities. */
  UNSIGNED_POSITIONS,
  /** Claims to be built for an API major version this one cannot run. */
  WRONG_API_VERSION,
  /** Lets a missing account number through configure() and trips over it in create(). */
  CHECKS_ACCOUNT_LATE
}
