package dev.condor.core.store.imports;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import dev.condor.api.market.DataOrigin;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads daily histories (format {@code index-daily}): Cboe {@code DATE,OPEN,HIGH,LOW,CLOSE}, Cboe
 * single-value {@code DATE,VVIX}, Yahoo {@code Date,Open,High,Low,Close,Volume,...}.
 */
final class IndexDailyReader {

  /** Yahoo and vendor spellings of indices Condor names otherwise. */
  private static final Map<String, String> ALIASES = Map.of("GSPC", "SPX", "^GSPC", "SPX",
      "^VIX", "VIX", "^NDX", "NDX", "^SPX", "SPX", "^RUT", "RUT", "$SPX", "SPX");

  private final ImportRun run;

  IndexDailyReader(ImportRun run) {
    this.run = run;
  }

  void read() {
    try (TextFile in = TextFile.open(run.file)) {
      String line = in.next();
      while (line != null && line.isBlank()) {
        line = in.next();
      }
      if (line == null) {
        throw run.fatal(0, "the file is empty");
      }
      long headerLine = in.lineNumber();
      String[] header = Csv.split(line, ',');
      int date = Csv.indexOf(header, "date");
      int open = Csv.indexOf(header, "open");
      int high = Csv.indexOf(header, "high");
      int low = Csv.indexOf(header, "low");
      int close = Csv.indexOf(header, "close");
      int volume = Csv.indexOf(header, "volume");
      String valueName = null;
      if (date != 0) {
        throw run.fatal(headerLine, "the header \"" + line + "\" does not start with a DATE "
            + "column; index-daily reads DATE,OPEN,HIGH,LOW,CLOSE, DATE,<value> or Yahoo's "
            + "Date,Open,High,Low,Close,Volume");
      }
      if (open < 0 || high < 0 || low < 0 || close < 0) {
        if (header.length != 2) {
          throw run.fatal(headerLine, "the header \"" + line + "\" has neither OPEN,HIGH,LOW,"
              + "CLOSE nor exactly one value column after DATE (it has " + (header.length - 1)
              + "): not a daily price history");
        }
        valueName = header[1];
        open = 1;
        high = 1;
        low = 1;
        close = 1;
      }
      String symbol = symbol(valueName, headerLine);
      List<Bar> bars = new ArrayList<>();
      Set<LocalDate> seen = new HashSet<>();
      while ((line = in.next()) != null) {
        if (line.isBlank()) {
          continue;
        }
        long n = in.lineNumber();
        run.read(1);
        String[] row = Csv.split(line, ',');
        try {
          LocalDate day = date(Cells.text(row, date, header[date]), header[date]);
          if (!seen.add(day)) {
            throw new BadValue(header[date] + " = " + row[date] + " repeats an earlier row; "
                + "the first is kept");
          }
          double o = Cells.requiredNumber(row, open, header[open]);
          double hi = Cells.requiredNumber(row, high, header[high]);
          double lo = Cells.requiredNumber(row, low, header[low]);
          double c = Cells.requiredNumber(row, close, header[close]);
          // Adjusted series (Yahoo's dividend adjustment) miss by a rounding error: not bad data.
          hi = Math.max(hi, nudged(hi, Math.max(o, c)));
          lo = Math.min(lo, nudged(lo, Math.min(o, c)));
          Bar bar;
          try {
            bar = Bar.builder().symbol(symbol).start(ImportRun.dayStart(day))
                .interval(Duration.ofDays(1))
                .open(o)
                .high(hi)
                .low(lo)
                .close(c)
                .volume(Math.max(0, Cells.count(row, volume, volume < 0 ? "" : header[volume])))
                .origin(DataOrigin.OBSERVED)
                .build();
          } catch (InvalidValueException e) {
            throw new BadValue(e.getMessage().replaceFirst("^\\[[A-Z-]+\\] ", ""));
          }
          bars.add(bar);
        } catch (BadValue e) {
          run.bad(n, e.getMessage());
        }
      }
      bars.sort(Comparator.comparing(Bar::start));
      for (Bar b : bars) {
        run.bar(symbol, b);
      }
    }
  }

  private String symbol(String valueName, long headerLine) {
    String raw;
    String from;
    if (run.options.symbol().isPresent()) {
      raw = run.options.symbol().get();
      from = "the options";
    } else if (valueName != null) {
      raw = valueName;
      from = "the value column's name";
    } else {
      String name = run.file.getFileName().toString();
      int cut = 0;
      while (cut < name.length() && "_-. ".indexOf(name.charAt(cut)) < 0) {
        cut++;
      }
      raw = name.substring(0, cut);
      from = "the file name";
    }
    String upper = raw.trim().toUpperCase(Locale.ROOT);
    upper = ALIASES.getOrDefault(upper, upper);
    try {
      String symbol = Underlying.of(upper).symbol();
      run.note("series " + symbol + " (from " + from + ")");
      return symbol;
    } catch (InvalidValueException e) {
      throw run.fatal(headerLine, "cannot tell the series symbol from " + from + " (\"" + raw
          + "\"); give it in the options");
    }
  }

  /** {@code target} when {@code value} misses it by a rounding error only, else {@code value}. */
  private static double nudged(double value, double target) {
    return Math.abs(value - target) <= 1e-9 * Math.abs(target) ? target : value;
  }

  /** {@code MM/dd/yyyy}, {@code yyyy-MM-dd}, or Yahoo's {@code yyyy-MM-dd 00:00:00-05:00}. */
  static LocalDate date(String s, String column) {
    try {
      if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)),
            Integer.parseInt(s.substring(8, 10)));
      }
      String[] p = s.split("/");
      if (p.length == 3 && p[2].length() == 4) {
        return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[0]), Integer.parseInt(p[1]));
      }
    } catch (NumberFormatException | DateTimeException e) {
      // reported below
    }
    throw new BadValue(column + " = \"" + s + "\" is not a date (MM/dd/yyyy or yyyy-MM-dd)");
  }
}
