package dev.condor.ibkr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.order.Leg;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.OrderType;
import dev.condor.api.order.Side;
import dev.condor.tck.broker.TestAccount;
import dev.condor.tck.broker.TestFill;
import dev.condor.tck.broker.TestOrder;
import dev.condor.tck.broker.TestPreview;
import dev.condor.tck.broker.VenueSimulation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The IBKR Client Portal gateway as WireMock stubs under {@code /v1/api}, answering in the shapes
 * the Web API documents: an authenticated session, the account listing, the secdef search / strikes
 * / info sequence for every leg, combo placement that asks one precautionary question before it
 * places, live orders and executions that carry the customer order id as {@code order_ref}.
 *
 * <p>Live orders show the order the scenario is about (one order per rule, as the suite drives it).
 */
final class IbkrVenue implements VenueSimulation {

  /** The gateway's rejections carry a message only (documented body {@code {"error": "..."}}). */
  @Override
  public boolean rejectionsCarryCode() {
    return false;
  }

  /** The account every scenario shows unless {@link #account} chose another. */
  static final String DEFAULT_ACCOUNT = "U1234567";
  static final String API = "/v1/api";
  static final String UNDERLYING_CONID = "416904";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMyy", Locale.ROOT);

  private String accountId = DEFAULT_ACCOUNT;

  // ------------------------------------------------------------------ VenueSimulation

  @Override
  public void account(WireMock venue, TestAccount account) {
    accountId = account.accountId();
    session(venue);
    ObjectNode summary = NODES.objectNode();
    summary.set("accountcode", value(0, account.accountId()));
    summary.set("netliquidation", value(account.netLiquidation(), null));
    summary.set("totalcashvalue", value(account.cash(), null));
    summary.set("availablefunds", value(account.optionBuyingPower(), null));
    summary.set("buyingpower", value(account.optionBuyingPower() * 4, null));
    venue.register(get(urlPathEqualTo(API + "/portfolio/" + accountId + "/summary"))
        .willReturn(json(summary)));
    ArrayNode rows = NODES.arrayNode();
    for (TestAccount.Holding h : account.positions()) {
      OptionContract c = h.contract();
      ObjectNode row = rows.addObject();
      row.put("acctId", accountId);
      row.put("conid", conid(c));
      row.put("contractDesc", description(c));
      row.put("position", (double) h.quantity());
      row.put("mktPrice", h.averagePrice());
      row.put("mktValue", h.averagePrice() * h.quantity() * c.multiplier());
      row.put("currency", "USD");
      row.put("avgCost", h.averagePrice() * c.multiplier());
      row.put("avgPrice", h.averagePrice());
      row.put("assetClass", "OPT");
      row.put("expiry", c.expiry().format(DateTimeFormatter.BASIC_ISO_DATE));
      row.put("putOrCall", c.isCall() ? "C" : "P");
      row.put("strike", c.strike());
      row.put("multiplier", (double) c.multiplier());
      row.put("undConid", Long.parseLong(UNDERLYING_CONID));
    }
    venue.register(get(urlPathEqualTo(API + "/portfolio/" + accountId + "/positions/0"))
        .willReturn(json(rows)));
  }

  @Override
  public void acceptsOrder(WireMock venue, TestOrder order) {
    session(venue);
    contracts(venue, order.ticket());
    String scenario = scenario(order);
    venue.register(placement(order).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
        .willReturn(json(question("reply-" + order.venueOrderId())))
        .willSetStateTo("asked"));
    venue.register(post(urlPathEqualTo(API + "/iserver/reply/reply-" + order.venueOrderId()))
        .withRequestBody(equalToJson("{\"confirmed\":true}"))
        .inScenario(scenario).whenScenarioStateIs("asked")
        .willReturn(json(submitted(order.venueOrderId(), "PreSubmitted")))
        .willSetStateTo("placed"));
    liveOrders(venue, scenario, "placed", order, "Submitted", 0, 0);
    venue.register(get(urlPathEqualTo(API + "/iserver/account/order/status/" + order.venueOrderId()))
        .inScenario(scenario).whenScenarioStateIs("placed")
        .willReturn(json(statusDetail(order, "Submitted", 0, 0))));
    venue.register(get(urlPathEqualTo(API + "/iserver/account/trades")).willReturn(json(NODES.arrayNode())));
  }

