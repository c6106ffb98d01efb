package dev.condor.core.store.imports;

import dev.condor.api.calendar.TradingSession;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Polygon (Massive) option aggregates flat files (format {@code polygon-minute-aggs}): minute
 * bars, or day bars (a {@code window_start} at midnight New York), with underlying closes from the
 * same file's non-option tickers or from a companion file.
 */
final class PolygonAggsReader {

  private final ImportRun run;
  private final UnderlyingCloses closes;

  PolygonAggsReader(ImportRun run) {
    this.run = run;
    this.closes = new UnderlyingCloses(run);
  }

  void read() {
    run.options.underlyingFile().ifPresent(closes::load);
    closes.loadUnderlyingRows(run.file);
    try (TextFile in = TextFile.open(run.file)) {
      Header h = Header.read(in, run, "ticker", "close", "window_start");
      int ticker = h.col("ticker");
      int close = h.col("close");
      int volume = h.col("volume");
      int windowStart = h.col("window_start");
      Map<String, OptionContract> contracts = new HashMap<>();
      Map<LocalDate, Optional<TradingSession>> sessions = new HashMap<>();
      String line;
      while ((line = in.next()) != null) {
        if (line.isBlank() || !UnderlyingCloses.isOption(line)) {
          continue;
        }
        long n = in.lineNumber();
        run.read(1);
        try {
          String[] row = Csv.split(line, ',');
          String t = Cells.text(row, ticker, "ticker");
          OptionContract c = contracts.computeIfAbsent(t, PolygonAggsReader::parse);
          long start = UnderlyingCloses.epochNanos(row, windowStart, "window_start");
          Instant at = quoteTime(start, sessions);
          Underlying u = run.underlyingOfRoot(c.root());
          double last = Cells.price(row, close, "close");
          run.option(u, at, c, Double.NaN, Double.NaN, last, Cells.count(row, volume, "volume"),
              -1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
              closes.close(u, start), DataOrigin.OBSERVED);
        } catch (BadValue e) {
          run.bad(n, e.getMessage());
        }
      }
    }
    closes.noteCoverage();
  }

  static OptionContract parse(String ticker) {
    try {
      return OptionContract.parsePolygon(ticker);
    } catch (InvalidValueException e) {
      throw new BadValue("ticker = \"" + ticker + "\" is not a Polygon option ticker");
    }
  }

  /**
   * A minute bar is known when it ends (no look-ahead): window_start + 1 minute. A day bar (window
   * at midnight New York) is known at that session's close.
   */
  private Instant quoteTime(long startNanos, Map<LocalDate, Optional<TradingSession>> sessions) {
    Instant start = UnderlyingCloses.instant(startNanos);
    ZonedDateTime ny = start.atZone(ImportRun.NEW_YORK);
    if (!ny.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return start.plusSeconds(60);
    }
    LocalDate day = ny.toLocalDate();
    Optional<TradingSession> s = sessions.computeIfAbsent(day, d -> {
      try {
        return run.calendar.session(d);
      } catch (InvalidValueException e) {
        return Optional.empty();
      }
    });
    return s.orElseThrow(() -> new BadValue("window_start = " + day
        + " (a day bar) is not a trading day")).close().toInstant();
  }
}
