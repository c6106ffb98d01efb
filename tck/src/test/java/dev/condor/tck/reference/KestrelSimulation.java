package dev.condor.tck.reference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.tck.broker.TestAccount;
import dev.condor.tck.broker.TestFill;
import dev.condor.tck.broker.TestOrder;
import dev.condor.tck.broker.TestPreview;
import dev.condor.tck.broker.VenueSimulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Kestrel as WireMock stubs, in the shapes its (made-up) documentation gives: a session token from
 * {@code POST /auth/session}, then bearer-authenticated account, position, order and fill
 * resources under {@code /accounts/{account}}; errors as {@code {"error":{"code","message"}}}.
 */
final class KestrelSimulation implements VenueSimulation {

  private static final String ACCOUNT = "/accounts/[^/]+";
  private static final String ORDERS = ACCOUNT + "/orders";
  private static final String TOKEN = "kestrel-session-token-1";

  @Override
  public void account(WireMock venue, TestAccount account) {
    venue.register(post(urlPathEqualTo("/auth/session"))
        .willReturn(okJson(Json.write(Map.of("token", TOKEN)))));
    Map<String, Object> balances = new LinkedHashMap<>();
    balances.put("accountNumber", account.accountId());
    balances.put("cash", account.cash());
    balances.put("netLiq", account.netLiquidation());
    balances.put("optionBuyingPower", account.optionBuyingPower());
    venue.register(authenticated(get(urlPathEqualTo("/accounts/" + account.accountId())))
        .willReturn(okJson(Json.write(balances))));
    List<Object> positions = new ArrayList<>();
    for (TestAccount.Holding h : account.positions()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("symbol", h.contract().occSymbol());
      p.put("quantity", h.quantity());
      p.put("averagePrice", h.averagePrice());
      positions.add(p);
    }
    venue.register(authenticated(get(urlPathEqualTo("/accounts/" + account.accountId() + "/positions")))
        .willReturn(okJson(Json.write(Map.of("positions", positions)))));
  }

