package dev.condor.polygon;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.condor.api.error.DataException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.plugin.Secret;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolygonHistoricalDataTest {

  private static final String KEY = "pk_test_SECRET_0123456789";
  private static final LocalDate D1 = LocalDate.of(2024, 12, 2);
  private static final LocalDate D2 = LocalDate.of(2024, 12, 3);

  private WireMockServer venue;
  private PolygonHistoricalData data;

  @BeforeEach
  void start() {
    venue = new WireMockServer(options().dynamicPort());
    venue.start();
    data = service(Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    data.close();
    venue.stop();
  }

  private PolygonHistoricalData service(Duration timeout, Duration rateLimitWait) {
    PolygonConfig config = new PolygonConfig(URI.create(venue.baseUrl()), timeout, 0, rateLimitWait);
    // "today" is 2024-12-03 in New York
    Clock clock = Clock.fixed(Instant.parse("2024-12-03T15:00:00Z"), ZoneOffset.UTC);
    return new PolygonHistoricalData(config, Secret.of("apiKey", KEY), clock);
  }

  private static <T> T join(CompletionStage<T> stage) {
    return stage.toCompletableFuture().join();
  }

  private static DataException failure(CompletionStage<?> stage) {
    CompletionException e =
        assertThrows(CompletionException.class, () -> stage.toCompletableFuture().join());
    DataException d = assertInstanceOf(DataException.class, e.getCause());
    assertFalse(d.getMessage().contains(KEY), "the key leaked into: " + d.getMessage());
    return d;
  }

  private static final String TWO_DAYS = """
      {"ticker":"I:SPX","queryCount":2,"resultsCount":2,"adjusted":true,"status":"OK",
       "results":[{"o":6040.1,"h":6055.5,"l":6030.2,"c":6047.15,"t":1733115600000},
                  {"o":6047.0,"h":6050.0,"l":6035.0,"c":6049.88,"t":1733202000000}]}
      """;

  @Test
  void indexBarsUseTheIndexTickerTheBearerHeaderAndObservedOrigin() {
    String path = "/v2/aggs/ticker/I:SPX/range/1/day/2024-12-02/2024-12-03";
    venue.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(TWO_DAYS)));

    List<Bar> bars = join(data.bars(Underlying.SPX, Duration.ofDays(1), D1, D2));

    assertEquals(2, bars.size());
    Bar first = bars.get(0);
    assertEquals("SPX", first.symbol());
    assertEquals(Instant.ofEpochMilli(1733115600000L), first.start());
    assertEquals(Duration.ofDays(1), first.interval());
    assertEquals(6040.1, first.open());
    assertEquals(6047.15, first.close());
    assertEquals(0, first.volume());
    assertEquals(DataOrigin.OBSERVED, first.origin());
    venue.verify(getRequestedFor(urlPathEqualTo(path))
        .withHeader("Authorization", equalTo("Bearer " + KEY))
        .withQueryParam("adjusted", equalTo("true"))
        .withQueryParam("sort", equalTo("asc"))
        .withQueryParam("limit", equalTo("50000"))
        .withQueryParam("apiKey", absent()));
  }

  @Test
  void etfAndVixFamilyTickersAndIntradaySpans() {
    venue.stubFor(get(urlPathEqualTo("/v2/aggs/ticker/SPY/range/5/minute/2024-12-02/2024-12-02"))
        .willReturn(okJson("{\"status\":\"OK\",\"resultsCount\":1,\"results\":[{\"o\":600,\"h\":601,"
            + "\"l\":599.5,\"c\":600.5,\"v\":123456.0,\"t\":1733149800000}]}")));
    venue.stubFor(get(urlPathEqualTo("/v2/aggs/ticker/I:VIX1D/range/1/hour/2024-12-02/2024-12-02"))
        .willReturn(okJson("{\"status\":\"OK\",\"resultsCount\":0}")));

    List<Bar> spy = join(data.bars(Underlying.SPY, Duration.ofMinutes(5), D1, D1));
    assertEquals(123456, spy.get(0).volume());
    assertEquals("SPY", spy.get(0).symbol());
    assertEquals(List.of(), join(data.bars(Underlying.VIX1D, Duration.ofHours(1), D1, D1)),
        "no bars is an empty list, not an error");
  }

  @Test
  void optionBarsUseThePolygonOptionTicker() {
    OptionContract put = OptionContract.of("SPXW", LocalDate.of(2024, 12, 20), 5280, OptionRight.PUT);
    venue.stubFor(get(urlPathEqualTo(
        "/v2/aggs/ticker/O:SPXW241220P05280000/range/1/minute/2024-12-02/2024-12-02"))
        .willReturn(okJson("{\"status\":\"OK\",\"resultsCount\":1,\"results\":[{\"o\":1.2,\"h\":1.3,"
            + "\"l\":1.1,\"c\":1.25,\"v\":40,\"n\":7,\"vw\":1.22,\"t\":1733149800000}]}")));

    List<Bar> bars = join(data.optionBars(put, Duration.ofMinutes(1), D1, D1));

    assertEquals(1, bars.size());
    assertEquals(put.occSymbol(), bars.get(0).symbol());
    assertEquals(40, bars.get(0).volume());
  }

  @Test
  void barPagesFollowNextUrl() {
    String path = "/v2/aggs/ticker/QQQ/range/1/day/2024-12-02/2024-12-03";
    venue.stubFor(get(urlPathEqualTo(path)).withQueryParam("cursor", absent())
        .willReturn(okJson("{\"status\":\"OK\",\"resultsCount\":1,\"results\":[{\"o\":1,\"h\":2,"
            + "\"l\":1,\"c\":2,\"t\":1}],\"next_url\":\"https://api.polygon.io" + path
            + "?cursor=abc\"}")));
    venue.stubFor(get(urlPathEqualTo(path)).withQueryParam("cursor", equalTo("abc"))
        .willReturn(okJson("{\"status\":\"OK\",\"resultsCount\":1,\"results\":[{\"o\":2,\"h\":3,"
            + "\"l\":2,\"c\":3,\"t\":2}]}")));

    List<Bar> bars = join(data.bars(Underlying.QQQ, Duration.ofDays(1), D1, D2));

    assertEquals(List.of(1.0, 2.0), bars.stream().map(Bar::open).toList());
  }

  @Test
  void contractsFollowNextUrlOnOurHostWithTheHeaderAndNoKeyInTheQuery() {
    String page2 = venue.baseUrl().replace("localhost", "elsewhere.invalid")
        + "/v3/reference/options/contracts?cursor=YXA9Mg&apiKey=" + KEY;
    venue.stubFor(get(urlPathEqualTo(PolygonHistoricalData.CONTRACTS))
        .withQueryParam("cursor", absent())
        .willReturn(okJson("{\"status\":\"OK\",\"results\":["
            + "{\"ticker\":\"O:SPX241220C05000000\",\"underlying_ticker\":\"SPX\"},"
            + "{\"ticker\":\"O:SPXW241206P05900000\",\"underlying_ticker\":\"SPX\"}],"
            + "\"next_url\":\"" + page2 + "\"}")));
    venue.stubFor(get(urlPathEqualTo(PolygonHistoricalData.CONTRACTS))
        .withQueryParam("cursor", equalTo("YXA9Mg"))
        .willReturn(okJson("{\"status\":\"OK\",\"results\":["
            + "{\"ticker\":\"O:SPXW241206C06100000\",\"underlying_ticker\":\"SPX\"}]}")));

    List<OptionContract> contracts =
        join(data.contracts(Underlying.SPX, D2, LocalDate.of(2024, 12, 4), LocalDate.of(2024, 12, 20)));

    assertEquals(3, contracts.size());
    assertTrue(contracts.contains(OptionContract.of("SPX", LocalDate.of(2024, 12, 20), 5000, OptionRight.CALL)));
    assertTrue(contracts.stream().anyMatch(c -> c.root().equals("SPXW")), "SPXW roots kept");
    venue.verify(getRequestedFor(urlPathEqualTo(PolygonHistoricalData.CONTRACTS))
        .withQueryParam("underlying_ticker", equalTo("SPX"))
        .withQueryParam("as_of", equalTo("2024-12-03"))
        .withQueryParam("expiration_date.gte", equalTo("2024-12-04"))
        .withQueryParam("expiration_date.lte", equalTo("2024-12-20"))
        .withQueryParam("expired", equalTo("false"))
        .withQueryParam("limit", equalTo("1000")));
    List<LoggedRequest> page2Requests = venue.findAll(getRequestedFor(
        urlPathEqualTo(PolygonHistoricalData.CONTRACTS)).withQueryParam("cursor", equalTo("YXA9Mg")));
    assertEquals(1, page2Requests.size());
    assertEquals("Bearer " + KEY, page2Requests.get(0).getHeader("Authorization"));
    assertFalse(page2Requests.get(0).getUrl().contains(KEY), "no key in the page-2 URL");
  }

  @Test
  void contractsSpanningTodayAskForExpiredAndLiveOnes() {
    venue.stubFor(get(urlPathEqualTo(PolygonHistoricalData.CONTRACTS))
        .withQueryParam("expired", equalTo("true"))
        .willReturn(okJson("{\"status\":\"OK\",\"results\":[{\"ticker\":\"O:SPY241202P00600000\"}]}")));
    venue.stubFor(get(urlPathEqualTo(PolygonHistoricalData.CONTRACTS))
        .withQueryParam("expired", equalTo("false"))
        .willReturn(okJson("{\"status\":\"OK\",\"results\":[{\"ticker\":\"O:SPY241204P00600000\"}]}")));

    List<OptionContract> contracts = join(data.contracts(Underlying.SPY, D1, D1, LocalDate.of(2024, 12, 4)));

    assertEquals(2, contracts.size());
    assertEquals(LocalDate.of(2024, 12, 2), contracts.get(0).expiry());
  }

  @Test
  void tooManyRequestsIsWaitedOutAsRetryAfterSays() {
    String path = "/v2/aggs/ticker/I:NDX/range/1/day/2024-12-02/2024-12-03";
    venue.stubFor(get(urlPathEqualTo(path)).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
        .willSetStateTo("again"));
    venue.stubFor(get(urlPathEqualTo(path)).inScenario("429").whenScenarioStateIs("again")
        .willReturn(okJson(TWO_DAYS)));

    long started = System.nanoTime();
    assertEquals(2, join(data.bars(Underlying.NDX, Duration.ofDays(1), D1, D2)).size());
    assertTrue(System.nanoTime() - started >= 900_000_000L, "waited for Retry-After");
  }

  @Test
  void tooManyRequestsBeyondTheWaitIsRateLimited() {
    venue.stubFor(get(urlPathEqualTo("/v2/aggs/ticker/I:VIX/range/1/day/2024-12-02/2024-12-03"))
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

    DataException e = failure(data.bars(Underlying.VIX, Duration.ofDays(1), D1, D2));

    assertEquals(DataException.Kind.RATE_LIMITED, e.kind());
    assertEquals(Duration.ofSeconds(120), e.retryAfter().orElseThrow());
  }

  @Test
  void refusedKeyIsAuthenticationNamingTheEndpointNotTheKey() {
    venue.stubFor(get(urlPathEqualTo(PolygonHistoricalData.CONTRACTS)).willReturn(aResponse()
        .withStatus(401).withBody("{\"status\":\"ERROR\",\"error\":\"Unknown API Key " + KEY + "\"}")));

    DataException e = failure(data.contracts(Underlying.SPX, D2, D2, D2));

    assertEquals(DataException.Kind.AUTHENTICATION, e.kind());
    assertEquals(PolygonHistoricalData.CONTRACTS, e.location().orElseThrow());
    assertEquals("polygon", e.source());
  }

  @Test
  void serverErrorIsUnavailable() {
    venue.stubFor(get(urlPathEqualTo("/v2/aggs/ticker/I:VIX9D/range/1/day/2024-12-02/2024-12-03"))
        .willReturn(aResponse().withStatus(502)));

    assertEquals(DataException.Kind.UNAVAILABLE,
        failure(data.bars(Underlying.VIX9D, Duration.ofDays(1), D1, D2)).kind());
  }

  @Test
  void slowAnswerIsTimeout() {
    data.close();
    data = service(Duration.ofMillis(300), Duration.ZERO);
    venue.stubFor(get(urlPathEqualTo("/v2/aggs/ticker/I:SPX/range/1/day/2024-12-02/2024-12-03"))
        .willReturn(okJson(TWO_DAYS).withFixedDelay(2000)));

    assertEquals(DataException.Kind.TIMEOUT,
        failure(data.bars(Underlying.SPX, Duration.ofDays(1), D1, D2)).kind());
  }

  @Test
  void brokenJsonIsMalformed() {
    venue.stubFor(get(urlPathEqualTo("/v2/aggs/ticker/I:SPX/range/1/day/2024-12-02/2024-12-03"))
        .willReturn(okJson("{\"results\":[{\"o\":1,")));

    DataException e = failure(data.bars(Underlying.SPX, Duration.ofDays(1), D1, D2));

    assertEquals(DataException.Kind.MALFORMED, e.kind());
    assertEquals("/v2/aggs/ticker/I:SPX/range/1/day/2024-12-02/2024-12-03", e.location().orElseThrow());
  }

  @Test
  void missingFieldIsMalformedNamingIt() {
    venue.stubFor(get(urlPathEqualTo("/v2/aggs/ticker/I:SPX/range/1/day/2024-12-02/2024-12-03"))
        .willReturn(okJson("{\"status\":\"OK\",\"results\":[{\"o\":1,\"h\":2,\"l\":1,\"c\":2,\"t\":1},"
            + "{\"o\":1,\"h\":2,\"l\":1,\"t\":2}]}")));
    venue.stubFor(get(urlPathEqualTo(PolygonHistoricalData.CONTRACTS))
        .willReturn(okJson("{\"status\":\"OK\",\"results\":[{\"underlying_ticker\":\"SPX\"}]}")));

    DataException bars = failure(data.bars(Underlying.SPX, Duration.ofDays(1), D1, D2));
    assertEquals(DataException.Kind.MALFORMED, bars.kind());
    assertEquals("results[1].c", bars.field().orElseThrow());

    DataException contracts = failure(data.contracts(Underlying.SPX, D2, D2, D2));
    assertEquals("results[0].ticker", contracts.field().orElseThrow());
  }

  @Test
  void noPastChains() {
    DataException e = failure(data.chainAt(Underlying.SPX, Instant.parse("2024-12-02T15:00:00Z")));
    assertEquals(DataException.Kind.NOT_FOUND, e.kind());
    assertTrue(e.getMessage().contains("HISTORICAL_CHAINS"));
  }

  @Test
  void theKeyNeverShowsInToString() {
    assertFalse(data.toString().contains(KEY));
    assertTrue(data.toString().contains("****"));
  }

  @Test
  void intervalsOutsideOneMinuteToOneDayAndReversedRangesAreRefusedWithoutARequest() {
    for (Duration bad : List.of(Duration.ofSeconds(30), Duration.ofSeconds(90), Duration.ofDays(2))) {
      CompletionException e = assertThrows(CompletionException.class,
          () -> join(data.bars(Underlying.SPX, bad, D1, D2)));
      assertInstanceOf(InvalidValueException.class, e.getCause(), bad.toString());
    }
    CompletionException reversed = assertThrows(CompletionException.class,
        () -> join(data.contracts(Underlying.SPX, D1, D2, D1)));
    assertInstanceOf(InvalidValueException.class, reversed.getCause());
    assertEquals(0, venue.getAllServeEvents().size());
  }

  @Test
  void forbiddenIsAuthenticationToo() {
    venue.stubFor(get(urlPathEqualTo("/v2/aggs/ticker/I:SPX/range/1/minute/2024-12-02/2024-12-02"))
        .willReturn(aResponse().withStatus(403).withBody("{\"status\":\"NOT_AUTHORIZED\","
            + "\"message\":\"You are not entitled to this data. Please upgrade your plan.\"}")));

    DataException e = failure(data.bars(Underlying.SPX, Duration.ofMinutes(1), D1, D1));
    assertEquals(DataException.Kind.AUTHENTICATION, e.kind());
    assertTrue(e.getMessage().contains("upgrade your plan"), e.getMessage());
  }
}
