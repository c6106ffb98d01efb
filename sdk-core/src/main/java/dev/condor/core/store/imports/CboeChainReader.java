package dev.condor.core.store.imports;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.market.DataOrigin;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the Cboe delayed-quotes chain download (format {@code cboe-chain}). */
final class CboeChainReader {

  private static final int HEADER_SEARCH_LINES = 12;
  private static final Pattern DATE_LINE =
      Pattern.compile("^\\s*\"?\\s*Date:\\s*(.*?)\"?\\s*(?:,\\s*\"?Bid:.*)?$");
  private static final Pattern LAST = Pattern.compile("Last:\\s*([-0-9.,]+?)\\s*\"?\\s*(?:,\\s*\"?Change|$)");

  private final ImportRun run;

  CboeChainReader(ImportRun run) {
    this.run = run;
  }

  /** Column positions of one side (call or put) of the chain. */
  private static final class Side {
    final String name;
    int symbol = -1;
    int last = -1;
    int bid = -1;
    int ask = -1;
    int volume = -1;
    int iv = -1;
    int delta = -1;
    int gamma = -1;
    int theta = -1;
    int vega = -1;
    int openInterest = -1;

    Side(String name) {
      this.name = name;
    }

    void map(String key, int i) {
      switch (key) {
        case "last sale":
        case "last":
          last = i;
          break;
        case "bid":
          bid = i;
          break;
        case "ask":
          ask = i;
          break;
        case "volume":
          volume = i;
          break;
        case "iv":
          iv = i;
          break;
        case "delta":
          delta = i;
          break;
        case "gamma":
          gamma = i;
          break;
        case "theta":
          theta = i;
          break;
        case "vega":
          vega = i;
          break;
        case "open interest":
          openInterest = i;
          break;
        default:
          // Net change and columns Condor does not store.
      }
    }
  }

  void read() {
    try (TextFile in = TextFile.open(run.file)) {
      String dateText = null;
      long dateLine = 0;
      double spot = Double.NaN;
      String[] header = null;
      String line;
      while (header == null && (line = in.next()) != null) {
        if (in.lineNumber() > HEADER_SEARCH_LINES) {
          break;
        }
        Matcher d = DATE_LINE.matcher(line);
        Matcher l = LAST.matcher(line);
        if (line.startsWith("Expiration Date,") || line.startsWith("\"Expiration Date\",")) {
          header = Csv.split(line, ',');
        } else if (d.matches()) {
          dateText = d.group(1).trim();
          dateLine = in.lineNumber();
        } else if (l.find()) {
          spot = Cells.lenientNumber(l.group(1));
        }
      }
      if (header == null) {
        throw run.fatal(Math.min(in.lineNumber(), HEADER_SEARCH_LINES),
            "no header \"Expiration Date,Calls,...,Strike,Puts,...\" in the first "
                + HEADER_SEARCH_LINES + " lines: not a Cboe chain download");
      }
      long headerLine = in.lineNumber();
      Side calls = new Side("call");
      Side puts = new Side("put");
      int strikeCol = -1;
      Side current = null;
      for (int i = 0; i < header.length; i++) {
        String key = Csv.key(header[i]);
        if (key.equals("calls")) {
          current = calls;
          calls.symbol = i;
        } else if (key.equals("puts")) {
          current = puts;
          puts.symbol = i;
        } else if (key.equals("strike")) {
          strikeCol = i;
          current = null;
        } else if (current != null) {
          current.map(key, i);
        }
      }
      for (Side s : new Side[] {calls, puts}) {
        if (s.symbol < 0 || s.bid < 0 || s.ask < 0) {
          throw run.fatal(headerLine, "the header lacks the " + s.name
              + " side's symbol, Bid or Ask column (expected Calls,...,Bid,Ask,... and Puts,...)");
        }
      }
      ZonedDateTime snapshot = snapshot(dateText, dateLine, headerLine);
      Instant at = snapshot.toInstant();
      if (Double.isNaN(spot)) {
        run.note("no \"Last:\" spot price in the preamble: underlying prices left empty");
      }
      int width = header.length;
      while ((line = in.next()) != null) {
        if (line.isBlank()) {
          continue;
        }
        long n = in.lineNumber();
        run.read(2);
        String[] row = Csv.split(line, ',');
        if (row.length < Math.max(strikeCol, puts.symbol) + 1) {
          run.bad(n, "has " + row.length + " cells, the header has " + width);
          run.bad(n, "put side skipped with its line");
          continue;
        }
        side(row, n, calls, strikeCol, at, spot);
        side(row, n, puts, strikeCol, at, spot);
      }
    }
  }

  private ZonedDateTime snapshot(String dateText, long dateLine, long headerLine) {
    if (run.options.snapshotTime().isPresent()) {
      ZonedDateTime t = run.options.snapshotTime().get();
      run.note("snapshot time " + t + " given by the options");
      return t;
    }
    if (dateText == null) {
      throw run.fatal(headerLine - 1,
          "no \"Date: ...\" line before the header; give the snapshot time in the options");
    }
    ZonedDateTime downloaded;
    try {
      downloaded = SnapshotTimes.parse(dateText);
    } catch (BadValue e) {
      throw run.fatal(dateLine, "cannot read the date \"" + dateText + "\": " + e.getMessage()
          + "; give the snapshot time in the options");
    }
    ZonedDateTime market;
    try {
      market = SnapshotTimes.marketTime(downloaded, run.calendar);
    } catch (InvalidValueException e) {
      throw run.fatal(dateLine, "the date \"" + dateText + "\" is outside the trading calendar: "
          + e.getMessage());
    }
    if (market.toInstant().equals(downloaded.toInstant())) {
      run.note("snapshot " + market + " (\"" + dateText + "\"), during the session");
    } else {
      run.note("downloaded " + downloaded + " (\"" + dateText + "\"), outside a session: the "
          + "chain is the close of " + market.toLocalDate() + ", " + market);
    }
    return market;
  }

  private void side(String[] row, long line, Side s, int strikeCol, Instant at, double spot) {
    try {
      String symbol = Cells.text(row, s.symbol, "symbol");
      OptionContract c;
      try {
        c = OptionContract.parseOcc(symbol);
      } catch (InvalidValueException e) {
        throw new BadValue("symbol = \"" + symbol + "\" is not an OCC symbol");
      }
      double strike = Cells.number(row, strikeCol, "Strike");
      if (!Double.isNaN(strike) && Math.abs(strike - c.strike()) > 1e-6) {
        throw new BadValue("Strike = " + Cells.cell(row, strikeCol) + " differs from the symbol "
            + symbol);
      }
      run.option(run.underlyingOfRoot(c.root()), at, c,
          Cells.price(row, s.bid, "Bid"),
          Cells.price(row, s.ask, "Ask"),
          lastSale(Cells.price(row, s.last, "Last Sale")),
          Cells.count(row, s.volume, "Volume"),
          Cells.count(row, s.openInterest, "Open Interest"),
          Cells.number(row, s.iv, "IV"),
          Cells.number(row, s.delta, "Delta"),
          Cells.number(row, s.gamma, "Gamma"),
          Cells.number(row, s.theta, "Theta"),
          Cells.number(row, s.vega, "Vega"),
          spot, DataOrigin.OBSERVED);
    } catch (BadValue e) {
      run.bad(line, s.name + ": " + e.getMessage());
    }
  }

  /** The page prints 0 for a contract that never traded. */
  private static double lastSale(double v) {
    return v == 0 ? Double.NaN : v;
  }
}
