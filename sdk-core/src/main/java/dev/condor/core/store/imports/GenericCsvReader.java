package dev.condor.core.store.imports;

import dev.condor.api.calendar.TradingSession;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads an option-quote CSV through a {@link CsvMapping} (format {@code csv}). */
final class GenericCsvReader {

  private final ImportRun run;
  private CsvMapping mapping;
  private final Map<String, Integer> col = new HashMap<>();
  private final Map<LocalDate, Optional<TradingSession>> sessions = new HashMap<>();
  private DateTimeFormatter timeFormat;
  private DateTimeFormatter dateFormat;
  private DateTimeFormatter expiryFormat;

  GenericCsvReader(ImportRun run) {
    this.run = run;
  }

  private int c(String field) {
    return col.getOrDefault(field, -1);
  }

  void read() {
    mapping = run.options.mapping().orElseThrow(() -> run.fatal(0,
        "the csv format needs a column mapping (ImportOptions.mapping, --mapping FILE)"));
    mapping.dateTimePattern().ifPresent(p -> timeFormat = DateTimeFormatter.ofPattern(p, Locale.ROOT));
    dateFormat = DateTimeFormatter.ofPattern(mapping.datePattern(), Locale.ROOT);
    expiryFormat = DateTimeFormatter.ofPattern(mapping.expiryPattern(), Locale.ROOT);
    try (TextFile in = TextFile.open(run.file)) {
      String line = in.next();
      while (line != null && line.isBlank()) {
        line = in.next();
      }
      if (line == null) {
        throw run.fatal(0, "the file is empty");
      }
      String[] header = Csv.split(line, mapping.delimiter());
      List<String> missing = new ArrayList<>();
      for (Map.Entry<String, String> e : mapping.columns().entrySet()) {
        int i = Csv.indexOf(header, Csv.key(e.getValue()));
        if (i < 0) {
          missing.add(e.getKey() + " -> \"" + e.getValue() + "\"");
        }
        col.put(e.getKey(), i);
      }
      if (!missing.isEmpty()) {
        throw run.fatal(in.lineNumber(), "the header lacks the mapped column(s) "
            + String.join(", ", missing));
      }
      if (c("time") < 0 && c("date") < 0 && run.options.snapshotTime().isEmpty()) {
        throw run.fatal(0, "the mapping has no time or date column: give the snapshot time in "
            + "the options");
      }
      while ((line = in.next()) != null) {
        if (line.isBlank()) {
          continue;
        }
        long n = in.lineNumber();
        run.read(1);
        try {
          row(Csv.split(line, mapping.delimiter()));
        } catch (BadValue e) {
          run.bad(n, e.getMessage());
        }
      }
    }
  }

  private String name(String field) {
    return mapping.columns().get(field);
  }

  private static final List<String> NUMERIC = List.of("strike", "bid", "ask", "last", "volume",
      "open_interest", "iv", "delta", "gamma", "theta", "vega", "underlying_price");

  private void row(String[] cells) {
    String[] row = cells;
    if (mapping.decimalComma()) {
      row = cells.clone();
      for (String field : NUMERIC) {
        int i = c(field);
        if (i >= 0 && i < row.length) {
          row[i] = row[i].replace(".", "").replace(" ", "").replace(',', '.');
        }
      }
    }
    Instant at = time(row);
    OptionContract contract;
    if (c("symbol") >= 0) {
      String s = Cells.text(row, c("symbol"), name("symbol"));
      try {
        contract = s.startsWith("O:") ? OptionContract.parsePolygon(s) : OptionContract.parseOcc(s);
      } catch (InvalidValueException e) {
        throw new BadValue(name("symbol") + " = \"" + s + "\" is neither an OCC symbol nor a "
            + "Polygon ticker");
      }
    } else {
      contract = ImportRun.contract(Cells.text(row, c("root"), name("root")),
          date(Cells.text(row, c("expiry"), name("expiry")), expiryFormat, name("expiry")),
          Cells.requiredNumber(row, c("strike"), name("strike")),
          ImportRun.right(Cells.text(row, c("right"), name("right")), name("right")));
    }
    Underlying u;
    String under = Cells.cell(row, c("underlying"));
    if (run.options.symbol().isPresent() || under.isEmpty()) {
      u = run.underlyingOfRoot(contract.root());
    } else {
      u = run.underlyingOf(under);
    }
    double iv = number(row, "iv");
    if (mapping.ivPercent()) {
      iv /= 100;
    }
    run.option(u, at, contract, price(row, "bid"), price(row, "ask"), price(row, "last"),
        Cells.count(row, c("volume"), name("volume")),
        Cells.count(row, c("open_interest"), name("open_interest")), iv, number(row, "delta"),
        number(row, "gamma"), number(row, "theta"), number(row, "vega"),
        price(row, "underlying_price"), DataOrigin.OBSERVED);
  }

  private double price(String[] row, String field) {
    return Cells.price(row, c(field), name(field));
  }

  private double number(String[] row, String field) {
    return Cells.number(row, c(field), name(field));
  }

  private Instant time(String[] row) {
    if (c("time") >= 0) {
      String s = Cells.text(row, c("time"), name("time"));
      try {
        if (timeFormat != null) {
          TemporalAccessor t = timeFormat.parseBest(s, ZonedDateTime::from, LocalDateTime::from);
          return t instanceof ZonedDateTime ? ((ZonedDateTime) t).toInstant()
              : ((LocalDateTime) t).atZone(mapping.zone()).toInstant();
        }
        return isoOrEpoch(s);
      } catch (DateTimeException e) {
        throw new BadValue(name("time") + " = \"" + s + "\" is not a date and time"
            + mapping.dateTimePattern().map(p -> " (" + p + ")").orElse(""));
      }
    }
    if (run.options.snapshotTime().isPresent()) {
      return run.options.snapshotTime().get().toInstant();
    }
    LocalDate day = date(Cells.text(row, c("date"), name("date")), dateFormat, name("date"));
    Optional<TradingSession> s = sessions.computeIfAbsent(day, d -> {
      try {
        return run.calendar.session(d);
      } catch (InvalidValueException e) {
        return Optional.empty();
      }
    });
    return s.orElseThrow(() -> new BadValue(name("date") + " = " + day + " is not a trading day"))
        .close().toInstant();
  }

  private Instant isoOrEpoch(String s) {
    if (s.chars().allMatch(Character::isDigit)) {
      return UnderlyingCloses.instant(UnderlyingCloses.epochNanos(new String[] {s}, 0, name("time")));
    }
    String t = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
    TemporalAccessor a = DateTimeFormatter.ISO_DATE_TIME.parseBest(t, ZonedDateTime::from,
        LocalDateTime::from);
    return a instanceof ZonedDateTime ? ((ZonedDateTime) a).toInstant()
        : ((LocalDateTime) a).atZone(mapping.zone()).toInstant();
  }

  private static LocalDate date(String s, DateTimeFormatter format, String column) {
    try {
      return LocalDate.parse(s, format);
    } catch (DateTimeException e) {
      throw new BadValue(column + " = \"" + s + "\" is not a date");
    }
  }
}
