package dev.condor.yfinance;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.condor.api.error.DataException;
import dev.condor.api.error.DataException.Kind;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.Greeks;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.api.plugin.Secrets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Quotes, chains and the cookie + crumb handshake against WireMock, in Yahoo's shapes. */
class YahooMarketDataFeedTest {

  static final String OPTIONS = "/v7/finance/options/QQQ";
  static final String CRUMB = "/v1/test/getcrumb";

  /**
   * The first answer: three expiries (2025-03-21, 03-28, 06-20, as UTC midnights) and the chain of
   * the nearest. Spot 100 at 2025-02-19T20:00Z, exactly 30 days before the 21 March 16:00 New
   * York (20:00Z) settlement.
   */
  static final String FIRST = """
      {"optionChain":{"result":[{"underlyingSymbol":"QQQ",
        "expirationDates":[1742515200,1743120000,1750377600],"strikes":[95,100],
        "quote":{"symbol":"QQQ","regularMarketPrice":100.0,"regularMarketTime":1739995200,
          "bid":99.98,"ask":100.02},
        "options":[{"expirationDate":1742515200,
          "calls":[{"contractSymbol":"QQQ250321C00100000","strike":100,"lastPrice":2.6,
            "bid":2.55,"ask":2.65,"volume":1200,"openInterest":5400,
            "impliedVolatility":0.2,"expiration":1742515200,"lastTradeDate":1739994000}],
          "puts":[{"contractSymbol":"QQQ250321P00095000","strike":95,"lastPrice":0.6,
            "volume":10,"openInterest":300,"impliedVolatility":1.0000000000000003e-05,
            "expiration":1742515200}]}]}],
       "error":null}}
      """;

  static final String SECOND = """
      {"optionChain":{"result":[{"underlyingSymbol":"QQQ",
        "expirationDates":[1742515200,1743120000,1750377600],
        "quote":{"symbol":"QQQ","regularMarketPrice":100.0,"regularMarketTime":1739995200},
        "options":[{"expirationDate":1743120000,
          "calls":[{"contractSymbol":"QQQ250328C00105000","strike":105,"bid":0.9,"ask":1.0,
            "impliedVolatility":0.19}],
          "puts":[]}]}],
       "error":null}}
      """;

  static final String INVALID_CRUMB =
      "{\"finance\":{\"result\":null,\"error\":{\"code\":\"Unauthorized\","
          + "\"description\":\"Invalid Crumb\"}}}";

