package dev.condor.tastytrade;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.condor.api.error.BrokerException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Quote;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderPreview;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.PriceEffect;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.ContractPosition;
import dev.condor.tck.broker.TestAccount;
import dev.condor.tck.broker.TestFill;
import dev.condor.tck.broker.TestOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tastytrade broker against a WireMock venue that answers in tastytrade's shapes. */
class TastytradeBrokerTest {

  static final String CLIENT_SECRET = "client-secret-b71f0e22";
  static final String REFRESH_TOKEN = "refresh-token-4c9d8a13";
  static final String ACCOUNT = "5WT00001";
  static final LocalDate EXPIRY = LocalDate.of(2026, 11, 20);

  @TempDir Path dir;
  WireMockServer server;
  WireMock venue;
  TastytradeVenue simulation = new TastytradeVenue();
  TastytradeBroker broker;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    venue = new WireMock(server.port());
  }

  @AfterEach
  void stop() {
    if (broker != null) {
      broker.close();
    }
    server.stop();
  }

  TastytradeBroker broker(Map<String, Object> overrides) {
    Map<String, Object> s = new HashMap<>();
    s.put("baseUrl", server.baseUrl());
    s.put("timeout", "1s");
    s.put("tokenFile", dir.resolve("state/token.json").toString());
    s.put("userAgent", "condor-test/1.0");
    s.putAll(overrides);
    TastytradeBrokerProvider provider = new TastytradeBrokerProvider();
    TastytradeConfig config = provider.configure(Settings.of("brokers.tastytrade", s));
    broker = provider.create(config,
        Secrets.of(Map.of("clientSecret", CLIENT_SECRET, "refreshToken", REFRESH_TOKEN)));
    return broker;
  }

  TastytradeBroker broker() {
    return broker(Map.of());
  }

  static <T> T await(CompletionStage<T> stage) {
    return stage.toCompletableFuture().join();
  }

  static BrokerException failure(CompletionStage<?> stage) {
    try {
      stage.toCompletableFuture().join();
    } catch (CompletionException e) {
      return assertInstanceOf(BrokerException.class, e.getCause());
    }
    return fail("expected a failure");
  }

  static OptionContract spxw(double strike, OptionRight right) {
    return OptionContract.of("SPXW", EXPIRY, strike, right);
  }

  static OrderTicket condor(String id) {
    return OrderTicket.shortIronCondor(ClientOrderId.of(id), spxw(5800, OptionRight.PUT),
        spxw(5850, OptionRight.PUT), spxw(6150, OptionRight.CALL), spxw(6200, OptionRight.CALL), 2,
        1.50);
  }

  TestAccount account() {
    return new TestAccount(ACCOUNT, 25_000.5, 31_250.75, 18_400.0, List.of(
        new TestAccount.Holding(spxw(5850, OptionRight.PUT), -2, 2.35),
        new TestAccount.Holding(spxw(5800, OptionRight.PUT), 2, 1.10)));
  }

  // ---------------------------------------------------------------------------------------------
  // authentication

  @Test
  void mintsAccessTokenWithRefreshTokenGrantAndSendsItAsBearer() {
    simulation.account(venue, account());
    Account a = await(broker().account());
    assertEquals(ACCOUNT, a.accountId());
    assertEquals(25_000.5, a.cash());
    assertEquals(31_250.75, a.netLiquidation());
    assertEquals(18_400.0, a.buyingPower());
    assertEquals(Instant.parse("2026-11-20T15:04:05.123Z"), a.time());
    venue.verifyThat(1, postRequestedFor(urlPathEqualTo("/oauth/token"))
        .withHeader("User-Agent", equalTo("condor-test/1.0"))
        .withRequestBody(equalToJson("{\"grant_type\":\"refresh_token\",\"refresh_token\":\""
            + REFRESH_TOKEN + "\",\"client_secret\":\"" + CLIENT_SECRET + "\"}")));
    venue.verifyThat(getRequestedFor(urlPathEqualTo("/accounts/" + ACCOUNT + "/balances"))
        .withHeader("Authorization", equalTo("Bearer " + TastytradeVenue.ACCESS_TOKEN))
        .withHeader("User-Agent", equalTo("condor-test/1.0")));
  }

  @Test
  void reusesTheAccessTokenUntilItIsAboutToExpire() {
    simulation.account(venue, account());
    TastytradeBroker b = broker();
    await(b.account());
    await(b.positions());
    await(b.account());
    venue.verifyThat(1, postRequestedFor(urlPathEqualTo("/oauth/token")));
  }

  @Test
  void refreshesATokenThatExpiresWithinTheMinute() {
    simulation.account(venue, account());
    venue.register(post(urlPathEqualTo("/oauth/token")).atPriority(1).willReturn(TastytradeVenue
        .json(200, (ObjectNode) new ObjectMapper().createObjectNode()
            .put("access_token", "short-lived").put("token_type", "Bearer").put("expires_in", 30))));
    TastytradeBroker b = broker(Map.of("accountNumber", ACCOUNT));
    await(b.account());
    await(b.account());
    venue.verifyThat(2, postRequestedFor(urlPathEqualTo("/oauth/token")));
  }

  @Test
  void keepsTheAccessTokenInAnOwnerOnlyFileAndReusesItInTheNextRun() throws Exception {
    simulation.account(venue, account());
    await(broker().account());
    broker.close();
    Path tokenFile = dir.resolve("state/token.json");
    assertTrue(Files.exists(tokenFile));
    assertEquals(PosixFilePermissions.fromString("rw-------"),
        Files.getPosixFilePermissions(tokenFile));
    String text = Files.readString(tokenFile);
    assertFalse(text.contains(REFRESH_TOKEN), "the refresh token is a secret, not state");
    assertFalse(text.contains(CLIENT_SECRET));

    broker = broker(Map.of());
    await(broker.account());
    venue.verifyThat(1, postRequestedFor(urlPathEqualTo("/oauth/token")));
  }

  @Test
  void ignoresATokenFileOthersCouldReadAndReplacesItOwnerOnly() throws Exception {
    simulation.account(venue, account());
    Path tokenFile = dir.resolve("state/token.json");
    Files.createDirectories(tokenFile.getParent());
    Files.writeString(tokenFile, "{\"base-url\":\"" + server.baseUrl()
        + "\",\"access-token\":\"planted\",\"expires-at\":" + (Instant.now().getEpochSecond() + 600)
        + "}");
    Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-r--r--"));
    await(broker(Map.of("accountNumber", ACCOUNT)).account());
    venue.verifyThat(1, postRequestedFor(urlPathEqualTo("/oauth/token")));
    venue.verifyThat(0, getRequestedFor(urlPathEqualTo("/accounts/" + ACCOUNT + "/balances"))
        .withHeader("Authorization", equalTo("Bearer planted")));
    assertEquals(PosixFilePermissions.fromString("rw-------"),
        Files.getPosixFilePermissions(tokenFile));
  }

  @Test
  void renewsAnExpiredSessionOnceAndRetriesTheRequest() {
    simulation.account(venue, account());
    simulation.sessionExpires(venue, false);
    Account a = await(broker().account());
    assertEquals(ACCOUNT, a.accountId());
    venue.verifyThat(2, postRequestedFor(urlPathEqualTo("/oauth/token")));
  }

  @Test
  void givesUpWhenRenewingTheSessionDoesNotHelp() {
    simulation.account(venue, account());
    simulation.sessionExpires(venue, true);
    BrokerException e = failure(broker(Map.of("accountNumber", ACCOUNT)).account());
    assertEquals(BrokerException.Kind.AUTHENTICATION, e.kind());
    assertEquals(Optional.of("token_invalid"), e.venueCode());
    venue.verifyThat(2, postRequestedFor(urlPathEqualTo("/oauth/token")));
    venue.verifyThat(2, getRequestedFor(urlPathEqualTo("/accounts/" + ACCOUNT + "/balances")));
  }

  @Test
  void refusedRefreshTokenIsAnAuthenticationErrorWithoutTheSecret() {
    venue.register(post(urlPathEqualTo("/oauth/token")).willReturn(TastytradeVenue.json(401,
        (ObjectNode) new ObjectMapper().createObjectNode().put("error", "invalid_grant")
            .put("error_description", "refresh token " + REFRESH_TOKEN + " is revoked"))));
    BrokerException e = failure(broker(Map.of("accountNumber", ACCOUNT)).account());
    assertEquals(BrokerException.Kind.AUTHENTICATION, e.kind());
    assertEquals(Optional.of("invalid_grant"), e.venueCode());
    assertFalse(e.getMessage().contains(REFRESH_TOKEN), e.getMessage());
    assertTrue(e.getMessage().contains("****"), e.getMessage());
    assertFalse(broker.toString().contains(CLIENT_SECRET));
  }

  // ---------------------------------------------------------------------------------------------
  // account

  @Test
  void readsOptionPositionsWithShortQuantitiesNegative() {
    simulation.account(venue, account());
    List<ContractPosition> positions = await(broker().positions());
    assertEquals(2, positions.size());
    assertEquals(spxw(5850, OptionRight.PUT), positions.get(0).contract());
    assertEquals(-2, positions.get(0).quantity());
    assertEquals(2.35, positions.get(0).averagePrice());
    assertEquals(2, positions.get(1).quantity());
  }

  @Test
  void malformedBalancesAreReportedNamingTheEndpoint() {
    simulation.malformedAccount(venue);
    BrokerException e = failure(broker().account());
    assertEquals(BrokerException.Kind.MALFORMED_RESPONSE, e.kind());
    assertTrue(e.getMessage().contains("GET /accounts/{account}/balances"), e.getMessage());
  }

  @Test
  void bodyThatIsNotJsonIsMalformed() {
    simulation.account(venue, account());
    venue.register(get(urlPathMatching(TastytradeVenue.ACCOUNTS + "/positions")).atPriority(1)
        .willReturn(aResponse().withStatus(200).withBody("<html>maintenance</html>")));
    BrokerException e = failure(broker().positions());
    assertEquals(BrokerException.Kind.MALFORMED_RESPONSE, e.kind());
    assertTrue(e.getMessage().contains("/positions"), e.getMessage());
  }

  // ---------------------------------------------------------------------------------------------
  // orders

  @Test
  void placesAMultiLegLimitOrderTaggedWithTheClientOrderId() {
    simulation.account(venue, account());
    TestOrder order = new TestOrder(condor("ic-2026-11-20-001"), "318842");
    simulation.acceptsOrder(venue, order);
    OrderState state = await(broker().place(order.ticket()));
    assertEquals(OrderStatus.WORKING, state.status());
    assertEquals(Optional.of("318842"), state.brokerOrderId());
    assertEquals(2, state.quantity());
    venue.verifyThat(1, postRequestedFor(urlPathEqualTo("/accounts/" + ACCOUNT + "/orders"))
        .withRequestBody(matchingJsonPath("$.time-in-force", equalTo("Day")))
        .withRequestBody(matchingJsonPath("$.order-type", equalTo("Limit")))
        .withRequestBody(matchingJsonPath("$.price-effect", equalTo("Credit")))
        .withRequestBody(matchingJsonPath("$.legs[0].action", equalTo("Buy to Open")))
        .withRequestBody(matchingJsonPath("$.legs[1].action", equalTo("Sell to Open")))
        .withRequestBody(matchingJsonPath("$.legs[1].symbol", equalTo("SPXW  261120P05850000")))
        .withRequestBody(matchingJsonPath("$.legs[1].quantity", equalTo("2")))
        .withRequestBody(matchingJsonPath("$.legs[1].instrument-type", equalTo("Equity Option")))
        .withRequestBody(matchingJsonPath("$.external-identifier", equalTo("ic-2026-11-20-001"))));
    Optional<OrderState> found = await(broker.order(order.ticket().clientOrderId()));
    assertEquals(Optional.of("318842"), found.orElseThrow().brokerOrderId());
    venue.verifyThat(1, getRequestedFor(urlPathEqualTo("/accounts/" + ACCOUNT + "/orders/318842")));
  }

  @Test
  void placingTheSameClientOrderIdAgainSendsNothing() {
    simulation.account(venue, account());
    TestOrder order = new TestOrder(condor("ic-twice"), "318843");
    simulation.acceptsOrder(venue, order);
    TastytradeBroker b = broker();
    await(b.place(order.ticket()));
    OrderState again = await(b.place(order.ticket()));
    assertEquals(Optional.of("318843"), again.brokerOrderId());
    venue.verifyThat(1, simulation.placementRequests());
  }

  @Test
  void placementTimeoutIsAnUnknownOutcomeNeverResentAndTheOrderIsFoundByItsIdentifier() {
    simulation.account(venue, account());
    TestOrder order = new TestOrder(condor("ic-stalled"), "318844");
    simulation.stallsPlacement(venue, order, Duration.ofSeconds(3));
    BrokerException e = failure(broker().place(order.ticket()));
    assertEquals(BrokerException.Kind.TIMEOUT, e.kind());
    assertTrue(e.outcomeUnknown());
    venue.verifyThat(1, simulation.placementRequests());
    OrderState found = await(broker.order(order.ticket().clientOrderId())).orElseThrow();
    assertEquals(Optional.of("318844"), found.brokerOrderId());
    assertEquals(OrderStatus.WORKING, found.status());
    venue.verifyThat(1, simulation.placementRequests());
  }

  @Test
  void placementServerErrorIsAnUnknownOutcomeNeverResent() {
    simulation.account(venue, account());
    TestOrder order = new TestOrder(condor("ic-503"), "318845");
    simulation.failsPlacement(venue, order, 503);
    BrokerException e = failure(broker().place(order.ticket()));
    assertEquals(BrokerException.Kind.UNAVAILABLE, e.kind());
    assertTrue(e.outcomeUnknown());
    venue.verifyThat(1, simulation.placementRequests());
    assertEquals(Optional.empty(), await(broker.order(order.ticket().clientOrderId())));
  }

  @Test
  void rejectionKeepsTheVenuesCodeAndEveryFailedCheck() {
    simulation.account(venue, account());
    TestOrder order = new TestOrder(condor("ic-rejected"), "318846");
    ObjectNode body = TastytradeVenue.error("preflight_check_failure",
        "One or more preflight checks failed");
    ((ObjectNode) body.get("error")).putArray("errors").addObject()
        .put("code", "insufficient_buying_power").put("message", "Insufficient buying power");
    venue.register(TastytradeVenue.placement(order).willReturn(TastytradeVenue.json(422, body)));
    BrokerException e = failure(broker().place(order.ticket()));
    assertEquals(BrokerException.Kind.REJECTED, e.kind());
    assertFalse(e.outcomeUnknown());
    assertEquals(Optional.of("preflight_check_failure"), e.venueCode());
    assertEquals(Optional.of("One or more preflight checks failed; insufficient_buying_power:"
        + " Insufficient buying power"), e.venueMessage());
  }

  @Test
  void rateLimitedPlacementWaitsOutRetryAfterThenSucceeds() {
    simulation.account(venue, account());
    TestOrder order = new TestOrder(condor("ic-429"), "318847");
    simulation.rateLimitsPlacementOnce(venue, order, Duration.ofSeconds(1));
    long started = System.nanoTime();
    OrderState state = await(broker().place(order.ticket()));
    assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(1)) >= 0);
    assertEquals(OrderStatus.WORKING, state.status());
    venue.verifyThat(2, simulation.placementRequests());
  }

  @Test
  void rateLimitLongerThanAllowedIsReportedWithItsDelay() {
    simulation.account(venue, account());
    TestOrder order = new TestOrder(condor("ic-429-long"), "318848");
    simulation.rateLimitsPlacementOnce(venue, order, Duration.ofSeconds(120));
    BrokerException e = failure(broker(Map.of("rateLimitWait", "5s")).place(order.ticket()));
    assertEquals(BrokerException.Kind.RATE_LIMITED, e.kind());
    assertEquals(Optional.of(Duration.ofSeconds(120)), e.retryAfter());
    venue.verifyThat(1, simulation.placementRequests());
  }

  @Test
  void previewIsADryRunWithBuyingPowerAndFees() {
    simulation.account(venue, account());
    OrderTicket ticket = condor("ic-preview");
    ObjectNode dryRun = TastytradeVenue.placed(TastytradeVenue.order(
        new TestOrder(ticket, "0"), "Received", List.of()));
    dryRun.withArray("warnings").addObject().put("code", "market_closed")
        .put("message", "The market is closed");
    venue.register(post(urlPathEqualTo("/accounts/" + ACCOUNT + "/orders/dry-run"))
        .willReturn(TastytradeVenue.json(201, TastytradeVenue.data(dryRun))));
    OrderPreview preview = await(broker().preview(ticket));
    assertEquals(350.0, preview.buyingPowerEffect());
    assertEquals(4.72, preview.estimatedCommission());
    // verbatim, as the venue worded it: the code is not prefixed
    assertEquals(List.of("The market is closed"), preview.warnings());
    venue.verifyThat(0, simulation.placementRequests());
  }

  @Test
  void fillsAreComboExecutionsWithStableIdsAndNetPrices() {
    simulation.account(venue, account());
    TestOrder order = new TestOrder(condor("ic-filled"), "318849");
    simulation.acceptsOrder(venue, order);
    TastytradeBroker b = broker();
    await(b.place(order.ticket()));
    simulation.fills(venue, order, List.of(
        new TestFill("exec-1", 1, 1.55, Instant.parse("2026-11-20T15:01:00Z")),
        new TestFill("exec-2", 1, 1.50, Instant.parse("2026-11-20T15:02:00Z"))));
    List<Fill> fills = await(b.fills(order.ticket().clientOrderId()));
    assertEquals(2, fills.size());
    assertEquals("exec-1", fills.get(0).fillId());
    assertEquals(1, fills.get(0).quantity());
    assertEquals(1.55, fills.get(0).price().amount(), 1e-9);
    assertEquals(PriceEffect.CREDIT, fills.get(0).price().effect());
    assertEquals(Instant.parse("2026-11-20T15:02:00Z"), fills.get(1).time());
    assertEquals(fills, await(b.fills(order.ticket().clientOrderId())), "same fills, same ids");
    OrderState state = await(b.order(order.ticket().clientOrderId())).orElseThrow();
    assertEquals(OrderStatus.FILLED, state.status());
    assertEquals(2, state.filledQuantity());
    assertEquals(1.525, state.averageFillPrice().orElseThrow().amount(), 1e-9);
  }

  @Test
  void partialFillKeepsTheOrderWorkingWithWhatFilled() {
    simulation.account(venue, account());
    TestOrder order = new TestOrder(condor("ic-partial"), "318850");
    simulation.acceptsOrder(venue, order);
    TastytradeBroker b = broker();
    await(b.place(order.ticket()));
    simulation.fills(venue, order,
        List.of(new TestFill("exec-9", 1, 1.60, Instant.parse("2026-11-20T15:01:00Z"))));
    OrderState state = await(b.order(order.ticket().clientOrderId())).orElseThrow();
    assertEquals(OrderStatus.PARTIALLY_FILLED, state.status());
    assertEquals(1, state.filledQuantity());
  }

  @Test
  void cancelSendsDeleteAndReportsTheOrderCancelled() {
    simulation.account(venue, account());
    TestOrder order = new TestOrder(condor("ic-cancel"), "318851");
    simulation.acceptsOrder(venue, order);
    simulation.cancels(venue, order);
    TastytradeBroker b = broker();
    await(b.place(order.ticket()));
    OrderState state = await(b.cancel(order.ticket().clientOrderId()));
    assertEquals(OrderStatus.CANCELLED, state.status());
    venue.verifyThat(1, deleteRequestedFor(urlPathEqualTo("/accounts/" + ACCOUNT + "/orders/318851")));
    assertEquals(OrderStatus.CANCELLED,
        await(b.order(order.ticket().clientOrderId())).orElseThrow().status());
    assertTrue(await(b.openOrders()).isEmpty());
  }

  @Test
  void replaceSendsTheLegsAtTheNewLimitAndFollowsTheNewOrderId() {
    simulation.account(venue, account());
    TestOrder order = new TestOrder(condor("ic-replace"), "318852");
    simulation.acceptsOrder(venue, order);
    TastytradeBroker b = broker();
    await(b.place(order.ticket()));
    OrderTicket repriced = OrderTicket.builder().from(order.ticket())
        .limitPrice(NetPrice.credit(1.40)).build();
    TestOrder replacement = new TestOrder(repriced, "318853");
    venue.register(put(urlPathEqualTo("/accounts/" + ACCOUNT + "/orders/318852"))
        .willReturn(TastytradeVenue.ok(TastytradeVenue.data(
            TastytradeVenue.order(replacement, "Live", List.of())))));
    simulation.acceptsOrder(venue, replacement);
    OrderState state = await(b.replace(order.ticket().clientOrderId(), NetPrice.credit(1.40)));
    assertEquals(Optional.of("318853"), state.brokerOrderId());
    venue.verifyThat(1, putRequestedFor(urlPathEqualTo("/accounts/" + ACCOUNT + "/orders/318852"))
        .withRequestBody(matchingJsonPath("$[?(@.price == 1.40)]"))
        .withRequestBody(matchingJsonPath("$.price-effect", equalTo("Credit")))
        .withRequestBody(matchingJsonPath("$.external-identifier", equalTo("ic-replace")))
        .withRequestBody(matchingJsonPath("$.legs[3].action", equalTo("Buy to Open"))));
    assertEquals(Optional.of("318853"),
        await(b.order(order.ticket().clientOrderId())).orElseThrow().brokerOrderId());
  }

  @Test
  void limitThatIsNotInWholeCentsIsRefusedBeforeAnythingIsSent() {
    simulation.account(venue, account());
    OrderTicket ticket = OrderTicket.shortIronCondor(ClientOrderId.of("ic-mills"),
        spxw(5800, OptionRight.PUT), spxw(5850, OptionRight.PUT), spxw(6150, OptionRight.CALL),
        spxw(6200, OptionRight.CALL), 1, 1.505);
    BrokerException e = failure(broker().place(ticket));
    assertEquals(BrokerException.Kind.REJECTED, e.kind());
    venue.verifyThat(0, simulation.placementRequests());
  }

  @Test
  void openOrdersLeaveOutEndedOnesAndNameOtherProgramsOrdersByVenueId() {
    simulation.account(venue, account());
    ObjectNode mine = TastytradeVenue.order(new TestOrder(condor("ic-open"), "1001"), "Live",
        List.of());
    ObjectNode foreign = TastytradeVenue.order(new TestOrder(condor("x"), "1002"), "Live", List.of());
    foreign.remove("external-identifier");
    ObjectNode ended = TastytradeVenue.order(new TestOrder(condor("ic-done"), "1003"), "Filled",
        List.of(new TestFill("f", 2, 1.5, Instant.parse("2026-11-20T15:00:00Z"))));
    venue.register(get(urlPathMatching(TastytradeVenue.ACCOUNTS + "/orders/live")).atPriority(1)
        .willReturn(TastytradeVenue.ok(TastytradeVenue.data(TastytradeVenue.list(
            new ObjectMapper().createArrayNode().add(mine).add(foreign).add(ended))))));
    List<OrderState> open = await(broker().openOrders());
    assertEquals(2, open.size());
    assertEquals("ic-open", open.get(0).clientOrderId().value());
    assertEquals("tastytrade-1002", open.get(1).clientOrderId().value());
  }

  @Test
  void orderIdsSurviveARestart() throws Exception {
    simulation.account(venue, account());
    TestOrder order = new TestOrder(condor("ic-restart"), "318860");
    simulation.acceptsOrder(venue, order);
    await(broker().place(order.ticket()));
    broker.close();
    Path ids = dir.resolve("state/orders.json");
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(ids));
    broker = broker(Map.of());
    assertTrue(await(broker.order(order.ticket().clientOrderId())).isPresent());
    venue.verifyThat(0, getRequestedFor(urlPathMatching(TastytradeVenue.ACCOUNTS + "/orders/live")));
  }

  @Test
  void findsAnOrderEndedOnAnEarlierDayBySearchingPageByPage() {
    simulation.account(venue, account());
    TestOrder order = new TestOrder(condor("ic-last-week"), "318870");
    ObjectNode other = TastytradeVenue.order(new TestOrder(condor("ic-other"), "318001"),
        "Expired", List.of());
    ObjectNode mine = TastytradeVenue.order(order, "Filled",
        List.of(new TestFill("exec-w", 2, 1.45, Instant.parse("2026-11-13T15:00:00Z"))));
    for (int page = 0; page < 2; page++) {
      ObjectNode body = TastytradeVenue.data(TastytradeVenue.list(
          new ObjectMapper().createArrayNode().add(page == 0 ? other : mine)));
      body.putObject("pagination").put("page-offset", page).put("total-pages", 2);
      venue.register(get(urlPathEqualTo("/accounts/" + ACCOUNT + "/orders")).atPriority(1)
          .withQueryParam("page-offset", equalTo(Integer.toString(page)))
          .withQueryParam("sort", equalTo("Desc"))
          .willReturn(TastytradeVenue.ok(body)));
    }
    OrderState found = await(broker().order(order.ticket().clientOrderId())).orElseThrow();
    assertEquals(OrderStatus.FILLED, found.status());
    assertEquals(Optional.of("318870"), found.brokerOrderId());
    venue.verifyThat(2, getRequestedFor(urlPathEqualTo("/accounts/" + ACCOUNT + "/orders")));
    assertEquals("exec-w", await(broker.fills(order.ticket().clientOrderId())).get(0).fillId());
  }

  @Test
  void usesTheConfiguredAccountWithoutAskingForTheList() {
    simulation.account(venue, account());
    await(broker(Map.of("accountNumber", ACCOUNT)).account());
    venue.verifyThat(0, getRequestedFor(urlPathEqualTo("/customers/me/accounts")));
  }

  // ---------------------------------------------------------------------------------------------
  // option chains

  @Test
  void nestedChainOfSpxListsBothTheSpxAndSpxwRoots() {
    simulation.authenticates(venue);
    String body = "{\"data\":{\"items\":["
        + root("SPX", "2026-12-18", "AM", "SPX   261218")
        + "," + root("SPXW", "2026-11-20", "PM", "SPXW  261120") + "]},\"context\":\"/x\"}";
    venue.register(get(urlPathEqualTo("/option-chains/SPX/nested"))
        .willReturn(aResponse().withStatus(200).withBody(body)));
    List<OptionContract> chain = await(broker().optionChain(Underlying.SPX));
    assertEquals(4, chain.size());
    assertEquals("SPX", chain.get(0).root());
    assertEquals("SPXW", chain.get(2).root());
    assertTrue(chain.stream().allMatch(c -> c.underlying().equals(Underlying.SPX)));
  }

  private static String root(String root, String expiry, String settlement, String prefix) {
    return "{\"underlying-symbol\":\"SPX\",\"root-symbol\":\"" + root + "\","
        + "\"option-chain-type\":\"Standard\",\"shares-per-contract\":100,\"expirations\":[{"
        + "\"expiration-date\":\"" + expiry + "\",\"settlement-type\":\"" + settlement + "\","
        + "\"days-to-expiration\":3,\"strikes\":[{\"strike-price\":\"6000.0\",\"call\":\"" + prefix
        + "C06000000\",\"put\":\"" + prefix + "P06000000\"}]}]}";
  }

  // ---------------------------------------------------------------------------------------------
  // quotes over REST

  @Test
  void indexQuotesAskForEverySymbolInOneRequest() {
    simulation.authenticates(venue);
    venue.register(get(urlPathEqualTo("/market-data/by-type"))
        .withQueryParam("index", equalTo("SPX,VIX1D"))
        .willReturn(aResponse().withStatus(200).withBody("{\"data\": {\"items\": ["
            + "{\"symbol\": \"SPX\", \"instrument-type\": \"Index\", \"last\": \"6012.5\","
            + " \"updated-at\": \"2026-11-20T19:40:00.000Z\"},"
            + "{\"symbol\": \"VIX1D\", \"instrument-type\": \"Index\", \"last\": \"11.2\","
            + " \"updated-at\": \"2026-11-20T19:40:00.000Z\"}]}}")));
    List<Quote> quotes = await(broker().indexQuotes(List.of("SPX", "VIX1D")));
    assertEquals(List.of("SPX", "VIX1D"), quotes.stream().map(Quote::symbol).toList());
    assertEquals(6012.5, quotes.get(0).price());
    assertTrue(Double.isNaN(quotes.get(0).bid()));
  }

  @Test
  void optionQuotesAreAskedAHundredSymbolsAtATime() {
    simulation.authenticates(venue);
    venue.register(get(urlPathEqualTo("/market-data/by-type"))
        .willReturn(aResponse().withStatus(200).withBody("{\"data\": {\"items\": []}}")));
    List<OptionContract> strikes = new java.util.ArrayList<>();
    for (int i = 0; i < 150; i++) {
      strikes.add(spxw(5000 + 5 * i, OptionRight.PUT));
    }
    await(broker().optionQuotes(strikes));
    venue.verifyThat(2, getRequestedFor(urlPathEqualTo("/market-data/by-type")));
    venue.verifyThat(1, getRequestedFor(urlPathEqualTo("/market-data/by-type"))
        .withQueryParam("equity-option", com.github.tomakehurst.wiremock.client.WireMock
            .matching("SPXW  261120P05000000,.*,SPXW  261120P05495000")));
  }
}
