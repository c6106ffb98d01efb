package dev.condor.ibkr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.condor.api.error.BrokerException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderPreview;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.PriceEffect;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.ContractPosition;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.tck.broker.TestAccount;
import dev.condor.tck.broker.TestFill;
import dev.condor.tck.broker.TestOrder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The IBKR broker against a WireMock gateway that answers in the Web API's documented shapes. */
class IbkrBrokerTest {

  private static final LocalDate EXPIRY = LocalDate.of(2026, 12, 18);
  private static final OptionContract LONG_PUT = OptionContract.of("SPXW", EXPIRY, 5700, OptionRight.PUT);
  private static final OptionContract SHORT_PUT = OptionContract.of("SPXW", EXPIRY, 5750, OptionRight.PUT);
  private static final OptionContract SHORT_CALL = OptionContract.of("SPXW", EXPIRY, 6250, OptionRight.CALL);
  private static final OptionContract LONG_CALL = OptionContract.of("SPXW", EXPIRY, 6300, OptionRight.CALL);

  private WireMockServer server;
  private WireMock gateway;
  private IbkrVenue venue;
  private IbkrBroker broker;

  @BeforeEach
  void start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    gateway = new WireMock("localhost", server.port());
    venue = new IbkrVenue();
    broker = broker(Map.of());
  }

  @AfterEach
  void stop() {
    broker.close();
    server.stop();
  }

  private IbkrBroker broker(Map<String, Object> extra) {
    Map<String, Object> settings = new java.util.HashMap<>(Map.of(
        "baseUrl", server.baseUrl() + IbkrVenue.API, "timeout", "1s",
        "minRequestInterval", "0ms", "tickleInterval", "0s"));
    settings.putAll(extra);
    IbkrBrokerProvider provider = new IbkrBrokerProvider();
    return provider.create(provider.configure(Settings.of("brokers.ibkr", settings)), Secrets.none());
  }

  private static OrderTicket condor(String id, double credit) {
    return OrderTicket.shortIronCondor(ClientOrderId.of(id), LONG_PUT, SHORT_PUT, SHORT_CALL,
        LONG_CALL, 2, credit);
  }

  private static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new AssertionError(e.getCause());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static BrokerException failure(CompletionStage<?> stage) {
    try {
      await(stage);
    } catch (BrokerException e) {
      return e;
    }
    return fail("expected a BrokerException");
  }

  // ------------------------------------------------------------------ account

  @Test
  void readsBalancesWithAvailableFundsAsBuyingPower() {
    venue.account(gateway, new TestAccount("U7654321", 25_000, 31_000, 18_500, List.of()));

    Account account = await(broker.account());

    assertEquals("U7654321", account.accountId());
    assertEquals(25_000, account.cash(), 1e-9);
    assertEquals(31_000, account.netLiquidation(), 1e-9);
    assertEquals(18_500, account.buyingPower(), 1e-9);
    gateway.verifyThat(exactly(1), postRequestedFor(urlPathEqualTo("/v1/api/iserver/auth/status")));
    gateway.verifyThat(exactly(1), getRequestedFor(urlPathEqualTo("/v1/api/iserver/accounts")));
    gateway.verifyThat(exactly(0), venue.authenticationRequests());
  }

  @Test
  void listsTheAccountsOnlyOnceBeforeTrading() {
    venue.account(gateway, new TestAccount("U7654321", 1, 1, 1, List.of()));

    await(broker.account());
    await(broker.account());
    await(broker.positions());

    gateway.verifyThat(exactly(1), getRequestedFor(urlPathEqualTo("/v1/api/iserver/accounts")));
  }

  @Test
  void initialisesTheBrokerageSessionWhenNotAuthenticated() {
    venue.account(gateway, new TestAccount("U7654321", 1, 2, 3, List.of()));
    gateway.register(post(urlPathEqualTo("/v1/api/iserver/auth/status")).willReturn(
        okJson("{\"authenticated\":false,\"connected\":true,\"competing\":false}")));

    await(broker.account());

    gateway.verifyThat(exactly(1), postRequestedFor(urlPathEqualTo("/v1/api/iserver/auth/ssodh/init")));
  }

  @Test
  void mapsOptionPositionsFromTheOccSymbolInTheDescriptionAndSkipsStock() {
    venue.account(gateway, new TestAccount("U7654321", 1, 2, 3, List.of(
        new TestAccount.Holding(SHORT_PUT, -2, 3.10), new TestAccount.Holding(LONG_PUT, 2, 1.95))));
    String rows = server.getStubMappings().stream()
        .filter(m -> m.getRequest().getUrlPath() != null
            && m.getRequest().getUrlPath().endsWith("/positions/0"))
        .findFirst().orElseThrow().getResponse().getBody();
    gateway.register(get(urlPathEqualTo("/v1/api/portfolio/U7654321/positions/0")).willReturn(
        okJson(rows.substring(0, rows.length() - 1) + ",{\"acctId\":\"U7654321\",\"conid\":320227571,"
            + "\"contractDesc\":\"QQQ\",\"position\":3.0,\"avgCost\":584.31,\"avgPrice\":584.31,"
            + "\"assetClass\":\"STK\"}]")));

    List<ContractPosition> positions = await(broker.positions());

    assertEquals(2, positions.size());
    assertEquals(SHORT_PUT, positions.get(0).contract());
    assertEquals(-2, positions.get(0).quantity());
    assertEquals(3.10, positions.get(0).averagePrice(), 1e-9);
    assertEquals(LONG_PUT, positions.get(1).contract());
  }

  @Test
  void malformedSummaryIsTypedAndNamesTheEndpoint() {
    venue.malformedAccount(gateway);

    BrokerException e = failure(broker.account());

    assertEquals(BrokerException.Kind.MALFORMED_RESPONSE, e.kind());
    assertTrue(e.getMessage().contains("/portfolio/{accountId}/summary"), e.getMessage());
  }

  // ------------------------------------------------------------------ placement

  @Test
  void placesAnIronCondorAsOneComboWithTheClientOrderIdAndConfirmsTheQuestion() {
    OrderTicket ticket = condor("ic-0001", 1.45);
    venue.acceptsOrder(gateway, new TestOrder(ticket, "1370093239"));

    OrderState state = await(broker.place(ticket));

    assertEquals(OrderStatus.WORKING, state.status());
    assertEquals(Optional.of("1370093239"), state.brokerOrderId());
    assertEquals(2, state.quantity());
    String conidex = "28812380;;;" + IbkrVenue.conid(LONG_PUT) + "/1," + IbkrVenue.conid(SHORT_PUT)
        + "/-1," + IbkrVenue.conid(SHORT_CALL) + "/-1," + IbkrVenue.conid(LONG_CALL) + "/1";
    gateway.verifyThat(exactly(1), venue.placementRequests().withRequestBody(equalToJson(
        "{\"orders\":[{\"acctId\":\"U1234567\",\"conidex\":\"" + conidex + "\",\"cOID\":\"ic-0001\","
            + "\"orderType\":\"LMT\",\"price\":-1.45,\"side\":\"BUY\",\"tif\":\"DAY\",\"quantity\":2}]}")));
    gateway.verifyThat(exactly(1), postRequestedFor(urlPathEqualTo("/v1/api/iserver/reply/reply-1370093239"))
        .withRequestBody(equalToJson("{\"confirmed\":true}")));
  }

  @Test
  void picksTheWeeklyTradingClassAndCachesConids() {
    OrderTicket first = condor("ic-0002", 1.00);
    OrderTicket second = condor("ic-0003", 1.10);
    venue.acceptsOrder(gateway, new TestOrder(first, "11"));
    await(broker.place(first));
    venue.acceptsOrder(gateway, new TestOrder(second, "12"));
    await(broker.place(second));

    gateway.verifyThat(exactly(4), getRequestedFor(urlPathEqualTo("/v1/api/iserver/secdef/info")));
    gateway.verifyThat(exactly(1), getRequestedFor(urlPathEqualTo("/v1/api/iserver/secdef/search"))
        .withQueryParam("symbol", equalTo("SPX")));
  }

  @Test
  void placesASingleOptionByConidAtAPositivePrice() {
    OrderTicket ticket = OrderTicket.single(ClientOrderId.of("put-1"), Leg.sell(SHORT_PUT), 3,
        NetPrice.credit(4.20));
    venue.acceptsOrder(gateway, new TestOrder(ticket, "77"));

    await(broker.place(ticket));

    gateway.verifyThat(exactly(1), venue.placementRequests().withRequestBody(equalToJson(
        "{\"orders\":[{\"conid\":" + IbkrVenue.conid(SHORT_PUT) + ",\"side\":\"SELL\",\"price\":4.2,"
            + "\"quantity\":3,\"cOID\":\"put-1\"}]}", false, true)));
  }

  @Test
  void rejectionCarriesTheGatewaysMessage() {
    OrderTicket ticket = condor("ic-0004", 1.45);
    venue.rejects(gateway, new TestOrder(ticket, "5"), "201", "Order rejected - insufficient funds");

    BrokerException e = failure(broker.place(ticket));

    assertEquals(BrokerException.Kind.REJECTED, e.kind());
    assertEquals(Optional.of("Order rejected - insufficient funds"), e.venueMessage());
    assertFalse(e.outcomeUnknown());
  }

  @Test
  void serverErrorOnPlacementIsOutcomeUnknownAndNeverResent() {
    OrderTicket ticket = condor("ic-0005", 1.45);
    venue.failsPlacement(gateway, new TestOrder(ticket, "6"), 503);

    BrokerException e = failure(broker.place(ticket));

    assertEquals(BrokerException.Kind.UNAVAILABLE, e.kind());
    assertTrue(e.outcomeUnknown());
    gateway.verifyThat(exactly(1), venue.placementRequests());
  }

  @Test
  void timeoutIsOutcomeUnknownAndTheOrderIsThenFoundByItsClientOrderId() {
    OrderTicket ticket = condor("ic-0006", 1.45);
    venue.stallsPlacement(gateway, new TestOrder(ticket, "987654321"), Duration.ofMillis(2500));

    BrokerException e = failure(broker.place(ticket));
    assertEquals(BrokerException.Kind.TIMEOUT, e.kind());
    assertTrue(e.outcomeUnknown());
    gateway.verifyThat(exactly(1), venue.placementRequests());

    Optional<OrderState> found = awaitFound(ticket.clientOrderId());
    assertEquals(Optional.of("987654321"), found.orElseThrow().brokerOrderId());
    assertEquals(OrderStatus.WORKING, found.get().status());
    gateway.verifyThat(exactly(1), venue.placementRequests());
  }

  private Optional<OrderState> awaitFound(ClientOrderId id) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      Optional<OrderState> found = await(broker.order(id));
      if (found.isPresent()) {
        return found;
      }
      sleep(100);
    }
    return Optional.empty();
  }

  @Test
  void anUnknownClientOrderIdIsNotFound() {
    venue.session(gateway);
    gateway.register(get(urlPathEqualTo("/v1/api/iserver/account/trades")).willReturn(okJson("[]")));

    assertEquals(Optional.empty(), await(broker.order(ClientOrderId.of("never-sent"))));
  }

  @Test
  void theConfirmationLoopIsBounded() {
    OrderTicket ticket = condor("ic-0007", 1.45);
    venue.session(gateway);
    venue.contracts(gateway, ticket);
    String question = "[{\"id\":\"again\",\"message\":[\"Are you sure?\"],\"messageIds\":[\"o10153\"]}]";
    gateway.register(venue.placement(new TestOrder(ticket, "8")).willReturn(okJson(question)));
    gateway.register(post(urlPathEqualTo("/v1/api/iserver/reply/again")).willReturn(okJson(question)));

    BrokerException e = failure(broker.place(ticket));

    assertEquals(BrokerException.Kind.REJECTED, e.kind());
    gateway.verifyThat(exactly(IbkrBroker.MAX_REPLY_ROUNDS),
        postRequestedFor(urlPathEqualTo("/v1/api/iserver/reply/again")));
    gateway.verifyThat(exactly(1), venue.placementRequests());
  }

  // ------------------------------------------------------------------ session and rate limits

  @Test
  void anExpiredSessionIsRenewedOnceAndTheCallRetriedOnce() {
    venue.account(gateway, new TestAccount("U1234567", 10, 20, 30, List.of()));
    venue.sessionExpires(gateway, false);

    Account account = await(broker.account());

    assertEquals(20, account.netLiquidation(), 1e-9);
    gateway.verifyThat(exactly(1), postRequestedFor(urlPathEqualTo("/v1/api/iserver/reauthenticate")));
  }

  @Test
  void aSessionThatStaysExpiredFailsAfterOneRenewalWithoutLooping() {
    venue.account(gateway, new TestAccount("U1234567", 10, 20, 30, List.of()));
    venue.sessionExpires(gateway, true);

    BrokerException e = failure(broker.account());

    assertEquals(BrokerException.Kind.AUTHENTICATION, e.kind());
    gateway.verifyThat(exactly(1), venue.authenticationRequests());
  }

  @Test
  void aRateLimitedPlacementWaitsForRetryAfterAndIsSentOnceMore() {
    OrderTicket ticket = condor("ic-0008", 1.45);
    venue.rateLimitsPlacementOnce(gateway, new TestOrder(ticket, "9"), Duration.ofSeconds(1));

    long start = System.nanoTime();
    OrderState state = await(broker.place(ticket));

    assertEquals(OrderStatus.WORKING, state.status());
    assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(950));
    gateway.verifyThat(exactly(2), venue.placementRequests());
  }

  @Test
  void aLongRetryAfterFailsRateLimitedWithTheDelay() {
    venue.session(gateway);
    gateway.register(get(urlPathMatching("/v1/api/portfolio/[^/]+/summary")).willReturn(
        aResponse().withStatus(429).withHeader("Retry-After", "120")));

    BrokerException e = failure(broker.account());

    assertEquals(BrokerException.Kind.RATE_LIMITED, e.kind());
    assertEquals(Optional.of(Duration.ofSeconds(120)), e.retryAfter());
  }

  @Test
  void pacesRequestsAtTheMinimumInterval() {
    broker.close();
    broker = broker(Map.of("minRequestInterval", "200ms"));
    venue.account(gateway, new TestAccount("U1234567", 10, 20, 30, List.of()));

    long start = System.nanoTime();
    await(broker.account()); // auth status, accounts, portfolio accounts, summary: 4 requests

    assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(590));
  }

  // ------------------------------------------------------------------ fills, cancel, preview

  @Test
  void fillsAreTheCombosExecutionsWithStableIdsAtTheOrdersCredit() {
    OrderTicket ticket = condor("ic-0009", 1.45);
    TestOrder order = new TestOrder(ticket, "31");
    venue.acceptsOrder(gateway, order);
    await(broker.place(ticket));
    Instant t0 = Instant.parse("2026-12-18T15:00:00Z");
    venue.fills(gateway, order, List.of(new TestFill("0000e0d5.01", 1, 1.45, t0),
        new TestFill("0000e0d5.02", 1, 1.50, t0.plusSeconds(30))));

    List<Fill> fills = await(broker.fills(ticket.clientOrderId()));
    List<Fill> again = await(broker.fills(ticket.clientOrderId()));

    assertEquals(List.of("0000e0d5.01", "0000e0d5.02"), fills.stream().map(Fill::fillId).toList());
    assertEquals(NetPrice.credit(1.45), fills.get(0).price());
    assertEquals(PriceEffect.CREDIT, fills.get(1).price().effect());
    assertEquals(t0, fills.get(0).time());
    assertEquals(fills, again);
    OrderState state = await(broker.order(ticket.clientOrderId())).orElseThrow();
    assertEquals(OrderStatus.FILLED, state.status());
    assertEquals(1.475, state.averageFillPrice().orElseThrow().amount(), 1e-9);
    assertEquals(PriceEffect.CREDIT, state.averageFillPrice().get().effect());
  }

  @Test
  void aSoldSingleOptionFillsAtACredit() {
    OrderTicket ticket = OrderTicket.single(ClientOrderId.of("put-2"), Leg.sell(SHORT_PUT), 1,
        NetPrice.credit(4.20));
    TestOrder order = new TestOrder(ticket, "78");
    venue.acceptsOrder(gateway, order);
    await(broker.place(ticket));
    venue.fills(gateway, order, List.of(new TestFill("0000f1.01", 1, 4.25, Instant.parse("2026-12-18T15:00:00Z"))));

    List<Fill> fills = await(broker.fills(ticket.clientOrderId()));

    assertEquals(1, fills.size());
    assertEquals(NetPrice.credit(4.25), fills.get(0).price());
  }

  @Test
  void legExecutionsWithoutAComboRowAreBookedAsComboUnitsAtTheirNetPrice() {
    venue.session(gateway);
    gateway.register(get(urlPathEqualTo("/v1/api/iserver/account/trades")).willReturn(okJson("["
        + "{\"execution_id\":\"e.1\",\"side\":\"S\",\"size\":2,\"price\":\"3.10\","
        + "\"order_ref\":\"vert-1\",\"trade_time_r\":1798210800000,\"sec_type\":\"OPT\",\"commission\":\"1.30\"},"
        + "{\"execution_id\":\"e.2\",\"side\":\"B\",\"size\":2,\"price\":\"1.60\","
        + "\"order_ref\":\"vert-1\",\"trade_time_r\":1798210800000,\"sec_type\":\"OPT\",\"commission\":\"1.30\"},"
        + "{\"execution_id\":\"x.9\",\"side\":\"B\",\"size\":5,\"price\":\"9\",\"order_ref\":\"other\"}]")));

    List<Fill> fills = await(broker.fills(ClientOrderId.of("vert-1")));

    assertEquals(1, fills.size());
    assertEquals("e.1+e.2", fills.get(0).fillId());
    assertEquals(2, fills.get(0).quantity());
    assertEquals(1.50, fills.get(0).price().amount(), 1e-9);
    assertEquals(PriceEffect.CREDIT, fills.get(0).price().effect());
    assertEquals(2.60, fills.get(0).commission(), 1e-9);
  }

  @Test
  void cancelDeletesTheOrderAndReportsItCancelled() {
    OrderTicket ticket = condor("ic-0010", 1.45);
    venue.cancels(gateway, new TestOrder(ticket, "41"));
    await(broker.place(ticket));

    OrderState state = await(broker.cancel(ticket.clientOrderId()));

    assertEquals(OrderStatus.CANCELLED, state.status());
    gateway.verifyThat(exactly(1), com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(
        urlPathEqualTo("/v1/api/iserver/account/U1234567/order/41")));
  }

  @Test
  void previewReadsTheWhatIfMarginChangeCommissionAndWarning() {
    OrderTicket ticket = condor("ic-0011", 1.45);
    venue.session(gateway);
    venue.contracts(gateway, ticket);
    gateway.register(post(urlPathEqualTo("/v1/api/iserver/account/U1234567/orders/whatif"))
        .willReturn(okJson("{\"amount\":{\"amount\":\"-290 USD (2 Units)\",\"commission\":\"5.20 USD\","
            + "\"total\":\"-284.80 USD\"},\"equity\":{\"current\":\"1,006,413\",\"change\":\"-5\","
            + "\"after\":\"1,006,408\"},\"initial\":{\"current\":\"8,637\",\"change\":\"9,710\","
            + "\"after\":\"18,347\"},\"maintenance\":{\"current\":\"8,637\",\"change\":\"9,710\","
            + "\"after\":\"18,347\"},\"warn\":\"21/You are trying to submit an order without having"
            + " market data\",\"error\":null}")));

    OrderPreview preview = await(broker.preview(ticket));

    assertEquals(9_710, preview.buyingPowerEffect(), 1e-9);
    assertEquals(5.20, preview.estimatedCommission(), 1e-9);
    assertEquals(1, preview.warnings().size());
    gateway.verifyThat(exactly(0), venue.placementRequests());
    gateway.verifyThat(exactly(1), postRequestedFor(
        urlPathEqualTo("/v1/api/iserver/account/U1234567/orders/whatif"))
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("cOID")));
  }

  // ------------------------------------------------------------------ replace

  private static final String MODIFY = "/v1/api/iserver/account/U1234567/order/";

  @Test
  void replaceModifiesTheWorkingComboAtTheNewNetCreditAndConfirmsTheQuestion() {
    OrderTicket ticket = condor("ic-0020", 1.45);
    TestOrder order = new TestOrder(ticket, "1370093240");
    venue.acceptsOrder(gateway, order);
    venue.replaces(gateway, order, 1.60);
    await(broker.place(ticket));

    OrderState state = await(broker.replace(ticket.clientOrderId(), NetPrice.credit(1.60)));

    assertEquals(ticket.clientOrderId(), state.clientOrderId());
    assertEquals(OrderStatus.WORKING, state.status());
    assertEquals(Optional.of("1370093240"), state.brokerOrderId());
    assertEquals(2, state.quantity());
    String conidex = "28812380;;;" + IbkrVenue.conid(LONG_PUT) + "/1," + IbkrVenue.conid(SHORT_PUT)
        + "/-1," + IbkrVenue.conid(SHORT_CALL) + "/-1," + IbkrVenue.conid(LONG_CALL) + "/1";
    // the one ticket, not wrapped in "orders", at the new price; no second cOID
    gateway.verifyThat(exactly(1), postRequestedFor(urlPathEqualTo(MODIFY + "1370093240"))
        .withRequestBody(equalToJson("{\"acctId\":\"U1234567\",\"conidex\":\"" + conidex
            + "\",\"orderType\":\"LMT\",\"price\":-1.6,\"side\":\"BUY\",\"tif\":\"DAY\","
            + "\"quantity\":2}", false, false)));
    gateway.verifyThat(exactly(1), postRequestedFor(
        urlPathEqualTo("/v1/api/iserver/reply/reply-modify-1370093240"))
        .withRequestBody(equalToJson("{\"confirmed\":true}")));
    gateway.verifyThat(exactly(1), venue.placementRequests());
    assertEquals(OrderStatus.WORKING,
        await(broker.order(ticket.clientOrderId())).orElseThrow().status());
  }

  @Test
  void replaceAtADebitSendsAPositiveComboPrice() {
    OrderTicket ticket = condor("ic-0021", 1.45);
    TestOrder order = new TestOrder(ticket, "77");
    venue.acceptsOrder(gateway, order);
    await(broker.place(ticket));
    gateway.register(post(urlPathEqualTo(MODIFY + "77"))
        .willReturn(okJson("[{\"order_id\":\"77\",\"order_status\":\"PreSubmitted\","
            + "\"encrypt_message\":\"1\"}]")));

    OrderState state = await(broker.replace(ticket.clientOrderId(), NetPrice.debit(0.05)));

    assertTrue(state.status().isLive());
    gateway.verifyThat(exactly(1), postRequestedFor(urlPathEqualTo(MODIFY + "77"))
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath(
            "$.price", equalTo("0.05"))));
  }

  @Test
  void aRejectedModificationCarriesTheGatewaysMessage() {
    OrderTicket ticket = condor("ic-0022", 1.45);
    venue.acceptsOrder(gateway, new TestOrder(ticket, "78"));
    await(broker.place(ticket));
    gateway.register(post(urlPathEqualTo(MODIFY + "78"))
        .willReturn(okJson("{\"error\":\"Order price does not conform to the minimum price"
            + " variation\"}")));

    BrokerException e = failure(broker.replace(ticket.clientOrderId(), NetPrice.credit(1.62)));

    assertEquals(BrokerException.Kind.REJECTED, e.kind());
    assertFalse(e.outcomeUnknown());
    assertTrue(e.getMessage().contains("minimum price variation"), e.getMessage());
  }

  @Test
  void aModificationWithoutAnAnswerIsOutcomeUnknownAndNeverResent() {
    OrderTicket ticket = condor("ic-0023", 1.45);
    venue.acceptsOrder(gateway, new TestOrder(ticket, "79"));
    await(broker.place(ticket));
    gateway.register(post(urlPathEqualTo(MODIFY + "79"))
        .willReturn(okJson("[{\"order_id\":\"79\",\"order_status\":\"Submitted\"}]")
            .withFixedDelay(2_000)));

    BrokerException e = failure(broker.replace(ticket.clientOrderId(), NetPrice.credit(1.60)));

    assertEquals(BrokerException.Kind.TIMEOUT, e.kind());
    assertTrue(e.outcomeUnknown());
    sleep(1_500);
    gateway.verifyThat(exactly(1), postRequestedFor(urlPathEqualTo(MODIFY + "79")));
  }

  @Test
  void replacingAnOrderThisBrokerDidNotPlaceIsNotFoundAndSendsNothing() {
    venue.session(gateway);

    BrokerException e = failure(broker.replace(ClientOrderId.of("ic-none"), NetPrice.credit(1.60)));

    assertEquals(BrokerException.Kind.NOT_FOUND, e.kind());
    gateway.verifyThat(exactly(0), postRequestedFor(urlPathMatching(MODIFY + ".*")));
  }

  @Test
  void aCancelledOrderIsNotReplaced() {
    OrderTicket ticket = condor("ic-0024", 1.45);
    venue.cancels(gateway, new TestOrder(ticket, "80"));
    await(broker.place(ticket));
    await(broker.cancel(ticket.clientOrderId()));

    BrokerException e = failure(broker.replace(ticket.clientOrderId(), NetPrice.credit(1.60)));

    assertEquals(BrokerException.Kind.REJECTED, e.kind());
    assertTrue(e.getMessage().contains("CANCELLED"), e.getMessage());
    gateway.verifyThat(exactly(0), postRequestedFor(urlPathMatching(MODIFY + ".*")));
  }

  // ------------------------------------------------------------------ market data

  @Test
  void snapshotAsksAgainWhenTheFirstAnswerOnlySubscribes() {
    venue.session(gateway);
    venue.contract(gateway, SHORT_PUT);
    long conid = IbkrVenue.conid(SHORT_PUT);
    gateway.register(get(urlPathEqualTo("/v1/api/iserver/marketdata/snapshot"))
        .withQueryParam("conids", equalTo(String.valueOf(conid)))
        .withQueryParam("fields", equalTo("31,84,85,86,88,7308,7309,7310,7311,7633"))
        .inScenario("subscribe").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
        .willReturn(okJson("[{\"conidEx\":\"" + conid + "\",\"conid\":" + conid
            + ",\"_updated\":1775169600000,\"server_id\":\"q0\"}]"))
        .willSetStateTo("subscribed"));
    gateway.register(get(urlPathEqualTo("/v1/api/iserver/marketdata/snapshot"))
        .inScenario("subscribe").whenScenarioStateIs("subscribed")
        .willReturn(okJson("[{\"conidEx\":\"" + conid + "\",\"conid\":" + conid
            + ",\"_updated\":1775169601000,\"6509\":\"R\",\"31\":\"C3.20\",\"84\":\"3.10\","
            + "\"85\":\"1.2K\",\"86\":\"3.30\",\"88\":\"45\",\"7308\":\"-0.152\","
            + "\"7309\":\"0.0021\",\"7310\":\"-1.85\",\"7311\":\"2.4\",\"7633\":\"18.5%\"}]")));

    List<dev.condor.api.market.OptionQuote> quotes = await(broker.snapshot(List.of(SHORT_PUT)));

    assertEquals(1, quotes.size());
    dev.condor.api.market.OptionQuote q = quotes.get(0);
    assertEquals(SHORT_PUT, q.contract());
    assertEquals(3.10, q.bid(), 1e-9);
    assertEquals(3.30, q.ask(), 1e-9);
    assertEquals(3.20, q.last().getAsDouble(), 1e-9);
    assertEquals(45, q.bidSize());
    assertEquals(1200, q.askSize());
    assertEquals(0.185, q.impliedVolatility().getAsDouble(), 1e-9);
    assertEquals(-0.152, q.deltaOrNaN(), 1e-9);
    assertEquals(Instant.ofEpochMilli(1775169601000L), q.time());
    gateway.verifyThat(exactly(2), getRequestedFor(urlPathEqualTo("/v1/api/iserver/marketdata/snapshot")));
  }

  // ------------------------------------------------------------------ keep-alive and close

  @Test
  void tickleKeepsTheSessionAliveOnDemandAndOnSchedule() {
    broker.close();
    broker = broker(Map.of("tickleInterval", "200ms"));
    venue.account(gateway, new TestAccount("U1234567", 10, 20, 30, List.of()));

    await(broker.tickle());
    await(broker.account());
    sleep(700);
    broker.close();
    int afterClose = server.findAll(postRequestedFor(urlPathEqualTo("/v1/api/tickle"))).size();
    sleep(500);

    assertTrue(afterClose >= 3, "tickles: " + afterClose);
    assertEquals(afterClose, server.findAll(postRequestedFor(urlPathEqualTo("/v1/api/tickle"))).size());
  }

  @Test
  void aClosedBrokerFailsItsCallsInsteadOfHanging() {
    broker.close();

    BrokerException e = failure(broker.account());

    assertEquals(BrokerException.Kind.UNAVAILABLE, e.kind());
  }

  @Test
  void failuresCompleteTheStageWithTheBrokerExceptionItself() {
    venue.malformedAccount(gateway);

    Throwable seen = broker.account().handle((ok, error) -> error).toCompletableFuture().join();

    assertInstanceOf(BrokerException.class, seen);
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
