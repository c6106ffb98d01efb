/** The smallest program that embeds Condor in an application of its own. */
package dev.condor.samples.embedding;
