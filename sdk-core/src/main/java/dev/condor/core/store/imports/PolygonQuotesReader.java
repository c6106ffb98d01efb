package dev.condor.core.store.imports;

import dev.condor.api.calendar.TradingSession;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Polygon (Massive) option quotes flat files (format {@code polygon-quotes}) into minute
 * snapshots: for each contract and each minute boundary of the session (open + 1 minute to the
 * close), the last quote at or before it, from the contract's first quote of the day on.
 */
final class PolygonQuotesReader {

  private static final long NANOS = 1_000_000_000L;

  private final ImportRun run;
  private final UnderlyingCloses closes;
  private final Map<String, State> states = new LinkedHashMap<>();
  private final Map<LocalDate, Optional<TradingSession>> sessions = new HashMap<>();

  PolygonQuotesReader(ImportRun run) {
    this.run = run;
    this.closes = new UnderlyingCloses(run);
  }

  /** One contract's day so far. */
  private static final class State {
    final OptionContract contract;
    final Underlying underlying;
    LocalDate day;
    long firstBoundary; // epoch seconds of open + 1 minute
    long lastBoundary; // epoch seconds of the close
    long next; // epoch seconds of the next boundary to emit
    boolean quoted;
    long lastNanos;
    double bid;
    double ask;

    State(OptionContract contract, Underlying underlying) {
      this.contract = contract;
      this.underlying = underlying;
    }
  }

  void read() {
    run.options.underlyingFile().ifPresent(closes::load);
    try (TextFile in = TextFile.open(run.file)) {
      Header h = Header.read(in, run, "ticker", "bid_price", "ask_price", "sip_timestamp");
      int ticker = h.col("ticker");
      int bidCol = h.col("bid_price");
      int askCol = h.col("ask_price");
      int time = h.col("sip_timestamp");
      String line;
      while ((line = in.next()) != null) {
        if (line.isBlank()) {
          continue;
        }
        long n = in.lineNumber();
        run.read(1);
        try {
          String[] row = Csv.split(line, ',');
          String t = Cells.text(row, ticker, "ticker");
          State s = states.get(t);
          if (s == null) {
            OptionContract c = PolygonAggsReader.parse(t);
            s = new State(c, run.underlyingOfRoot(c.root()));
            states.put(t, s);
          }
          if (!run.wanted(s.underlying)) {
            run.skipped();
            continue;
          }
          long nanos = UnderlyingCloses.epochNanos(row, time, "sip_timestamp");
          double bid = Cells.price(row, bidCol, "bid_price");
          double ask = Cells.price(row, askCol, "ask_price");
          if (ask > 0 && bid > ask) {
            throw new BadValue("bid_price = " + Cells.cell(row, bidCol) + " is above ask_price = "
                + Cells.cell(row, askCol) + " (a crossed quote)");
          }
          quote(s, nanos, bid, ask, n);
        } catch (BadValue e) {
          run.bad(n, e.getMessage());
        }
      }
    }
    for (State s : states.values()) {
      if (s.day != null) {
        emitUntil(s, s.lastBoundary);
      }
    }
    closes.noteCoverage();
  }

  private void quote(State s, long nanos, double bid, double ask, long line) {
    LocalDate day = UnderlyingCloses.instant(nanos).atZone(ImportRun.NEW_YORK).toLocalDate();
    if (!day.equals(s.day)) {
      if (s.day != null) {
        if (day.isBefore(s.day)) {
          throw new BadValue("sip_timestamp " + nanos + " goes back to an earlier day for "
              + s.contract.polygonTicker());
        }
        emitUntil(s, s.lastBoundary);
      }
      TradingSession session = session(day);
      if (s.contract.expiry().isBefore(day)) {
        throw new BadValue("expiry " + s.contract.expiry() + " is before the quote date " + day);
      }
      s.day = day;
      s.firstBoundary = session.open().toEpochSecond() + 60;
      s.lastBoundary = session.close().toEpochSecond();
      s.next = s.firstBoundary;
      s.quoted = false;
      s.lastNanos = Long.MIN_VALUE;
    }
    if (nanos < s.lastNanos) {
      throw new BadValue("sip_timestamp " + nanos + " is earlier than the previous quote of "
          + s.contract.polygonTicker());
    }
    // the boundaries strictly before this quote take the previous quote
    long before = Math.floorDiv(nanos - 1, NANOS);
    emitUntil(s, Math.min(before, s.lastBoundary));
    if (!s.quoted) {
      // no snapshot before the contract's first quote
      while (s.next * NANOS < nanos) {
        s.next += 60;
      }
    }
    s.quoted = true;
    s.lastNanos = nanos;
    s.bid = bid;
    s.ask = ask;
  }

  /** Emits the boundaries up to and including {@code untilSecond} from the last quote. */
  private void emitUntil(State s, long untilSecond) {
    if (!s.quoted) {
      return;
    }
    while (s.next <= untilSecond && s.next <= s.lastBoundary) {
      long at = s.next;
      s.next += 60;
      try {
        run.option(s.underlying, Instant.ofEpochSecond(at), s.contract, s.bid, s.ask, Double.NaN,
            -1, -1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            closes.close(s.underlying, (at - 60) * NANOS), DataOrigin.OBSERVED);
      } catch (BadValue e) {
        run.bad(0, e.getMessage());
      }
    }
  }

  private TradingSession session(LocalDate day) {
    return sessions.computeIfAbsent(day, d -> {
      try {
        return run.calendar.session(d);
      } catch (InvalidValueException e) {
        return Optional.empty();
      }
    }).orElseThrow(() -> new BadValue("sip_timestamp falls on " + day + ", not a trading day"));
  }
}
