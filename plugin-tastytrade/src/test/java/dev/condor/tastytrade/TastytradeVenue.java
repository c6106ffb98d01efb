package dev.condor.tastytrade;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.condor.api.order.Leg;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.PositionEffect;
import dev.condor.api.order.PriceEffect;
import dev.condor.api.order.Side;
import dev.condor.tck.broker.TestAccount;
import dev.condor.tck.broker.TestFill;
import dev.condor.tck.broker.TestOrder;
import dev.condor.tck.broker.TestPreview;
import dev.condor.tck.broker.VenueSimulation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

/**
 * tastytrade as WireMock stubs, in the venue's documented shapes: OAuth2 token grants, the
 * customer's accounts, balances, positions, orders (placed with an {@code external-identifier},
 * reported with per-leg fills), and its error body {@code {"error": {"code", "message"}}}.
 */
final class TastytradeVenue implements VenueSimulation {

  static final String ACCESS_TOKEN = "venue-issued-access-token";
  static final String ACCOUNTS = "/accounts/[^/]+";
  private static final String AUTHENTICATED = "/(accounts|customers)/.*";
  private static final int DEFAULT = 5;
  private static final ObjectMapper JSON = new ObjectMapper();

  // ---------------------------------------------------------------------------------------------
  // scenarios

  @Override
  public void account(WireMock venue, TestAccount account) {
    authenticates(venue);
    venue.register(get(urlPathEqualTo("/customers/me/accounts")).atPriority(DEFAULT)
        .willReturn(ok(accounts(account.accountId()))));
    ObjectNode balances = JSON.createObjectNode();
    balances.put("account-number", account.accountId());
    balances.put("cash-balance", money(account.cash()));
    balances.put("net-liquidating-value", money(account.netLiquidation()));
    balances.put("derivative-buying-power", money(account.optionBuyingPower()));
    balances.put("equity-buying-power", money(account.optionBuyingPower() * 2));
    balances.put("currency", "USD");
    balances.put("updated-at", "2026-11-20T15:04:05.123+00:00");
    venue.register(get(urlPathEqualTo("/accounts/" + account.accountId() + "/balances"))
        .atPriority(DEFAULT).willReturn(ok(data(balances))));
    ArrayNode items = JSON.createArrayNode();
    for (TestAccount.Holding h : account.positions()) {
      ObjectNode p = items.addObject();
      p.put("account-number", account.accountId());
      p.put("symbol", h.contract().occSymbol());
      p.put("instrument-type", "Equity Option");
      p.put("underlying-symbol", h.contract().underlying().symbol());
      p.put("quantity", Math.abs(h.quantity()));
      p.put("quantity-direction", h.quantity() < 0 ? "Short" : "Long");
      p.put("average-open-price", money(h.averagePrice()));
      p.put("multiplier", 100);
      p.put("cost-effect", h.quantity() < 0 ? "Credit" : "Debit");
    }
    venue.register(get(urlPathEqualTo("/accounts/" + account.accountId() + "/positions"))
        .atPriority(DEFAULT).willReturn(ok(data(list(items)))));
  }

  @Override
  public void acceptsOrder(WireMock venue, TestOrder order) {
    authenticates(venue);
    venue.register(placement(order).atPriority(DEFAULT)
        .willReturn(created(placed(order(order, "Live", List.of())))));
    reports(venue, order, order(order, "Live", List.of()), DEFAULT);
  }

  @Override
  public void fills(WireMock venue, TestOrder order, List<TestFill> fills) {
    authenticates(venue);
    int filled = fills.stream().mapToInt(TestFill::quantity).sum();
    String status = filled >= order.ticket().quantity() ? "Filled" : "Live";
    reports(venue, order, order(order, status, fills), 3);
  }

  @Override
  public void rejects(WireMock venue, TestOrder order, String venueCode, String venueMessage) {
    authenticates(venue);
    venue.register(placement(order).atPriority(DEFAULT)
        .willReturn(json(422, error(venueCode, venueMessage))));
  }

