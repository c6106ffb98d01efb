/**
 * Test support shared by the strategies' tests: running a strategy as the engine does, a context
 * over hand-set data, and reading a run's journal.
 */
package dev.condor.strategies.testing;