  @Override
  public void fills(WireMock venue, TestOrder order, List<TestFill> fills) {
    session(venue);
    contracts(venue, order.ticket());
    ArrayNode trades = NODES.arrayNode();
    int filled = 0;
    double notional = 0;
    for (TestFill f : fills) {
      ObjectNode t = trades.addObject();
      t.put("execution_id", f.fillId());
      t.put("symbol", order.ticket().underlying().symbol());
      boolean single = order.ticket().legs().size() == 1;
      Leg first = order.ticket().legs().get(0);
      t.put("side", single && first.side() == Side.SELL ? "S" : "B");
      t.put("order_description", "Bought " + f.quantity() + " combo");
      t.put("trade_time", DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss")
          .withZone(java.time.ZoneOffset.UTC).format(f.time()));
      t.put("trade_time_r", f.time().toEpochMilli());
      t.put("size", (double) f.quantity() * (single ? first.ratio() : 1));
      t.put("price", plain(comboPrice(order.ticket(), f.netPrice())));
      t.put("order_ref", order.ticket().clientOrderId().value());
      t.put("submitter", "testuser");
      t.put("exchange", "CBOE");
      t.put("commission", plain(0.65 * order.ticket().legs().size() * f.quantity()));
      t.put("net_amount", f.netPrice() * f.quantity() * 100);
      t.put("account", accountId);
      t.put("sec_type", order.ticket().legs().size() == 1 ? "OPT" : "BAG");
      t.put("conid", order.ticket().legs().size() == 1
          ? String.valueOf(conid(order.ticket().legs().get(0).contract())) : "28812380");
      t.put("conidEx", conidex(order.ticket()));
      orderId(t, "order_id", order.venueOrderId());
      filled += f.quantity();
      notional += f.netPrice() * f.quantity();
    }
    venue.register(get(urlPathEqualTo(API + "/iserver/account/trades")).willReturn(json(trades)));
    int quantity = order.ticket().quantity();
    String status = filled >= quantity ? "Filled" : "Submitted";
    double average = filled == 0 ? 0 : notional / filled;
    liveOrders(venue, null, null, order, status, filled, average);
    venue.register(get(urlPathEqualTo(API + "/iserver/account/order/status/" + order.venueOrderId()))
        .willReturn(json(statusDetail(order, status, filled, average))));
  }

  @Override
  public void rejects(WireMock venue, TestOrder order, String venueCode, String venueMessage) {
    session(venue);
    contracts(venue, order.ticket());
    // the gateway's documented rejection: HTTP 200 with {"error": "..."}; it carries no code
    ObjectNode error = NODES.objectNode().put("error", venueMessage);
    venue.register(placement(order).willReturn(json(error)));
  }

  @Override
  public void cancels(WireMock venue, TestOrder order) {
    acceptsOrder(venue, order);
    String scenario = scenario(order);
    venue.register(delete(urlPathEqualTo(API + "/iserver/account/" + accountId + "/order/"
            + order.venueOrderId()))
        .inScenario(scenario).whenScenarioStateIs("placed")
        .willReturn(json(orderId(NODES.objectNode().put("msg", "Request was submitted"), "order_id",
            order.venueOrderId())
            .put("conid", -1)
            .putNull("account")))
        .willSetStateTo("cancelled"));
    liveOrders(venue, scenario, "cancelled", order, "Cancelled", 0, 0);
  }

