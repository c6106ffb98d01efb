package dev.condor.tastytrade;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.condor.api.error.BrokerException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderPreview;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.portfolio.Account;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin reads responses recorded from the real API (kept outside the project, in the shared
 * market-data directory); each test is skipped, saying so, where that directory is absent.
 */
class RecordedResponsesTest {

  private static final List<Path> CANDIDATES = List.of(
      Path.of("../../shared/market-data/api_fixtures/tastytrade"),
      Path.of("../shared/market-data/api_fixtures/tastytrade"));

  @TempDir Path dir;
  private WireMockServer server;
  private WireMock venue;
  private TastytradeBroker broker;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    venue = new WireMock(server.port());
    new TastytradeVenue().authenticates(venue);
    TastytradeBrokerProvider provider = new TastytradeBrokerProvider();
    broker = provider.create(provider.configure(Settings.of("brokers.tastytrade", Map.of(
        "baseUrl", server.baseUrl(), "accountNumber", "5WZ81257", "timeout", "2s",
        "tokenFile", dir.resolve("token.json").toString()))),
        Secrets.of(Map.of("clientSecret", "recorded-secret", "refreshToken", "recorded-refresh")));
  }

  @AfterEach
  void stop() {
    broker.close();
    server.stop();
  }

  private static String recorded(String name) throws IOException {
    Optional<Path> file = CANDIDATES.stream().map(d -> d.resolve(name)).filter(Files::isRegularFile)
        .findFirst();
    assumeTrue(file.isPresent(), "recorded tastytrade responses not found (../shared/market-data);"
        + " skipping " + name);
    return Files.readString(file.get());
  }

  private static OrderTicket ticket() {
    OptionContract put = OptionContract.of("SPY", LocalDate.of(2026, 8, 4), 500, OptionRight.PUT);
    return OrderTicket.single(ClientOrderId.of("recorded-1"), Leg.buy(put), 1, NetPrice.debit(1));
  }

  @Test
  void recordedBalancesAreAnAccount() throws Exception {
    venue.register(get(urlPathEqualTo("/accounts/5WZ81257/balances"))
        .willReturn(aResponse().withStatus(200).withBody(recorded("lean_Get_Account_Balance.json"))));
    Account a = broker.account().toCompletableFuture().join();
    assertEquals("5WZ81257", a.accountId());
    assertEquals(0.0, a.buyingPower());
  }

  @Test
  void recordedEquityPositionsAreNoOptionPositions() throws Exception {
    venue.register(get(urlPathEqualTo("/accounts/5WZ81257/positions"))
        .willReturn(aResponse().withStatus(200).withBody(recorded("lean_Get_Positions.json"))));
    assertEquals(List.of(), broker.positions().toCompletableFuture().join());
  }

  @Test
  void recordedPlacementAnswerIsAnOrderState() throws Exception {
    venue.register(post(urlPathEqualTo("/accounts/5WZ81257/orders")).willReturn(aResponse()
        .withStatus(201).withBody(recorded("lean_Post_Submit_Order_Response.json"))));
    OrderState s = broker.place(ticket()).toCompletableFuture().join();
    assertEquals(Optional.of("270561"), s.brokerOrderId());
    assertEquals(OrderStatus.PENDING_NEW, s.status());
  }

  @Test
  void recordedPlacementAnswerAsADryRunIsAPreview() throws Exception {
    venue.register(post(urlPathEqualTo("/accounts/5WZ81257/orders/dry-run")).willReturn(aResponse()
        .withStatus(201).withBody(recorded("lean_Post_Submit_Order_Response.json"))));
    OrderPreview p = broker.preview(ticket()).toCompletableFuture().join();
    assertEquals(1.001, p.buyingPowerEffect(), 1e-9);
    assertEquals(0.001, p.estimatedCommission(), 1e-9);
  }

  @Test
  void recordedPreflightFailureIsARejectionWithEveryCheck() throws Exception {
    String third = new ObjectMapper().readTree(recorded("lean_Error_Responses.json")).get(2)
        .toString();
    venue.register(post(urlPathMatching("/accounts/[^/]+/orders"))
        .willReturn(aResponse().withStatus(422).withBody(third)));
    CompletionException e = org.junit.jupiter.api.Assertions.assertThrows(
        CompletionException.class, () -> broker.place(ticket()).toCompletableFuture().join());
    BrokerException b = assertInstanceOf(BrokerException.class, e.getCause());
    assertEquals(BrokerException.Kind.REJECTED, b.kind());
    assertEquals(Optional.of("preflight_check_failure"), b.venueCode());
    assertTrue(b.venueMessage().orElseThrow().contains("gtc_market_orders_not_supported"));
  }

  @Test
  void recordedNestedChainListsEveryContract() throws Exception {
    String chain = "{\"data\": " + recorded("joaquinbejar_nested-option-chain.json") + "}";
    venue.register(get(urlPathEqualTo("/option-chains/SPY/nested"))
        .willReturn(aResponse().withStatus(200).withBody(chain)));
    List<OptionContract> contracts = broker.optionChain(Underlying.SPY).toCompletableFuture().join();
    assertTrue(contracts.contains(
        OptionContract.of("SPY", LocalDate.of(2026, 8, 4), 505, OptionRight.CALL)));
    assertTrue(contracts.stream().allMatch(c -> c.root().equals("SPY")));
  }

  @Test
  void recordedOptionQuotesCarryImpliedVolatilityAndGreeks() throws Exception {
    String quotes = "{\"data\": "
        + recorded("tastyware_market_data_equity_option_response_SPY_2025-06-27.json") + "}";
    venue.register(get(urlPathEqualTo("/market-data/by-type"))
        .willReturn(aResponse().withStatus(200).withBody(quotes)));
    OptionContract call = OptionContract.of("SPY", LocalDate.of(2025, 7, 1), 605, OptionRight.CALL);
    List<OptionQuote> q = broker.optionQuotes(List.of(call)).toCompletableFuture().join();
    assertEquals(call, q.get(0).contract());
    assertEquals(9.97, q.get(0).bid());
    assertEquals(10.11, q.get(0).ask());
    assertEquals(927, q.get(0).openInterest());
    assertEquals(0.131895054, q.get(0).impliedVolatility().getAsDouble(), 1e-12);
    assertEquals(0.846863126, q.get(0).greeks().orElseThrow().delta(), 1e-12);
  }
}
