package dev.condor.core.store.imports;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.Underlying;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Underlying closes by underlying and bar start, from Polygon aggregates of indices ({@code
 * I:SPX}) and stocks ({@code SPY}), giving option rows their underlying price.
 */
final class UnderlyingCloses {

  private final ImportRun run;
  private final Map<String, Map<Long, Double>> closes = new HashMap<>();
  private long bars;
  private long misses;

  UnderlyingCloses(ImportRun run) {
    this.run = run;
  }

  static boolean isOption(String line) {
    return line.startsWith("O:") || line.startsWith("\"O:");
  }

  /** A companion file: every row is an underlying bar. */
  void load(Path file) {
    read(file, true);
  }

  /** The non-option rows of the option file itself. */
  void loadUnderlyingRows(Path file) {
    read(file, false);
  }

  private void read(Path file, boolean companion) {
    try (TextFile in = TextFile.open(file)) {
      String line = in.next();
      while (line != null && line.isBlank()) {
        line = in.next();
      }
      if (line == null) {
        if (companion) {
          throw run.fatal(0, "the underlying file " + file + " is empty");
        }
        return;
      }
      Header h = Header.of(line, in.lineNumber());
      if (h.col("ticker") < 0 || h.col("close") < 0 || h.col("window_start") < 0) {
        if (companion) {
          throw run.fatal(0, "the underlying file " + file + " has no ticker, close and "
              + "window_start columns (header \"" + line + "\")");
        }
        return;
      }
      while ((line = in.next()) != null) {
        if (line.isBlank() || isOption(line)) {
          continue;
        }
        try {
          String[] row = Csv.split(line, ',');
          String ticker = Cells.text(row, h.col("ticker"), "ticker");
          Underlying u;
          try {
            u = Underlying.of(ticker);
          } catch (InvalidValueException e) {
            throw new BadValue("ticker = \"" + ticker + "\" is neither an option nor a ticker");
          }
          long start = epochNanos(row, h.col("window_start"), "window_start");
          double close = Cells.price(row, h.col("close"), "close");
          closes.computeIfAbsent(u.symbol(), k -> new HashMap<>()).put(start, close);
          bars++;
        } catch (BadValue e) {
          run.bad(in.lineNumber(), (companion ? "underlying file " + file.getFileName() + ": "
              : "underlying bar: ") + e.getMessage());
        }
      }
    }
  }

  /** The close of the underlying's bar that starts at {@code startNanos}, or NaN. */
  double close(Underlying u, long startNanos) {
    Map<Long, Double> m = closes.get(u.symbol());
    Double c = m == null ? null : m.get(startNanos);
    if (c == null) {
      misses++;
      return Double.NaN;
    }
    return c;
  }

  void noteCoverage() {
    if (bars == 0) {
      run.note("no underlying bars (no companion file, no non-option rows): underlying prices "
          + "left empty");
    } else if (misses > 0) {
      run.note(bars + " underlying bars read; " + misses + " option rows found none at their "
          + "time and have no underlying price");
    } else {
      run.note(bars + " underlying bars read");
    }
  }

  /** A timestamp in nanoseconds since the epoch (seconds, millis and micros are scaled up). */
  static long epochNanos(String[] row, int col, String column) {
    String s = Cells.cell(row, col);
    long v;
    try {
      v = Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new BadValue(column + " = \"" + s + "\" is not an integer timestamp");
    }
    if (v <= 0) {
      throw new BadValue(column + " = " + s + " is not a timestamp after 1970");
    }
    if (v < 100_000_000_000L) {
      return v * 1_000_000_000L;
    }
    if (v < 100_000_000_000_000L) {
      return v * 1_000_000L;
    }
    if (v < 100_000_000_000_000_000L) {
      return v * 1_000L;
    }
    return v;
  }

  static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L),
        Math.floorMod(nanos, 1_000_000_000L));
  }
}
