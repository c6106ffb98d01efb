/**
 * The journal: the append-only record of every order, fill, risk action and decision, written
 * durably before an order leaves, and read back for summaries and for recovery after a restart.
 */
package dev.condor.core.journal;
