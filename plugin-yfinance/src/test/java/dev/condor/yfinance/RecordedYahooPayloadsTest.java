package dev.condor.yfinance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.condor.yfinance.YahooTestSupport.config;
import static dev.condor.yfinance.YahooTestSupport.join;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.Greeks;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.plugin.Secrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real Yahoo answers, recorded by another project and kept in the shared market-data folder (read
 * in place, never copied here), served by WireMock and read through the whole plugin. Skipped with
 * a message where that folder is absent.
 */
class RecordedYahooPayloadsTest {

  static final Path RECORDED = Path.of("../../shared/market-data/api_fixtures/yahoo");

  WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  static String recorded(String name) throws IOException {
    Path file = RECORDED.resolve(name);
    assumeTrue(Files.isReadable(file), "recorded Yahoo payload " + file.toAbsolutePath()
        + " is absent (the shared market-data folder is not mounted); skipping");
    return Files.readString(file);
  }

  @Test
  void aaplDailyChartWithItsSplitAndDividend() throws Exception {
    server.stubFor(get(urlPathEqualTo("/v8/finance/chart/AAPL"))
        .willReturn(okJson(recorded("chart-AAPL-2020-08-31-to-2020-11-07.json"))));
    YahooHistoricalData history = new YahooHistoricalDataProvider()
        .create(config(server, Duration.ofSeconds(5)), Secrets.none());
    Underlying aapl = Underlying.of("AAPL");
    LocalDate from = LocalDate.of(2020, 8, 31);
    LocalDate to = LocalDate.of(2020, 11, 6);

    List<Bar> bars = join(history.bars(aapl, Duration.ofDays(1), from, to));

    assertEquals(49, bars.size(), "49 sessions, none null in this recording");
    Bar first = bars.get(0);
    assertEquals("AAPL", first.symbol());
    assertEquals(Instant.parse("2020-08-31T13:30:00Z"), first.start(), "09:30 New York (EDT)");
    assertEquals(127.58000183105469, first.open());
    assertEquals(131.0, first.high());
    assertEquals(126.0, first.low());
    assertEquals(129.0399932861328, first.close());
    assertEquals(225_702_700L, first.volume());
    assertEquals(118.69000244140625, bars.get(48).close());
    assertEquals(LocalDate.of(2020, 11, 6),
        bars.get(48).start().atZone(WireMapper.NEW_YORK).toLocalDate());

    CorporateActions actions = join(history.corporateActions(aapl, from, to));
    assertEquals(List.of(new CorporateActions.Split(LocalDate.of(2020, 8, 31), 4, 1)),
        actions.splits());
    assertEquals(List.of(new CorporateActions.Dividend(LocalDate.of(2020, 11, 6), 0.205)),
        actions.dividends());
  }

  @Test
  void aaplOneMinuteChartOfAWeekendIsNoBarsNotAFailure() throws Exception {
    server.stubFor(get(urlPathEqualTo("/v8/finance/chart/AAPL")).willReturn(okJson(
        recorded("chart-AAPL-2025-02-01-to-2025-02-02-includePrePost-false-interval-1m.json"))));
    YahooHistoricalData history = new YahooHistoricalDataProvider()
        .create(config(server, Duration.ofSeconds(5)), Secrets.none());

    assertEquals(List.of(), join(history.bars(Underlying.of("AAPL"), Duration.ofMinutes(1),
        LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 2))));
  }

  @Test
  void qqqOptionsIntoAChainWithLocalGreeks() throws Exception {
    String body = recorded("options-QQQ.json");
    server.stubFor(get(urlPathEqualTo("/fc")).willReturn(aResponse().withStatus(404)
        .withHeader("Set-Cookie", "A3=d=x; Expires=Sun, 01 Feb 2099 00:00:00 GMT; Path=/")));
    server.stubFor(get(urlPathEqualTo("/v1/test/getcrumb"))
        .willReturn(aResponse().withBody("recordedCrumb")));
    server.stubFor(get(urlPathEqualTo("/v7/finance/options/QQQ")).willReturn(okJson(body)));
    YahooMarketDataFeed feed = new YahooMarketDataFeedProvider()
        .create(config(server, Duration.ofSeconds(5)), Secrets.none());
    LocalDate expiry = LocalDate.of(2025, 2, 24);

    OptionChain chain = join(feed.chain(Underlying.QQQ, expiry, expiry));

    assertEquals(526.12, chain.spot());
    assertEquals(Instant.parse("2025-02-21T21:00:00Z"), chain.time());
    List<OptionQuote> calls = chain.quotes(expiry, OptionRight.CALL);
    List<OptionQuote> puts = chain.quotes(expiry, OptionRight.PUT);
    assertEquals(78, calls.size());
    assertEquals(102, puts.size());
    long withIv = calls.stream().filter(q -> q.impliedVolatility().isPresent()).count()
        + puts.stream().filter(q -> q.impliedVolatility().isPresent()).count();
    assertEquals(119, withIv, "the 61 rows with Yahoo's 1e-5 placeholder carry no IV");

    OptionQuote deep = chain.byStrike(expiry, OptionRight.CALL, 451).orElseThrow();
    assertEquals(0.0, deep.bid());
    assertEquals(75.98, deep.last().orElseThrow());
    assertEquals(1, deep.volume());
    assertTrue(deep.greeks().isEmpty());

    // QQQ250224C00530000: IV 0.0312596875, S 526.12, K 530, 3 days (Fri 21:00Z to Mon 16:00 EST),
    // r 0.04, q 0. By hand: sigma sqrt(T) = 0.0028324; d1 = (ln(526.12/530) + (0.04 + sigma^2/2)
    // T) / 0.0028324 = -2.475270; delta = N(d1) = 0.0066568; gamma = n(d1) / (S sigma sqrt T) =
    // 0.0125018; vega per point = S n(d1) sqrt(T) / 100 = 0.0088911.
    OptionQuote otm = chain.byStrike(expiry, OptionRight.CALL, 530).orElseThrow();
    assertEquals("QQQ", otm.contract().root());
    assertEquals(0.86, otm.last().orElseThrow());
    assertEquals(33_937, otm.volume());
    assertEquals(0.0312596875, otm.impliedVolatility().orElseThrow());
    assertEquals(DataOrigin.ESTIMATED, otm.analyticsOrigin());
    Greeks g = otm.greeks().orElseThrow();
    assertEquals(0.0066568, g.delta(), 1e-6);
    assertEquals(0.0125018, g.gamma(), 1e-6);
    assertEquals(0.0088911, g.vega(), 1e-6);
    assertTrue(g.theta() < 0);

    server.verify(1, getRequestedFor(urlPathEqualTo("/v7/finance/options/QQQ")));
  }
}
