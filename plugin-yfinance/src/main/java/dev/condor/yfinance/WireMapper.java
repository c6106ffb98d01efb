package dev.condor.yfinance;

import dev.condor.api.error.DataException;
import dev.condor.api.error.DataException.Kind;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.instrument.UnderlyingKind;
import dev.condor.api.market.Bar;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.Greeks;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.api.quant.BlackScholes;
import dev.condor.api.quant.MutableGreeks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Yahoo's wire records to the API's values. Hand-written rather than generated: Yahoo's bars come
 * as parallel arrays (timestamps, opens, highs...) with nulls, which no field-to-field mapper
 * expresses. Every missing required field fails as {@link Kind#MALFORMED} naming its JSON path.
 */
final class WireMapper {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final double DAYS_PER_YEAR = 365.0;
  /** Yahoo writes this placeholder IV (1e-5) for contracts it could not compute one for. */
  private static final double NO_IV = 1e-4;

  private WireMapper() {}

  /** Yahoo's symbol for the chart endpoint: S&amp;P 500 is ^GSPC, other indices ^SYMBOL. */
  static String chartSymbol(Underlying u) {
    if (u.kind() != UnderlyingKind.INDEX) {
      return u.symbol();
    }
    return u.symbol().equals("SPX") ? "^GSPC" : "^" + u.symbol();
  }

  /** Yahoo's symbol for the options endpoint: index options are listed under ^SPX, ^NDX... */
  static String optionsSymbol(Underlying u) {
    return u.kind() == UnderlyingKind.INDEX ? "^" + u.symbol() : u.symbol();
  }

  /** Yahoo's interval name for a bar length it serves. */
  static String interval(Duration d) {
    if (d == null) {
      throw new InvalidValueException("interval", null, "is required");
    }
    if (d.equals(Duration.ofDays(1))) {
      return "1d";
    }
    long minutes = d.toMinutes();
    if (Duration.ofMinutes(minutes).equals(d)
        && (minutes == 1 || minutes == 2 || minutes == 5 || minutes == 15 || minutes == 30
            || minutes == 60 || minutes == 90)) {
      return minutes + "m";
    }
    throw new InvalidValueException("interval", d,
        "Yahoo serves 1, 2, 5, 15, 30, 60 or 90 minutes, or 1 day");
  }

  /** The one result of a chart answer, or Yahoo's {@code chart.error} as not found. */
  static Wire.ChartResult chartResult(Wire.ChartResponse body, String path) {
    if (body.chart() == null) {
      throw YahooClient.malformed(path, "chart", "missing");
    }
    if (body.chart().error() != null) {
      throw notFound(path, body.chart().error());
    }
    List<Wire.ChartResult> results = body.chart().result();
    if (results == null || results.isEmpty() || results.get(0) == null) {
      throw YahooClient.error(Kind.NOT_FOUND, path, "Yahoo returned no chart");
    }
    if (results.get(0).meta() == null) {
      throw YahooClient.malformed(path, "chart.result[0].meta", "missing");
    }
    return results.get(0);
  }

  static ZoneId zone(Wire.ChartResult r) {
    String tz = r.meta().exchangeTimezoneName();
    try {
      return tz == null ? NEW_YORK : ZoneId.of(tz);
    } catch (java.time.DateTimeException e) {
      return NEW_YORK;
    }
  }

  /**
   * The bars whose exchange-local day is between two days inclusive, oldest first; slots Yahoo
   * left null (no trade, halted, or not yet printed) are skipped. High and low are widened to
   * bracket open and close, which Yahoo's rounded floats occasionally miss by a cent.
   */
  static List<Bar> bars(Wire.ChartResult r, String path, String symbol, Duration interval,
      LocalDate from, LocalDate to) {
    List<Long> times = r.timestamp();
    if (times == null || times.isEmpty()) {
      return List.of();
    }
    String q = "chart.result[0].indicators.quote[0]";
    if (r.indicators() == null || r.indicators().quote() == null
        || r.indicators().quote().isEmpty() || r.indicators().quote().get(0) == null) {
      throw YahooClient.malformed(path, "chart.result[0].indicators.quote", "missing");
    }
    Wire.Ohlcv o = r.indicators().quote().get(0);
    List<Double> open = column(o.open(), times.size(), path, q + ".open");
    List<Double> high = column(o.high(), times.size(), path, q + ".high");
    List<Double> low = column(o.low(), times.size(), path, q + ".low");
    List<Double> close = column(o.close(), times.size(), path, q + ".close");
    List<Long> volume = o.volume();
    ZoneId zone = zone(r);
    List<Bar> bars = new ArrayList<>(times.size());
    for (int i = 0; i < times.size(); i++) {
      Long t = times.get(i);
      Double op = open.get(i);
      Double hi = high.get(i);
      Double lo = low.get(i);
      Double cl = close.get(i);
      if (t == null || op == null || hi == null || lo == null || cl == null) {
        continue;
      }
      Instant start = Instant.ofEpochSecond(t);
      LocalDate day = start.atZone(zone).toLocalDate();
      if (day.isBefore(from) || day.isAfter(to)) {
        continue;
      }
      Long v = volume != null && i < volume.size() ? volume.get(i) : null;
      try {
        bars.add(Bar.builder().symbol(symbol).start(start).interval(interval)
            .open(op).high(Math.max(hi, Math.max(op, cl))).low(Math.min(lo, Math.min(op, cl)))
            .close(cl).volume(v == null || v < 0 ? 0 : v).build());
      } catch (InvalidValueException e) {
        throw DataException.of(Kind.MALFORMED, YahooHistoricalDataProvider.ID).location(path)
            .field(q + "[" + i + "]").detail(e.getMessage()).cause(e).build();
      }
    }
    bars.sort(Comparator.comparing(Bar::start));
    return List.copyOf(bars);
  }

  private static <T> List<T> column(List<T> values, int size, String path, String field) {
    if (values == null) {
      throw YahooClient.malformed(path, field, "missing");
    }
    if (values.size() != size) {
      throw YahooClient.malformed(path, field,
          values.size() + " values for " + size + " timestamps");
    }
    return values;
  }

  /** Splits and dividends between two days inclusive. */
  static CorporateActions actions(Wire.ChartResult r, String path, LocalDate from, LocalDate to) {
    ZoneId zone = zone(r);
    List<CorporateActions.Split> splits = new ArrayList<>();
    List<CorporateActions.Dividend> dividends = new ArrayList<>();
    Wire.Events events = r.events();
    if (events != null && events.splits() != null) {
      for (Map.Entry<String, Wire.Split> e : events.splits().entrySet()) {
        Wire.Split s = e.getValue();
        String field = "chart.result[0].events.splits." + e.getKey();
        if (s == null || s.date() == null || s.numerator() == null || s.denominator() == null
            || !(s.numerator() > 0) || !(s.denominator() > 0)) {
          throw YahooClient.malformed(path, field, "needs date, numerator and denominator > 0");
        }
        LocalDate day = Instant.ofEpochSecond(s.date()).atZone(zone).toLocalDate();
        if (!day.isBefore(from) && !day.isAfter(to)) {
          splits.add(new CorporateActions.Split(day, s.numerator(), s.denominator()));
        }
      }
    }
    if (events != null && events.dividends() != null) {
      for (Map.Entry<String, Wire.Dividend> e : events.dividends().entrySet()) {
        Wire.Dividend d = e.getValue();
        String field = "chart.result[0].events.dividends." + e.getKey();
        if (d == null || d.date() == null || d.amount() == null || !(d.amount() >= 0)) {
          throw YahooClient.malformed(path, field, "needs date and amount >= 0");
        }
        LocalDate day = Instant.ofEpochSecond(d.date()).atZone(zone).toLocalDate();
        if (!day.isBefore(from) && !day.isAfter(to)) {
          dividends.add(new CorporateActions.Dividend(day, d.amount()));
        }
      }
    }
    splits.sort(Comparator.comparing(CorporateActions.Split::date));
    dividends.sort(Comparator.comparing(CorporateActions.Dividend::date));
    return new CorporateActions(splits, dividends);
  }

  /** The last price in the chart's meta, as a level (Yahoo's chart has no bid or ask). */
  static Quote quote(Wire.ChartResult r, String path, String symbol) {
    Double price = r.meta().regularMarketPrice();
    if (price == null || !(price > 0) || price.isInfinite()) {
      throw YahooClient.malformed(path, "chart.result[0].meta.regularMarketPrice",
          "missing or not a positive price (" + price + ")");
    }
    Long time = r.meta().regularMarketTime();
    if (time == null) {
      throw YahooClient.malformed(path, "chart.result[0].meta.regularMarketTime", "missing");
    }
    return Quote.ofLevel(symbol, price, Instant.ofEpochSecond(time), DataOrigin.OBSERVED);
  }

  /** The one result of an options answer, or Yahoo's {@code optionChain.error} as not found. */
  static Wire.OptionsResult optionsResult(Wire.OptionsResponse body, String path) {
    if (body.optionChain() == null) {
      throw YahooClient.malformed(path, "optionChain", "missing");
    }
    if (body.optionChain().error() != null) {
      throw notFound(path, body.optionChain().error());
    }
    List<Wire.OptionsResult> results = body.optionChain().result();
    if (results == null || results.isEmpty() || results.get(0) == null) {
      throw YahooClient.error(Kind.NOT_FOUND, path, "Yahoo lists no options for this symbol");
    }
    Wire.OptionsResult r = results.get(0);
    if (r.expirationDates() == null) {
      throw YahooClient.malformed(path, "optionChain.result[0].expirationDates", "missing");
    }
    if (r.quote() == null || r.quote().regularMarketPrice() == null
        || !(r.quote().regularMarketPrice() > 0)) {
      throw YahooClient.malformed(path, "optionChain.result[0].quote.regularMarketPrice",
          "missing or not a positive price");
    }
    return r;
  }

  /** The expiry day Yahoo encodes as midnight UTC of that day. */
  static LocalDate expiryDay(long epochSeconds) {
    return Instant.ofEpochSecond(epochSeconds).atOffset(ZoneOffset.UTC).toLocalDate();
  }

  /**
   * The quotes of one expiry: prices as Yahoo gave them (observed), greeks computed here by
   * Black-Scholes from Yahoo's IV, the spot and the time to the settlement (estimated). Rows
   * whose bid is above the ask (stale Yahoo snapshots) are skipped, not failed.
   */
  static List<OptionQuote> optionQuotes(Wire.Expiration e, int index, double spot, Instant time,
      double rate, String path) {
    List<OptionQuote> quotes = new ArrayList<>();
    String base = "optionChain.result[0].options[" + index + "].";
    add(quotes, e.calls(), base + "calls", spot, time, rate, path);
    add(quotes, e.puts(), base + "puts", spot, time, rate, path);
    return quotes;
  }

  private static void add(List<OptionQuote> out, List<Wire.OptionRow> rows, String base,
      double spot, Instant time, double rate, String path) {
    if (rows == null) {
      return;
    }
    MutableGreeks g = new MutableGreeks();
    for (int i = 0; i < rows.size(); i++) {
      Wire.OptionRow row = rows.get(i);
      String at = base + "[" + i + "]";
      if (row == null || row.contractSymbol() == null) {
        throw YahooClient.malformed(path, at + ".contractSymbol", "missing");
      }
      OptionContract contract;
      try {
        contract = OptionContract.parseOcc(row.contractSymbol());
      } catch (InvalidValueException ex) {
        throw DataException.of(Kind.MALFORMED, YahooHistoricalDataProvider.ID).location(path)
            .field(at + ".contractSymbol").detail(ex.getMessage()).cause(ex).build();
      }
      double bid = nonNegative(row.bid());
      double ask = nonNegative(row.ask());
      if (bid > ask) {
        continue;
      }
      OptionQuote.Builder b = OptionQuote.builder().contract(contract).bid(bid).ask(ask)
          .volume(row.volume() == null || row.volume() < 0 ? 0 : row.volume())
          .openInterest(row.openInterest() == null || row.openInterest() < 0
              ? 0 : row.openInterest())
          .underlyingPrice(spot).time(time)
          .origin(DataOrigin.OBSERVED).analyticsOrigin(DataOrigin.ESTIMATED);
      if (row.lastPrice() != null && row.lastPrice() >= 0 && row.lastPrice().isInfinite() == false) {
        b.last(row.lastPrice());
      }
      Double iv = row.impliedVolatility();
      if (iv != null && iv >= NO_IV && iv < 20) {
        b.impliedVolatility(iv);
        double years = years(contract, time);
        if (years > 0) {
          BlackScholes.greeks(contract.right(), spot, contract.strike(), years, rate, 0.0, iv, g);
          b.greeks(Greeks.of(g.delta(), g.gamma(), g.theta() / DAYS_PER_YEAR, g.vega() / 100));
        }
      }
      out.add(b.build());
    }
  }

  /** ACT/365 years from {@code time} to the contract's settlement (09:30 or 16:00 New York). */
  static double years(OptionContract c, Instant time) {
    LocalTime at = c.settlementTime() == SettlementTime.AM ? LocalTime.of(9, 30) : LocalTime.of(16, 0);
    Instant settles = c.expiry().atTime(at).atZone(NEW_YORK).toInstant();
    double seconds = Duration.between(time, settles).getSeconds();
    return Math.max(0, seconds / (DAYS_PER_YEAR * 86_400));
  }

  private static double nonNegative(Double v) {
    return v == null || !(v >= 0) || v.isInfinite() ? 0.0 : v;
  }

  private static DataException notFound(String path, Wire.Error error) {
    String d = error.description() != null ? error.description() : error.code();
    return YahooClient.error(Kind.NOT_FOUND, path, "Yahoo: " + d);
  }
}