  @Override
  public void cancels(WireMock venue, TestOrder order) {
    authenticates(venue);
    ObjectNode cancelled = order(order, "Cancelled", List.of());
    cancelled.put("cancelled-at", "2026-11-20T15:10:00.000+00:00");
    venue.register(delete(urlPathMatching(ACCOUNTS + "/orders/" + order.venueOrderId()))
        .inScenario("cancel " + order.venueOrderId()).whenScenarioStateIs(Scenario.STARTED)
        .willSetStateTo("cancelled").willReturn(ok(data(cancelled))));
    venue.register(get(urlPathMatching(ACCOUNTS + "/orders/" + order.venueOrderId()))
        .inScenario("cancel " + order.venueOrderId()).whenScenarioStateIs("cancelled")
        .atPriority(2).willReturn(ok(data(cancelled))));
    venue.register(get(urlPathMatching(ACCOUNTS + "/orders/live"))
        .inScenario("cancel " + order.venueOrderId()).whenScenarioStateIs("cancelled")
        .atPriority(2).willReturn(ok(data(list(JSON.createArrayNode().add(cancelled))))));
  }

  @Override
  public void sessionExpires(WireMock venue, boolean forever) {
    authenticates(venue);
    MappingBuilder expired = any(urlPathMatching(AUTHENTICATED)).atPriority(1)
        .willReturn(json(401, error("token_invalid", "This access token is expired or invalid")));
    if (!forever) {
      expired = expired.inScenario("session").whenScenarioStateIs(Scenario.STARTED)
          .willSetStateTo("renewed");
    }
    venue.register(expired);
  }

