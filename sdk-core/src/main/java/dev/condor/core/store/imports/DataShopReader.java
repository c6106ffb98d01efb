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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Cboe DataShop option files: the EOD Summary (format {@code cboe-datashop-eod}, two
 * snapshots per row) and the interval quotes (format {@code cboe-datashop-interval}).
 */
final class DataShopReader {

  private final ImportRun run;
  private final boolean eod;
  private final Map<String, Integer> columns = new HashMap<>();
  private final Map<LocalDate, Optional<TradingSession>> sessions = new HashMap<>();
  private String[] header;

  DataShopReader(ImportRun run) {
    this.run = run;
    this.eod = run.format == ImportFormat.CBOE_DATASHOP_EOD;
  }

  private int col(String name) {
    return columns.getOrDefault(name, -1);
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
      header = Csv.split(line, ',');
      for (int i = 0; i < header.length; i++) {
        columns.putIfAbsent(Csv.key(header[i]), i);
      }
      List<String> required = new ArrayList<>(List.of("root", "expiration", "strike",
          "option_type"));
      required.addAll(eod ? List.of("quote_date", "bid_1545", "ask_1545", "bid_eod", "ask_eod")
          : List.of("quote_datetime", "bid", "ask"));
      List<String> missing = new ArrayList<>();
      for (String r : required) {
        if (col(r) < 0) {
          missing.add(r);
        }
      }
      if (!missing.isEmpty()) {
        throw run.fatal(in.lineNumber(), "the header lacks " + String.join(", ", missing)
            + ": not a Cboe DataShop " + (eod ? "EOD Summary" : "interval quotes") + " file");
      }
      while ((line = in.next()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] row = Csv.split(line, ',');
        long n = in.lineNumber();
        if (eod) {
          eodRow(row, n);
        } else {
          intervalRow(row, n);
        }
      }
    }
  }

  private void eodRow(String[] row, long n) {
    run.read(2);
    TradingSession session;
    OptionContract c;
    Underlying u;
    try {
      LocalDate day = IndexDailyReader.date(Cells.text(row, col("quote_date"), "quote_date"),
          "quote_date");
      session = session(day);
      c = contract(row);
      u = underlying(row, c);
    } catch (BadValue e) {
      run.bad(n, e.getMessage());
      run.bad(n, "end-of-day snapshot skipped with its row");
      return;
    }
    try {
      double under = underlyingPrice(row, "underlying_bid_1545", "underlying_ask_1545",
          "active_underlying_price_1545", "implied_underlying_price_1545");
      run.option(u, session.close().minusMinutes(15).toInstant(), c,
          Cells.price(row, col("bid_1545"), "bid_1545"),
          Cells.price(row, col("ask_1545"), "ask_1545"), Double.NaN, -1, count(row, "open_interest"),
          number(row, "implied_volatility_1545"), number(row, "delta_1545"),
          number(row, "gamma_1545"), number(row, "theta_1545"), number(row, "vega_1545"), under,
          DataOrigin.OBSERVED);
    } catch (BadValue e) {
      run.bad(n, "15:45 snapshot: " + e.getMessage());
    }
    try {
      double under = underlyingPrice(row, "underlying_bid_eod", "underlying_ask_eod", "", "");
      run.option(u, session.close().toInstant(), c, Cells.price(row, col("bid_eod"), "bid_eod"),
          Cells.price(row, col("ask_eod"), "ask_eod"), last(row),
          count(row, "trade_volume"), count(row, "open_interest"), Double.NaN, Double.NaN, Double.NaN,
          Double.NaN, Double.NaN, under, DataOrigin.OBSERVED);
    } catch (BadValue e) {
      run.bad(n, "end-of-day snapshot: " + e.getMessage());
    }
  }

  private void intervalRow(String[] row, long n) {
    run.read(1);
    try {
      Instant at = dateTime(Cells.text(row, col("quote_datetime"), "quote_datetime"));
      OptionContract c = contract(row);
      run.option(underlying(row, c), at, c, Cells.price(row, col("bid"), "bid"),
          Cells.price(row, col("ask"), "ask"), last(row), count(row, "trade_volume"),
          count(row, "open_interest"), number(row, "implied_volatility"), number(row, "delta"),
          number(row, "gamma"), number(row, "theta"), number(row, "vega"),
          underlyingPrice(row, "underlying_bid", "underlying_ask", "active_underlying_price",
              "implied_underlying_price"),
          DataOrigin.OBSERVED);
    } catch (BadValue e) {
      run.bad(n, e.getMessage());
    }
  }

  private TradingSession session(LocalDate day) {
    Optional<TradingSession> s = sessions.computeIfAbsent(day, d -> {
      try {
        return run.calendar.session(d);
      } catch (InvalidValueException e) {
        return Optional.empty();
      }
    });
    return s.orElseThrow(() -> new BadValue("quote_date = " + day + " is not a trading day"));
  }

  private Instant dateTime(String s) {
    try {
      return LocalDateTime.parse(s.replace(' ', 'T')).atZone(ImportRun.NEW_YORK).toInstant();
    } catch (DateTimeException e) {
      throw new BadValue("quote_datetime = \"" + s + "\" is not yyyy-MM-dd HH:mm:ss");
    }
  }

  private OptionContract contract(String[] row) {
    String root = Cells.text(row, col("root"), "root");
    LocalDate expiry = IndexDailyReader.date(Cells.text(row, col("expiration"), "expiration"),
        "expiration");
    double strike = Cells.requiredNumber(row, col("strike"), "strike");
    return ImportRun.contract(root, expiry, strike,
        ImportRun.right(Cells.text(row, col("option_type"), "option_type"), "option_type"));
  }

  private Underlying underlying(String[] row, OptionContract c) {
    String symbol = Cells.cell(row, col("underlying_symbol"));
    if (run.options.symbol().isPresent() || symbol.isEmpty()) {
      return run.underlyingOfRoot(c.root());
    }
    return run.underlyingOf(symbol);
  }

  /** The mid of the underlying's bid and ask, else its active or implied price, else NaN. */
  private double underlyingPrice(String[] row, String bid, String ask, String active,
      String implied) {
    double b = Cells.price(row, col(bid), bid);
    double a = Cells.price(row, col(ask), ask);
    if (b > 0 && a > 0) {
      return (b + a) / 2;
    }
    double p = Cells.price(row, col(active), active);
    if (p > 0) {
      return p;
    }
    p = Cells.price(row, col(implied), implied);
    return p > 0 ? p : Double.NaN;
  }

  private double last(String[] row) {
    double close = Cells.price(row, col("close"), "close");
    return close > 0 ? close : Double.NaN;
  }

  private double number(String[] row, String name) {
    return Cells.number(row, col(name), name);
  }

  private long count(String[] row, String name) {
    return Cells.count(row, col(name), name);
  }
}
