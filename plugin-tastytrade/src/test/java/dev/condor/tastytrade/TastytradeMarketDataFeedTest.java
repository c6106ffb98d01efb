package dev.condor.tastytrade;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.condor.api.data.MarketDataFeedProvider;
import dev.condor.api.error.DataException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.api.plugin.ProviderKind;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tastytrade market data over REST against a WireMock venue in tastytrade's shapes. */
class TastytradeMarketDataFeedTest {

  @TempDir Path dir;
  WireMockServer server;
  WireMock venue;
  final TastytradeVenue simulation = new TastytradeVenue();
  TastytradeMarketDataFeed feed;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    venue = new WireMock(server.port());
  }

  @AfterEach
  void stop() {
    if (feed != null) {
      feed.close();
    }
    server.stop();
  }

  private TastytradeConfig config() {
    Map<String, Object> s = new HashMap<>();
    s.put("baseUrl", server.baseUrl());
    s.put("timeout", "1s");
    s.put("tokenFile", dir.resolve("state/token.json").toString());
    s.put("userAgent", "condor-test/1.0");
    return new TastytradeMarketDataFeedProvider().configure(Settings.of("data.tastytrade", s));
  }

  private static Secrets secrets() {
    return Secrets.of(Map.of("clientSecret", TastytradeBrokerTest.CLIENT_SECRET, "refreshToken",
        TastytradeBrokerTest.REFRESH_TOKEN));
  }

  private TastytradeMarketDataFeed feed() {
    feed = new TastytradeMarketDataFeedProvider().create(config(), secrets());
    return feed;
  }

  private static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private void byType(String type, String symbols, String items) {
    venue.register(get(urlPathEqualTo("/market-data/by-type"))
        .withQueryParam(type, equalTo(symbols))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("{\"data\": {\"items\": [" + items + "]}, \"context\": \"/x\"}")));
  }

  private static String index(String symbol, String last) {
    return "{\"symbol\": \"" + symbol + "\", \"instrument-type\": \"Index\", \"last\": \"" + last
        + "\", \"updated-at\": \"2026-11-20T19:40:00.000Z\"}";
  }

  private static String option(String symbol, String bid, String ask, String delta) {
    return "{\"symbol\": \"" + symbol + "\", \"instrument-type\": \"Equity Option\", \"bid\": \""
        + bid + "\", \"ask\": \"" + ask + "\", \"volatility\": \"0.18\", \"delta\": \"" + delta
        + "\", \"gamma\": \"0.001\", \"theta\": \"-1.2\", \"vega\": \"2.5\", \"rho\": \"0.1\","
        + " \"updated-at\": \"2026-11-20T19:41:00.000Z\"}";
  }

  private static String expiry(String date, String prefix, int... strikes) {
    StringBuilder s = new StringBuilder("{\"expiration-date\": \"" + date + "\","
        + " \"settlement-type\": \"PM\", \"days-to-expiration\": 3, \"strikes\": [");
    for (int i = 0; i < strikes.length; i++) {
      String k = String.format("%05d000", strikes[i]);
      s.append(i == 0 ? "" : ",").append("{\"strike-price\": \"").append(strikes[i])
          .append(".0\", \"call\": \"").append(prefix).append('C').append(k)
          .append("\", \"put\": \"").append(prefix).append('P').append(k).append("\"}");
    }
    return s.append("]}").toString();
  }

  @Test
  void quoteOfAnIndexAsksTheIndexType() {
    simulation.authenticates(venue);
    byType("index", "SPX", index("SPX", "6012.5"));
    Quote q = await(feed().quote(Underlying.SPX));
    assertEquals("SPX", q.symbol());
    assertEquals(6012.5, q.price());
  }

  @Test
  void quoteOfAnEtfAsksTheEquityType() {
    simulation.authenticates(venue);
    byType("equity", "SPY", "{\"symbol\": \"SPY\", \"instrument-type\": \"Equity\", \"bid\":"
        + " \"600.01\", \"ask\": \"600.03\", \"last\": \"600.02\", \"updated-at\":"
        + " \"2026-11-20T19:40:00.000Z\"}");
    Quote q = await(feed().quote(Underlying.SPY));
    assertEquals(600.02, q.price(), 1e-9);
  }

  @Test
  void chainKeepsTheExpiriesInRangeAndPricesThemWithTheVenuesGreeks() {
    simulation.authenticates(venue);
    byType("index", "SPX", index("SPX", "6000"));
    venue.register(get(urlPathEqualTo("/option-chains/SPX/nested")).willReturn(aResponse()
        .withStatus(200).withBody("{\"data\": {\"items\": [{\"underlying-symbol\": \"SPX\","
            + " \"root-symbol\": \"SPXW\", \"option-chain-type\": \"Standard\","
            + " \"shares-per-contract\": 100, \"expirations\": ["
            + expiry("2026-11-20", "SPXW  261120", 5900, 6100) + ","
            + expiry("2026-12-18", "SPXW  261218", 5900) + "]}]}, \"context\": \"/x\"}")));
    byType("equity-option", "SPXW  261120C05900000,SPXW  261120P05900000,"
        + "SPXW  261120C06100000,SPXW  261120P06100000",
        option("SPXW  261120C05900000", "101.0", "102.0", "0.85") + ","
        + option("SPXW  261120P05900000", "1.10", "1.20", "-0.15") + ","
        + option("SPXW  261120C06100000", "1.30", "1.40", "0.16") + ","
        + option("SPXW  261120P06100000", "100.5", "101.5", "-0.84"));
    LocalDate nov20 = LocalDate.of(2026, 11, 20);
    OptionChain chain = await(feed().chain(Underlying.SPX, nov20, LocalDate.of(2026, 11, 30)));
    assertEquals(List.of(nov20), chain.expiries());
    assertEquals(4, chain.size());
    assertEquals(6000.0, chain.spot());
    OptionQuote put = chain.byStrike(nov20, OptionRight.PUT, 5900).orElseThrow();
    assertEquals(-0.15, put.deltaOrNaN(), 1e-9);
    assertEquals(1.15, put.mid(), 1e-9);
    assertTrue(put.contract().underlying().equals(Underlying.SPX));
    assertEquals(OptionContract.parseOcc("SPXW  261120C06100000"),
        chain.byDelta(nov20, OptionRight.CALL, 0.16).orElseThrow().contract());
    // the December expiry was never priced
    venue.verifyThat(1, getRequestedFor(urlPathEqualTo("/market-data/by-type"))
        .withQueryParam("equity-option", WireMock.matching(".*261120.*")));
    venue.verifyThat(0, getRequestedFor(urlPathEqualTo("/market-data/by-type"))
        .withQueryParam("equity-option", WireMock.matching(".*261218.*")));
  }

  @Test
  void aVenueFailureIsADataException() {
    simulation.authenticates(venue);
    venue.register(get(urlPathEqualTo("/market-data/by-type")).willReturn(TastytradeVenue.json(
        500, TastytradeVenue.error("internal_server_error", "Something went wrong"))));
    CompletableFuture<Quote> q = feed().quote(Underlying.SPX).toCompletableFuture();
    CompletionException e = assertThrows(CompletionException.class, q::join);
    DataException d = assertInstanceOf(DataException.class, e.getCause());
    assertEquals(DataException.Kind.UNAVAILABLE, d.kind());
    assertEquals("tastytrade", d.source());
  }

  @Test
  void streamFailsItsSubscriberAtOnceSayingDxLinkIsNotImplemented() throws Exception {
    CompletableFuture<Throwable> failed = new CompletableFuture<>();
    CompletableFuture<Flow.Subscription> subscribed = new CompletableFuture<>();
    feed().stream(Set.of(Underlying.SPX)).subscribe(new Flow.Subscriber<Quote>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscribed.complete(s);
      }

      @Override
      public void onNext(Quote item) {
        failed.completeExceptionally(new AssertionError("no quote expected: " + item));
      }

      @Override
      public void onError(Throwable t) {
        failed.complete(t);
      }

      @Override
      public void onComplete() {
        failed.completeExceptionally(new AssertionError("completed instead of failing"));
      }
    });
    assertTrue(subscribed.isDone(), "onSubscribe comes before onError");
    Throwable t = failed.get(1, TimeUnit.SECONDS);
    assertInstanceOf(DataException.class, t);
    assertTrue(t.getMessage().contains("no streaming: DXLink not implemented yet"), t::getMessage);
  }

  @Test
  void theBrokerAndTheFeedShareOneAccessTokenThroughTheTokenFile() {
    simulation.authenticates(venue);
    byType("index", "SPX", index("SPX", "6012.5"));
    TastytradeBrokerProvider brokers = new TastytradeBrokerProvider();
    Map<String, Object> s = new HashMap<>();
    s.put("baseUrl", server.baseUrl());
    s.put("timeout", "1s");
    s.put("tokenFile", dir.resolve("state/token.json").toString());
    s.put("userAgent", "condor-test/1.0");
    try (TastytradeBroker broker = brokers.create(
        brokers.configure(Settings.of("brokers.tastytrade", s)), secrets())) {
      await(broker.indexQuotes(List.of("SPX")));
      await(feed().quote(Underlying.SPX));
    }
    venue.verifyThat(1, simulation.authenticationRequests());
  }

  @Test
  void discoveredByServiceLoaderAsTheTastytradeFeedWithTheBrokersSecrets() {
    MarketDataFeedProvider<?> found = ServiceLoader.load(MarketDataFeedProvider.class).stream()
        .map(ServiceLoader.Provider::get).filter(p -> p.id().equals("tastytrade")).findFirst()
        .orElseThrow();
    assertInstanceOf(TastytradeMarketDataFeedProvider.class, found);
    assertEquals(ProviderKind.MARKET_DATA, found.kind());
    assertEquals(new TastytradeBrokerProvider().secrets(), found.secrets());
  }
}
