package dev.condor.polygon;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.tck.data.DataVenueSimulation;
import dev.condor.tck.data.TestBar;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Polygon (Massive) as its REST documentation describes it, for the TCK's market-data suite.
 *
 * <ul>
 *   <li>Aggregates: {@code GET /v2/aggs/ticker/{ticker}/range/{multiplier}/{timespan}/{from}/{to}}
 *       answers {@code {"ticker","queryCount","resultsCount","adjusted","status":"OK",
 *       "request_id","results":[{"o","h","l","c","v","vw","n","t"}],"next_url"}}, {@code t} the bar
 *       start in epoch milliseconds; {@code results} is left out when there are none. A {@code
 *       next_url} is absolute, on Polygon's own host, with {@code from}/{@code to} as epoch
 *       milliseconds and a {@code cursor}, and carries no key: the next page must be sent with the
 *       key again.
 *   <li>Contracts: {@code GET /v3/reference/options/contracts?underlying_ticker&as_of...} answers
 *       {@code {"status":"OK","request_id","results":[{"ticker","underlying_ticker",
 *       "contract_type","expiration_date","strike_price",...}],"next_url"}}; the v3 {@code
 *       next_url} holds only a {@code cursor}.
 *   <li>The key goes as {@code Authorization: Bearer <key>}; every stub here demands it on every
 *       page. Errors are {@code {"status":"ERROR","request_id","error":"..."}}; 429 carries {@code
 *       Retry-After}.
 * </ul>
 *
 * <p>The bodies are written from the documentation (as in {@code PolygonHistoricalDataTest}'s
 * payloads), not produced by the plugin's own mapper.
 */
final class PolygonVenue implements DataVenueSimulation {

  /** A fake, distinctive key the suite searches every message and URL for. */
  static final String KEY = "tck-polygon-api-key-7f3a91c4e2";
  /** Where Polygon's {@code next_url} points; the plugin must bring it back to its own host. */
  private static final String POLYGON_HOST = "https://api.polygon.io";
  private static final String AGGS = "/v2/aggs/ticker/";
  private static final String CONTRACTS = "/v3/reference/options/contracts";
  private static final int PER_PAGE = 3;

  @Override
  public int barsPerPage() {
    return PER_PAGE;
  }

  @Override
  public void dailyBars(WireMock venue, Underlying underlying, List<TestBar> bars) {
    aggregates(venue, underlying, "day", bars, 0, false);
  }

  @Override
  public void minuteBars(WireMock venue, Underlying underlying, List<TestBar> bars) {
    aggregates(venue, underlying, "minute", bars, 0, false);
  }

  @Override
  public void laterPageFails(WireMock venue, Underlying underlying, List<TestBar> bars,
      int status) {
    aggregates(venue, underlying, "day", bars, status, false);
  }

  @Override
  public String missingField(WireMock venue, Underlying underlying, List<TestBar> bars,
      String field) {
    if (!"close".equals(field)) {
      throw new UnsupportedOperationException("only the close field (\"c\") is modelled");
    }
    aggregates(venue, underlying, "day", bars, 0, true);
    return "c";
  }

  /**
   * Serves {@code bars} {@value #PER_PAGE} a page: the first page on the requested range (no
   * cursor), the later ones on Polygon's {@code next_url} (epoch-ms range and a cursor), each only
   * with the key in the Authorization header.
   */
  private static void aggregates(WireMock venue, Underlying underlying, String timespan,
      List<TestBar> bars, int failLaterPagesWith, boolean withoutClose) {
    String ticker = underlying.polygonTicker();
    String rangePrefix = AGGS + ticker + "/range/1/" + timespan + "/";
    int pages = Math.max(1, (bars.size() + PER_PAGE - 1) / PER_PAGE);
    String nextPath = bars.isEmpty() ? rangePrefix + "0/0" : rangePrefix
        + bars.get(0).start().toEpochMilli() + "/" + bars.get(bars.size() - 1).start().toEpochMilli();
    for (int p = 1; p <= pages; p++) {
      List<TestBar> slice = bars.subList((p - 1) * PER_PAGE, Math.min(bars.size(), p * PER_PAGE));
      StringBuilder body = new StringBuilder()
          .append("{\"ticker\":\"").append(ticker).append("\",\"queryCount\":").append(slice.size())
          .append(",\"resultsCount\":").append(slice.size())
          .append(",\"adjusted\":true,\"status\":\"OK\",\"request_id\":\"req-aggs-").append(p)
          .append("\",\"results\":[");
      for (int i = 0; i < slice.size(); i++) {
        body.append(i == 0 ? "" : ",").append(agg(slice.get(i), withoutClose));
      }
      body.append(']');
      if (p < pages) {
        body.append(",\"next_url\":\"").append(POLYGON_HOST).append(nextPath)
            .append("?cursor=").append(cursor("aggs", p + 1)).append('"');
      }
      body.append('}');
      MappingBuilder page = p == 1
          ? get(urlPathMatching(Pattern.quote(rangePrefix) + "\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}"))
              .withQueryParam("sort", equalTo("asc"))
              .withQueryParam("cursor", absent())
          : get(urlPathEqualTo(nextPath)).withQueryParam("cursor", equalTo(cursor("aggs", p)));
      page = authorized(page).withQueryParam("apiKey", absent());
      venue.register(page.willReturn(p > 1 && failLaterPagesWith > 0
          ? error(failLaterPagesWith, "Internal server error, please try again")
          : okJson(body.toString())));
    }
  }