  @Override
  public void sessionExpires(WireMock venue, boolean forever) {
    session(venue);
    ObjectNode unauthorized = NODES.objectNode().put("error", "not authenticated")
        .put("statusCode", 401);
    venue.register(any(urlPathMatching(API + "/(?!iserver/reauthenticate).*")).atPriority(1)
        .inScenario("session").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(json(unauthorized).withStatus(401)));
    var reauth = post(urlPathEqualTo(API + "/iserver/reauthenticate")).atPriority(1)
        .inScenario("session").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(json(NODES.objectNode().put("message", "triggered")));
    venue.register(forever ? reauth : reauth.willSetStateTo("renewed"));
  }

  @Override
  public void rateLimitsPlacementOnce(WireMock venue, TestOrder order, Duration retryAfter) {
    acceptsOrder(venue, order);
    long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    venue.register(placement(order).atPriority(1).inScenario("rate-limit")
        .whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", String.valueOf(seconds))
            .withHeader("Content-Type", "text/plain").withBody("Too Many Requests"))
        .willSetStateTo("served"));
  }

  @Override
  public void failsPlacement(WireMock venue, TestOrder order, int status) {
    session(venue);
    contracts(venue, order.ticket());
    venue.register(placement(order).willReturn(json(NODES.objectNode()
        .put("error", "internal error, please try again").put("statusCode", String.valueOf(status)))
        .withStatus(status)));
  }

  @Override
  public void stallsPlacement(WireMock venue, TestOrder order, Duration delay) {
    session(venue);
    contracts(venue, order.ticket());
    venue.register(placement(order).inScenario(scenario(order)).whenScenarioStateIs(Scenario.STARTED)
        .willReturn(json(submitted(order.venueOrderId(), "PreSubmitted"))
            .withFixedDelay((int) delay.toMillis()))
        .willSetStateTo("placed"));
    // the venue received it: it works the order even though the answer came too late
    liveOrders(venue, scenario(order), "placed", order, "Submitted", 0, 0);
    venue.register(get(urlPathEqualTo(API + "/iserver/account/trades")).willReturn(json(NODES.arrayNode())));
  }

  @Override
  public void malformedAccount(WireMock venue) {
    session(venue);
    venue.register(get(urlPathMatching(API + "/portfolio/[^/]+/summary"))
        .willReturn(json(NODES.arrayNode().add(NODES.objectNode().put("status", "maintenance")))));
  }

  /**
   * The documented what-if answer ({@code POST /iserver/account/{accountId}/orders/whatif}) to
   * exactly the order's ticket, without a customer order id: amounts as text with units, margin
   * and equity lines as text with thousands separators, the buying-power effect as the initial
   * margin change, and the warnings as the one {@code warn} text (joined by new lines).
   */
  @Override
  public void previews(WireMock venue, TestOrder order, TestPreview preview) {
    session(venue);
    contracts(venue, order.ticket());
    OrderTicket t = order.ticket();
    double perUnit = t.limitPrice().map(p -> p.signed()).orElse(0.0);
    double cash = perUnit * t.quantity() * 100;
    ObjectNode answer = NODES.objectNode();
    answer.putObject("amount")
        .put("amount", plain(cash) + " USD (" + t.quantity() + " Units)")
        .put("commission", String.format(Locale.ROOT, "%.2f USD", preview.commission()))
        .put("total", String.format(Locale.ROOT, "%.2f USD", cash - preview.commission()));
    double equity = 1_006_413;
    answer.putObject("equity").put("current", grouped(equity))
        .put("change", grouped(-preview.commission()))
        .put("after", grouped(equity - preview.commission()));
    double margin = 8_637;
    for (String line : List.of("initial", "maintenance")) {
      answer.putObject(line).put("current", grouped(margin))
          .put("change", grouped(preview.buyingPowerEffect()))
          .put("after", grouped(margin + preview.buyingPowerEffect()));
    }
    if (preview.warnings().isEmpty()) {
      answer.putNull("warn");
    } else {
      answer.put("warn", String.join("\n", preview.warnings()));
    }
    answer.putNull("error");
    venue.register(post(urlPathEqualTo(API + "/iserver/account/" + accountId + "/orders/whatif"))
        .withRequestBody(equalToJson(previewBody(t), false, false))
        .willReturn(json(answer)));
  }

  /**
   * The documented order modification ({@code POST /iserver/account/{accountId}/order/{orderId}},
   * body: the order's one ticket, not wrapped, at the new price, without the customer order id),
   * once the order is working: the gateway asks one precautionary question, then answers with the
   * same order id, and from then on lists the order working at the new limit.
   */
  @Override
  public void replaces(WireMock venue, TestOrder order, double newLimit) {
    OrderTicket t = order.ticket();
    dev.condor.api.order.NetPrice limit = t.limitPrice()
        .map(p -> p.effect() == dev.condor.api.order.PriceEffect.CREDIT
            ? dev.condor.api.order.NetPrice.credit(newLimit)
            : dev.condor.api.order.NetPrice.debit(newLimit))
        .orElseThrow(() -> new IllegalArgumentException("only a limit order is replaced"));
    TestOrder changed = new TestOrder(OrderTicket.builder().from(t).limitPrice(limit).build(),
        order.venueOrderId());
    String scenario = scenario(order);
    String replyId = "reply-modify-" + order.venueOrderId();
    venue.register(modification(changed).inScenario(scenario).whenScenarioStateIs("placed")
        .willReturn(json(question(replyId)))
        .willSetStateTo("modify-asked"));
    venue.register(post(urlPathEqualTo(API + "/iserver/reply/" + replyId))
        .withRequestBody(equalToJson("{\"confirmed\":true}"))
        .inScenario(scenario).whenScenarioStateIs("modify-asked")
        .willReturn(json(submitted(order.venueOrderId(), "Submitted")))
        .willSetStateTo("replaced"));
    liveOrders(venue, scenario, "replaced", changed, "Submitted", 0, 0);
    venue.register(get(urlPathEqualTo(API + "/iserver/account/order/status/" + order.venueOrderId()))
        .inScenario(scenario).whenScenarioStateIs("replaced")
        .willReturn(json(statusDetail(changed, "Submitted", 0, 0))));
  }

  /** The exact modification request of a ticket (its new price), to the order's IBKR id. */
  MappingBuilder modification(TestOrder order) {
    return post(urlPathEqualTo(API + "/iserver/account/" + accountId + "/order/"
        + order.venueOrderId()))
        .withRequestBody(equalToJson(modificationBody(order.ticket()), false, false));
  }

  /** The modification body: the one ticket, unwrapped, without the customer order id. */
  String modificationBody(OrderTicket ticket) {
    try {
      ObjectNode o = (ObjectNode) JSON.readTree(placementBody(ticket)).get("orders").get(0);
      o.remove("cOID");
      return o.toString();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The what-if body: the placement's ticket without the customer order id. */
  String previewBody(OrderTicket ticket) {
    try {
      ObjectNode body = (ObjectNode) JSON.readTree(placementBody(ticket));
      ((ObjectNode) body.get("orders").get(0)).remove("cOID");
      return body.toString();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A what-if amount as the gateway prints it: thousands separators, up to two decimals. */
  private static String grouped(double value) {
    java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##",
        java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(value);
  }

  @Override
  public RequestPatternBuilder placementRequests() {
    return postRequestedFor(urlPathMatching(API + "/iserver/account/[^/]+/orders"));
  }

  @Override
  public RequestPatternBuilder authenticationRequests() {
    return postRequestedFor(urlPathMatching(API + "/iserver/(reauthenticate|auth/ssodh/init)"));
  }

  // ------------------------------------------------------------------ the gateway's shapes

  /** An authenticated brokerage session, the account listing and the keep-alive. */
  void session(WireMock venue) {
    ObjectNode status = NODES.objectNode().put("authenticated", true).put("established", true)
        .put("competing", false).put("connected", true).put("message", "").put("fail", "");
    venue.register(post(urlPathEqualTo(API + "/iserver/auth/status")).willReturn(json(status)));
    venue.register(post(urlPathEqualTo(API + "/iserver/auth/ssodh/init")).willReturn(json(status)));
    venue.register(post(urlPathEqualTo(API + "/iserver/reauthenticate"))
        .willReturn(json(NODES.objectNode().put("message", "triggered"))));
    venue.register(post(urlPathEqualTo(API + "/tickle"))
        .willReturn(json(NODES.objectNode().put("session", "0f1e2d3c").set("iserver",
            NODES.objectNode().set("authStatus", status)))));
    ObjectNode accounts = NODES.objectNode();
    accounts.putArray("accounts").add(accountId);
    accounts.put("selectedAccount", accountId);
    accounts.put("isPaper", true);
    venue.register(get(urlPathEqualTo(API + "/iserver/accounts")).willReturn(json(accounts)));
    ArrayNode portfolioAccounts = NODES.arrayNode();
    portfolioAccounts.addObject().put("id", accountId).put("accountId", accountId)
        .put("currency", "USD").put("type", "DEMO");
    venue.register(get(urlPathEqualTo(API + "/portfolio/accounts")).willReturn(json(portfolioAccounts)));
    venue.register(get(urlPathEqualTo(API + "/iserver/account/orders"))
        .willReturn(json(liveOrdersBody(NODES.arrayNode()))));
  }

  /** The secdef search, strikes and info answers for every leg of a ticket. */
  void contracts(WireMock venue, OrderTicket ticket) {
    for (Leg leg : ticket.legs()) {
      contract(venue, leg.contract());
    }
  }

  /** The secdef search, strikes and info answers for one option. */
  void contract(WireMock venue, OptionContract c) {
    String symbol = c.underlying().symbol();
    ArrayNode search = NODES.arrayNode();
    ObjectNode result = search.addObject().put("conid", UNDERLYING_CONID)
        .put("companyHeader", symbol + " - CBOE").put("companyName", symbol).put("symbol", symbol)
        .put("description", "CBOE").putNull("restricted");
    ArrayNode sections = result.putArray("sections");
    sections.addObject().put("secType", "IND").put("exchange", "CBOE;");
    sections.addObject().put("secType", "OPT").put("months", month(c)).put("exchange", "SMART;CBOE");
    venue.register(get(urlPathEqualTo(API + "/iserver/secdef/search"))
        .withQueryParam("symbol", equalTo(symbol)).willReturn(json(search)));
    ObjectNode strikes = NODES.objectNode();
    ArrayNode calls = strikes.putArray("call");
    ArrayNode puts = strikes.putArray("put");
    for (int k = 1; k <= 2000; k++) {
      calls.add(k * 5.0);
      puts.add(k * 5.0);
    }
    venue.register(get(urlPathEqualTo(API + "/iserver/secdef/strikes"))
        .withQueryParam("conid", equalTo(UNDERLYING_CONID)).withQueryParam("month", equalTo(month(c)))
        .willReturn(json(strikes)));
    ArrayNode info = NODES.arrayNode();
    String right = c.isCall() ? "C" : "P";
    // the same strike lists the monthly and the weekly class; the plugin picks by date and class
    String other = c.root().endsWith("W") ? c.root().substring(0, c.root().length() - 1) : c.root() + "W";
    info.add(secdef(c, other, conid(c) + 7, c.expiry().plusDays(7)));
    info.add(secdef(c, c.root(), conid(c), c.expiry()));
    venue.register(get(urlPathEqualTo(API + "/iserver/secdef/info"))
        .withQueryParam("conid", equalTo(UNDERLYING_CONID)).withQueryParam("month", equalTo(month(c)))
        .withQueryParam("strike", equalTo(IbkrContracts.plain(c.strike())))
        .withQueryParam("right", equalTo(right))
        .willReturn(json(info)));
  }

  private static ObjectNode secdef(OptionContract c, String tradingClass, long conid,
      java.time.LocalDate maturity) {
    return NODES.objectNode().put("conid", conid).put("symbol", c.underlying().symbol())
        .put("secType", "OPT").put("exchange", "SMART").put("listingExchange", (String) null)
        .put("right", c.isCall() ? "C" : "P").put("strike", c.strike()).put("currency", "USD")
        .put("cusip", (String) null).put("coupon", "No Coupon").put("desc1", c.underlying().symbol())
        .put("desc2", month(c) + " " + IbkrContracts.plain(c.strike()) + (c.isCall() ? " Call" : " Put"))
        .put("maturityDate", maturity.format(DateTimeFormatter.BASIC_ISO_DATE))
        .put("multiplier", "100").put("tradingClass", tradingClass).put("validExchanges", "SMART,CBOE");
  }

  /** The exact placement request of a ticket (account, cOID, conid or conidex, side, price). */
  MappingBuilder placement(TestOrder order) {
    return post(urlPathEqualTo(API + "/iserver/account/" + accountId + "/orders"))
        .withRequestBody(equalToJson(placementBody(order.ticket()), false, true));
  }

  String placementBody(OrderTicket ticket) {
    ObjectNode o = NODES.objectNode();
    o.put("acctId", accountId);
    if (ticket.legs().size() == 1) {
      Leg leg = ticket.legs().get(0);
      o.put("conid", conid(leg.contract()));
      o.put("side", leg.side().name());
      o.put("quantity", ticket.quantity() * leg.ratio());
      ticket.limitPrice().ifPresent(p -> o.put("price", price(p.amount())));
    } else {
      o.put("conidex", conidex(ticket));
      o.put("side", "BUY");
      o.put("quantity", ticket.quantity());
      ticket.limitPrice().ifPresent(p -> o.put("price", price(-p.signed())));
    }
    o.put("cOID", ticket.clientOrderId().value());
    o.put("orderType", ticket.orderType() == OrderType.MARKET ? "MKT" : "LMT");
    o.put("tif", ticket.timeInForce().name());
    ObjectNode body = NODES.objectNode();
    body.putArray("orders").add(o);
    return body.toString();
  }

  private void liveOrders(WireMock venue, String scenario, String state, TestOrder order,
      String status, int filled, double averageNet) {
    ArrayNode orders = NODES.arrayNode();
    OrderTicket t = order.ticket();
    ObjectNode o = orders.addObject();
    o.put("acct", accountId);
    o.put("conidex", conidex(t));
    o.put("conid", t.legs().size() == 1 ? conid(t.legs().get(0).contract()) : 28812380L);
    o.put("account", accountId);
    orderId(o, "orderId", order.venueOrderId());
    o.put("cashCcy", "USD");
    o.put("sizeAndFills", filled + "/" + t.quantity());
    o.put("orderDesc", "Bought " + t.quantity() + " combo Limit, Day");
    o.put("description1", t.underlying().symbol());
    o.put("ticker", t.underlying().symbol());
    o.put("secType", t.legs().size() == 1 ? "OPT" : "BAG");
    o.put("remainingQuantity", (double) (t.quantity() - filled));
    o.put("filledQuantity", (double) filled);
    o.put("totalSize", (double) t.quantity());
    o.put("status", status);
    o.put("order_ccp_status", status);
    o.put("avgPrice", filled == 0 ? "" : plain(comboPrice(t, averageNet)));
    o.put("orderType", t.orderType() == OrderType.MARKET ? "Market" : "Limit");
    o.put("timeInForce", t.timeInForce().name());
    o.put("price", t.limitPrice().map(p -> plain(t.legs().size() == 1 ? p.amount() : -p.signed()))
        .orElse(""));
    o.put("side", t.legs().size() == 1 ? t.legs().get(0).side().name() : "BUY");
    o.put("order_ref", t.clientOrderId().value());
    o.put("lastExecutionTime_r", 1_775_086_847_000L);
    MappingBuilder stub = get(urlPathEqualTo(API + "/iserver/account/orders"));
    if (scenario != null) {
      stub = stub.inScenario(scenario).whenScenarioStateIs(state);
    }
    venue.register(stub.willReturn(json(liveOrdersBody(orders))));
  }

  private static ObjectNode liveOrdersBody(ArrayNode orders) {
    ObjectNode body = NODES.objectNode();
    body.set("orders", orders);
    body.put("snapshot", true);
    return body;
  }

  private ObjectNode statusDetail(TestOrder order, String status, int filled, double averageNet) {
    OrderTicket t = order.ticket();
    return orderId(NODES.objectNode(), "order_id", order.venueOrderId())
        .put("conidex", conidex(t)).put("side", t.legs().size() == 1 ? t.legs().get(0).side().name() : "BUY")
        .put("order_status", status).put("total_size", String.valueOf((double) t.quantity()))
        .put("filled_quantity", String.valueOf((double) filled))
        .put("avg_fill_price", filled == 0 ? "0.0" : plain(comboPrice(t, averageNet)));
  }

  private static ArrayNode question(String replyId) {
    ArrayNode answer = NODES.arrayNode();
    ObjectNode q = answer.addObject();
    q.put("id", replyId);
    q.putArray("message").add("You are submitting an order without market data. We strongly"
        + " recommend against this as it may result in erroneous and unexpected trades.\nAre you"
        + " sure you want to submit this order?");
    q.put("isSuppressed", false);
    q.putArray("messageIds").add("o354");
    q.putArray("messageOptions").add("Yes").add("No");
    return answer;
  }

  static ArrayNode submitted(String orderId, String status) {
    ArrayNode answer = NODES.arrayNode();
    answer.addObject().put("order_id", orderId).put("order_status", status)
        .put("encrypt_message", "1");
    return answer;
  }

  /** The price IBKR prints for an execution of the ticket at a positive net price. */
  private static double comboPrice(OrderTicket t, double netPrice) {
    boolean credit = t.limitPrice().map(p -> p.signed() >= 0).orElse(true);
    if (t.legs().size() == 1) {
      return netPrice;
    }
    return credit ? -netPrice : netPrice;
  }

  /** A stable fake conid per contract. */
  static long conid(OptionContract c) {
    return 600_000_000L + Math.floorMod(c.occSymbol().hashCode(), 99_000_000);
  }

  static String conidex(OrderTicket t) {
    if (t.legs().size() == 1) {
      return String.valueOf(conid(t.legs().get(0).contract()));
    }
    StringBuilder s = new StringBuilder("28812380;;;");
    for (int i = 0; i < t.legs().size(); i++) {
      Leg leg = t.legs().get(i);
      s.append(i == 0 ? "" : ",").append(conid(leg.contract())).append('/')
          .append(leg.side() == Side.BUY ? leg.ratio() : -leg.ratio());
    }
    return s.toString();
  }

  /** IBKR's position description, with the OCC symbol in brackets. */
  static String description(OptionContract c) {
    return c.underlying().symbol() + "    " + month(c) + " " + IbkrContracts.plain(c.strike()) + " "
        + (c.isCall() ? "C" : "P") + " [" + c.occSymbol() + " 100]";
  }

  static String month(OptionContract c) {
    return c.expiry().format(MONTH).toUpperCase(Locale.ROOT);
  }

  private static String scenario(TestOrder order) {
    return "order-" + order.ticket().clientOrderId().value();
  }

  private static ObjectNode value(double amount, String text) {
    return NODES.objectNode().put("amount", amount).put("currency", text == null ? "USD" : null)
        .put("isNull", false).put("timestamp", 1_775_169_606L)
        .put("value", text == null ? plain(amount) : text).put("severity", 0);
  }

  private static BigDecimal price(double value) {
    BigDecimal p = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return p.scale() < 0 ? p.setScale(0) : p;
  }

  private static String plain(double value) {
    return price(value).toPlainString();
  }

  /** IBKR order ids are numbers; a venue order id of other characters is kept as text. */
  private static ObjectNode orderId(ObjectNode node, String field, String venueOrderId) {
    if (venueOrderId.matches("\\d{1,18}")) {
      node.put(field, Long.parseLong(venueOrderId));
    } else {
      node.put(field, venueOrderId);
    }
    return node;
  }

  private static ResponseDefinitionBuilder json(Object body) {
    try {
      return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
          .withBody(JSON.writeValueAsString(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
