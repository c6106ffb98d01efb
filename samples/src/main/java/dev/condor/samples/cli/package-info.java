/** The {@code condor} command-line runner (picocli). */
package dev.condor.samples.cli;
