package dev.condor.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CondorCommandTest {

  @Test
  void listShowsEveryKindWithInstalledProviders() {
    CliRun run = new CliRun("list");

    assertEquals(0, run.exit, run.err);
    assertTrue(run.out.contains("Strategies:"), run.out);
    assertTrue(run.out.contains("Brokers:"), run.out);
    assertTrue(run.out.contains("Journal sinks:\n  jsonl  Append-only JSON Lines journal"), run.out);
  }

  @Test
  void listFiltersByKind() {
    CliRun run = new CliRun("list", "--kind", "journal-sink");

    assertEquals(0, run.exit, run.err);
    assertTrue(run.out.startsWith("Journal sinks:"), run.out);
    assertTrue(!run.out.contains("Brokers:"), run.out);
  }

  @Test
  void unknownKindIsBadUsageWithExitCodeTwo() {
    CliRun run = new CliRun("list", "--kind", "bank");

    assertEquals(2, run.exit);
    assertTrue(run.err.contains("unknown kind 'bank'"), run.err);
  }

  @Test
  void unknownCommandIsBadUsageWithExitCodeTwo() {
    assertEquals(2, new CliRun("frobnicate").exit);
  }

  @Test
  void helpListsTheCommandsWithExamples() {
    CliRun run = new CliRun("--help");

    assertEquals(0, run.exit);
    assertTrue(run.out.contains("list"), run.out);
    assertTrue(run.out.contains("Examples:"), run.out);
  }

  @Test
  void liveTradingWithoutTheConfirmationFlagIsRefusedWithExitCodeTwo() {
    CliRun run = new CliRun("run", "--strategy", "iron-condor-0dte", "--broker", "tastytrade", "--live");

    assertEquals(2, run.exit);
    assertTrue(run.err.contains("--live sends real orders to the broker \"tastytrade\": add --confirm-live"), run.err);
  }

  @Test
  void aRealBrokerWithoutLiveIsRefusedAndPointsToDryRun() {
    CliRun run = new CliRun("run", "--strategy", "iron-condor-0dte", "--broker", "ibkr");

    assertEquals(2, run.exit);
    assertTrue(run.err.contains("add --live --confirm-live, or use --dry-run"), run.err);
  }

  @Test
  void liveOnThePaperBrokerMakesNoSense() {
    CliRun run = new CliRun("run", "--strategy", "iron-condor-0dte", "--live", "--confirm-live");

    assertEquals(2, run.exit);
    assertTrue(run.err.contains("--live needs a real broker"), run.err);
  }

  @Test
  void summaryOfAStrategyWithoutAJournalSaysWhatToDo() {
    CliRun run = new CliRun("summary", "nobody", "--journal", "target/no-such-journal");

    assertEquals(2, run.exit);
    assertTrue(run.err.contains("no journal for \"nobody\""), run.err);
  }
}
