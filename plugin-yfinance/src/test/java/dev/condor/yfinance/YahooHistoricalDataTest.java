package dev.condor.yfinance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.condor.yfinance.YahooTestSupport.config;
import static dev.condor.yfinance.YahooTestSupport.failure;
import static dev.condor.yfinance.YahooTestSupport.join;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.condor.api.error.DataException;
import dev.condor.api.error.DataException.Kind;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import dev.condor.api.plugin.Secrets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chart endpoint against WireMock, in Yahoo's shapes (written here, not recorded). */
class YahooHistoricalDataTest {

  static final String SPX_PATH = "/v8/finance/chart/%5EGSPC";

  /** Four daily bars of ^GSPC, 2024-01-02..05; the 04th is Yahoo's all-null slot. */
  static final String DAILY = """
      {"chart":{"result":[{
        "meta":{"currency":"USD","symbol":"^GSPC","instrumentType":"INDEX",
          "regularMarketPrice":4697.24,"regularMarketTime":1704488400,
          "exchangeTimezoneName":"America/New_York","dataGranularity":"1d"},
        "timestamp":[1704205800,1704292200,1704378600,1704465000],
        "events":{
          "splits":{"1704292200":{"date":1704292200,"numerator":4,"denominator":1,"splitRatio":"4:1"}},
          "dividends":{"1704378600":{"amount":0.24,"date":1704378600}}},
        "indicators":{"quote":[{
          "open":[4745.2,4725.07,null,4690.57],
          "high":[4754.33,4729.29,null,4721.49],
          "low":[4722.67,4699.71,null,4682.11],
          "close":[4742.83,4704.81,null,4697.24],
          "volume":[3743050000,3950760000,null,null]}],
          "adjclose":[{"adjclose":[4742.83,4704.81,null,4697.24]}]}}],
       "error":null}}
      """;

