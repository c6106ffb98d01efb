package dev.condor.core.store.imports;

import dev.condor.api.error.DataException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import dev.condor.api.market.DataOrigin;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.store.ImportBatch;
import dev.condor.core.store.ImportBatch.Partition;
import dev.condor.core.store.OptionRows;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One import in progress: the partitions and series filled so far, the bad-row tally and the
 * policy every reader shares (what a zero ask or a zero IV means, which rows are bad, strict mode).
 */
final class ImportRun {

  static final ZoneId NEW_YORK = NyseCalendar.ZONE;

  final Path file;
  final ImportFormat format;
  final ImportOptions options;
  final NyseCalendar calendar = NyseCalendar.instance();

  private final Map<Partition, OptionRows> partitions = new LinkedHashMap<>();
  private final Map<String, List<Bar>> bars = new LinkedHashMap<>();
  private final Map<String, Underlying> underlyings = new HashMap<>();
  private final List<BadRow> badRows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private long rowsRead;
  private long rowsAccepted;
  private long badRowCount;
  private long skipped;

  ImportRun(Path file, ImportFormat format, ImportOptions options) {
    this.file = file;
    this.format = format;
    this.options = options;
  }

  /** Counts records read from the file. */
  void read(long n) {
    rowsRead += n;
  }

  void note(String note) {
    notes.add(note);
  }

  /** Skips a bad record (or aborts in strict mode). */
  void bad(long line, String reason) {
    if (options.strict()) {
      throw fatal(line, reason + " (strict mode: any bad row aborts the import)");
    }
    badRowCount++;
    if (badRows.size() < options.maxBadRowsKept()) {
      badRows.add(new BadRow(line, reason));
    }
  }

  DataException fatal(long line, String detail) {
    DataException.Builder b = DataException.of(DataException.Kind.MALFORMED, file.toString())
        .detail(detail);
    if (line > 0) {
      b.location("line " + line);
    }
    return b.build();
  }

  /** The underlying of an option root, or the override from the options. */
  Underlying underlyingOfRoot(String root) {
    if (options.symbol().isPresent()) {
      return underlyingOf(options.symbol().get());
    }
    return underlyings.computeIfAbsent("root:" + root, k -> Underlying.forRoot(root));
  }

  /** The underlying of a symbol ({@code ^VIX}, {@code I:SPX}, {@code SPY}). */
  Underlying underlyingOf(String symbol) {
    Underlying u = underlyings.get(symbol);
    if (u == null) {
      try {
        u = Underlying.of(symbol);
      } catch (InvalidValueException e) {
        throw new BadValue("underlying symbol \"" + symbol + "\" is not a ticker");
      }
      underlyings.put(symbol, u);
    }
    return u;
  }

  static OptionRight right(String s, String column) {
    String t = s.trim();
    if (t.equalsIgnoreCase("c") || t.equalsIgnoreCase("call") || t.equalsIgnoreCase("calls")) {
      return OptionRight.CALL;
    }
    if (t.equalsIgnoreCase("p") || t.equalsIgnoreCase("put") || t.equalsIgnoreCase("puts")) {
      return OptionRight.PUT;
    }
    throw new BadValue(column + " = \"" + s + "\" is not a right (C/P, call/put)");
  }

  static OptionContract contract(String root, LocalDate expiry, double strike, OptionRight right) {
    try {
      return OptionContract.of(root, expiry, strike, right);
    } catch (InvalidValueException e) {
      throw new BadValue(e.getMessage().replaceFirst("^\\[[A-Z-]+\\] ", ""));
    }
  }

  /**
   * Adds one option quote under the shared policy: a zero ask is "no offer" (ask NaN, and a zero
   * bid with it NaN too), a zero IV is "not computed" (IV and greeks NaN); a bid above a real ask
   * or an expiry before the quote's day make the row bad.
   */
  void option(Underlying underlying, Instant at, OptionContract c, double bid, double ask,
      double last, long volume, long openInterest, double iv, double delta, double gamma,
      double theta, double vega, double underlyingPrice, DataOrigin origin) {
    if (!wanted(underlying)) {
      skipped++;
      return;
    }
    LocalDate day = at.atZone(NEW_YORK).toLocalDate();
    if (c.expiry().isBefore(day)) {
      throw new BadValue("expiry " + c.expiry() + " is before the quote date " + day + " ("
          + c.occSymbol().replaceAll(" +", " ") + ")");
    }
    if (ask == 0) {
      ask = Double.NaN;
    }
    if (Double.isNaN(ask) && bid == 0) {
      bid = Double.NaN;
    }
    if (bid > ask) {
      throw new BadValue("bid = " + bid + " is above ask = " + ask);
    }
    if (iv == 0) {
      iv = Double.NaN;
      delta = Double.NaN;
      gamma = Double.NaN;
      theta = Double.NaN;
      vega = Double.NaN;
    } else if (iv < 0) {
      throw new BadValue("implied volatility = " + iv + " is negative");
    }
    if (underlyingPrice <= 0) {
      underlyingPrice = Double.NaN;
    }
    OptionRows rows = partitions.computeIfAbsent(new Partition(underlying, day),
        p -> new OptionRows());
    rows.add(at, c.root(), c.expiry(), c.strike(), c.right(), bid, ask, last, volume,
        openInterest, iv, delta, gamma, theta, vega, underlyingPrice, origin);
    rowsAccepted++;
  }

  /** Whether the options let rows of this underlying in. */
  boolean wanted(Underlying underlying) {
    return options.underlyings().isEmpty()
        || options.underlyings().contains(underlying.symbol());
  }

  /** Counts a record skipped because its underlying is not wanted. */
  void skipped() {
    skipped++;
  }

  /** Adds one daily bar to a series. */
  void bar(String symbol, Bar bar) {
    bars.computeIfAbsent(symbol, s -> new ArrayList<>()).add(bar);
    rowsAccepted++;
  }

  Map<String, List<Bar>> bars() {
    return bars;
  }

  long rowsAccepted() {
    return rowsAccepted;
  }

  /** The result, or a fatal error when nothing usable was read. */
  ImportResult finish() {
    if (skipped > 0) {
      notes.add(skipped + " records of underlyings other than " + options.underlyings()
          + " skipped");
    }
    if (rowsAccepted == 0) {
      String why;
      if (rowsRead == 0) {
        why = "the file holds no data rows";
      } else if (badRows.isEmpty() && skipped > 0) {
        why = rowsRead + " rows read and none of " + options.underlyings();
      } else if (badRows.isEmpty()) {
        why = rowsRead + " rows read and none gives a quote or a bar (outside every session?)";
      } else {
        why = rowsRead + " rows read, " + badRowCount + " bad; the first: " + badRows.get(0);
      }
      throw fatal(0, "no usable rows as " + format.id() + ": " + why);
    }
    return new ImportResult(file, format, new ImportBatch(partitions, bars), rowsRead,
        rowsAccepted, badRowCount, badRows, notes);
  }

  /** 09:30 New York on a day: the start of a daily bar. */
  static Instant dayStart(LocalDate day) {
    return ZonedDateTime.of(day, java.time.LocalTime.of(9, 30), NEW_YORK).toInstant();
  }
}