  @Override
  public void rateLimitsPlacementOnce(WireMock venue, TestOrder order, Duration retryAfter) {
    authenticates(venue);
    long seconds = Math.max(0, (retryAfter.toMillis() + 999) / 1000);
    venue.register(placement(order).atPriority(1)
        .inScenario("rate limit " + order.venueOrderId()).whenScenarioStateIs(Scenario.STARTED)
        .willSetStateTo("served")
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", Long.toString(seconds))
            .withHeader("Content-Type", "application/json")
            .withBody(error("too_many_requests", "Too many requests").toString())));
    acceptsOrder(venue, order);
  }

  @Override
  public void failsPlacement(WireMock venue, TestOrder order, int status) {
    authenticates(venue);
    venue.register(placement(order).atPriority(DEFAULT)
        .willReturn(json(status, error("internal_server_error", "Something went wrong"))));
  }

  @Override
  public void stallsPlacement(WireMock venue, TestOrder order, Duration delay) {
    authenticates(venue);
    venue.register(placement(order).atPriority(DEFAULT)
        .willReturn(created(placed(order(order, "Live", List.of())))
            .withFixedDelay((int) delay.toMillis())));
    // the venue did receive it: it shows among the day's orders, findable by its identifier
    reports(venue, order, order(order, "Live", List.of()), DEFAULT);
  }

  @Override
  public void malformedAccount(WireMock venue) {
    authenticates(venue);
    venue.register(get(urlPathEqualTo("/customers/me/accounts")).atPriority(8)
        .willReturn(ok(accounts("5WT00001"))));
    venue.register(get(urlPathMatching(ACCOUNTS + "/balances")).atPriority(1)
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("{\"data\": {\"account\": [\"not\", \"balances\"]}, \"context\": 7}")));
  }

  @Override
  public void previews(WireMock venue, TestOrder order, TestPreview preview) {
    authenticates(venue);
    ObjectNode dryRun = placed(order(order, "Received", List.of()));
    ((ObjectNode) dryRun.get("order")).remove("id");
    ObjectNode bp = dryRun.putObject("buying-power-effect");
    bp.put("change-in-margin-requirement", money(preview.buyingPowerEffect()));
    bp.put("change-in-margin-requirement-effect", "Debit");
    bp.put("change-in-buying-power", money(preview.buyingPowerEffect()));
    bp.put("change-in-buying-power-effect", "Debit");
    bp.put("current-buying-power", "25000.0");
    bp.put("current-buying-power-effect", "Credit");
    bp.put("new-buying-power", money(25_000 - preview.buyingPowerEffect()));
    bp.put("new-buying-power-effect", "Credit");
    bp.put("isolated-order-margin-requirement", money(preview.buyingPowerEffect()));
    bp.put("isolated-order-margin-requirement-effect", "Debit");
    bp.put("is-spread", true);
    bp.put("impact", money(preview.buyingPowerEffect()));
    bp.put("effect", "Debit");
    ObjectNode fees = dryRun.putObject("fee-calculation");
    fees.put("regulatory-fees", "0.12");
    fees.put("regulatory-fees-effect", "Debit");
    fees.put("clearing-fees", "0.4");
    fees.put("clearing-fees-effect", "Debit");
    fees.put("commission", money(preview.commission() - 0.52));
    fees.put("commission-effect", "Debit");
    fees.put("proprietary-index-option-fees", "0.0");
    fees.put("proprietary-index-option-fees-effect", "None");
    fees.put("total-fees", money(preview.commission()));
    fees.put("total-fees-effect", "Debit");
    ArrayNode warnings = dryRun.putArray("warnings");
    for (String w : preview.warnings()) {
      ObjectNode warning = warnings.addObject();
      warning.put("code", "tck_warning");
      warning.put("message", w);
    }
    venue.register(post(urlPathMatching(ACCOUNTS + "/orders/dry-run"))
        .withRequestBody(equalToJson(request(order.ticket()).toString(), false, true))
        .atPriority(DEFAULT).willReturn(created(dryRun)));
  }

  @Override
  public void replaces(WireMock venue, TestOrder order, double newLimit) {
    authenticates(venue);
    OrderTicket t = order.ticket();
    PriceEffect effect = t.limitPrice().map(p -> p.effect()).orElse(PriceEffect.CREDIT);
    ObjectNode body = request(t);
    body.put("order-type", "Limit");
    body.put("price", BigDecimal.valueOf(newLimit).setScale(2, RoundingMode.UNNECESSARY));
    body.put("price-effect", effect == PriceEffect.CREDIT ? "Credit" : "Debit");
    // the venue answers the replacement as a new order (a new id) working at the new limit
    TestOrder successor = new TestOrder(t, order.venueOrderId() + "-R");
    ObjectNode working = order(successor, "Live", List.of());
    working.put("order-type", "Limit");
    working.put("price", money(newLimit));
    working.put("price-effect", effect == PriceEffect.CREDIT ? "Credit" : "Debit");
    ObjectNode replacedOriginal = order(order, "Cancelled", List.of());
    replacedOriginal.put("cancelled-at", "2026-11-20T15:05:00.000+00:00");
    replacedOriginal.put("replacing-order-id", successor.venueOrderId());
    working.put("replaces-order-id", order.venueOrderId());
    String scenario = "replace " + order.venueOrderId();
    venue.register(put(urlPathMatching(ACCOUNTS + "/orders/" + order.venueOrderId()))
        .withRequestBody(equalToJson(body.toString(), false, true))
        .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
        .willSetStateTo("replaced").atPriority(DEFAULT).willReturn(ok(data(working))));
    venue.register(get(urlPathMatching(ACCOUNTS + "/orders/" + successor.venueOrderId()))
        .atPriority(2).willReturn(ok(data(working))));
    venue.register(get(urlPathMatching(ACCOUNTS + "/orders/" + order.venueOrderId()))
        .inScenario(scenario).whenScenarioStateIs("replaced")
        .atPriority(2).willReturn(ok(data(replacedOriginal))));
    venue.register(get(urlPathMatching(ACCOUNTS + "/orders/live"))
        .inScenario(scenario).whenScenarioStateIs("replaced").atPriority(2)
        .willReturn(ok(data(list(JSON.createArrayNode().add(replacedOriginal).add(working))))));
  }

  @Override
  public RequestPatternBuilder placementRequests() {
    return postRequestedFor(urlPathMatching(ACCOUNTS + "/orders"));
  }

  @Override
  public RequestPatternBuilder authenticationRequests() {
    return postRequestedFor(urlPathEqualTo("/oauth/token"));
  }

  // ---------------------------------------------------------------------------------------------
  // shapes

  /** The OAuth endpoint grants a 15-minute token for the refresh token; every day's list empty. */
  void authenticates(WireMock venue) {
    ObjectNode token = JSON.createObjectNode();
    token.put("access_token", ACCESS_TOKEN);
    token.put("token_type", "Bearer");
    token.put("expires_in", 900);
    venue.register(post(urlPathEqualTo("/oauth/token")).atPriority(DEFAULT)
        .willReturn(json(200, token)));
    venue.register(get(urlPathMatching(ACCOUNTS + "/orders/live")).atPriority(9)
        .willReturn(ok(data(list(JSON.createArrayNode())))));
    ObjectNode none = data(list(JSON.createArrayNode()));
    ObjectNode pagination = none.putObject("pagination");
    pagination.put("per-page", 100);
    pagination.put("page-offset", 0);
    pagination.put("item-offset", 0);
    pagination.put("total-items", 0);
    pagination.put("total-pages", 0);
    pagination.put("current-item-count", 0);
    venue.register(get(urlPathMatching(ACCOUNTS + "/orders")).atPriority(9).willReturn(ok(none)));
  }

  /** GET of the order by id, and the day's orders listing it. */
  void reports(WireMock venue, TestOrder order, ObjectNode body, int priority) {
    venue.register(get(urlPathMatching(ACCOUNTS + "/orders/" + order.venueOrderId()))
        .atPriority(priority).willReturn(ok(data(body))));
    venue.register(get(urlPathMatching(ACCOUNTS + "/orders/live")).atPriority(priority)
        .willReturn(ok(data(list(JSON.createArrayNode().add(body))))));
  }

  /** A placement of exactly this order: legs, sides, quantities, limit, effect, identifier. */
  static MappingBuilder placement(TestOrder order) {
    return post(urlPathMatching(ACCOUNTS + "/orders"))
        .withRequestBody(equalToJson(request(order.ticket()).toString(), false, true));
  }

  /** The JSON the venue expects for a ticket. */
  static ObjectNode request(OrderTicket t) {
    ObjectNode o = JSON.createObjectNode();
    o.put("order-type", t.limitPrice().isPresent() ? "Limit" : "Market");
    t.limitPrice().ifPresent(p -> {
      o.put("price", BigDecimal.valueOf(p.amount()).setScale(2, RoundingMode.UNNECESSARY));
      o.put("price-effect", p.effect() == PriceEffect.CREDIT ? "Credit" : "Debit");
    });
    o.put("external-identifier", t.clientOrderId().value());
    ArrayNode legs = o.putArray("legs");
    for (Leg leg : t.legs()) {
      ObjectNode l = legs.addObject();
      l.put("instrument-type", "Equity Option");
      l.put("symbol", leg.contract().occSymbol());
      l.put("quantity", t.quantity() * leg.ratio());
      l.put("action", action(t, leg));
    }
    return o;
  }

  static String action(OrderTicket t, Leg leg) {
    return (leg.side() == Side.BUY ? "Buy" : "Sell")
        + (t.positionEffect() == PositionEffect.OPEN ? " to Open" : " to Close");
  }

  /**
   * The order as the venue reports it. Each combo fill becomes one fill per leg sharing an {@code
   * ext-group-fill-id}; the whole net price sits on the first leg on the order's side (a sell leg
   * for a credit, a buy leg for a debit), the other legs at 0, so the legs sum to the net.
   */
  static ObjectNode order(TestOrder order, String status, List<TestFill> fills) {
    OrderTicket t = order.ticket();
    ObjectNode o = JSON.createObjectNode();
    if (order.venueOrderId().matches("\\d{1,18}")) {
      o.put("id", Long.parseLong(order.venueOrderId()));
    } else {
      o.put("id", order.venueOrderId());
    }
    o.put("account-number", "5WT00001");
    o.put("time-in-force", "Day");
    o.put("order-type", t.limitPrice().isPresent() ? "Limit" : "Market");
    o.put("size", t.quantity());
    o.put("underlying-symbol", t.underlying().symbol());
    o.put("underlying-instrument-type", "Equity");
    t.limitPrice().ifPresent(p -> {
      o.put("price", money(p.amount()));
      o.put("price-effect", p.effect() == PriceEffect.CREDIT ? "Credit" : "Debit");
    });
    o.put("status", status);
    o.put("cancellable", !status.equals("Filled"));
    o.put("editable", !status.equals("Filled"));
    o.put("edited", false);
    o.put("external-identifier", t.clientOrderId().value());
    o.put("source", "condor");
    o.put("received-at", "2026-11-20T15:00:00.000+00:00");
    o.put("updated-at", 1795705200000L);
    boolean credit = t.limitPrice().map(p -> p.effect() == PriceEffect.CREDIT).orElse(true);
    int carrier = 0;
    for (int i = 0; i < t.legs().size(); i++) {
      if ((t.legs().get(i).side() == Side.SELL) == credit) {
        carrier = i;
        break;
      }
    }
    int filledUnits = fills.stream().mapToInt(TestFill::quantity).sum();
    ArrayNode legs = o.putArray("legs");
    for (int i = 0; i < t.legs().size(); i++) {
      Leg leg = t.legs().get(i);
      ObjectNode l = legs.addObject();
      l.put("instrument-type", "Equity Option");
      l.put("symbol", leg.contract().occSymbol());
      l.put("quantity", t.quantity() * leg.ratio());
      l.put("remaining-quantity", (t.quantity() - Math.min(filledUnits, t.quantity())) * leg.ratio());
      l.put("action", action(t, leg));
      ArrayNode legFills = l.putArray("fills");
      for (TestFill f : fills) {
        ObjectNode lf = legFills.addObject();
        lf.put("ext-group-fill-id", f.fillId());
        lf.put("ext-exec-id", f.fillId() + "-" + i);
        lf.put("fill-id", f.fillId() + "_" + i);
        lf.put("quantity", Integer.toString(f.quantity() * leg.ratio()));
        lf.put("fill-price", i == carrier
            ? BigDecimal.valueOf(f.netPrice()).divide(BigDecimal.valueOf(leg.ratio()))
                .toPlainString()
            : "0.0");
        lf.put("filled-at", f.time().toString());
        lf.put("destination-venue", "MARKET_SIMULATOR_A");
      }
    }
    return o;
  }

  static ObjectNode placed(ObjectNode order) {
    ObjectNode d = JSON.createObjectNode();
    d.set("order", order);
    ObjectNode bp = d.putObject("buying-power-effect");
    bp.put("change-in-buying-power", "350.0");
    bp.put("change-in-buying-power-effect", "Debit");
    bp.put("effect", "Debit");
    ObjectNode fees = d.putObject("fee-calculation");
    fees.put("total-fees", "4.72");
    fees.put("total-fees-effect", "Debit");
    d.putArray("warnings");
    return d;
  }

  static ObjectNode accounts(String accountNumber) {
    ArrayNode items = JSON.createArrayNode();
    ObjectNode holder = items.addObject();
    ObjectNode a = holder.putObject("account");
    a.put("account-number", accountNumber);
    a.put("nickname", "Individual");
    a.put("account-type-name", "Individual");
    a.put("margin-or-cash", "Margin");
    a.put("is-closed", false);
    holder.put("authority-level", "owner");
    return data(list(items));
  }

  static ObjectNode error(String code, String message) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode e = root.putObject("error");
    e.put("code", code);
    e.put("message", message);
    return root;
  }

  static ObjectNode list(ArrayNode items) {
    ObjectNode d = JSON.createObjectNode();
    d.set("items", items);
    return d;
  }

  static ObjectNode data(ObjectNode data) {
    ObjectNode root = JSON.createObjectNode();
    root.set("data", data);
    root.put("context", "/simulated");
    return root;
  }

  static String money(double amount) {
    return BigDecimal.valueOf(amount).toPlainString();
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(ObjectNode body) {
    return json(200, body);
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(ObjectNode data) {
    return json(201, data(data));
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status,
      ObjectNode body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(body.toString());
  }
}
