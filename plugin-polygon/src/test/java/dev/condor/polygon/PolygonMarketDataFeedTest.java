package dev.condor.polygon;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import dev.condor.api.data.MarketDataFeedProvider;
import dev.condor.api.error.DataException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.Secret;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolygonMarketDataFeedTest {

  private static final String KEY = "pk_feed_SECRET_987654";
  private static final Instant NOW = Instant.parse("2024-12-03T15:00:00Z");
  private static final LocalDate D = LocalDate.of(2024, 12, 3);

  private WireMockServer venue;
  private PolygonMarketDataFeed feed;

  @BeforeEach
  void start() {
    venue = new WireMockServer(options().dynamicPort());
    venue.start();
    PolygonConfig config =
        new PolygonConfig(URI.create(venue.baseUrl()), Duration.ofSeconds(5), 0, Duration.ZERO);
    feed = new PolygonMarketDataFeed(config, Secret.of("apiKey", KEY), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    feed.close();
    venue.stop();
  }

  private static <T> T join(CompletionStage<T> stage) {
    return stage.toCompletableFuture().join();
  }

  private static DataException failure(CompletionStage<?> stage) {
    CompletionException e =
        assertThrows(CompletionException.class, () -> stage.toCompletableFuture().join());
    DataException d = assertInstanceOf(DataException.class, e.getCause());
    assertFalse(d.getMessage().contains(KEY));
    return d;
  }

  private static String option(String ticker, String type, String expiry, double strike,
      double bid, double ask, double delta) {
    return "{\"details\":{\"ticker\":\"" + ticker + "\",\"contract_type\":\"" + type
        + "\",\"expiration_date\":\"" + expiry + "\",\"strike_price\":" + strike + "},"
        + "\"greeks\":{\"delta\":" + delta + ",\"gamma\":0.001,\"theta\":-1.5,\"vega\":2.1},"
        + "\"implied_volatility\":0.14,\"open_interest\":120,"
        + "\"last_quote\":{\"bid\":" + bid + ",\"ask\":" + ask + ",\"bid_size\":10,\"ask_size\":12,"
        + "\"last_updated\":1733238000000000000},"
        + "\"underlying_asset\":{\"ticker\":\"I:SPX\",\"value\":6050.5}}";
  }

  @Test
  void spxChainFromTheIndexSnapshotAcrossPagesWithBothRoots() {
    String path = "/v3/snapshot/options/I:SPX";
    venue.stubFor(get(urlPathEqualTo(path)).withQueryParam("cursor", absent())
        .willReturn(okJson("{\"status\":\"OK\",\"results\":["
            + option("O:SPXW241203P06000000", "put", "2024-12-03", 6000, 1.1, 1.3, -0.2)
            + "],\"next_url\":\"https://api.polygon.io" + path + "?cursor=p2\"}")));
    venue.stubFor(get(urlPathEqualTo(path)).withQueryParam("cursor", equalTo("p2"))
        .willReturn(okJson("{\"status\":\"OK\",\"results\":["
            + option("O:SPX241220C06100000", "call", "2024-12-20", 6100, 20.1, 20.6, 0.35)
            + "]}")));

    OptionChain chain = join(feed.chain(Underlying.SPX, D, LocalDate.of(2024, 12, 20)));

    assertEquals(6050.5, chain.spot());
    OptionQuote put = chain.quotes(D, OptionRight.PUT).stream()
        .filter(q -> q.contract().equals(OptionContract.of("SPXW", D, 6000, OptionRight.PUT)))
        .findFirst().orElseThrow();
    assertEquals(1.1, put.bid());
    assertEquals(-0.2, put.deltaOrNaN());
    assertEquals(0.14, put.impliedVolatility().getAsDouble());
    assertEquals(1, chain.quotes(LocalDate.of(2024, 12, 20), OptionRight.CALL).size());
    venue.verify(getRequestedFor(urlPathEqualTo(path))
        .withQueryParam("expiration_date.gte", equalTo("2024-12-03"))
        .withQueryParam("expiration_date.lte", equalTo("2024-12-20"))
        .withHeader("Authorization", equalTo("Bearer " + KEY)));
  }

  @Test
  void noOptionsIsNotFound() {
    venue.stubFor(get(urlPathEqualTo("/v3/snapshot/options/SPY"))
        .willReturn(okJson("{\"status\":\"OK\",\"results\":[]}")));

    assertEquals(DataException.Kind.NOT_FOUND, failure(feed.chain(Underlying.SPY, D, D)).kind());
  }

  @Test
  void indexQuoteIsItsLevel() {
    venue.stubFor(get(urlPathEqualTo("/v3/snapshot")).withQueryParam("ticker.any_of", equalTo("I:VIX1D"))
        .willReturn(okJson("{\"status\":\"OK\",\"results\":[{\"ticker\":\"I:VIX1D\",\"type\":\"indices\","
            + "\"value\":11.42,\"last_updated\":1733238000000000000}]}")));

    Quote q = join(feed.quote(Underlying.VIX1D));

    assertEquals("VIX1D", q.symbol());
    assertEquals(11.42, q.price());
    assertEquals(Instant.ofEpochSecond(1733238000L), q.time());
  }

  @Test
  void etfQuoteHasBidAskAndLast() {
    venue.stubFor(get(urlPathEqualTo("/v3/snapshot")).withQueryParam("ticker.any_of", equalTo("SPY"))
        .willReturn(okJson("{\"status\":\"OK\",\"results\":[{\"ticker\":\"SPY\",\"type\":\"stocks\","
            + "\"last_quote\":{\"bid\":603.1,\"ask\":603.2,\"bid_size\":3,\"ask_size\":4,"
            + "\"last_updated\":1733238000000000000},\"last_trade\":{\"price\":603.15},"
            + "\"session\":{\"close\":603.15}}]}")));

    Quote q = join(feed.quote(Underlying.SPY));

    assertEquals(603.1, q.bid());
    assertEquals(603.2, q.ask());
    assertEquals(603.15, q.last());
  }

  @Test
  void notEntitledTickerIsAuthentication() {
    venue.stubFor(get(urlPathEqualTo("/v3/snapshot")).willReturn(okJson("{\"status\":\"OK\","
        + "\"results\":[{\"ticker\":\"I:SPX\",\"error\":\"NOT_ENTITLED\","
        + "\"message\":\"Not entitled to this ticker.\"}]}")));

    DataException e = failure(feed.quote(Underlying.SPX));
    assertEquals(DataException.Kind.AUTHENTICATION, e.kind());
    assertEquals("/v3/snapshot", e.location().orElseThrow());
  }

  @Test
  void streamFailsItsSubscriberAtOnce() {
    AtomicReference<Throwable> error = new AtomicReference<>();
    feed.stream(Set.of(Underlying.SPX)).subscribe(new Flow.Subscriber<>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {}

      @Override
      public void onNext(Quote item) {}

      @Override
      public void onError(Throwable t) {
        error.set(t);
      }

      @Override
      public void onComplete() {}
    });
    DataException e = assertInstanceOf(DataException.class, error.get());
    assertTrue(e.getMessage().contains("no streaming"));
  }

  @Test
  void foundByServiceLoaderWithChainsAndGreeks() {
    MarketDataFeedProvider<?> found = ServiceLoader.load(MarketDataFeedProvider.class).stream()
        .map(ServiceLoader.Provider::get).filter(p -> p.id().equals("polygon"))
        .findFirst().orElseThrow();
    assertInstanceOf(PolygonMarketDataFeedProvider.class, found);
    assertTrue(found.capabilities().containsAll(Set.of(Capability.OPTION_CHAINS, Capability.GREEKS)));
    assertFalse(found.capabilities().contains(Capability.STREAMING_QUOTES));
    assertFalse(feed.toString().contains(KEY));
  }
}
