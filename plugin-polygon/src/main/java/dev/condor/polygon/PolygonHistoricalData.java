package dev.condor.polygon;

import static dev.condor.polygon.PolygonHttp.require;

import dev.condor.api.data.HistoricalData;
import dev.condor.api.error.DataException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import dev.condor.api.market.OptionChain;
import dev.condor.api.plugin.Secret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Polygon (Massive) historical data over the REST API: aggregates for bars, the reference
 * endpoint for listed contracts. Requests run on the plugin's own worker threads, spaced by the
 * plan's budget ({@code requestsPerMinute}); a 429 is waited out as long as {@code Retry-After}
 * says, up to {@code rateLimitWait}. The API key goes only in the {@code Authorization} header,
 * never in a URL, a message or {@link #toString()}. Every page is fetched before a stage
 * completes; a failure on any page fails the whole call.
 */
public final class PolygonHistoricalData implements HistoricalData {

  static final String AGGS = "/v2/aggs/ticker/";
  static final String CONTRACTS = "/v3/reference/options/contracts";
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final PolygonHttp http;
  private final Clock clock;
  private final WireMapper mapper = WireMapper.INSTANCE;

  PolygonHistoricalData(PolygonConfig config, Secret apiKey) {
    this(config, apiKey, Clock.systemUTC());
  }

  PolygonHistoricalData(PolygonConfig config, Secret apiKey, Clock clock) {
    this.http = new PolygonHttp(config, apiKey);
    this.clock = clock;
  }

  @Override
  public CompletionStage<List<Bar>> bars(Underlying underlying, Duration interval, LocalDate from,
      LocalDate to) {
    return http.call(() -> {
      require(underlying, "underlying");
      return aggregates(underlying.polygonTicker(), underlying.symbol(), interval, from, to);
    });
  }

  @Override
  public CompletionStage<List<Bar>> optionBars(OptionContract contract, Duration interval,
      LocalDate from, LocalDate to) {
    return http.call(() -> {
      require(contract, "contract");
      return aggregates(contract.polygonTicker(), contract.occSymbol(), interval, from, to);
    });
  }

  @Override
  public CompletionStage<List<OptionContract>> contracts(Underlying underlying, LocalDate asOf,
      LocalDate expiryFrom, LocalDate expiryTo) {
    return http.call(() -> {
      require(underlying, "underlying");
      require(asOf, "asOf");
      range(expiryFrom, expiryTo, "expiryFrom");
      // Polygon lists expired and live contracts separately; ask only for the sides the range spans
      LocalDate today = LocalDate.now(clock.withZone(NEW_YORK));
      TreeSet<OptionContract> all = new TreeSet<>();
      if (expiryFrom.isBefore(today)) {
        all.addAll(contractPages(underlying, asOf, expiryFrom, expiryTo, true));
      }
      if (!expiryTo.isBefore(today)) {
        all.addAll(contractPages(underlying, asOf, expiryFrom, expiryTo, false));
      }
      return List.copyOf(all);
    });
  }

  /** Polygon has no past chains; this always fails, naming the calls to use instead. */
  @Override
  public CompletionStage<OptionChain> chainAt(Underlying underlying, Instant asOf) {
    return CompletableFuture.failedFuture(DataException.of(DataException.Kind.NOT_FOUND,
            PolygonHistoricalDataProvider.ID)
        .field("asOf")
        .detail("Polygon serves no past option chains (capability HISTORICAL_CHAINS is not"
            + " declared); list contracts() and read optionBars() instead")
        .build());
  }

  @Override
  public void close() {
    http.close();
  }

  @Override
  public String toString() {
    return "PolygonHistoricalData[" + http + "]";
  }

  private List<Bar> aggregates(String ticker, String symbol, Duration interval, LocalDate from,
      LocalDate to) throws InterruptedException {
    range(from, to, "from");
    String path = AGGS + ticker + "/range/" + span(interval) + "/" + from + "/" + to;
    Map<String, String> query = new LinkedHashMap<>();
    query.put("adjusted", "true");
    query.put("sort", "asc");
    query.put("limit", "50000");
    List<Bar> bars = new ArrayList<>();
    http.paginate(path, query, Wire.Aggs.class, Wire.Aggs::nextUrl, (page, location) -> {
      List<Wire.Agg> rows = page.results() == null ? List.of() : page.results();
      for (int i = 0; i < rows.size(); i++) {
        Wire.Agg row = rows.get(i);
        int index = i;
        bars.add(http.read(location, "results[" + i + "]",
            () -> mapper.bar(require(row, "results[" + index + "]"), symbol, interval, index)));
      }
    });
    return List.copyOf(bars);
  }

  private List<OptionContract> contractPages(Underlying underlying, LocalDate asOf,
      LocalDate expiryFrom, LocalDate expiryTo, boolean expired) throws InterruptedException {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("underlying_ticker", underlying.symbol());
    query.put("as_of", asOf.toString());
    query.put("expiration_date.gte", expiryFrom.toString());
    query.put("expiration_date.lte", expiryTo.toString());
    query.put("expired", Boolean.toString(expired));
    query.put("limit", "1000");
    List<OptionContract> contracts = new ArrayList<>();
    http.paginate(CONTRACTS, query, Wire.Contracts.class, Wire.Contracts::nextUrl, (page, location) -> {
      List<Wire.ContractRow> rows = page.results() == null ? List.of() : page.results();
      for (int i = 0; i < rows.size(); i++) {
        Wire.ContractRow row = rows.get(i);
        int index = i;
        contracts.add(http.read(location, "results[" + i + "].ticker",
            () -> mapper.contract(require(row, "results[" + index + "]"), index)));
      }
    });
    return contracts;
  }

  private static String span(Duration interval) {
    require(interval, "interval");
    if (interval.compareTo(Duration.ofMinutes(1)) < 0 || interval.compareTo(Duration.ofDays(1)) > 0
        || interval.toSeconds() % 60 != 0 || interval.getNano() != 0) {
      throw new InvalidValueException("interval", interval,
          "must be whole minutes from 1 minute to 1 day");
    }
    long minutes = interval.toMinutes();
    if (minutes == 24 * 60) {
      return "1/day";
    }
    return minutes % 60 == 0 ? minutes / 60 + "/hour" : minutes + "/minute";
  }

  private static void range(LocalDate from, LocalDate to, String field) {
    require(from, field);
    require(to, "to");
    if (from.isAfter(to)) {
      throw new InvalidValueException(field, from, "must not be after " + to);
    }
  }

}