  WireMockServer server;
  YahooHistoricalData history;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    history = new YahooHistoricalDataProvider().create(config(server, Duration.ofSeconds(2)),
        Secrets.none());
  }

  @AfterEach
  void stop() {
    history.close();
    server.stop();
  }

  @Test
  void dailyBarsSkipYahooNullsAndAskForSplitsAndDividends() throws Exception {
    server.stubFor(get(urlPathEqualTo(SPX_PATH)).willReturn(okJson(DAILY)));

    List<Bar> bars = join(history.bars(Underlying.SPX, Duration.ofDays(1),
        LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 5)));

    assertEquals(3, bars.size(), "the null slot of 2024-01-04 is skipped");
    Bar first = bars.get(0);
    assertEquals("SPX", first.symbol());
    assertEquals(Instant.parse("2024-01-02T14:30:00Z"), first.start());
    assertEquals(Duration.ofDays(1), first.interval());
    assertEquals(4745.2, first.open());
    assertEquals(4754.33, first.high());
    assertEquals(4722.67, first.low());
    assertEquals(4742.83, first.close());
    assertEquals(3_743_050_000L, first.volume());
    assertEquals(0, bars.get(2).volume(), "null volume is 0");
    assertEquals(Instant.parse("2024-01-05T14:30:00Z"), bars.get(2).start());
    // SPX is ^GSPC on Yahoo; days are New York midnights
    server.verify(getRequestedFor(urlPathEqualTo(SPX_PATH))
        .withQueryParam("period1", equalTo("1704171600"))
        .withQueryParam("period2", equalTo("1704517200"))
        .withQueryParam("interval", equalTo("1d"))
        .withQueryParam("events", equalTo("div,split"))
        .withQueryParam("includePrePost", equalTo("false")));
  }

  @Test
  void barsOutsideTheDaysAskedForAreDropped() throws Exception {
    server.stubFor(get(urlPathEqualTo(SPX_PATH)).willReturn(okJson(DAILY)));

    List<Bar> bars = join(history.bars(Underlying.SPX, Duration.ofDays(1),
        LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 3)));

    assertEquals(1, bars.size());
    assertEquals(4704.81, bars.get(0).close());
  }

  @Test
  void splitsAndDividendsAreParsed() throws Exception {
    server.stubFor(get(urlPathEqualTo(SPX_PATH)).willReturn(okJson(DAILY)));

    CorporateActions actions = join(history.corporateActions(Underlying.SPX,
        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)));

    assertEquals(List.of(new CorporateActions.Split(LocalDate.of(2024, 1, 3), 4, 1)),
        actions.splits());
    assertEquals(4.0, actions.splits().get(0).ratio());
    assertEquals(List.of(new CorporateActions.Dividend(LocalDate.of(2024, 1, 4), 0.24)),
        actions.dividends());
  }

  @Test
  void intradayBarsUseYahooMinuteIntervals() throws Exception {
    server.stubFor(get(urlPathEqualTo("/v8/finance/chart/SPY")).willReturn(okJson("""
        {"chart":{"result":[{
          "meta":{"symbol":"SPY","regularMarketPrice":601.0,"regularMarketTime":1738616400,
            "exchangeTimezoneName":"America/New_York","dataGranularity":"5m"},
          "timestamp":[1738593000,1738593060,1738593120],
          "indicators":{"quote":[{
            "open":[592.1,null,592.5],"high":[592.9,null,592.6],"low":[591.8,null,592.0],
            "close":[592.4,null,592.2],"volume":[812345,0,401234]}]}}],"error":null}}
        """)));

    List<Bar> bars = join(history.bars(Underlying.SPY, Duration.ofMinutes(5),
        LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 3)));

    assertEquals(2, bars.size());
    assertEquals(Instant.parse("2025-02-03T14:32:00Z"), bars.get(1).start());
    assertEquals(Duration.ofMinutes(5), bars.get(1).interval());
    server.verify(getRequestedFor(urlPathEqualTo("/v8/finance/chart/SPY"))
        .withQueryParam("interval", equalTo("5m")));
  }

  @Test
  void indicesAreCaretSymbols() {
    assertEquals("^GSPC", WireMapper.chartSymbol(Underlying.SPX));
    assertEquals("^VIX", WireMapper.chartSymbol(Underlying.VIX));
    assertEquals("^NDX", WireMapper.chartSymbol(Underlying.NDX));
    assertEquals("^VIX1D", WireMapper.chartSymbol(Underlying.VIX1D));
    assertEquals("QQQ", WireMapper.chartSymbol(Underlying.QQQ));
    assertEquals("^SPX", WireMapper.optionsSymbol(Underlying.SPX));
  }

  @Test
  void chartErrorIsNotFoundInYahoosWords() {
    server.stubFor(get(urlPathEqualTo("/v8/finance/chart/NOPE")).willReturn(aResponse()
        .withStatus(404).withHeader("Content-Type", "application/json").withBody(
            "{\"chart\":{\"result\":null,\"error\":{\"code\":\"Not Found\","
                + "\"description\":\"No data found, symbol may be delisted\"}}}")));

    DataException e = failure(history.bars(Underlying.of("NOPE"), Duration.ofDays(1),
        LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 5)));

    assertEquals(Kind.NOT_FOUND, e.kind());
    assertEquals("/v8/finance/chart/NOPE", e.location().orElseThrow());
    assertTrue(e.getMessage().contains("No data found, symbol may be delisted"), e.getMessage());
  }

  @Test
  void chartErrorInA200IsNotFoundToo() {
    server.stubFor(get(urlPathEqualTo(SPX_PATH)).willReturn(okJson(
        "{\"chart\":{\"result\":null,\"error\":{\"code\":\"Unprocessable Entity\","
            + "\"description\":\"1m data not available for startTime\"}}}")));

    DataException e = failure(history.bars(Underlying.SPX, Duration.ofMinutes(1),
        LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 2)));

    assertEquals(Kind.NOT_FOUND, e.kind());
    assertTrue(e.getMessage().contains("1m data not available"), e.getMessage());
  }

  @Test
  void optionHistoryIsNotFoundBecauseYahooKeepsNone() {
    OptionContract c = OptionContract.of("SPXW", LocalDate.of(2024, 1, 5), 4700, OptionRight.PUT);
    for (var stage : List.of(
        history.optionBars(c, Duration.ofDays(1), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 5)),
        history.contracts(Underlying.SPX, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 2),
            LocalDate.of(2024, 1, 31)),
        history.chainAt(Underlying.SPX, Instant.parse("2024-01-02T15:00:00Z")))) {
      DataException e = failure(stage);
      assertEquals(Kind.NOT_FOUND, e.kind());
      assertTrue(e.getMessage().contains("Yahoo keeps no option history"), e.getMessage());
    }
    assertEquals(0, server.getAllServeEvents().size(), "nothing asked of Yahoo");
  }

  @Test
  void serverErrorsAreUnavailable() {
    server.stubFor(get(urlPathEqualTo(SPX_PATH)).willReturn(aResponse().withStatus(502)));

    DataException e = failure(history.bars(Underlying.SPX, Duration.ofDays(1),
        LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 5)));

    assertEquals(Kind.UNAVAILABLE, e.kind());
    assertTrue(e.getMessage().contains("502"), e.getMessage());
  }

  @Test
  void slowAnswersTimeOut() {
    YahooHistoricalData impatient = new YahooHistoricalDataProvider()
        .create(config(server, Duration.ofMillis(300)), Secrets.none());
    server.stubFor(get(urlPathEqualTo(SPX_PATH)).willReturn(okJson(DAILY).withFixedDelay(2000)));

    DataException e = failure(impatient.bars(Underlying.SPX, Duration.ofDays(1),
        LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 5)));

    assertEquals(Kind.TIMEOUT, e.kind());
    assertEquals("/v8/finance/chart/^GSPC", e.location().orElseThrow());
  }

  @Test
  void aLongRetryAfterIsReportedAtOnce() {
    server.stubFor(get(urlPathEqualTo(SPX_PATH)).willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "120")));

    DataException e = failure(history.bars(Underlying.SPX, Duration.ofDays(1),
        LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 5)));

    assertEquals(Kind.RATE_LIMITED, e.kind());
    assertEquals(Duration.ofSeconds(120), e.retryAfter().orElseThrow());
    assertTrue(e.getMessage().contains("Yahoo is rate-limiting this machine; wait 120 s"),
        e.getMessage());
    server.verify(1, getRequestedFor(urlPathEqualTo(SPX_PATH)));
  }

  @Test
  void aShortRetryAfterIsWaitedOutOnce() throws Exception {
    server.stubFor(get(urlPathEqualTo(SPX_PATH)).inScenario("429").whenScenarioStateIs(
        Scenario.STARTED).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
        .willSetStateTo("calm"));
    server.stubFor(get(urlPathEqualTo(SPX_PATH)).inScenario("429").whenScenarioStateIs("calm")
        .willReturn(okJson(DAILY)));

    assertEquals(3, join(history.bars(Underlying.SPX, Duration.ofDays(1),
        LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 5))).size());
    server.verify(2, getRequestedFor(urlPathEqualTo(SPX_PATH)));
  }

  @Test
  void aSecond429IsReportedNotLooped() {
    server.stubFor(get(urlPathEqualTo(SPX_PATH)).willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "0")));

    DataException e = failure(history.bars(Underlying.SPX, Duration.ofDays(1),
        LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 5)));

    assertEquals(Kind.RATE_LIMITED, e.kind());
    server.verify(2, getRequestedFor(urlPathEqualTo(SPX_PATH)));
  }

  @Test
  void notJsonIsMalformed() {
    server.stubFor(get(urlPathEqualTo(SPX_PATH)).willReturn(aResponse().withStatus(200)
        .withBody("<html>Will be right back</html>")));

    DataException e = failure(history.bars(Underlying.SPX, Duration.ofDays(1),
        LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 5)));

    assertEquals(Kind.MALFORMED, e.kind());
    assertEquals("/v8/finance/chart/^GSPC", e.location().orElseThrow());
  }

  @Test
  void aWronglyTypedFieldIsMalformedNamingIt() {
    server.stubFor(get(urlPathEqualTo(SPX_PATH)).willReturn(okJson(
        DAILY.replace("\"close\":[4742.83,4704.81,null,4697.24]", "\"close\":\"soon\""))));

    DataException e = failure(history.bars(Underlying.SPX, Duration.ofDays(1),
        LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 5)));

    assertEquals(Kind.MALFORMED, e.kind());
    assertEquals("chart.result[0].indicators.quote[0].close", e.field().orElseThrow());
  }

  @Test
  void aMissingColumnIsMalformedNamingIt() {
    server.stubFor(get(urlPathEqualTo(SPX_PATH)).willReturn(okJson(
        DAILY.replace("\"low\":[4722.67,4699.71,null,4682.11],", ""))));

    DataException e = failure(history.bars(Underlying.SPX, Duration.ofDays(1),
        LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 5)));

    assertEquals(Kind.MALFORMED, e.kind());
    assertEquals("chart.result[0].indicators.quote[0].low", e.field().orElseThrow());
  }
}
