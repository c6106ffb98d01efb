package dev.condor.tck.reference;

/** One deliberate flaw of a broken copy of the reference data plugin (Wren). */
enum DataFlaw {
  /** Returns the pages it got when a later page fails. */
  PARTIAL_ON_PAGE_FAILURE,
  /** Sends the API key in the query string too. */
  KEY_IN_QUERY,
  /** Retries a 429 at once, a few times, without waiting. */
  RETRIES_429_AT_ONCE,
  /** Fails a malformed body with a plain IllegalStateException. */
  UNTYPED_MALFORMED
}