  private static String agg(TestBar b, boolean withoutClose) {
    return "{\"v\":" + b.volume() + ".0,\"vw\":" + b.close() + ",\"o\":" + b.open()
        + (withoutClose ? "" : ",\"c\":" + b.close())
        + ",\"h\":" + b.high() + ",\"l\":" + b.low() + ",\"t\":" + b.start().toEpochMilli()
        + ",\"n\":42}";
  }

  /** An opaque cursor, as Polygon sends (base64 of its paging state). */
  private static String cursor(String what, int page) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((what + "-page=" + page + "&sort=asc").getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void contracts(WireMock venue, Underlying underlying, LocalDate asOf,
      List<OptionContract> contracts, int pageSize) {
    int pages = Math.max(1, (contracts.size() + pageSize - 1) / pageSize);
    for (int p = 1; p <= pages; p++) {
      List<OptionContract> slice =
          contracts.subList((p - 1) * pageSize, Math.min(contracts.size(), p * pageSize));
      StringBuilder body = new StringBuilder("{\"status\":\"OK\",\"request_id\":\"req-ref-")
          .append(p).append("\",\"results\":[");
      for (int i = 0; i < slice.size(); i++) {
        body.append(i == 0 ? "" : ",").append(contractRow(slice.get(i)));
      }
      body.append(']');
      if (p < pages) {
        body.append(",\"next_url\":\"").append(POLYGON_HOST).append(CONTRACTS)
            .append("?cursor=").append(cursor("contracts", p + 1)).append('"');
      }
      body.append('}');
      MappingBuilder page = get(urlPathEqualTo(CONTRACTS));
      page = p == 1
          ? page.withQueryParam("underlying_ticker", equalTo(underlying.symbol()))
              .withQueryParam("as_of", equalTo(asOf.toString()))
              .withQueryParam("cursor", absent())
          : page.withQueryParam("cursor", equalTo(cursor("contracts", p)));
      venue.register(authorized(page).withQueryParam("apiKey", absent())
          .willReturn(okJson(body.toString())));
    }
  }

  /** One row of the reference endpoint, its ticker written out as Polygon documents it. */
  private static String contractRow(OptionContract c) {
    LocalDate e = c.expiry();
    String ticker = String.format(Locale.ROOT, "O:%s%02d%02d%02d%s%08d", c.root(),
        e.getYear() % 100, e.getMonthValue(), e.getDayOfMonth(),
        c.right() == OptionRight.CALL ? "C" : "P", Math.round(c.strike() * 1000));
    return "{\"cfi\":\"OCASPS\",\"contract_type\":\""
        + (c.right() == OptionRight.CALL ? "call" : "put")
        + "\",\"exercise_style\":\"american\",\"expiration_date\":\"" + e
        + "\",\"primary_exchange\":\"BATO\",\"shares_per_contract\":100,\"strike_price\":"
        + c.strike() + ",\"ticker\":\"" + ticker + "\",\"underlying_ticker\":\"" + c.root()
        + "\"}";
  }

  @Override
  public void empty(WireMock venue, Underlying underlying) {
    // Polygon's "no data": 200, resultsCount 0 and no results array at all
    venue.register(authorized(get(urlPathMatching(
            Pattern.quote(AGGS + underlying.polygonTicker() + "/range/") + ".*")))
        .willReturn(okJson("{\"ticker\":\"" + underlying.polygonTicker() + "\",\"queryCount\":0,"
            + "\"resultsCount\":0,\"adjusted\":true,\"status\":\"OK\","
            + "\"request_id\":\"req-empty\"}")));
  }

  @Override
  public void rejectsCredentials(WireMock venue) {
    venue.register(anyData().atPriority(1).willReturn(error(401, "Unknown API Key")));
  }

  @Override
  public void rateLimitsOnce(WireMock venue, Duration retryAfter) {
    venue.register(anyData().atPriority(1)
        .inScenario("rate limit").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("served")
        .willReturn(error(429, "You've exceeded the maximum requests per minute, please wait or"
            + " upgrade your subscription to continue.")
            .withHeader("Retry-After", String.valueOf(retryAfter.toSeconds()))));
  }

  @Override
  public void fails(WireMock venue, int status) {
    venue.register(anyData().atPriority(1)
        .willReturn(error(status, "Internal server error, please try again")));
  }

  @Override
  public void stalls(WireMock venue, Duration delay) {
    venue.register(anyData().atPriority(1)
        .willReturn(okJson("{\"status\":\"OK\",\"resultsCount\":0,\"request_id\":\"req-slow\"}")
            .withFixedDelay((int) delay.toMillis())));
  }

  @Override
  public void malformed(WireMock venue) {
    // 200 and JSON, but not an aggregates page: results is a string, not a list of bars
    venue.register(anyData().atPriority(1)
        .willReturn(okJson("{\"status\":\"OK\",\"resultsCount\":1,"
            + "\"results\":\"<html>maintenance</html>\"}")));
  }

  @Override
  public RequestPatternBuilder requests() {
    return anyRequestedFor(urlPathMatching("/v[23]/.*"));
  }

  private static MappingBuilder anyData() {
    return any(urlPathMatching("/v[23]/.*"));
  }

  private static MappingBuilder authorized(MappingBuilder stub) {
    return stub.withHeader("Authorization", equalTo("Bearer " + KEY));
  }

  private static ResponseDefinitionBuilder error(int status, String message) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody("{\"status\":\"ERROR\",\"request_id\":\"req-err-" + status + "\",\"error\":\""
            + message + "\"}");
  }

}