  @Override
  public void acceptsOrder(WireMock venue, TestOrder order) {
    venue.register(placement(order).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(orderJson(order, "working"))));
    venue.register(lookup(order).willReturn(okJson("{\"orders\":[" + orderJson(order, "working") + "]}")));
  }

  @Override
  public void fills(WireMock venue, TestOrder order, List<TestFill> fills) {
    String effect = effect(order.ticket());
    List<Object> list = new ArrayList<>();
    for (TestFill f : fills) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", f.fillId());
      m.put("quantity", f.quantity());
      m.put("price", String.format(Locale.ROOT, "%.2f", f.netPrice()));
      m.put("effect", effect);
      m.put("time", f.time().toString());
      list.add(m);
    }
    venue.register(authenticated(get(urlPathMatching(ACCOUNT + "/fills")))
        .withQueryParam("clientId", equalTo(order.ticket().clientOrderId().value()))
        .willReturn(okJson(Json.write(Map.of("fills", list)))));
  }

  @Override
  public void rejects(WireMock venue, TestOrder order, String venueCode, String venueMessage) {
    venue.register(placement(order).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json")
        .withBody(error(venueCode, venueMessage))));
  }

  @Override
  public void cancels(WireMock venue, TestOrder order) {
    String scenario = "cancel " + order.venueOrderId();
    venue.register(authenticated(delete(urlPathMatching(ORDERS + "/" + order.venueOrderId())))
        .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("cancelled")
        .willReturn(okJson(orderJson(order, "cancel_requested"))));
    venue.register(lookup(order).inScenario(scenario).whenScenarioStateIs("cancelled")
        .willReturn(okJson("{\"orders\":[" + orderJson(order, "cancelled") + "]}")));
  }

  @Override
  public void sessionExpires(WireMock venue, boolean forever) {
    MappingBuilder refused = any(anyUrl()).withHeader("Authorization", matching("Bearer .+"))
        .atPriority(1);
    if (!forever) {
      refused = refused.inScenario("session").whenScenarioStateIs(Scenario.STARTED)
          .willSetStateTo("renewed");
    }
    venue.register(refused.willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody(error("session_expired", "Your session has expired, log in again"))));
  }

  @Override
  public void rateLimitsPlacementOnce(WireMock venue, TestOrder order, Duration retryAfter) {
    acceptsOrder(venue, order);
    venue.register(placement(order).atPriority(1)
        .inScenario("rate limit").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("served")
        .willReturn(aResponse().withStatus(429)
            .withHeader("Retry-After", Long.toString(retryAfter.toSeconds()))
            .withHeader("Content-Type", "application/json")
            .withBody(error("rate_limited", "Too many requests"))));
  }

  @Override
  public void failsPlacement(WireMock venue, TestOrder order, int status) {
    venue.register(placement(order).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(error("internal", "Upstream failure"))));
  }

  @Override
  public void stallsPlacement(WireMock venue, TestOrder order, Duration delay) {
    venue.register(placement(order).willReturn(aResponse().withStatus(201)
        .withFixedDelay((int) delay.toMillis())
        .withHeader("Content-Type", "application/json").withBody(orderJson(order, "working"))));
  }

  @Override
  public void malformedAccount(WireMock venue) {
    venue.register(authenticated(get(urlPathMatching(ACCOUNT)))
        .willReturn(okJson("{\"accountNumber\":\"TCK-ACCT-1\",\"balances\":\"n/a\"}")));
  }

  @Override
  public void previews(WireMock venue, TestOrder order, TestPreview preview) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("buyingPowerEffect", String.format(Locale.ROOT, "%.2f", preview.buyingPowerEffect()));
    body.put("fees", String.format(Locale.ROOT, "%.2f", preview.commission()));
    body.put("warnings", preview.warnings());
    venue.register(authenticated(post(urlPathMatching(ORDERS + "/dry-run")))
        .withRequestBody(equalToJson(placementBody(order.ticket()), false, false))
        .willReturn(okJson(Json.write(body))));
  }

  @Override
  public void replaces(WireMock venue, TestOrder order, double newLimit) {
    String effect = effect(order.ticket());
    venue.register(authenticated(put(urlPathMatching(ORDERS + "/" + order.venueOrderId())))
        .withRequestBody(equalToJson(String.format(Locale.ROOT,
            "{\"limit\":\"%.2f\",\"effect\":\"%s\"}", newLimit, effect), false, false))
        .willReturn(okJson(orderJson(order, "working"))));
  }

  @Override
  public RequestPatternBuilder placementRequests() {
    return postRequestedFor(urlPathMatching(ORDERS));
  }

  @Override
  public RequestPatternBuilder authenticationRequests() {
    return postRequestedFor(urlPathEqualTo("/auth/session"));
  }

  // --- Kestrel's shapes -------------------------------------------------------------------------

  private static MappingBuilder authenticated(MappingBuilder request) {
    return request.withHeader("Authorization", equalTo("Bearer " + TOKEN));
  }

  /** Matches only a placement carrying exactly the ticket, as Kestrel's docs spell it. */
  private static MappingBuilder placement(TestOrder order) {
    return authenticated(post(urlPathMatching(ORDERS)))
        .withRequestBody(equalToJson(placementBody(order.ticket()), false, false));
  }

  private static MappingBuilder lookup(TestOrder order) {
    return authenticated(get(urlPathMatching(ORDERS)))
        .withQueryParam("clientId", equalTo(order.ticket().clientOrderId().value()));
  }

  private static String placementBody(OrderTicket ticket) {
    NetPrice limit = ticket.limitPrice().orElseThrow();
    StringBuilder legs = new StringBuilder();
    for (Leg leg : ticket.legs()) {
      legs.append(legs.length() == 0 ? "" : ",").append(String.format(Locale.ROOT,
          "{\"symbol\":\"%s\",\"side\":\"%s\",\"ratio\":%d}", leg.contract().occSymbol(),
          leg.side().name().toLowerCase(Locale.ROOT), leg.ratio()));
    }
    return String.format(Locale.ROOT, "{\"clientId\":\"%s\",\"quantity\":%d,\"type\":\"limit\","
            + "\"limit\":\"%.2f\",\"effect\":\"%s\",\"tif\":\"%s\",\"legs\":[%s]}",
        ticket.clientOrderId().value(), ticket.quantity(), limit.amount(),
        limit.effect().name().toLowerCase(Locale.ROOT),
        ticket.timeInForce().name().toLowerCase(Locale.ROOT), legs);
  }

  private static String orderJson(TestOrder order, String status) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("orderId", order.venueOrderId());
    o.put("clientId", order.ticket().clientOrderId().value());
    o.put("status", status);
    o.put("quantity", order.ticket().quantity());
    o.put("filled", 0);
    return Json.write(o);
  }

  private static String effect(OrderTicket ticket) {
    return ticket.limitPrice().map(p -> p.effect().name().toLowerCase(Locale.ROOT)).orElse("credit");
  }

  private static String error(String code, String message) {
    return Json.write(Map.of("error", Map.of("code", code, "message", message)));
  }
}
