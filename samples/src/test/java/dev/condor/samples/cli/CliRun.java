package dev.condor.samples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the {@code condor} command line in this JVM, with what it printed and its exit code. */
final class CliRun {
  final int exit;
  final String out;
  final String err;

  CliRun(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      exit = CondorCommand.execute(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    this.out = out.toString(StandardCharsets.UTF_8);
    this.err = err.toString(StandardCharsets.UTF_8);
  }
}
