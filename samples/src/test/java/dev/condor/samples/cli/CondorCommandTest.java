package dev.condor.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CondorCommandTest {

  private static final class Run {
    final int exit;
    final String out;
    final String err;

    Run(String... args) {
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

  @Test
  void listShowsEveryKindWithInstalledProviders() {
    Run run = new Run("list");

    assertEquals(0, run.exit, run.err);
    assertTrue(run.out.contains("Strategies:"), run.out);
    assertTrue(run.out.contains("Brokers:"), run.out);
    assertTrue(run.out.contains("Journal sinks:\n  jsonl  Append-only JSON Lines journal"), run.out);
  }

  @Test
  void listFiltersByKind() {
    Run run = new Run("list", "--kind", "journal-sink");

    assertEquals(0, run.exit, run.err);
    assertTrue(run.out.startsWith("Journal sinks:"), run.out);
    assertTrue(!run.out.contains("Brokers:"), run.out);
  }

  @Test
  void unknownKindIsBadUsageWithExitCodeTwo() {
    Run run = new Run("list", "--kind", "bank");

    assertEquals(2, run.exit);
    assertTrue(run.err.contains("unknown kind 'bank'"), run.err);
  }

  @Test
  void unknownCommandIsBadUsageWithExitCodeTwo() {
    assertEquals(2, new Run("frobnicate").exit);
  }

  @Test
  void helpListsTheCommandsWithExamples() {
    Run run = new Run("--help");

    assertEquals(0, run.exit);
    assertTrue(run.out.contains("list"), run.out);
    assertTrue(run.out.contains("Examples:"), run.out);
  }

  @Test
  void liveTradingWithoutTheConfirmationFlagIsRefusedWithExitCodeTwo() {
    Run run = new Run("run", "--strategy", "iron-condor-0dte", "--broker", "tastytrade", "--live");

    assertEquals(2, run.exit);
    assertTrue(run.err.contains("--live sends real orders to the broker \"tastytrade\": add --confirm-live"), run.err);
  }

  @Test
  void aRealBrokerWithoutLiveIsRefusedAndPointsToDryRun() {
    Run run = new Run("run", "--strategy", "iron-condor-0dte", "--broker", "ibkr");

    assertEquals(2, run.exit);
    assertTrue(run.err.contains("add --live --confirm-live, or use --dry-run"), run.err);
  }

  @Test
  void liveOnThePaperBrokerMakesNoSense() {
    Run run = new Run("run", "--strategy", "iron-condor-0dte", "--live", "--confirm-live");

    assertEquals(2, run.exit);
    assertTrue(run.err.contains("--live needs a real broker"), run.err);
  }

  @Test
  void summaryOfAStrategyWithoutAJournalSaysWhatToDo() {
    Run run = new Run("summary", "nobody", "--journal", "target/no-such-journal");

    assertEquals(2, run.exit);
    assertTrue(run.err.contains("no journal for \"nobody\""), run.err);
  }
}
