package dev.condor.polygon;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.market.Bar;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.Greeks;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.mapstruct.Mapper;

/**
 * Turns Polygon's wire records into Condor's API values. Every rule here needs a field check with
 * the field's name for the error, so the methods are written out; MapStruct supplies the instance.
 * A missing field throws {@link MissingField}, which the caller reports as a malformed response
 * naming the endpoint.
 */
@Mapper
interface WireMapper {

  /** The only instance; MapStruct generates {@code WireMapperImpl} at compile time. */
  WireMapper INSTANCE = new WireMapperImpl();

  /** One aggregate as an observed bar; {@code t} is the bar's start in epoch milliseconds. */
  default Bar bar(Wire.Agg a, String symbol, Duration interval, int index) {
    String at = "results[" + index + "].";
    return Bar.builder()
        .symbol(symbol)
        .start(Instant.ofEpochMilli(require(a.t(), at + "t")))
        .interval(interval)
        .open(require(a.o(), at + "o"))
        .high(require(a.h(), at + "h"))
        .low(require(a.l(), at + "l"))
        .close(require(a.c(), at + "c"))
        // indices have no volume; options and stocks send it, sometimes as a decimal
        .volume(a.v() == null ? 0 : Math.round(a.v()))
        .origin(DataOrigin.OBSERVED)
        .build();
  }

  /** One listed contract, read from its Polygon ticker. */
  default OptionContract contract(Wire.ContractRow row, int index) {
    return OptionContract.parsePolygon(require(row.ticker(), "results[" + index + "].ticker"));
  }

  /**
   * One option snapshot as a quote with the venue's IV and greeks. The contract's terms come from
   * {@code details}; the ticker gives only the root (SPX or SPXW), so a ticker with an odd strike
   * width still reads. Without a quote (plans without quotes) bid and ask are 0 and the last trade
   * is kept. Times are epoch nanoseconds; {@code fallback} is used when none is sent.
   */
  default OptionQuote optionQuote(Wire.OptionSnapshot s, int index, Instant fallback) {
    String at = "results[" + index + "].";
    Wire.Details d = require(s.details(), at + "details");
    String ticker = require(d.ticker(), at + "details.ticker");
    java.util.regex.Matcher m = OPTION_TICKER.matcher(ticker);
    if (!m.matches()) {
      throw new MissingField(at + "details.ticker");
    }
    OptionRight right = switch (require(d.contractType(), at + "details.contract_type")) {
      case "call" -> OptionRight.CALL;
      case "put" -> OptionRight.PUT;
      default -> throw new MissingField(at + "details.contract_type");
    };
    OptionContract contract = OptionContract.of(m.group(1),
        LocalDate.parse(require(d.expirationDate(), at + "details.expiration_date")),
        require(d.strikePrice(), at + "details.strike_price"), right);
    OptionQuote.Builder b = OptionQuote.builder().contract(contract);
    Wire.LastQuote q = s.lastQuote();
    double bid = q == null || q.bid() == null ? 0 : q.bid();
    b.bid(bid).ask(q == null || q.ask() == null ? bid : q.ask());
    if (q != null) {
      b.bidSize(q.bidSize() == null ? 0 : Math.round(q.bidSize()));
      b.askSize(q.askSize() == null ? 0 : Math.round(q.askSize()));
    }
    Wire.LastTrade t = s.lastTrade();
    if (t != null && t.price() != null) {
      b.last(t.price());
    }
    if (s.day() != null && s.day().volume() != null) {
      b.volume(Math.round(s.day().volume()));
    }
    if (s.openInterest() != null) {
      b.openInterest(Math.round(s.openInterest()));
    }
    if (s.impliedVolatility() != null && s.impliedVolatility() > 0) {
      b.impliedVolatility(s.impliedVolatility());
    }
    Wire.Greeks g = s.greeks();
    if (g != null && g.delta() != null && g.gamma() != null && g.theta() != null
        && g.vega() != null) {
      b.greeks(Greeks.of(g.delta(), g.gamma(), g.theta(), g.vega()));
    }
    Wire.UnderlyingAsset u = s.underlyingAsset();
    Double spot = u == null ? null : u.price() != null ? u.price() : u.value();
    if (spot != null) {
      b.underlyingPrice(spot);
    }
    Long nanos = q != null && q.lastUpdated() != null ? q.lastUpdated()
        : t != null && t.sipTimestamp() != null ? t.sipTimestamp()
        : s.day() != null ? s.day().lastUpdated() : null;
    b.time(nanos == null ? fallback : Instant.ofEpochSecond(0, nanos));
    return b.origin(DataOrigin.OBSERVED).analyticsOrigin(DataOrigin.OBSERVED).build();
  }

  /**
   * A ticker's snapshot as a quote: an index's level, or a stock's or ETF's quote with the last
   * trade (or the session's close) as {@code last}. Times are epoch nanoseconds.
   */
  default Quote quote(Wire.Snapshot s, String symbol, Instant fallback) {
    Long nanos = s.lastUpdated();
    if (s.value() != null) {
      return Quote.ofLevel(symbol, s.value(),
          nanos == null ? fallback : Instant.ofEpochSecond(0, nanos), DataOrigin.OBSERVED);
    }
    Quote.Builder b = Quote.builder().symbol(symbol).origin(DataOrigin.OBSERVED);
    Wire.LastQuote q = s.lastQuote();
    if (q != null && q.bid() != null && q.ask() != null) {
      b.bid(q.bid()).ask(q.ask());
      b.bidSize(q.bidSize() == null ? 0 : Math.round(q.bidSize()));
      b.askSize(q.askSize() == null ? 0 : Math.round(q.askSize()));
      nanos = q.lastUpdated() != null ? q.lastUpdated() : nanos;
    }
    Wire.LastTrade t = s.lastTrade();
    Double last = t != null && t.price() != null ? t.price()
        : s.session() != null ? s.session().close() : null;
    if (last == null && (q == null || q.bid() == null || q.ask() == null)) {
      throw new MissingField("results[0].value");
    }
    if (last != null) {
      b.last(last);
    }
    return b.time(nanos == null ? fallback : Instant.ofEpochSecond(0, nanos)).build();
  }

  /** {@code O:} + root + YYMMDD + C|P + strike digits. */
  java.util.regex.Pattern OPTION_TICKER =
      java.util.regex.Pattern.compile("O:([A-Z][A-Z0-9]*?)\\d{6}[CP]\\d{8,9}");

  private static <T> T require(T value, String field) {
    if (value == null) {
      throw new MissingField(field);
    }
    return value;
  }

  /** A required field was absent. */
  final class MissingField extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingField(String field) {
      super(field, null, false, false);
    }

    String field() {
      return getMessage();
    }
  }
}
