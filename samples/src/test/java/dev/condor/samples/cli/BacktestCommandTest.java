package dev.condor.samples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code condor backtest} and {@code condor import} as a user runs them. */
class BacktestCommandTest {

  @TempDir Path dir;

  @Test
  void aBacktestPrintsTheMetricsAndWritesEveryOutputWhereItSays() throws Exception {
    Path out = dir.resolve("run");
    CliRun run = new CliRun("backtest", "--from", "2024-03-04", "--to", "2024-03-15", "--output",
        out.toString(), "--quiet");

    assertEquals(0, run.exit, run.err);
    assertTrue(run.out.contains("Backtesting vix1d-credit-spread over simulated, 2024-03-04 to 2024-03-15 (10 trading days)"), run.out);
    assertTrue(run.out.contains("Win rate"), run.out);
    assertTrue(run.out.contains("Results: " + out.toAbsolutePath()), run.out);
    for (String file : new String[] {"trades.csv", "daily_performance.csv", "summary.json", "report.html"}) {
      assertTrue(Files.size(out.resolve(file)) > 0, file);
    }
    assertTrue(Files.readString(out.resolve("trades.csv"))
        .startsWith("Entry_Date,Exit_Date,Strategy,DTE,Strikes,Credit,Max_Loss,Exit_PL,Status"));
    assertEquals(11, Files.readAllLines(out.resolve("daily_performance.csv")).size(), "a header and ten days");
    assertTrue(Files.isDirectory(out.resolve("journal").resolve("vix1d-credit-spread")));

    CliRun again = new CliRun("backtest", "--from", "2024-03-04", "--to", "2024-03-15", "--output",
        out.toString(), "--quiet");
    assertEquals(2, again.exit, "an output folder is never overwritten");
    assertTrue(again.err.contains("already holds a backtest"), again.err);
  }

  @Test
  void theSameBacktestTwiceWritesByteIdenticalFiles() throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    for (Path out : List.of(first, second)) {
      CliRun run = new CliRun("backtest", "--strategy", "iron-condor-0dte", "--from", "2024-06-03",
          "--to", "2024-06-14", "--output", out.toString(), "--quiet");
      assertEquals(0, run.exit, run.err);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(first)) {
      files = walk.filter(Files::isRegularFile).map(first::relativize).sorted().toList();
    }
    assertTrue(files.size() >= 5, "the reports and the journal: " + files);
    for (Path file : files) {
      assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
          file.toString());
    }
  }

  @Test
  void badDatesAndUnknownSourcesAreRefusedWithAOneLineReason() {
    CliRun reversed = new CliRun("backtest", "--from", "2024-03-15", "--to", "2024-03-04");
    assertEquals(2, reversed.exit);
    assertTrue(reversed.err.contains("--from 2024-03-15 is after --to 2024-03-04"), reversed.err);

    CliRun malformed = new CliRun("backtest", "--from", "2024-13-01");
    assertEquals(2, malformed.exit);
    assertTrue(malformed.err.contains("--from"), malformed.err);

    CliRun noStore = new CliRun("backtest", "--source", "store", "--store", dir.resolve("none").toString());
    assertEquals(2, noStore.exit);
    assertTrue(noStore.err.contains("no historical store at"), noStore.err);

    CliRun unknown = new CliRun("backtest", "--source", "bloomberg", "--to", "2024-03-15");
    assertEquals(1, unknown.exit);
    assertTrue(unknown.err.contains("bloomberg"), unknown.err);
    assertFalse(unknown.err.contains("\tat "), "no stack trace without --debug");
  }

  @Test
  void anImportedChainIsBacktestedFromTheStore() throws Exception {
    Path chain = dir.resolve("SPX_chain.csv");
    Files.writeString(chain, String.join("\n",
        "",
        "Standard & Poors 500 Index,Last: 5000.00,Change:  1.00",
        "Date: March 12, 2024 at 1:40 PM EDT,Bid: 0,Ask: 0,Size: 0*0,Volume: 0",
        "Expiration Date,Calls,Last Sale,Net,Bid,Ask,Volume,IV,Delta,Gamma,Open Interest,Strike,Puts,Last Sale,Net,Bid,Ask,Volume,IV,Delta,Gamma,Open Interest",
        "Tue Mar 12 2024,SPXW240312C04960000,40.1,0,40.00,41.00,5,0.12,0.9,0.001,10,4960.00,SPXW240312P04960000,0.6,0,0.60,0.80,5,0.15,-0.05,0.001,10",
        "Tue Mar 12 2024,SPXW240312C04970000,30.1,0,30.50,31.50,5,0.12,0.85,0.001,10,4970.00,SPXW240312P04970000,1.1,0,1.00,1.20,5,0.15,-0.08,0.001,10",
        "Tue Mar 12 2024,SPXW240312C04980000,21.1,0,21.00,22.00,5,0.12,0.8,0.001,10,4980.00,SPXW240312P04980000,1.7,0,1.60,1.80,5,0.15,-0.12,0.001,10",
        ""));
    Path store = dir.resolve("store");
    CliRun imported = new CliRun("import", chain.toString(), "--store", store.toString());
    assertEquals(0, imported.exit, imported.err);
    assertTrue(imported.out.contains("SPX 2024-03-12: 6 option quotes"), imported.out);

    // S0's strategy with its entry moved after the snapshot's 13:40 (there is no VIX1D in the
    // store: it refuses the day and says why)
    Path out = dir.resolve("bt");
    CliRun backtest = new CliRun("backtest", "--source", "store", "--store", store.toString(),
        "--from", "2024-03-12", "--to", "2024-03-12", "--output", out.toString(), "--quiet",
        "--set", "strategies.vix1d-credit-spread.settings.entryTime=13:45");
    assertEquals(0, backtest.exit, backtest.err);
    assertTrue(backtest.out.contains("Observed data"), backtest.out);
    assertTrue(Files.exists(out.resolve("report.html")));
  }

  @Test
  void aBadImportNamesTheFileAndLineAndWritesNothing() throws Exception {
    Path bad = dir.resolve("VIX_History.csv");
    Files.writeString(bad, "DATE,OPEN,HIGH,LOW,CLOSE\n01/02/2024,13,14,12,13.5\n01/03/2024,x,14,12,13\n");
    Path store = dir.resolve("store");

    CliRun strict = new CliRun("import", bad.toString(), "--store", store.toString(), "--strict");
    assertEquals(1, strict.exit);
    assertTrue(strict.err.contains("VIX_History.csv") && strict.err.contains("3"), strict.err);
    assertFalse(Files.exists(store.resolve("daily")), "nothing written");

    CliRun lenient = new CliRun("import", bad.toString(), "--store", store.toString());
    assertEquals(0, lenient.exit, lenient.err);
    assertTrue(lenient.out.contains("line 3:"), lenient.out);
    assertTrue(lenient.out.contains("VIX: 1 daily bars"), lenient.out);
  }
}
