package dev.condor.tck.refstrategy.sound;

/** One deliberate breach of the strategy contract, for the suite's self-tests. */
public enum Flaw {
  NONE,
  /** Picks among equally good short strikes with a Random without a seed. */
  UNSEEDED_RANDOM,
  /** Picks the first of several candidates from a HashSet of identity-hashed objects. */
  HASH_ORDER,
  /** Remembers its entry and throws when the position it expected is not there. */
  THROWS_AFTER_REJECTION,
  /** Skips with a blank reason. */
  BLANK_REASON,
  /** Accepts any setting key. */
  ACCEPTS_UNKNOWN_KEYS,
  /** Reads the chain in setup() and fails without one. */
  NEEDS_DATA_AT_SETUP,
  /** Enters once and then stays silent for good after a refusal. */
  STUCK_AFTER_REJECTION
}
