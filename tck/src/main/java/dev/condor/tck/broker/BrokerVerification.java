package dev.condor.tck.broker;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.condor.api.Experimental;
import dev.condor.api.broker.Broker;
import dev.condor.api.broker.BrokerProvider;
import dev.condor.api.error.BrokerException;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderPreview;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.PriceEffect;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.ProviderKind;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.ContractPosition;
import dev.condor.tck.internal.OutputCapture;
import dev.condor.tck.internal.SecretWatch;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The broker suite: extend it in the plugin's own tests, supply the plugin under test and a
 * {@link VenueSimulation}, and every rule of the broker contract runs against a WireMock venue.
 * Each test is named after its rule ({@code required_idempotency_timeoutNeverPlacesTwice}); each
 * failure message starts with that name and says what to look at. A capability the plugin does not
 * declare is an explained skip.
 *
 * <p>Per test the suite starts a WireMock server on a free port, asks {@link #venue()} to register
 * the scenario's stubs on it, makes the plugin (found by {@link #providerId()} through {@link
 * ServiceLoader}, or the instance {@link #provider()} returns) configured with {@link
 * #settings(String)} and {@link #secrets()}, drives it, and stops the server. After every test it
 * checks that no secret value appeared in any exception or {@code toString()} the plugin produced.
 */
@Experimental(since = "0.1")
public abstract class BrokerVerification {

  /** The longest the suite waits for any one broker call (a stalled placement included). */
  private static final Duration CALL_LIMIT = Duration.ofSeconds(30);

  /** Prices and balances are compared to the cent. */
  private static final double CENT = 0.005;

  /** The expiry of every option the suite trades: a fixed Friday, so runs are repeatable. */
  private static final LocalDate EXPIRY = LocalDate.of(2027, 12, 17);


  private WireMockServer server;
  private WireMock wireMock;
  private final List<Broker> brokers = new ArrayList<>();
  private final List<Object> seen = new ArrayList<>();
  private BrokerProvider<?> providerUnderTest;

  // ---------------------------------------------------------------------------------------------
  // What the plugin author supplies
  // ---------------------------------------------------------------------------------------------

  /** The provider id the plugin registers with ServiceLoader. */
  protected abstract String providerId();

  /**
   * Settings that point the plugin at the simulated venue ({@code baseUrl}, with every other base
   * URL of the plugin also there) with short timeouts (the suite stalls placements for 3 s).
   */
  protected abstract Map<String, Object> settings(String baseUrl);

  /** Fake secrets the plugin needs; the suite checks none of them ever leaks. */
  protected abstract Map<String, String> secrets();

  /** The venue simulation. */
  protected abstract VenueSimulation venue();

  // ---------------------------------------------------------------------------------------------
  // Optional hooks (defaults suit most plugins)
  // ---------------------------------------------------------------------------------------------

  /**
   * The provider instance to verify instead of the one ServiceLoader finds by {@link
   * #providerId()}; empty by default. Overriding it skips the ServiceLoader discovery rule.
   */
  protected Optional<BrokerProvider<?>> provider() {
    return Optional.empty();
  }

  /**
   * The account the simulated venue shows in every rule: id {@code TCK-ACCT-1} (point the
   * plugin's account setting at it), balances, and a short SPXW iron condor held leg by leg.
   */
  protected TestAccount testAccount() {
    return new TestAccount("TCK-ACCT-1", 25_000.00, 31_250.50, 18_750.25, List.of(
        new TestAccount.Holding(option(5800, OptionRight.PUT), 2, 0.85),
        new TestAccount.Holding(option(5850, OptionRight.PUT), -2, 1.40),
        new TestAccount.Holding(option(6150, OptionRight.CALL), -2, 1.10),
        new TestAccount.Holding(option(6200, OptionRight.CALL), 2, 0.60)));
  }

  /** How long the simulation stalls a placement: longer than the plugin's request timeout. */
  protected Duration placementStall() {
    return Duration.ofSeconds(3);
  }

  /** The {@code Retry-After} the simulation answers a rate-limited placement with. */
  protected Duration retryAfter() {
    return Duration.ofSeconds(2);
  }

  /** The settings section path the plugin's settings sit under, for messages. */
  protected String settingsPath() {
    return "brokers." + providerId();
  }

  /** A short SPXW iron condor, 1 unit at a 1.50 credit unless told otherwise. */
  protected OrderTicket ironCondorTicket(ClientOrderId id, int quantity) {
    return OrderTicket.shortIronCondor(id, option(5800, OptionRight.PUT),
        option(5850, OptionRight.PUT), option(6150, OptionRight.CALL),
        option(6200, OptionRight.CALL), quantity, 1.50);
  }

  /** A SPXW put credit spread, 1 unit at a 0.85 credit. */
  protected OrderTicket verticalTicket(ClientOrderId id) {
    return OrderTicket.creditVertical(id, option(5900, OptionRight.PUT),
        option(5880, OptionRight.PUT), 1, 0.85);
  }

  /** An SPXW option of the suite's expiry. */
  protected static OptionContract option(double strike, OptionRight right) {
    return OptionContract.of("SPXW", EXPIRY, strike, right);
  }

  // ---------------------------------------------------------------------------------------------
  // The simulated venue, per test
  // ---------------------------------------------------------------------------------------------

  /** Starts this test's WireMock venue on a free port (public so JUnit may call it from any module). */
  @BeforeEach
  public final void startSimulatedVenue() {
    server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
    wireMock = new WireMock(server);
  }

  /** Closes the brokers made, checks nothing leaked a secret, and stops the venue. */
  @AfterEach
  public final void stopSimulatedVenue() {
    try {
      for (Broker broker : brokers) {
        seen.add(broker);
        try {
          broker.close();
        } catch (RuntimeException e) {
          seen.add(e);
          throw new AssertionError("required_lifecycle_closeNeverThrows: Broker.close() threw "
              + e + "; close must release connections and threads without throwing", e);
        }
      }
      if (providerUnderTest != null) {
        seen.add(providerUnderTest);
      }
      watch().assertAbsent(seen, "in what the plugin produced during this rule");
    } finally {
      brokers.clear();
      seen.clear();
      if (server != null) {
        server.stop();
      }
    }
  }

  /** The WireMock client bound to this test's venue (for extra stubs in a subclass's own tests). */
  protected final WireMock wireMock() {
    return wireMock;
  }

  /** The base URL of this test's venue, e.g. {@code http://localhost:51234}. */
  protected final String baseUrl() {
    return server.baseUrl();
  }

  // ---------------------------------------------------------------------------------------------
  // Rules: discovery
  // ---------------------------------------------------------------------------------------------

  @Test
  public void required_discovery_providerFoundById() {
    String rule = "required_discovery_providerFoundById";
    Assumptions.assumeTrue(provider().isEmpty(),
        "provider() supplies the instance under test, so ServiceLoader discovery is not checked");
    List<String> found = new ArrayList<>();
    Optional<BrokerProvider<?>> p = findByServiceLoader(providerId(), found);
    check(p.isPresent(), rule, "no BrokerProvider with id \"" + providerId()
        + "\" found by ServiceLoader (found " + found + "); check the plugin's module-info "
        + "'provides dev.condor.api.broker.BrokerProvider with ...' and its "
        + "META-INF/services/dev.condor.api.broker.BrokerProvider file");
    check(p.get().kind() == ProviderKind.BROKER, rule,
        "the provider's kind() is " + p.get().kind() + ", expected BROKER");
  }

  @Test
  public void required_discovery_apiVersionCompatible() {
    String rule = "required_discovery_apiVersionCompatible";
    BrokerProvider<?> p = providerUnderTest(rule);
    boolean compatible;
    try {
      compatible = ApiVersion.isCompatible(p.apiVersion());
    } catch (InvalidValueException e) {
      throw new AssertionError(rule + ": apiVersion() returned \"" + p.apiVersion()
          + "\", which is not MAJOR.MINOR; implement it as 'return ApiVersion.CURRENT;'", e);
    }
    check(compatible, rule, "apiVersion() is \"" + p.apiVersion()
        + "\", which this API (" + ApiVersion.CURRENT + ") cannot run; rebuild the plugin "
        + "against this API and return ApiVersion.CURRENT");
    check(providerId().equals(p.id()), rule,
        "the provider's id() is \"" + p.id() + "\" but providerId() says \"" + providerId() + "\"");
  }

  @Test
  public void required_discovery_declaresMultiLegOrders() {
    String rule = "required_discovery_declaresMultiLegOrders";
    BrokerProvider<?> p = providerUnderTest(rule);
    Set<Capability> capabilities = p.capabilities();
    check(capabilities != null && capabilities.contains(Capability.MULTI_LEG_ORDERS), rule,
        "capabilities() is " + capabilities + "; a Condor broker must place multi-leg orders at a "
            + "net price and declare Capability.MULTI_LEG_ORDERS");
  }

  // ---------------------------------------------------------------------------------------------
  // Rules: configuration
  // ---------------------------------------------------------------------------------------------

  @Test
  public void required_config_missingKeyNamedAtConfigure() {
    String rule = "required_config_missingKeyNamedAtConfigure";
    BrokerProvider<?> p = providerUnderTest(rule);
    Map<String, Object> full = settings(baseUrl());
    check(full != null && !full.isEmpty(), rule,
        "settings(baseUrl) is empty; it must at least carry the base URL");
    for (String key : full.keySet()) {
      Map<String, Object> without = new LinkedHashMap<>(full);
      without.remove(key);
      configureOrNameKey(rule, p, without, Set.of(key), "without the key \"" + key + "\"");
    }
  }

  @Test
  public void required_config_malformedBaseUrlNamedAtConfigure() {
    String rule = "required_config_malformedBaseUrlNamedAtConfigure";
    BrokerProvider<?> p = providerUnderTest(rule);
    for (String malformed : List.of("not a url", "localhost")) {
      Map<String, Object> bad = settings(malformed);
      Set<String> keys = new HashSet<>();
      bad.forEach((k, v) -> {
        if (v != null && String.valueOf(v).contains(malformed)) {
          keys.add(k);
        }
      });
      check(!keys.isEmpty(), rule, "settings(\"" + malformed + "\") puts the base URL under no "
          + "key; settings(baseUrl) must pass the base URL it is given to the plugin");
      Optional<RuntimeException> error = configureOrNameKey(rule, p, bad, keys,
          "with the base URL \"" + malformed + "\"");
      check(error.isPresent(), rule, "configure() accepted the base URL \"" + malformed
          + "\" under " + keys + "; it must reject a URL that is not absolute http(s) with a "
          + "ConfigurationException naming the key, before anything connects");
    }
  }

  /**
   * Configures with {@code values}: it either succeeds and the broker is made without a throw, or
   * fails with a ConfigurationException or InvalidValueException naming one of {@code keys}.
   */
  private Optional<RuntimeException> configureOrNameKey(String rule, BrokerProvider<?> p,
      Map<String, Object> values, Set<String> keys, String what) {
    Settings settings = Settings.of(settingsPath(), values);
    Object config;
    try {
      config = p.configure(settings);
    } catch (ConfigurationException | InvalidValueException e) {
      seen.add(e);
      String message = String.valueOf(e.getMessage());
      check(keys.stream().anyMatch(message::contains), rule, "configure() " + what
          + " failed with \"" + message + "\", which does not name the key " + keys
          + "; say which key is wrong or missing");
      return Optional.of(e);
    } catch (RuntimeException e) {
      seen.add(e);
      throw new AssertionError(rule + ": configure() " + what + " threw " + e + "; a missing or "
          + "malformed setting must be a ConfigurationException (or InvalidValueException) "
          + "naming the key", e);
    }
    check(config != null, rule, "configure() " + what + " returned null");
    seen.add(config);
    try {
      Broker broker = createBroker(p, config, Secrets.of(secrets()));
      check(broker != null, rule, "create() " + what + " returned null");
      brokers.add(broker);
    } catch (RuntimeException e) {
      seen.add(e);
      throw new AssertionError(rule + ": configure() " + what + " succeeded but create() then "
          + "threw " + e + "; validate every setting in configure(), naming the key, so nothing "
          + "fails later", e);
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------------------------------------
  // Rules: account and positions
  // ---------------------------------------------------------------------------------------------

  @Test
  public void required_account_balancesMapped() {
    String rule = "required_account_balancesMapped";
    TestAccount expected = testAccount();
    venue().account(wireMock, expected);
    Broker broker = broker(rule);
    Account account = succeeds(rule, "account()", broker::account,
        "check the account request and how the balance fields are mapped");
    check(expected.accountId().equals(account.accountId()), rule, "accountId is \""
        + account.accountId() + "\", the venue says \"" + expected.accountId() + "\"");
    checkMoney(rule, "cash", expected.cash(), account.cash());
    checkMoney(rule, "netLiquidation", expected.netLiquidation(), account.netLiquidation());
    checkMoney(rule, "buyingPower (the venue's option buying power)",
        expected.optionBuyingPower(), account.buyingPower());
  }

  @Test
  public void required_positions_legByLegSigned() {
    String rule = "required_positions_legByLegSigned";
    TestAccount expected = testAccount();
    venue().account(wireMock, expected);
    Broker broker = broker(rule);
    List<ContractPosition> positions = succeeds(rule, "positions()", broker::positions,
        "check the positions request and how contracts and quantities are mapped");
    Map<OptionContract, ContractPosition> byContract = new HashMap<>();
    for (ContractPosition p : positions) {
      check(byContract.put(p.contract(), p) == null, rule,
          "positions() lists " + p.contract() + " twice; report one position per contract");
    }
    for (TestAccount.Holding h : expected.positions()) {
      ContractPosition p = byContract.get(h.contract());
      check(p != null, rule, "positions() is missing " + h.contract() + " (the venue holds "
          + h.quantity() + "); got " + byContract.keySet() + "; check the option symbol parsing");
      check(p.quantity() == h.quantity(), rule, h.contract() + " has quantity " + p.quantity()
          + ", the venue holds " + h.quantity() + " (short is negative)");
      check(Math.abs(p.averagePrice() - h.averagePrice()) < CENT, rule, h.contract()
          + " has averagePrice " + p.averagePrice() + ", the venue says " + h.averagePrice()
          + " (per contract, in points)");
    }
    check(positions.size() == expected.positions().size(), rule, "positions() returned "
        + positions.size() + " positions, the venue holds " + expected.positions().size());
  }

  // ---------------------------------------------------------------------------------------------
  // Rules: placement
  // ---------------------------------------------------------------------------------------------

  @Test
  public void required_placement_ironCondorAtNetCredit() {
    placesExactly("required_placement_ironCondorAtNetCredit",
        new TestOrder(ironCondorTicket(ClientOrderId.of("tck-ic-1"), 1), "V-IC-1"));
  }

  @Test
  public void required_placement_verticalAtNetCredit() {
    placesExactly("required_placement_verticalAtNetCredit",
        new TestOrder(verticalTicket(ClientOrderId.of("tck-vert-1")), "V-VERT-1"));
  }

  private void placesExactly(String rule, TestOrder order) {
    venue().account(wireMock, testAccount());
    venue().acceptsOrder(wireMock, order);
    Broker broker = broker(rule);
    OrderState state = succeeds(rule, "place(" + order.ticket() + ")",
        () -> broker.place(order.ticket()), "the simulation accepts only a request carrying "
            + "exactly the ticket's legs, sides, quantity, net limit and price effect");
    checkAcceptedState(rule, order, state, "place()");
    check(placements() == 1, rule, "the venue received " + placements() + " placement requests "
        + "for one place(); send an order exactly once");
  }

  private void checkAcceptedState(String rule, TestOrder order, OrderState state, String call) {
    ClientOrderId id = order.ticket().clientOrderId();
    check(id.equals(state.clientOrderId()), rule, call + " returned a state for client order id "
        + state.clientOrderId() + ", expected " + id);
    check(state.status() == OrderStatus.WORKING || state.status() == OrderStatus.PENDING_NEW, rule,
        call + " returned status " + state.status() + " for an order the venue accepted and "
            + "reports working; expected WORKING (or PENDING_NEW)");
    check(state.quantity() == order.ticket().quantity(), rule, call + " returned quantity "
        + state.quantity() + ", the ticket has " + order.ticket().quantity());
    state.brokerOrderId().ifPresent(b -> check(b.equals(order.venueOrderId()), rule, call
        + " returned broker order id \"" + b + "\", the venue's id is \"" + order.venueOrderId()
        + "\""));
  }

  @Test
  public void required_async_placeDoesNotBlockCaller() {
    String rule = "required_async_placeDoesNotBlockCaller";
    TestOrder order = new TestOrder(ironCondorTicket(ClientOrderId.of("tck-async-1"), 1),
        "V-ASYNC-1");
    venue().account(wireMock, testAccount());
    succeeds(rule, "account()", broker(rule)::account, "warm-up call before the stall");
    venue().stallsPlacement(wireMock, order, placementStall());
    long start = System.nanoTime();
    CompletionStage<OrderState> stage = invoke(rule, "place()",
        () -> broker(rule).place(order.ticket()));
    Duration returned = Duration.ofNanos(System.nanoTime() - start);
    check(returned.toMillis() < Math.min(1000, placementStall().toMillis() / 2), rule,
        "place() took " + returned.toMillis() + " ms to return its CompletionStage while the "
            + "venue stalled; never block the caller: send with HttpClient.sendAsync or on a "
            + "worker thread");
    await(rule, "place()", stage);
  }

  // ---------------------------------------------------------------------------------------------
  // Rules: idempotent placement
  // ---------------------------------------------------------------------------------------------

  @Test
  public void required_idempotency_timeoutNeverPlacesTwice() {
    String rule = "required_idempotency_timeoutNeverPlacesTwice";
    TestOrder order = new TestOrder(ironCondorTicket(ClientOrderId.of("tck-stall-1"), 1),
        "V-STALL-1");
    venue().account(wireMock, testAccount());
    venue().stallsPlacement(wireMock, order, placementStall());
    Broker broker = broker(rule);
    long start = System.nanoTime();
    BrokerException e = fails(rule, "place() while the venue stalls",
        () -> broker.place(order.ticket()), "the plugin's request timeout must be shorter than "
            + placementStall().toMillis() + " ms in settings(baseUrl)");
    check(e.outcomeUnknown(), rule, "place() failed with kind " + e.kind() + " (" + e.getMessage()
        + ") when the venue did not answer in time; a placement whose outcome was not seen must "
        + "fail with TIMEOUT or UNAVAILABLE (outcomeUnknown() == true)");
    sleepUntil(start, placementStall().plusSeconds(1));
    int placements = placements();
    check(placements == 1, rule, "the venue received " + placements + " placement requests for "
        + "one place() that timed out; never resend an order whose outcome is unknown (the engine "
        + "looks it up with order(id) instead)");
  }

  @Test
  public void required_idempotency_unknownOutcomeFoundByClientId() {
    String rule = "required_idempotency_unknownOutcomeFoundByClientId";
    TestOrder order = new TestOrder(ironCondorTicket(ClientOrderId.of("tck-stall-2"), 1),
        "V-STALL-2");
    venue().account(wireMock, testAccount());
    venue().stallsPlacement(wireMock, order, placementStall());
    Broker broker = broker(rule);
    long start = System.nanoTime();
    BrokerException e = fails(rule, "place() while the venue stalls",
        () -> broker.place(order.ticket()), "the plugin's request timeout must be shorter than "
            + placementStall().toMillis() + " ms in settings(baseUrl)");
    check(e.outcomeUnknown(), rule, "place() failed with kind " + e.kind()
        + " when the venue did not answer in time; expected outcomeUnknown() == true");
    // The stalled placement reached the venue: from now on it has the order.
    venue().acceptsOrder(wireMock, order);
    sleepUntil(start, placementStall().plusMillis(500));
    Optional<OrderState> found = succeeds(rule, "order(" + order.ticket().clientOrderId() + ")",
        () -> broker.order(order.ticket().clientOrderId()),
        "look the order up at the venue by its client order id");
    check(found.isPresent(), rule, "order(" + order.ticket().clientOrderId() + ") is empty after "
        + "a timed-out placement the venue did receive; find orders by the caller's id (a tag, an "
        + "external id, or a persisted map) so the engine never places twice");
    checkAcceptedState(rule, order, found.get(), "order(id)");
  }

  // ---------------------------------------------------------------------------------------------
  // Rules: fills
  // ---------------------------------------------------------------------------------------------

  private static final Instant FILL_TIME = Instant.parse("2027-12-10T15:31:07Z");

  private List<TestFill> twoPartialFills() {
    return List.of(new TestFill("X-FILL-1", 1, 1.45, FILL_TIME),
        new TestFill("X-FILL-2", 1, 1.50, FILL_TIME.plusSeconds(42)));
  }

  private Broker filledCombo(String rule, TestOrder order) {
    venue().account(wireMock, testAccount());
    venue().acceptsOrder(wireMock, order);
    venue().fills(wireMock, order, twoPartialFills());
    Broker broker = broker(rule);
    succeeds(rule, "place()", () -> broker.place(order.ticket()),
        "the venue accepts this order; check the placement request");
    return broker;
  }

  @Test
  public void required_fills_stableIdsNoDuplicates() {
    String rule = "required_fills_stableIdsNoDuplicates";
    TestOrder order = new TestOrder(ironCondorTicket(ClientOrderId.of("tck-fill-1"), 2),
        "V-FILL-1");
    Broker broker = filledCombo(rule, order);
    ClientOrderId id = order.ticket().clientOrderId();
    List<Fill> first = succeeds(rule, "fills(id)", () -> broker.fills(id), "check the fills request");
    List<Fill> second = succeeds(rule, "fills(id) again", () -> broker.fills(id),
        "check the fills request");
    List<String> firstIds = first.stream().map(Fill::fillId).collect(Collectors.toList());
    List<String> secondIds = second.stream().map(Fill::fillId).collect(Collectors.toList());
    check(new HashSet<>(firstIds).size() == firstIds.size(), rule,
        "fills(id) returned duplicate fill ids " + firstIds + "; report each execution once");
    check(first.size() == 2, rule, "fills(id) returned " + first.size() + " fills " + firstIds
        + ", the venue reported 2 executions");
    check(firstIds.equals(secondIds), rule, "fills(id) returned fill ids " + firstIds
        + " and then " + secondIds + "; a fill must keep the venue's execution id so the engine "
        + "books it once");
    for (Fill f : first) {
      check(id.equals(f.clientOrderId()), rule, "fill " + f.fillId() + " names client order id "
          + f.clientOrderId() + ", expected " + id);
    }
  }

  @Test
  public void required_fills_partialFillsSumToQuantity() {
    String rule = "required_fills_partialFillsSumToQuantity";
    TestOrder order = new TestOrder(ironCondorTicket(ClientOrderId.of("tck-fill-2"), 2),
        "V-FILL-2");
    Broker broker = filledCombo(rule, order);
    ClientOrderId id = order.ticket().clientOrderId();
    List<Fill> fills = succeeds(rule, "fills(id)", () -> broker.fills(id), "check the fills request");
    int total = fills.stream().mapToInt(Fill::quantity).sum();
    check(total == 2, rule, "fills of a 2-unit combo filled 1 + 1 sum to " + total + " units "
        + fills + "; report combo units (not legs x units) per execution");
    Map<String, Fill> byId = fills.stream().collect(Collectors.toMap(Fill::fillId, f -> f, (a, b) -> a));
    for (TestFill expected : twoPartialFills()) {
      Fill f = byId.get(expected.fillId());
      check(f != null, rule, "no fill with the venue's execution id \"" + expected.fillId()
          + "\" in " + byId.keySet() + "; keep the venue's id");
      check(f.quantity() == expected.quantity(), rule, "fill " + expected.fillId() + " has "
          + f.quantity() + " units, the venue says " + expected.quantity());
      check(Math.abs(f.price().amount() - expected.netPrice()) < CENT, rule, "fill "
          + expected.fillId() + " is at " + f.price() + ", the venue says " + expected.netPrice()
          + " net per unit");
      check(f.price().effect() == PriceEffect.CREDIT, rule, "fill " + expected.fillId() + " is a "
          + f.price().effect() + "; the order was placed for a net credit");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Rules: cancel and rejects
  // ---------------------------------------------------------------------------------------------

  @Test
  public void required_cancel_cancelsWorkingOrder() {
    String rule = "required_cancel_cancelsWorkingOrder";
    TestOrder order = new TestOrder(verticalTicket(ClientOrderId.of("tck-cancel-1")), "V-CXL-1");
    venue().account(wireMock, testAccount());
    venue().acceptsOrder(wireMock, order);
    venue().cancels(wireMock, order);
    Broker broker = broker(rule);
    ClientOrderId id = order.ticket().clientOrderId();
    succeeds(rule, "place()", () -> broker.place(order.ticket()), "check the placement request");
    OrderState afterRequest = succeeds(rule, "cancel(id)", () -> broker.cancel(id),
        "check the cancel request");
    check(id.equals(afterRequest.clientOrderId()), rule, "cancel(id) returned a state for "
        + afterRequest.clientOrderId() + ", expected " + id);
    check(afterRequest.status() == OrderStatus.CANCELLED
        || afterRequest.status() == OrderStatus.PENDING_CANCEL, rule, "cancel(id) returned status "
        + afterRequest.status() + "; expected PENDING_CANCEL or CANCELLED");
    Optional<OrderState> later = succeeds(rule, "order(id) after cancel",
        () -> broker.order(id), "look the order up by its client order id");
    check(later.isPresent() && later.get().status() == OrderStatus.CANCELLED, rule,
        "order(id) after the venue cancelled it reports " + later.map(s -> s.status().toString())
            .orElse("nothing") + "; expected CANCELLED");
  }

  @Test
  public void required_rejects_surfacedWithVenueCodeAndMessage() {
    String rule = "required_rejects_surfacedWithVenueCodeAndMessage";
    TestOrder order = new TestOrder(ironCondorTicket(ClientOrderId.of("tck-reject-1"), 1),
        "V-REJ-1");
    String code = "TCK_MARGIN_CHECK";
    String message = "Insufficient option buying power for this order";
    venue().account(wireMock, testAccount());
    venue().rejects(wireMock, order, code, message);
    Broker broker = broker(rule);
    BrokerException e = fails(rule, "place() of an order the venue rejects",
        () -> broker.place(order.ticket()), "a venue rejection must fail the stage, not return "
            + "a state");
    check(e.kind() == BrokerException.Kind.REJECTED, rule, "the rejection surfaced as kind "
        + e.kind() + " (" + e.getMessage() + "); expected REJECTED");
    if (venue().rejectionsCarryCode()) {
      check(e.venueCode().filter(code::equals).isPresent(), rule, "the rejection carries venue "
          + "code " + e.venueCode() + ", the venue said \"" + code + "\"; keep the venue's code "
          + "verbatim (a venue whose rejections carry no code says so in "
          + "VenueSimulation.rejectionsCarryCode())");
    }
    check(e.venueMessage().filter(m -> m.contains(message)).isPresent(), rule,
        "the rejection carries venue message " + e.venueMessage() + ", the venue said \"" + message
            + "\"; keep the venue's message verbatim");
    check(!e.outcomeUnknown(), rule, "a rejection has a known outcome");
  }

  // ---------------------------------------------------------------------------------------------
  // Rules: session, rate limits, venue failures, malformed bodies
  // ---------------------------------------------------------------------------------------------

  @Test
  public void required_session_expiryReauthenticatesOnce() {
    String rule = "required_session_expiryReauthenticatesOnce";
    venue().account(wireMock, testAccount());
    Broker broker = broker(rule);
    succeeds(rule, "account()", broker::account, "warm-up call that opens the session");
    server.resetRequests();
    succeeds(rule, "account()", broker::account, "second call, to count its requests");
    int perCall = requestsExceptAuthentication();
    server.resetRequests();
    venue().sessionExpires(wireMock, false);
    Account account = succeeds(rule, "account() after the session expired", broker::account,
        "an expired session must be renewed once and the call retried once");
    check(testAccount().accountId().equals(account.accountId()), rule,
        "account() after re-authentication returned account " + account.accountId());
    int logins = authentications();
    check(logins == 1, rule, "the plugin authenticated " + logins + " times after one expired "
        + "session; re-authenticate exactly once, then retry the call once");
    int calls = requestsExceptAuthentication();
    // a renewal may check the session's status once or twice; a retry loop would exceed this
    check(calls <= 2 * Math.max(1, perCall) + 2, rule, "account() made " + calls + " requests "
        + "after the session expired (a normal call makes " + perCall + "); retry the refused "
        + "call once, never in a loop");
  }

  @Test
  public void required_session_permanentExpiryGivesUp() {
    String rule = "required_session_permanentExpiryGivesUp";
    venue().account(wireMock, testAccount());
    Broker broker = broker(rule);
    succeeds(rule, "account()", broker::account, "warm-up call that opens the session");
    server.resetRequests();
    venue().sessionExpires(wireMock, true);
    BrokerException e = fails(rule, "account() while re-authentication never helps",
        broker::account, "after one failed renewal the call must fail");
    check(e.kind() == BrokerException.Kind.AUTHENTICATION, rule, "account() failed with kind "
        + e.kind() + " (" + e.getMessage() + "); a session that cannot be renewed is AUTHENTICATION");
    sleep(Duration.ofMillis(500));
    int logins = authentications();
    check(logins <= 2, rule, "the plugin authenticated " + logins + " times for one call whose "
        + "session could not be renewed; re-authenticate once and give up, never loop");
  }

  @Test
  public void required_rateLimit_honoursRetryAfter() {
    String rule = "required_rateLimit_honoursRetryAfter";
    TestOrder order = new TestOrder(ironCondorTicket(ClientOrderId.of("tck-429-1"), 1), "V-429-1");
    Duration wait = retryAfter();
    venue().account(wireMock, testAccount());
    venue().rateLimitsPlacementOnce(wireMock, order, wait);
    Broker broker = broker(rule);
    long start = System.nanoTime();
    Outcome<OrderState> outcome = settle(rule, "place() answered 429",
        () -> broker.place(order.ticket()));
    if (outcome.failure != null) {
      BrokerException e = brokerException(rule, "place() answered 429", outcome.failure);
      check(e.kind() == BrokerException.Kind.RATE_LIMITED, rule, "place() answered 429 failed "
          + "with kind " + e.kind() + " (" + e.getMessage() + "); either wait Retry-After and "
          + "retry, or fail RATE_LIMITED with retryAfter()");
      check(e.retryAfter().filter(r -> r.compareTo(wait) >= 0).isPresent(), rule,
          "RATE_LIMITED carries retryAfter " + e.retryAfter() + ", the venue said Retry-After "
              + wait.toSeconds() + " s");
      sleepUntil(start, wait.plusMillis(200));
    } else {
      checkAcceptedState(rule, order, outcome.value, "place() after a 429");
    }
    List<LoggedRequest> sent = new ArrayList<>(server.findAll(venue().placementRequests()));
    sent.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
    for (int i = 1; i < sent.size(); i++) {
      long gap = sent.get(i).getLoggedDate().getTime() - sent.get(i - 1).getLoggedDate().getTime();
      check(gap >= wait.toMillis() - 100, rule, "placement request " + (i + 1) + " came " + gap
          + " ms after a 429 with Retry-After " + wait.toSeconds() + " s; wait at least "
          + "Retry-After before retrying (or fail RATE_LIMITED), never retry at once");
    }
    if (outcome.failure == null) {
      check(sent.size() == 2, rule, "place() succeeded after " + sent.size() + " placement "
          + "requests; after one 429 retry once");
    }
  }

  @Test
  public void required_unavailable_5xxPlacementOutcomeUnknownNotResent() {
    String rule = "required_unavailable_5xxPlacementOutcomeUnknownNotResent";
    venue().account(wireMock, testAccount());
    Broker broker = broker(rule);
    int n = 0;
    for (int status : new int[] {500, 503}) {
      n++;
      TestOrder order = new TestOrder(
          ironCondorTicket(ClientOrderId.of("tck-5xx-" + n), 1), "V-5XX-" + n);
      server.resetRequests();
      venue().failsPlacement(wireMock, order, status);
      BrokerException e = fails(rule, "place() answered " + status,
          () -> broker.place(order.ticket()), "a 5xx on placement must fail the stage");
      check(e.kind() == BrokerException.Kind.UNAVAILABLE && e.outcomeUnknown(), rule,
          "place() answered " + status + " failed with kind " + e.kind() + " (" + e.getMessage()
              + "); a 5xx on placement is UNAVAILABLE, outcome unknown (the venue may have the "
              + "order)");
      sleep(Duration.ofMillis(500));
      int placements = placements();
      check(placements == 1, rule, "the venue received " + placements + " placement requests "
          + "after answering " + status + "; never resend a placement whose outcome is unknown");
    }
  }

  @Test
  public void required_malformed_accountBodyTypedError() {
    String rule = "required_malformed_accountBodyTypedError";
    venue().account(wireMock, testAccount());
    venue().malformedAccount(wireMock);
    Broker broker = broker(rule);
    BrokerException e = fails(rule, "account() answered with a malformed body", broker::account,
        "a body that is not the venue's shape must fail the stage");
    check(e.kind() == BrokerException.Kind.MALFORMED_RESPONSE, rule, "account() with a malformed "
        + "body failed with kind " + e.kind() + " (" + e.getMessage() + "); expected "
        + "MALFORMED_RESPONSE");
    String message = String.valueOf(e.getMessage());
    check(message.contains(" during ") || e.venueMessage().isPresent(), rule, "the error \""
        + message + "\" does not say which endpoint or field was malformed; set operation(\"GET "
        + "/accounts/...\") (and the field) on the BrokerException");
  }

  // ---------------------------------------------------------------------------------------------
  // Rules: secrets
  // ---------------------------------------------------------------------------------------------

  @Test
  public void required_secrets_neverLeak() {
    String rule = SecretWatch.RULE;
    check(secrets() != null && !secrets().isEmpty() || providerUnderTest(rule).secrets().isEmpty(),
        rule, "secrets() is empty but the provider declares " + providerUnderTest(rule).secrets()
            + "; supply fake values so the suite can check they never leak");
    List<Object> observed = new ArrayList<>();
    try (OutputCapture capture = OutputCapture.start()) {
      BrokerProvider<?> p = providerUnderTest(rule);
      observed.add(p);
      observed.add(p.description());
      Object config = p.configure(Settings.of(settingsPath(), settings(baseUrl())));
      observed.add(config);
      TestOrder rejected = new TestOrder(verticalTicket(ClientOrderId.of("tck-secret-1")),
          "V-SEC-1");
      TestOrder failed = new TestOrder(ironCondorTicket(ClientOrderId.of("tck-secret-2"), 1),
          "V-SEC-2");
      venue().account(wireMock, testAccount());
      venue().rejects(wireMock, rejected, "TCK_REJECT", "rejected for the secrets rule");
      venue().failsPlacement(wireMock, failed, 502);
      Broker broker = broker(rule);
      observed.add(broker);
      observed.add(settle(rule, "account()", broker::account).any());
      observed.add(settle(rule, "place() rejected", () -> broker.place(rejected.ticket())).any());
      observed.add(settle(rule, "place() 502", () -> broker.place(failed.ticket())).any());
      venue().sessionExpires(wireMock, true);
      observed.add(settle(rule, "account() unrenewable session", broker::account).any());
      server.resetMappings();
      venue().account(wireMock, testAccount());
      venue().malformedAccount(wireMock);
      observed.add(settle(rule, "account() malformed", broker::account).any());
      observed.add(broker);
      capture.close();
      observed.add(capture.text());
    }
    seen.addAll(observed);
    watch().assertAbsent(observed, "in an error, a toString() or console/JUL log output");
  }

  // ---------------------------------------------------------------------------------------------
  // Capability-dependent rules
  // ---------------------------------------------------------------------------------------------

  @Test
  public void required_preview_previewsWithoutPlacing() {
    String rule = "required_preview_previewsWithoutPlacing";
    assumeCapability(rule, Capability.ORDER_PREVIEW);
    TestOrder order = new TestOrder(ironCondorTicket(ClientOrderId.of("tck-preview-1"), 1),
        "V-PRV-1");
    TestPreview preview = new TestPreview(3_500.00, 4.20, List.of("TCK preview warning"));
    venue().account(wireMock, testAccount());
    assumeModelled(() -> venue().previews(wireMock, order, preview));
    Broker broker = broker(rule);
    OrderPreview result = succeeds(rule, "preview()", () -> broker.preview(order.ticket()),
        "check the preview (dry-run) request");
    check(order.ticket().clientOrderId().equals(result.clientOrderId()), rule,
        "preview() names client order id " + result.clientOrderId());
    checkMoney(rule, "buyingPowerEffect", preview.buyingPowerEffect(), result.buyingPowerEffect());
    checkMoney(rule, "estimatedCommission", preview.commission(), result.estimatedCommission());
    check(result.warnings().containsAll(preview.warnings()), rule, "preview() warnings "
        + result.warnings() + " lack the venue's " + preview.warnings());
    check(placements() == 0, rule, "preview() sent " + placements() + " placement requests; a "
        + "preview must never place the order");
  }

  @Test
  public void required_replace_changesWorkingLimit() {
    String rule = "required_replace_changesWorkingLimit";
    assumeCapability(rule, Capability.REPLACE_ORDER);
    TestOrder order = new TestOrder(ironCondorTicket(ClientOrderId.of("tck-replace-1"), 1),
        "V-RPL-1");
    venue().account(wireMock, testAccount());
    venue().acceptsOrder(wireMock, order);
    assumeModelled(() -> venue().replaces(wireMock, order, 1.60));
    Broker broker = broker(rule);
    ClientOrderId id = order.ticket().clientOrderId();
    succeeds(rule, "place()", () -> broker.place(order.ticket()), "check the placement request");
    OrderState replaced = succeeds(rule, "replace(id, 1.60 CREDIT)",
        () -> broker.replace(id, NetPrice.credit(1.60)), "check the replace request");
    check(id.equals(replaced.clientOrderId()), rule, "replace() returned a state for "
        + replaced.clientOrderId() + "; the order keeps the caller's id after a replace");
    check(replaced.status().isLive(), rule, "replace() returned status " + replaced.status()
        + "; a replaced working order is still live");
  }

  private void assumeCapability(String rule, Capability capability) {
    Assumptions.assumeTrue(providerUnderTest(rule).capabilities().contains(capability),
        () -> "the provider does not declare " + capability + ", so " + rule + " does not apply");
  }

  private static void assumeModelled(Runnable stubbing) {
    try {
      stubbing.run();
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("the venue simulation does not model this: " + e.getMessage());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Plumbing
  // ---------------------------------------------------------------------------------------------

  private BrokerProvider<?> providerUnderTest(String rule) {
    if (providerUnderTest == null) {
      Optional<BrokerProvider<?>> given = provider();
      List<String> found = new ArrayList<>();
      providerUnderTest = given.isPresent() ? given.get()
          : findByServiceLoader(providerId(), found).orElseThrow(() -> new AssertionError(rule
              + ": no BrokerProvider with id \"" + providerId() + "\" found by ServiceLoader "
              + "(found " + found + "); register it (module-info 'provides', or "
              + "META-INF/services) or override provider()"));
    }
    return providerUnderTest;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private Optional<BrokerProvider<?>> findByServiceLoader(String id, List<String> found) {
    List<ServiceLoader<BrokerProvider>> loaders = List.of(
        ServiceLoader.load(BrokerProvider.class),
        ServiceLoader.load(BrokerProvider.class, getClass().getClassLoader()));
    for (ServiceLoader<BrokerProvider> loader : loaders) {
      for (BrokerProvider p : loader) {
        if (!found.contains(p.id())) {
          found.add(p.id());
        }
        if (id.equals(p.id())) {
          return Optional.of((BrokerProvider<?>) p);
        }
      }
    }
    return Optional.empty();
  }

  /** The plugin under test, configured for this test's venue (one per test, closed after it). */
  private Broker broker(String rule) {
    if (!brokers.isEmpty()) {
      return brokers.get(brokers.size() - 1);
    }
    BrokerProvider<?> p = providerUnderTest(rule);
    Broker broker;
    try {
      Object config = p.configure(Settings.of(settingsPath(), settings(baseUrl())));
      seen.add(config);
      broker = createBroker(p, config, Secrets.of(secrets()));
    } catch (RuntimeException e) {
      seen.add(e);
      throw new AssertionError(rule + ": could not make the broker from settings(" + baseUrl()
          + ") and secrets(): " + e + "; check settings(baseUrl)", e);
    }
    check(broker != null, rule, "create() returned null");
    brokers.add(broker);
    return broker;
  }

  @SuppressWarnings("unchecked")
  private static <C> Broker createBroker(BrokerProvider<C> p, Object config, Secrets secrets) {
    return p.create((C) config, secrets);
  }

  private int placements() {
    return server.countRequestsMatching(venue().placementRequests().build()).getCount();
  }

  private int authentications() {
    return server.countRequestsMatching(venue().authenticationRequests().build()).getCount();
  }

  private int requestsExceptAuthentication() {
    int all = server.countRequestsMatching(RequestPatternBuilder.allRequests().build()).getCount();
    return all - authentications();
  }

  private <T> CompletionStage<T> invoke(String rule, String call, Supplier<CompletionStage<T>> op) {
    CompletionStage<T> stage;
    try {
      stage = op.get();
    } catch (RuntimeException e) {
      seen.add(e);
      throw new AssertionError(rule + ": " + call + " threw " + e + " instead of returning a "
          + "CompletionStage; a Broker reports every failure by completing its stage"
          + unmatched(), e);
    }
    check(stage != null, rule, call + " returned null instead of a CompletionStage");
    return stage;
  }

  /** The result of one call: a value or a failure (never both). */
  private static final class Outcome<T> {
    final T value;
    final Throwable failure;

    Outcome(T value, Throwable failure) {
      this.value = value;
      this.failure = failure;
    }

    Object any() {
      return failure != null ? failure : value;
    }
  }

  private <T> Outcome<T> await(String rule, String call, CompletionStage<T> stage) {
    try {
      T value = stage.toCompletableFuture().get(CALL_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
      seen.add(value);
      return new Outcome<>(value, null);
    } catch (ExecutionException e) {
      Throwable cause = SecretWatch.unwrap(e);
      seen.add(cause);
      return new Outcome<>(null, cause);
    } catch (java.util.concurrent.CancellationException e) {
      seen.add(e);
      return new Outcome<>(null, e);
    } catch (TimeoutException e) {
      throw new AssertionError(rule + ": " + call + " did not complete within "
          + CALL_LIMIT.toSeconds() + " s; every call must complete or fail by itself (check the "
          + "plugin's request timeouts and retry loops)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(rule + ": interrupted while waiting for " + call, e);
    }
  }

  private <T> Outcome<T> settle(String rule, String call, Supplier<CompletionStage<T>> op) {
    CompletionStage<T> stage;
    try {
      stage = op.get();
    } catch (RuntimeException e) {
      seen.add(e);
      return new Outcome<>(null, e);
    }
    if (stage == null) {
      return new Outcome<>(null, null);
    }
    return await(rule, call, stage);
  }

  private <T> T succeeds(String rule, String call, Supplier<CompletionStage<T>> op, String hint) {
    Outcome<T> outcome = await(rule, call, invoke(rule, call, op));
    if (outcome.failure != null) {
      throw new AssertionError(rule + ": " + call + " failed: " + outcome.failure + "; " + hint
          + unmatched(), outcome.failure);
    }
    check(outcome.value != null, rule, call + " completed with null");
    return outcome.value;
  }

  private <T> BrokerException fails(String rule, String call, Supplier<CompletionStage<T>> op,
      String hint) {
    Outcome<T> outcome = await(rule, call, invoke(rule, call, op));
    if (outcome.failure == null) {
      throw new AssertionError(rule + ": " + call + " succeeded with " + outcome.value
          + "; expected a failed stage (" + hint + ")");
    }
    return brokerException(rule, call, outcome.failure);
  }

  private static BrokerException brokerException(String rule, String call, Throwable failure) {
    if (failure instanceof BrokerException) {
      return (BrokerException) failure;
    }
    throw new AssertionError(rule + ": " + call + " failed with " + failure + "; every broker "
        + "failure must be a dev.condor.api.error.BrokerException whose kind says what happened",
        failure);
  }

  /** Requests the venue had no stub for, to explain a failed call (secrets masked). */
  private String unmatched() {
    if (server == null) {
      return "";
    }
    List<LoggedRequest> requests = server.findAllUnmatchedRequests();
    if (requests.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder("; the simulated venue had no stub for ");
    for (int i = 0; i < Math.min(3, requests.size()); i++) {
      LoggedRequest r = requests.get(i);
      String body = String.valueOf(r.getBodyAsString());
      if (body.length() > 400) {
        body = body.substring(0, 400) + "...";
      }
      s.append(i == 0 ? "" : ", ").append(r.getMethod()).append(' ').append(r.getUrl());
      if (!body.isEmpty()) {
        s.append(" with body ").append(body);
      }
    }
    return watch().mask(s.toString());
  }

  private static void check(boolean condition, String rule, String message) {
    if (!condition) {
      throw new AssertionError(rule + ": " + message);
    }
  }

  private static void checkMoney(String rule, String field, double expected, double actual) {
    check(Math.abs(expected - actual) < CENT, rule, field + " is " + actual + ", the venue says "
        + expected + " (dollars)");
  }

  private static void sleepUntil(long startNanos, Duration after) {
    long remaining = startNanos + after.toNanos() - System.nanoTime();
    if (remaining > 0) {
      sleep(Duration.ofNanos(remaining));
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(Math.max(0, d.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private SecretWatch watch() {
    return new SecretWatch(secrets());
  }
}
