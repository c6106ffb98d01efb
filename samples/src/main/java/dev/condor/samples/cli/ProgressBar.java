package dev.condor.samples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A one-line progress bar with an ETA on the error stream, redrawn in place on a terminal; without
 * a terminal (a pipe, a log file, CI) one line at each quarter instead.
 */
final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean quiet;
  private final boolean terminal = System.console() != null;
  private final long started = System.nanoTime();
  private long lastDraw;
  private int lastQuarter;
  private boolean drawn;

  ProgressBar(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  /** Day {@code done} of {@code total} is finished. */
  void update(LocalDate day, int done, int total) {
    if (quiet) {
      return;
    }
    long now = System.nanoTime();
    double elapsed = (now - started) / 1e9;
    double eta = done == 0 ? 0 : elapsed / done * (total - done);
    if (terminal) {
      if (now - lastDraw < 50_000_000L && done < total) {
        return;
      }
      lastDraw = now;
      int filled = (int) ((long) WIDTH * done / total);
      err.printf(Locale.ROOT, "\r[%s%s] %d/%d days  %s  ETA %.0f s ", "#".repeat(filled),
          ".".repeat(WIDTH - filled), done, total, day, eta);
      drawn = true;
    } else {
      int quarter = 4 * done / total;
      if (quarter > lastQuarter) {
        lastQuarter = quarter;
        err.printf(Locale.ROOT, "%d%% (%d/%d days, %s), ETA %.0f s%n", 25 * quarter, done, total, day, eta);
      }
    }
    err.flush();
  }

  /** Ends the bar's line. */
  void done() {
    if (drawn) {
      err.println();
      err.flush();
    }
  }
}