  WireMockServer server;
  YahooMarketDataFeed feed;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    feed = new YahooMarketDataFeedProvider().create(config(server, Duration.ofSeconds(2)),
        Secrets.none());
    // the cookie page answers 404 with the session cookie, as fc.yahoo.com does
    server.stubFor(get(urlPathEqualTo("/fc")).willReturn(aResponse().withStatus(404)
        .withHeader("Set-Cookie", "A3=d=session1; Path=/; Max-Age=3600")));
  }

  @AfterEach
  void stop() {
    feed.close();
    server.stop();
  }

  void crumbNeedsTheCookie(String crumb) {
    server.stubFor(get(urlPathEqualTo(CRUMB)).withCookie("A3", equalTo("d=session1"))
        .willReturn(aResponse().withStatus(200).withBody(crumb)));
  }

  @Test
  void chainListsExpiriesThenFetchesEachOneInRangeWithTheCrumb() throws Exception {
    crumbNeedsTheCookie("cr/umb.1");
    server.stubFor(get(urlPathEqualTo(OPTIONS)).withQueryParam("date", absent())
        .withQueryParam("crumb", equalTo("cr/umb.1")).willReturn(okJson(FIRST)));
    server.stubFor(get(urlPathEqualTo(OPTIONS)).withQueryParam("date", equalTo("1743120000"))
        .withQueryParam("crumb", equalTo("cr/umb.1")).willReturn(okJson(SECOND)));

    OptionChain chain = join(feed.chain(Underlying.QQQ, LocalDate.of(2025, 3, 1),
        LocalDate.of(2025, 4, 30)));

    assertEquals(100.0, chain.spot());
    assertEquals(Instant.parse("2025-02-19T20:00:00Z"), chain.time());
    OptionQuote call = chain.byStrike(LocalDate.of(2025, 3, 21), OptionRight.CALL, 100)
        .orElseThrow();
    assertEquals("QQQ250321C00100000", call.contract().occSymbol().replace(" ", ""));
    assertEquals(2.55, call.bid());
    assertEquals(2.65, call.ask());
    assertEquals(2.6, call.last().orElseThrow());
    assertEquals(1200, call.volume());
    assertEquals(5400, call.openInterest());
    assertEquals(0.2, call.impliedVolatility().orElseThrow());
    assertEquals(100.0, call.underlyingPrice().orElseThrow());
    assertEquals(DataOrigin.OBSERVED, call.origin());
    assertEquals(DataOrigin.ESTIMATED, call.analyticsOrigin());
    // Independent Black-Scholes, by hand (S=100, K=100, T=30/365, r=0.04, q=0, sigma=0.20):
    //   sigma*sqrt(T) = 0.0573382; d1 = (0.04 + 0.02) * T / 0.0573382 = 0.0860073;
    //   d2 = 0.0286691; N(d1) = 0.5342697; n(d1) = 0.3974673
    //   delta = N(d1) = 0.53427; gamma = n(d1) / (S sigma sqrt T) = 0.069320
    //   theta/day = (-S n(d1) sigma / (2 sqrt T) - r K e^(-rT) N(d2)) / 365 = -0.043570
    //   vega/pt = S n(d1) sqrt(T) / 100 = 0.113951
    Greeks g = call.greeks().orElseThrow();
    assertEquals(0.5342697, g.delta(), 1e-6);
    assertEquals(0.0693202, g.gamma(), 1e-6);
    assertEquals(-0.0435700, g.theta(), 1e-6);
    assertEquals(0.1139510, g.vega(), 1e-6);

    OptionQuote put = chain.byStrike(LocalDate.of(2025, 3, 21), OptionRight.PUT, 95)
        .orElseThrow();
    assertEquals(0.0, put.bid(), "Yahoo omits bid and ask when there is no market");
    assertEquals(0.0, put.ask());
    assertTrue(put.impliedVolatility().isEmpty(), "Yahoo's 1e-5 placeholder is no IV");
    assertTrue(put.greeks().isEmpty());

    OptionQuote later = chain.byStrike(LocalDate.of(2025, 3, 28), OptionRight.CALL, 105)
        .orElseThrow();
    assertEquals(0.9, later.bid());
    assertTrue(later.greeks().orElseThrow().delta() < 0.5);

    // the June expiry is out of range: never fetched; the first expiry came with the listing
    server.verify(0, getRequestedFor(urlPathEqualTo(OPTIONS))
        .withQueryParam("date", equalTo("1750377600")));
    server.verify(0, getRequestedFor(urlPathEqualTo(OPTIONS))
        .withQueryParam("date", equalTo("1742515200")));
    server.verify(2, getRequestedFor(urlPathEqualTo(OPTIONS))
        .withHeader("Cookie", containing("A3=d=session1")));
    server.verify(1, getRequestedFor(urlPathEqualTo(CRUMB))
        .withHeader("User-Agent", equalTo("condor-test")));
  }

  @Test
  void theCrumbIsFetchedOnceAndReused() throws Exception {
    crumbNeedsTheCookie("c1");
    server.stubFor(get(urlPathEqualTo(OPTIONS)).withQueryParam("crumb", equalTo("c1"))
        .willReturn(okJson(FIRST)));

    join(feed.chain(Underlying.QQQ, LocalDate.of(2025, 3, 21), LocalDate.of(2025, 3, 21)));
    join(feed.chain(Underlying.QQQ, LocalDate.of(2025, 3, 21), LocalDate.of(2025, 3, 21)));

    server.verify(1, getRequestedFor(urlPathEqualTo("/fc")));
    server.verify(1, getRequestedFor(urlPathEqualTo(CRUMB)));
    server.verify(2, getRequestedFor(urlPathEqualTo(OPTIONS)));
  }

  @Test
  void anInvalidCrumbIsRefreshedOnceThenTheCallSucceeds() throws Exception {
    server.stubFor(get(urlPathEqualTo(CRUMB)).inScenario("crumb")
        .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withBody("stale"))
        .willSetStateTo("fresh"));
    server.stubFor(get(urlPathEqualTo(CRUMB)).inScenario("crumb").whenScenarioStateIs("fresh")
        .willReturn(aResponse().withBody("fresh")));
    server.stubFor(get(urlPathEqualTo(OPTIONS)).withQueryParam("crumb", equalTo("stale"))
        .willReturn(aResponse().withStatus(401).withBody(INVALID_CRUMB)));
    server.stubFor(get(urlPathEqualTo(OPTIONS)).withQueryParam("crumb", equalTo("fresh"))
        .willReturn(okJson(FIRST)));

    OptionChain chain = join(feed.chain(Underlying.QQQ, LocalDate.of(2025, 3, 21),
        LocalDate.of(2025, 3, 21)));

    assertEquals(2, chain.quotes(LocalDate.of(2025, 3, 21), OptionRight.CALL).size()
        + chain.quotes(LocalDate.of(2025, 3, 21), OptionRight.PUT).size());
    server.verify(2, getRequestedFor(urlPathEqualTo("/fc")));
    server.verify(2, getRequestedFor(urlPathEqualTo(CRUMB)));
    server.verify(2, getRequestedFor(urlPathEqualTo(OPTIONS)));
  }

  @Test
  void aSecondRefusalFailsAsAuthenticationWithoutLooping() {
    crumbNeedsTheCookie("c1");
    server.stubFor(get(urlPathEqualTo(OPTIONS)).willReturn(aResponse().withStatus(401)
        .withBody(INVALID_CRUMB)));

    DataException e = failure(feed.chain(Underlying.QQQ, LocalDate.of(2025, 3, 1),
        LocalDate.of(2025, 4, 30)));

    assertEquals(Kind.AUTHENTICATION, e.kind());
    assertEquals(OPTIONS, e.location().orElseThrow());
    assertTrue(e.getMessage().contains("Invalid Crumb"), e.getMessage());
    server.verify(2, getRequestedFor(urlPathEqualTo(OPTIONS)));
    server.verify(2, getRequestedFor(urlPathEqualTo(CRUMB)));
  }

  @Test
  void noCrumbIsAnAuthenticationFailureNamingTheCrumb() {
    server.stubFor(get(urlPathEqualTo(CRUMB)).willReturn(aResponse().withStatus(401)
        .withBody("")));

    DataException e = failure(feed.chain(Underlying.QQQ, LocalDate.of(2025, 3, 1),
        LocalDate.of(2025, 4, 30)));

    assertEquals(Kind.AUTHENTICATION, e.kind());
    assertEquals(CRUMB, e.location().orElseThrow());
    assertEquals("crumb", e.field().orElseThrow());
    server.verify(0, getRequestedFor(urlPathEqualTo(OPTIONS)));
  }

  @Test
  void optionChainErrorIsNotFound() {
    crumbNeedsTheCookie("c1");
    server.stubFor(get(urlPathEqualTo("/v7/finance/options/%5EVIX1D")).willReturn(okJson(
        "{\"optionChain\":{\"result\":[],\"error\":null}}")));

    DataException e = failure(feed.chain(Underlying.VIX1D, LocalDate.of(2025, 3, 1),
        LocalDate.of(2025, 4, 30)));

    assertEquals(Kind.NOT_FOUND, e.kind());
  }

  @Test
  void aMissingContractSymbolIsMalformedNamingIt() {
    crumbNeedsTheCookie("c1");
    server.stubFor(get(urlPathEqualTo(OPTIONS)).willReturn(okJson(
        FIRST.replace("\"contractSymbol\":\"QQQ250321C00100000\",", ""))));

    DataException e = failure(feed.chain(Underlying.QQQ, LocalDate.of(2025, 3, 1),
        LocalDate.of(2025, 3, 31)));

    assertEquals(Kind.MALFORMED, e.kind());
    assertEquals("optionChain.result[0].options[0].calls[0].contractSymbol",
        e.field().orElseThrow());
  }

  @Test
  void noExpiryInRangeIsAnEmptyChainAfterOneCall() throws Exception {
    crumbNeedsTheCookie("c1");
    server.stubFor(get(urlPathEqualTo(OPTIONS)).willReturn(okJson(FIRST)));

    OptionChain chain = join(feed.chain(Underlying.QQQ, LocalDate.of(2025, 4, 1),
        LocalDate.of(2025, 4, 30)));

    assertTrue(chain.expiries().isEmpty());
    server.verify(1, getRequestedFor(urlPathEqualTo(OPTIONS)));
  }

  @Test
  void aServerErrorOnTheOptionsEndpointIsUnavailable() {
    crumbNeedsTheCookie("c1");
    server.stubFor(get(urlPathEqualTo(OPTIONS)).willReturn(aResponse().withStatus(503)));

    DataException e = failure(feed.chain(Underlying.QQQ, LocalDate.of(2025, 3, 1),
        LocalDate.of(2025, 4, 30)));

    assertEquals(Kind.UNAVAILABLE, e.kind());
    assertEquals(OPTIONS, e.location().orElseThrow());
    server.verify(1, getRequestedFor(urlPathEqualTo(OPTIONS)));
  }

  @Test
  void aRateLimitedCrumbIsRateLimited() {
    server.stubFor(get(urlPathEqualTo(CRUMB)).willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "30")));

    DataException e = failure(feed.chain(Underlying.QQQ, LocalDate.of(2025, 3, 1),
        LocalDate.of(2025, 4, 30)));

    assertEquals(Kind.RATE_LIMITED, e.kind());
    assertTrue(e.getMessage().contains("wait 30 s"), e.getMessage());
  }

  @Test
  void quoteComesFromTheChartMetaWithoutACrumb() throws Exception {
    server.stubFor(get(urlPathEqualTo("/v8/finance/chart/%5EVIX")).willReturn(okJson("""
        {"chart":{"result":[{"meta":{"symbol":"^VIX","regularMarketPrice":15.37,
          "regularMarketTime":1739995200}}],"error":null}}
        """)));

    Quote q = join(feed.quote(Underlying.VIX));

    assertEquals("VIX", q.symbol());
    assertEquals(15.37, q.last());
    assertTrue(Double.isNaN(q.bid()));
    assertEquals(Instant.parse("2025-02-19T20:00:00Z"), q.time());
    server.verify(0, getRequestedFor(urlPathEqualTo(CRUMB)));
  }

  @Test
  void aQuoteWithoutPriceIsMalformedNamingTheField() {
    server.stubFor(get(urlPathEqualTo("/v8/finance/chart/SPY")).willReturn(okJson(
        "{\"chart\":{\"result\":[{\"meta\":{\"symbol\":\"SPY\",\"regularMarketTime\":1}}],"
            + "\"error\":null}}")));

    DataException e = failure(feed.quote(Underlying.SPY));

    assertEquals(Kind.MALFORMED, e.kind());
    assertEquals("chart.result[0].meta.regularMarketPrice", e.field().orElseThrow());
  }

  @Test
  void streamFailsItsSubscriberAtOnce() throws Exception {
    CompletableFuture<Throwable> error = new CompletableFuture<>();
    feed.stream(Set.of(Underlying.SPX)).subscribe(new Flow.Subscriber<>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {}

      @Override
      public void onNext(Quote item) {
        error.completeExceptionally(new AssertionError("no quote expected"));
      }

      @Override
      public void onError(Throwable t) {
        error.complete(t);
      }

      @Override
      public void onComplete() {
        error.completeExceptionally(new AssertionError("no completion expected"));
      }
    });

    DataException e = assertInstanceOf(DataException.class, error.get(5, TimeUnit.SECONDS));
    assertTrue(e.getMessage().contains("poll"), e.getMessage());
    assertFalse(server.getAllServeEvents().size() > 0);
  }
}
