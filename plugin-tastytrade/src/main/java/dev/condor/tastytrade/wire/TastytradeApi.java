package dev.condor.tastytrade.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.condor.api.error.BrokerException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.instrument.UnderlyingKind;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderPreview;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.ContractPosition;
import dev.condor.api.plugin.Secret;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * tastytrade's REST endpoints as blocking calls that answer Condor's API values; the broker adapter
 * runs them on its worker threads. Internal to the plugin (its package is not exported).
 *
 * <p>Client order ids: every order is sent with the caller's {@link ClientOrderId} as tastytrade's
 * {@code external-identifier} (echoed on the order), and the venue id it gets is recorded in an
 * owner-only file once the answer arrives. {@link #order} looks in that map first, then among the
 * account's orders of the day ({@code GET /accounts/{account}/orders/live}), then among its orders
 * of the last week (paged search), for the identifier, so an order whose placement answer was lost
 * (timeout, 5xx) is found without a second placement.
 */
public final class TastytradeApi implements AutoCloseable {

  private static final Set<String> ENDED =
      Set.of("filled", "cancelled", "expired", "rejected", "removed", "partially removed");

  private static final String BY_TYPE = "GET /market-data/by-type";
  private static final int MARKET_DATA_LIMIT = 100;
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final int SEARCH_DAYS = 7;
  private static final int SEARCH_PAGES = 5;
  private static final int SEARCH_PAGE_SIZE = 100;

  private final VenueSession session;
  private final OrderBook book;
  private final ObjectMapper json;
  private final WireMapper mapper = WireMapper.INSTANCE;

  private TastytradeApi(VenueSession session, OrderBook book, ObjectMapper json) {
    this.session = session;
    this.book = book;
    this.json = json;
  }

  /**
   * A connection to the venue at {@code baseUrl}.
   *
   * @param tokenFile where the access token is kept between runs (owner-only), or null
   * @param orderIdFile where client order ids map to venue ids (owner-only), or null
   * @param clientId the OAuth client id, or null (the venue does not need it)
   * @param rateLimitWait the longest a 429 is waited out before it is reported
   */
  public static TastytradeApi connect(URI baseUrl, Duration timeout, String userAgent,
      Path tokenFile, Path orderIdFile, Secret clientSecret, Secret refreshToken, Secret clientId,
      Duration rateLimitWait) {
    ObjectMapper json = new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    VenueSession session = new VenueSession(http, json, baseUrl, timeout, userAgent, tokenFile,
        clientSecret, refreshToken, clientId, rateLimitWait, d -> Thread.sleep(d.toMillis()));
    return new TastytradeApi(session, new OrderBook(orderIdFile, json), json);
  }

  /** The account numbers the login may trade ({@code GET /customers/me/accounts}). */
  public List<String> accountNumbers() {
    String op = "GET /customers/me/accounts";
    List<Wire.AccountHolder> holders = items(op, session.send("GET", op, "/customers/me/accounts",
        null), Wire.AccountHolder.class);
    return map(op, () -> {
      List<String> numbers = new ArrayList<>();
      for (Wire.AccountHolder h : holders) {
        numbers.add(h.account().accountNumber());
      }
      return numbers;
    });
  }

  /** Cash, net liquidating value and derivative buying power ({@code GET .../balances}). */
  public Account account(String account) {
    String op = "GET /accounts/{account}/balances";
    Wire.Balance b = convert(op, session.send("GET", op, accountPath(account) + "/balances", null),
        Wire.Balance.class);
    return map(op, () -> mapper.account(b));
  }

  /** The option positions, short ones negative ({@code GET .../positions}). */
  public List<ContractPosition> positions(String account) {
    String op = "GET /accounts/{account}/positions";
    List<Wire.Position> positions = items(op,
        session.send("GET", op, accountPath(account) + "/positions", null), Wire.Position.class);
    return map(op, () -> {
      List<ContractPosition> out = new ArrayList<>();
      for (Wire.Position p : positions) {
        ContractPosition c = mapper.position(p);
        if (c != null) {
          out.add(c);
        }
      }
      return out;
    });
  }

  /** A dry run: buying-power effect, fees and warnings, nothing placed. */
  public OrderPreview preview(String account, OrderTicket ticket) {
    String op = "POST /accounts/{account}/orders/dry-run";
    Wire.NewOrder body = body(op, ticket);
    Wire.PlacedOrder dryRun = convert(op,
        session.send("POST", op, accountPath(account) + "/orders/dry-run", body),
        Wire.PlacedOrder.class);
    return map(op, () -> mapper.preview(dryRun, ticket.clientOrderId()));
  }

  /**
   * Places the ticket once. A ticket whose client order id this plugin already placed is not sent
   * again: its order's state is answered instead.
   */
  public OrderState place(String account, OrderTicket ticket) {
    ClientOrderId id = ticket.clientOrderId();
    Optional<String> known = book.venueId(account, id.value());
    if (known.isPresent()) {
      return mapState("GET /accounts/{account}/orders/{id}", orderById(account, known.get()), id);
    }
    String op = "POST /accounts/{account}/orders";
    Wire.NewOrder body = body(op, ticket);
    JsonNode data = session.send("POST", op, accountPath(account) + "/orders", body);
    Wire.Order placed;
    try {
      placed = json.treeToValue(data, Wire.PlacedOrder.class).order();
      if (placed == null || placed.id() == null) {
        throw new IllegalStateException("no order id");
      }
    } catch (JsonProcessingException | RuntimeException e) {
      // the venue took the order (2xx) but its answer cannot be read: find it, or say unknown
      Optional<Wire.Order> found = findLive(account, id);
      if (found.isEmpty()) {
        throw BrokerException.of(BrokerException.Kind.UNAVAILABLE, VenueSession.VENUE)
            .operation(op)
            .venueMessage("the venue accepted the order but its answer could not be read, and the"
                + " order is not yet among the live orders; look it up before any retry")
            .cause(e).build();
      }
      placed = found.get();
    }
    book.record(account, id.value(), placed.id());
    return mapState(op, placed, id);
  }

  /** The order with this client order id, if the venue has it. */
  public Optional<OrderState> order(String account, ClientOrderId id) {
    return find(account, id).map(o -> mapState("GET /accounts/{account}/orders/live", o, id));
  }

  /** Working orders, whoever placed them ({@code GET .../orders/live}, ended ones left out). */
  public List<OrderState> openOrders(String account) {
    String op = "GET /accounts/{account}/orders/live";
    List<Wire.Order> orders = liveOrders(account);
    List<OrderState> open = new ArrayList<>();
    for (Wire.Order o : orders) {
      if (o.status() != null && !ENDED.contains(o.status().toLowerCase(Locale.ROOT))) {
        open.add(mapState(op, o, clientIdOf(o)));
      }
    }
    return open;
  }

  /** Requests cancellation ({@code DELETE .../orders/{id}}); an ended order is left as it is. */
  public OrderState cancel(String account, ClientOrderId id) {
    Wire.Order o = require(account, id);
    if (ENDED.contains(o.status().toLowerCase(Locale.ROOT))) {
      return mapState("GET /accounts/{account}/orders/{id}", o, id);
    }
    String op = "DELETE /accounts/{account}/orders/{id}";
    JsonNode data = session.send("DELETE", op, accountPath(account) + "/orders/" + seg(o.id()), null);
    Wire.Order after = data.isObject() && data.has("status") ? convert(op, data, Wire.Order.class)
        : orderById(account, o.id());
    return mapState(op, after, id);
  }

  /** Replaces a working order's limit ({@code PUT .../orders/{id}}); the new venue id is kept. */
  public OrderState replace(String account, ClientOrderId id, NetPrice limit) {
    Wire.Order o = require(account, id);
    String op = "PUT /accounts/{account}/orders/{id}";
    Wire.NewOrder body;
    try {
      body = mapper.replacement(o, limit, id);
    } catch (ArithmeticException e) {
      throw notInCents(op, limit.amount());
    }
    JsonNode data = session.send("PUT", op, accountPath(account) + "/orders/" + seg(o.id()), body);
    Wire.Order replaced = data.isObject() && data.has("order")
        ? convert(op, data.get("order"), Wire.Order.class) : convert(op, data, Wire.Order.class);
    if (replaced.id() != null) {
      book.record(account, id.value(), replaced.id());
    }
    return mapState(op, replaced, id);
  }

  /** Every combo execution of the order so far, oldest first. */
  public List<Fill> fills(String account, ClientOrderId id) {
    Wire.Order o = require(account, id);
    return map("GET /accounts/{account}/orders/{id}", () -> mapper.fills(o, id));
  }

  /**
   * Every option of an underlying, from {@code GET /option-chains/{symbol}/nested}: for SPX both
   * the SPX (AM) and SPXW (PM) roots.
   */
  public List<OptionContract> optionChain(String symbol) {
    String op = "GET /option-chains/{symbol}/nested";
    List<Wire.NestedChain> chains = items(op,
        session.send("GET", op, "/option-chains/" + seg(symbol) + "/nested", null),
        Wire.NestedChain.class);
    return map(op, () -> {
      List<OptionContract> all = new ArrayList<>();
      for (Wire.NestedChain c : chains) {
        all.addAll(mapper.contracts(c));
      }
      return all;
    });
  }

  /**
   * Quote snapshots of options ({@code GET /market-data/by-type?equity-option=...}), asked 100
   * symbols at a time (the venue's limit per request), in the venue's order.
   */
  public List<OptionQuote> optionQuotes(List<OptionContract> contracts) {
    List<String> symbols = new ArrayList<>();
    for (OptionContract c : contracts) {
      symbols.add(c.occSymbol());
    }
    List<OptionQuote> quotes = new ArrayList<>();
    for (Wire.MarketQuote q : marketData("equity-option", symbols)) {
      quotes.add(map(BY_TYPE, () -> mapper.optionQuote(q)));
    }
    return quotes;
  }

  /** Quote snapshots of indices such as SPX or VIX1D ({@code GET /market-data/by-type?index=}). */
  public List<Quote> indexQuotes(List<String> symbols) {
    List<Quote> quotes = new ArrayList<>();
    for (Wire.MarketQuote q : marketData("index", symbols)) {
      quotes.add(map(BY_TYPE, () -> mapper.quote(q)));
    }
    return quotes;
  }

  /**
   * A quote snapshot of an underlying: an index ({@code index=}) or an equity or ETF ({@code
   * equity=}).
   */
  public Quote underlyingQuote(Underlying underlying) {
    String type = underlying.kind() == UnderlyingKind.INDEX ? "index" : "equity";
    List<Wire.MarketQuote> found = marketData(type, List.of(underlying.symbol()));
    for (Wire.MarketQuote q : found) {
      if (underlying.symbol().equals(q.symbol())) {
        return map(BY_TYPE, () -> mapper.quote(q));
      }
    }
    throw BrokerException.of(BrokerException.Kind.NOT_FOUND, VenueSession.VENUE).operation(BY_TYPE)
        .venueMessage("no quote for " + type + " " + underlying.symbol()).build();
  }

  private List<Wire.MarketQuote> marketData(String type, List<String> symbols) {
    List<Wire.MarketQuote> all = new ArrayList<>();
    for (int from = 0; from < symbols.size(); from += MARKET_DATA_LIMIT) {
      StringBuilder query = new StringBuilder("/market-data/by-type?").append(type).append('=');
      List<String> chunk = symbols.subList(from, Math.min(symbols.size(), from + MARKET_DATA_LIMIT));
      for (int i = 0; i < chunk.size(); i++) {
        query.append(i == 0 ? "" : ",").append(seg(chunk.get(i)));
      }
      all.addAll(items(BY_TYPE, session.send("GET", BY_TYPE, query.toString(), null),
          Wire.MarketQuote.class));
    }
    return all;
  }

  @Override
  public void close() {
    // the JDK client's threads are daemons and end with it; nothing is held open between calls
  }

  // ---------------------------------------------------------------------------------------------

  private Wire.NewOrder body(String op, OrderTicket ticket) {
    try {
      return mapper.newOrder(ticket);
    } catch (ArithmeticException e) {
      throw notInCents(op, ticket.limitPrice().map(NetPrice::amount).orElse(Double.NaN));
    }
  }

  private static BrokerException notInCents(String op, double amount) {
    return BrokerException.of(BrokerException.Kind.REJECTED, VenueSession.VENUE).operation(op)
        .venueMessage("limit " + amount + " is not in whole cents; nothing was sent").build();
  }

  private Optional<Wire.Order> find(String account, ClientOrderId id) {
    Optional<String> known = book.venueId(account, id.value());
    if (known.isPresent()) {
      try {
        return Optional.of(orderById(account, known.get()));
      } catch (BrokerException e) {
        if (e.kind() != BrokerException.Kind.NOT_FOUND) {
          throw e;
        }
      }
    }
    Optional<Wire.Order> found = findLive(account, id);
    if (found.isEmpty()) {
      found = findRecent(account, id);
    }
    found.ifPresent(o -> book.record(account, id.value(), o.id()));
    return found;
  }

  /**
   * Searches the account's orders of the last week, newest first, page by page ({@code GET
   * .../orders?start-date=...&sort=Desc}), for an order ended before today that the local map does
   * not know (a lost or new state directory).
   */
  private Optional<Wire.Order> findRecent(String account, ClientOrderId id) {
    String op = "GET /accounts/{account}/orders";
    LocalDate since = LocalDate.now(NEW_YORK).minusDays(SEARCH_DAYS);
    for (int page = 0; page < SEARCH_PAGES; page++) {
      JsonNode root = session.sendForEnvelope("GET", op, accountPath(account) + "/orders?start-date="
          + since + "&sort=Desc&per-page=" + SEARCH_PAGE_SIZE + "&page-offset=" + page, null);
      for (Wire.Order o : items(op, root.get("data"), Wire.Order.class)) {
        if (id.value().equals(o.externalIdentifier()) && o.id() != null) {
          return Optional.of(o);
        }
      }
      int pages = root.path("pagination").path("total-pages").asInt(1);
      if (page + 1 >= pages) {
        break;
      }
    }
    return Optional.empty();
  }

  private Wire.Order require(String account, ClientOrderId id) {
    return find(account, id).orElseThrow(() -> BrokerException.of(BrokerException.Kind.NOT_FOUND,
        VenueSession.VENUE).operation("GET /accounts/{account}/orders/live")
        .venueMessage("no order with client order id " + id).build());
  }

  private Optional<Wire.Order> findLive(String account, ClientOrderId id) {
    return liveOrders(account).stream()
        .filter(o -> id.value().equals(o.externalIdentifier()) && o.id() != null)
        .max(Comparator.<Wire.Order, Boolean>comparing(
                o -> o.status() != null && !ENDED.contains(o.status().toLowerCase(Locale.ROOT)))
            .thenComparing(o -> numeric(o.id())));
  }

  private List<Wire.Order> liveOrders(String account) {
    String op = "GET /accounts/{account}/orders/live";
    return items(op, session.send("GET", op, accountPath(account) + "/orders/live", null),
        Wire.Order.class);
  }

  private Wire.Order orderById(String account, String venueId) {
    String op = "GET /accounts/{account}/orders/{id}";
    return convert(op, session.send("GET", op, accountPath(account) + "/orders/" + seg(venueId),
        null), Wire.Order.class);
  }

  private OrderState mapState(String op, Wire.Order o, ClientOrderId id) {
    return map(op, () -> mapper.orderState(o, id));
  }

  private static ClientOrderId clientIdOf(Wire.Order o) {
    String ext = o.externalIdentifier();
    if (ext != null) {
      try {
        return ClientOrderId.of(ext);
      } catch (RuntimeException notOurs) {
        // another program's identifier that Condor's id rules do not allow: use the venue id
      }
    }
    return ClientOrderId.of("tastytrade-" + o.id());
  }

  private static long numeric(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return Long.MIN_VALUE;
    }
  }

  private <T> T convert(String op, JsonNode node, Class<T> type) {
    if (node == null || !node.isObject()) {
      throw VenueSession.malformed(op, "expected an object", null);
    }
    try {
      return json.treeToValue(node, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw VenueSession.malformed(op, "unexpected shape (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private <T> List<T> items(String op, JsonNode data, Class<T> type) {
    JsonNode items = data == null ? null : data.get("items");
    if (items == null || !items.isArray()) {
      throw VenueSession.malformed(op, "the data has no \"items\" list", null);
    }
    List<T> out = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      out.add(convert(op, item, type));
    }
    return out;
  }

  private static <T> T map(String op, Supplier<T> mapping) {
    try {
      return mapping.get();
    } catch (BrokerException e) {
      throw e;
    } catch (RuntimeException e) {
      throw VenueSession.malformed(op, "unexpected content: " + e.getMessage(), e);
    }
  }

  private static String accountPath(String account) {
    return "/accounts/" + seg(account);
  }

  private static String seg(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return "TastytradeApi[" + session + "]";
  }
}
