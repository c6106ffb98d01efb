/** Test support shared by the strategies' tests: running a strategy as the engine does. */
package dev.condor.strategies.testing;
