package dev.condor.polygon;

import static dev.condor.polygon.PolygonHttp.require;

import dev.condor.api.data.MarketDataFeed;
import dev.condor.api.error.DataException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.api.plugin.Secret;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Polygon (Massive) market data by polling snapshots: quotes from the universal snapshot ({@code
 * /v3/snapshot?ticker.any_of=I:SPX}), chains with the venue's IV and greeks from the option chain
 * snapshot ({@code /v3/snapshot/options/I:SPX}, every page). No streaming: {@link #stream} fails
 * its subscriber at once. How fresh the data is depends on the plan (real-time, 15-minute delayed
 * or end of day); quotes are absent on plans without them, leaving bid and ask at 0.
 */
public final class PolygonMarketDataFeed implements MarketDataFeed {

  static final String SNAPSHOT = "/v3/snapshot";
  static final String OPTION_SNAPSHOT = "/v3/snapshot/options/";
  static final String NO_STREAMING = "no streaming: the Polygon feed polls snapshots"
      + " (STREAMING_QUOTES not declared); poll quote() and chain() instead";

  private final PolygonHttp http;
  private final Clock clock;
  private final WireMapper mapper = WireMapper.INSTANCE;

  PolygonMarketDataFeed(PolygonConfig config, Secret apiKey) {
    this(config, apiKey, Clock.systemUTC());
  }

  PolygonMarketDataFeed(PolygonConfig config, Secret apiKey, Clock clock) {
    this.http = new PolygonHttp(config, apiKey);
    this.clock = clock;
  }

  @Override
  public CompletionStage<Quote> quote(Underlying underlying) {
    return http.call(() -> quoteNow(require(underlying, "underlying")));
  }

  @Override
  public CompletionStage<OptionChain> chain(Underlying underlying, LocalDate fromExpiry,
      LocalDate toExpiry) {
    return http.call(() -> {
      require(underlying, "underlying");
      require(fromExpiry, "fromExpiry");
      require(toExpiry, "toExpiry");
      if (fromExpiry.isAfter(toExpiry)) {
        throw new InvalidValueException("fromExpiry", fromExpiry, "must not be after " + toExpiry);
      }
      String path = OPTION_SNAPSHOT + underlying.polygonTicker();
      Map<String, String> query = new LinkedHashMap<>();
      query.put("expiration_date.gte", fromExpiry.toString());
      query.put("expiration_date.lte", toExpiry.toString());
      query.put("limit", "250");
      Instant now = clock.instant();
      List<OptionQuote> quotes = new ArrayList<>();
      double[] spot = {Double.NaN};
      Instant[] latest = {null};
      http.paginate(path, query, Wire.OptionSnapshots.class, Wire.OptionSnapshots::nextUrl,
          (page, location) -> {
            List<Wire.OptionSnapshot> rows = page.results() == null ? List.of() : page.results();
            for (int i = 0; i < rows.size(); i++) {
              Wire.OptionSnapshot row = rows.get(i);
              int index = i;
              OptionQuote q = http.read(location, "results[" + i + "]",
                  () -> mapper.optionQuote(require(row, "results[" + index + "]"), index, now));
              // adjusted (non-standard) roots belong to another underlying; the chain is the standard one
              if (!q.contract().underlying().equals(underlying)) {
                continue;
              }
              quotes.add(q);
              OptionalDouble s = q.underlyingPrice();
              if (Double.isNaN(spot[0]) && s.isPresent() && s.getAsDouble() > 0) {
                spot[0] = s.getAsDouble();
              }
              if (latest[0] == null || q.time().isAfter(latest[0])) {
                latest[0] = q.time();
              }
            }
          });
      if (quotes.isEmpty()) {
        throw PolygonHttp.error(DataException.Kind.NOT_FOUND, path)
            .detail("no " + underlying.symbol() + " options expiring " + fromExpiry + " to "
                + toExpiry).build();
      }
      double level = Double.isNaN(spot[0]) ? quoteNow(underlying).price() : spot[0];
      try {
        return OptionChain.of(underlying, level, latest[0], quotes);
      } catch (InvalidValueException e) {
        throw PolygonHttp.malformed(path, e.field(), e.getMessage(), e);
      }
    });
  }

  private Quote quoteNow(Underlying underlying) throws InterruptedException {
    String ticker = underlying.polygonTicker();
    URI uri = URI.create(http.baseUrl() + SNAPSHOT + "?"
        + PolygonHttp.encode(Map.of("ticker.any_of", ticker)));
    Wire.Snapshots page = http.get(uri, SNAPSHOT, Wire.Snapshots.class);
    Wire.Snapshot row = page.results() == null ? null : page.results().stream()
        .filter(r -> ticker.equals(r.ticker())).findFirst().orElse(null);
    if (row == null) {
      throw PolygonHttp.error(DataException.Kind.NOT_FOUND, SNAPSHOT).field("results")
          .detail("no snapshot of " + ticker).build();
    }
    if (row.error() != null) {
      DataException.Kind kind = "NOT_ENTITLED".equals(row.error())
          ? DataException.Kind.AUTHENTICATION : DataException.Kind.NOT_FOUND;
      throw PolygonHttp.error(kind, SNAPSHOT).field("results[0].error")
          .detail(ticker + ": " + row.error() + (row.message() == null ? "" : " (" + row.message()
              + ")")).build();
    }
    return http.read(SNAPSHOT, "results[0]",
        () -> mapper.quote(row, underlying.symbol(), clock.instant()));
  }

  /** Fails the subscriber at once: this feed polls. */
  @Override
  public Flow.Publisher<Quote> stream(Set<Underlying> underlyings) {
    return subscriber -> {
      subscriber.onSubscribe(new Flow.Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {}
      });
      subscriber.onError(DataException.of(DataException.Kind.UNAVAILABLE,
          PolygonHistoricalDataProvider.ID).location("stream").detail(NO_STREAMING).build());
    };
  }

  @Override
  public void close() {
    http.close();
  }

  @Override
  public String toString() {
    return "PolygonMarketDataFeed[" + http + "]";
  }
}
