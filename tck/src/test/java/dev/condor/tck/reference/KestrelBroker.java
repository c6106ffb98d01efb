package dev.condor.tck.reference;

import dev.condor.api.broker.Broker;
import dev.condor.api.error.BrokerException;
import dev.condor.api.error.BrokerException.Kind;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderPreview;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.OrderType;
import dev.condor.api.order.PriceEffect;
import dev.condor.api.plugin.Secret;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.ContractPosition;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** The reference plugin's broker: Kestrel's REST API over the JDK HttpClient, never blocking. */
final class KestrelBroker implements Broker {

  private static final String VENUE = KestrelBrokerProvider.ID;

  private final KestrelConfig config;
  private final Secret password;
  private final Set<Flaw> flaws;
  private final HttpClient http;
  private final AtomicReference<CompletableFuture<String>> session = new AtomicReference<>();
  private final AtomicInteger fillCalls = new AtomicInteger();

  KestrelBroker(KestrelConfig config, Secret password, Set<Flaw> flaws) {
    this.config = config;
    this.password = password;
    this.flaws = flaws;
    this.http = HttpClient.newBuilder().connectTimeout(config.requestTimeout()).build();
  }

  // --- the Broker SPI ---------------------------------------------------------------------------

  @Override
  public CompletionStage<Account> account() {
    String op = "GET /accounts/{account}";
    if (flaws.contains(Flaw.UNTYPED_MALFORMED)) {
      return call("GET", accountPath(), null, false).thenApply(json -> {
        if (!(json instanceof Map) || !((Map<?, ?>) json).containsKey("cash")) {
          throw new IllegalStateException("could not read the account");
        }
        return Account.builder().accountId(config.accountNumber()).cash(0).netLiquidation(0)
            .buyingPower(0).time(Instant.now()).build();
      });
    }
    return call("GET", accountPath(), null, false).thenApply(json -> map(op, () -> {
      Map<String, Object> a = object(json, op, "body");
      return Account.builder()
          .accountId(text(a, "accountNumber", op))
          .cash(number(a, "cash", op))
          .netLiquidation(number(a, "netLiq", op))
          .buyingPower(number(a, "optionBuyingPower", op))
          .time(Instant.now())
          .build();
    }));
  }

  @Override
  public CompletionStage<List<ContractPosition>> positions() {
    String op = "GET /accounts/{account}/positions";
    return call("GET", accountPath() + "/positions", null, false).thenApply(json -> map(op, () -> {
      List<ContractPosition> positions = new ArrayList<>();
      for (Object item : list(object(json, op, "body"), "positions", op)) {
        Map<String, Object> p = object(item, op, "positions[]");
        positions.add(ContractPosition.builder()
            .contract(OptionContract.parseOcc(text(p, "symbol", op)))
            .quantity(flaws.contains(Flaw.UNSIGNED_POSITIONS)
                ? Math.abs((int) number(p, "quantity", op)) : (int) number(p, "quantity", op))
            .averagePrice(number(p, "averagePrice", op))
            .build());
      }
      return positions;
    }));
  }

  @Override
  public CompletionStage<OrderPreview> preview(OrderTicket ticket) {
    String op = "POST /accounts/{account}/orders/dry-run";
    return call("POST", accountPath() + "/orders/dry-run", orderBody(ticket), false)
        .thenApply(json -> map(op, () -> {
          Map<String, Object> p = object(json, op, "body");
          OrderPreview.Builder b = OrderPreview.builder()
              .clientOrderId(ticket.clientOrderId())
              .buyingPowerEffect(number(p, "buyingPowerEffect", op))
              .estimatedCommission(number(p, "fees", op));
          for (Object w : list(p, "warnings", op)) {
            b.addWarnings(String.valueOf(w));
          }
          return b.build();
        }));
  }

  @Override
  public CompletionStage<OrderState> replace(ClientOrderId id, NetPrice newLimit) {
    String op = "PUT /accounts/{account}/orders/{orderId}";
    return order(id).thenCompose(found -> {
      if (found.isEmpty() || found.get().brokerOrderId().isEmpty()) {
        return CompletableFuture.failedFuture(BrokerException.of(Kind.NOT_FOUND, VENUE)
            .operation("replace " + id).venueMessage("no such order at the venue").build());
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("limit", String.format(Locale.ROOT, "%.2f", newLimit.amount()));
      body.put("effect", newLimit.effect().name().toLowerCase(Locale.ROOT));
      return call("PUT", accountPath() + "/orders/" + encode(found.get().brokerOrderId().get()),
          body, false).thenApply(json -> map(op, () -> state(object(json, op, "body"), op)));
    });
  }

  @Override
  public CompletionStage<OrderState> place(OrderTicket ticket) {
    String op = "POST /accounts/{account}/orders";
    Map<String, Object> body = orderBody(ticket);
    CompletableFuture<OrderState> placed = call("POST", accountPath() + "/orders", body, true)
        .thenApply(json -> map(op, () -> state(object(json, op, "body"), op)));
    if (flaws.contains(Flaw.BLOCKS_CALLER)) {
      try {
        return CompletableFuture.completedFuture(placed.join());
      } catch (CompletionException e) {
        return CompletableFuture.failedFuture(e.getCause());
      }
    }
    if (!flaws.contains(Flaw.SWALLOWS_REJECTS)) {
      return placed;
    }
    return placed.exceptionally(err -> {
      Throwable cause = err instanceof CompletionException ? err.getCause() : err;
      if (cause instanceof BrokerException && ((BrokerException) cause).kind() == Kind.REJECTED) {
        return OrderState.builder().clientOrderId(ticket.clientOrderId())
            .status(OrderStatus.REJECTED).quantity(ticket.quantity()).updatedAt(Instant.now())
            .build();
      }
      throw err instanceof CompletionException ? (CompletionException) err
          : new CompletionException(err);
    });
  }

  private Map<String, Object> orderBody(OrderTicket ticket) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("clientId", ticket.clientOrderId().value());
    body.put("quantity", ticket.quantity());
    if (ticket.orderType() == OrderType.LIMIT) {
      NetPrice limit = ticket.limitPrice().orElseThrow();
      body.put("type", "limit");
      body.put("limit", String.format(Locale.ROOT, "%.2f", limit.amount()));
      PriceEffect effect = flaws.contains(Flaw.FLIPS_PRICE_EFFECT)
          ? (limit.effect() == PriceEffect.CREDIT ? PriceEffect.DEBIT : PriceEffect.CREDIT)
          : limit.effect();
      body.put("effect", effect.name().toLowerCase(Locale.ROOT));
    } else {
      body.put("type", "market");
    }
    body.put("tif", ticket.timeInForce().name().toLowerCase(Locale.ROOT));
    List<Object> legs = new ArrayList<>();
    for (Leg leg : ticket.legs()) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("symbol", leg.contract().occSymbol());
      l.put("side", leg.side().name().toLowerCase(Locale.ROOT));
      l.put("ratio", leg.ratio());
      legs.add(l);
    }
    body.put("legs", legs);
    return body;
  }

  @Override
  public CompletionStage<Optional<OrderState>> order(ClientOrderId id) {
    String op = "GET /accounts/{account}/orders?clientId";
    return call("GET", accountPath() + "/orders?clientId=" + encode(id.value()), null, false)
        .thenApply(json -> map(op, () -> {
          for (Object item : list(object(json, op, "body"), "orders", op)) {
            OrderState s = state(object(item, op, "orders[]"), op);
            if (s.clientOrderId().equals(id) && !flaws.contains(Flaw.FORGETS_CLIENT_ID)) {
              return Optional.of(s);
            }
          }
          return Optional.<OrderState>empty();
        }));
  }

  @Override
  public CompletionStage<List<OrderState>> openOrders() {
    String op = "GET /accounts/{account}/orders?status=working";
    return call("GET", accountPath() + "/orders?status=working", null, false)
        .thenApply(json -> map(op, () -> {
          List<OrderState> states = new ArrayList<>();
          for (Object item : list(object(json, op, "body"), "orders", op)) {
            states.add(state(object(item, op, "orders[]"), op));
          }
          return states;
        }));
  }

  @Override
  public CompletionStage<OrderState> cancel(ClientOrderId id) {
    String op = "DELETE /accounts/{account}/orders/{orderId}";
    return order(id).thenCompose(found -> {
      if (found.isEmpty() || found.get().brokerOrderId().isEmpty()) {
        return CompletableFuture.failedFuture(BrokerException.of(Kind.NOT_FOUND, VENUE)
            .operation("cancel " + id).venueMessage("no such order at the venue").build());
      }
      String orderId = found.get().brokerOrderId().get();
      return call("DELETE", accountPath() + "/orders/" + encode(orderId), null, false)
          .thenApply(json -> map(op, () -> state(object(json, op, "body"), op)));
    });
  }

  @Override
  public CompletionStage<List<Fill>> fills(ClientOrderId id) {
    String op = "GET /accounts/{account}/fills?clientId";
    int round = fillCalls.incrementAndGet();
    return call("GET", accountPath() + "/fills?clientId=" + encode(id.value()), null, false)
        .thenApply(json -> map(op, () -> {
          List<Fill> fills = new ArrayList<>();
          for (Object item : list(object(json, op, "body"), "fills", op)) {
            Map<String, Object> f = object(item, op, "fills[]");
            String fillId = text(f, "id", op);
            if (flaws.contains(Flaw.BOOKS_FILLS_TWICE)) {
              fillId = fillId + "#" + round;
            }
            fills.add(Fill.builder()
                .fillId(fillId)
                .clientOrderId(id)
                .quantity((int) number(f, "quantity", op))
                .price(price(number(f, "price", op), text(f, "effect", op), op))
                .time(Instant.parse(text(f, "time", op)))
                .build());
          }
          return fills;
        }));
  }

  @Override
  public String venue() {
    return VENUE;
  }

  @Override
  public void close() {
    session.set(null);
  }

  @Override
  public String toString() {
    return "KestrelBroker[" + config.baseUrl() + "]";
  }

  // --- HTTP, session, errors --------------------------------------------------------------------

  private String accountPath() {
    return "/accounts/" + encode(config.accountNumber());
  }

  private CompletableFuture<String> session() {
    CompletableFuture<String> current = session.get();
    if (current == null || current.isCompletedExceptionally()) {
      return login();
    }
    return current;
  }

  private CompletableFuture<String> login() {
    String op = "POST /auth/session";
    CompletableFuture<String> result = new CompletableFuture<>();
    session.set(result);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", config.username());
    body.put("password", password.reveal());
    HttpRequest request = HttpRequest.newBuilder(config.baseUrl().resolve("/auth/session"))
        .timeout(config.requestTimeout())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
        .build();
    http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((resp, err) -> {
      if (err != null) {
        result.completeExceptionally(transport(op, err));
      } else if (resp.statusCode() != 200) {
        result.completeExceptionally(authenticationFailure(op, resp));
      } else {
        try {
          result.complete(map(op, () -> text(object(parse(op, resp.body()), op, "body"), "token", op)));
        } catch (RuntimeException e) {
          result.completeExceptionally(e);
        }
      }
    });
    return result;
  }

  private CompletableFuture<Object> call(String method, String path, Object body,
      boolean placement) {
    String op = method + " " + path.replace(accountPath(), "/accounts/{account}").replaceAll("\\?.*", "");
    return session().thenCompose(token -> attempt(op, method, path, body, placement, token, 0, 0));
  }

  private CompletableFuture<Object> attempt(String op, String method, String path, Object body,
      boolean placement, String token, int renewals, int retries) {
    HttpRequest.Builder b = HttpRequest.newBuilder(config.baseUrl().resolve(path))
        .timeout(config.requestTimeout())
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json");
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)));
    }
    return http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString())
        .handle((resp, err) -> {
          if (err != null) {
            BrokerException e = transport(op, err);
            if (placement && e.kind() == Kind.TIMEOUT && retries == 0
                && flaws.contains(Flaw.RESENDS_ON_TIMEOUT)) {
              return attempt(op, method, path, body, placement, token, renewals, retries + 1);
            }
            return CompletableFuture.<Object>failedFuture(e);
          }
          return answer(op, method, path, body, placement, token, renewals, retries, resp);
        })
        .thenCompose(Function.identity());
  }

  private CompletableFuture<Object> answer(String op, String method, String path, Object body,
      boolean placement, String token, int renewals, int retries, HttpResponse<String> resp) {
    int status = resp.statusCode();
    if (status == 401) {
      int allowed = flaws.contains(Flaw.LOOPS_ON_EXPIRY) ? 10 : 1;
      if (renewals < allowed) {
        return login().thenCompose(
            fresh -> attempt(op, method, path, body, placement, fresh, renewals + 1, retries));
      }
      return CompletableFuture.failedFuture(authenticationFailure(op, resp));
    }
    if (status == 429) {
      Optional<Duration> wait = retryAfter(resp);
      if (retries == 0 && flaws.contains(Flaw.IGNORES_RETRY_AFTER)) {
        return attempt(op, method, path, body, placement, token, renewals, retries + 1);
      }
      if (retries == 0 && wait.isPresent() && wait.get().compareTo(config.maxRetryAfter()) <= 0) {
        return CompletableFuture.supplyAsync(() -> token,
                CompletableFuture.delayedExecutor(wait.get().toMillis(), TimeUnit.MILLISECONDS))
            .thenCompose(t -> attempt(op, method, path, body, placement, t, renewals, retries + 1));
      }
      BrokerException.Builder e = BrokerException.of(Kind.RATE_LIMITED, VENUE).operation(op);
      wait.ifPresent(e::retryAfter);
      return CompletableFuture.failedFuture(e.build());
    }
    if (status >= 500 && placement && retries == 0 && flaws.contains(Flaw.RESENDS_ON_5XX)) {
      return attempt(op, method, path, body, placement, token, renewals, retries + 1);
    }
    if (status >= 400) {
      Kind kind = status >= 500 ? Kind.UNAVAILABLE : status == 404 ? Kind.NOT_FOUND : Kind.REJECTED;
      BrokerException.Builder e = BrokerException.of(kind, VENUE).operation(op + " -> " + status);
      venueError(resp.body()).ifPresent(error -> {
        Object code = error.get("code");
        Object message = error.get("message");
        if (code != null) {
          e.venueCode(String.valueOf(code));
        }
        if (message != null) {
          e.venueMessage(String.valueOf(message));
        }
      });
      return CompletableFuture.failedFuture(e.build());
    }
    try {
      return CompletableFuture.completedFuture(
          resp.body() == null || resp.body().isBlank() ? Map.of() : parse(op, resp.body()));
    } catch (BrokerException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private BrokerException authenticationFailure(String op, HttpResponse<String> resp) {
    BrokerException.Builder e = BrokerException.of(Kind.AUTHENTICATION, VENUE)
        .operation(op + " -> " + resp.statusCode());
    venueError(resp.body()).map(m -> m.get("code")).ifPresent(c -> e.venueCode(String.valueOf(c)));
    if (flaws.contains(Flaw.LEAKS_SECRET)) {
      e.venueMessage("session refused for " + config.username() + " with password "
          + password.reveal());
    } else {
      e.venueMessage("session refused for " + config.username() + " after one renewal");
    }
    return e.build();
  }

  private static BrokerException transport(String op, Throwable err) {
    Throwable cause = err instanceof CompletionException && err.getCause() != null
        ? err.getCause() : err;
    Kind kind = cause instanceof HttpTimeoutException ? Kind.TIMEOUT : Kind.UNAVAILABLE;
    if (cause instanceof BrokerException) {
      return (BrokerException) cause;
    }
    return BrokerException.of(kind, VENUE).operation(op).cause(cause).build();
  }

  private static Optional<Duration> retryAfter(HttpResponse<String> resp) {
    return resp.headers().firstValue("Retry-After").flatMap(v -> {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(v.trim())));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }

  @SuppressWarnings("unchecked")
  private static Optional<Map<String, Object>> venueError(String body) {
    try {
      Object json = Json.parse(body);
      if (json instanceof Map && ((Map<String, Object>) json).get("error") instanceof Map) {
        return Optional.of((Map<String, Object>) ((Map<String, Object>) json).get("error"));
      }
    } catch (IllegalArgumentException e) {
      // an error page that is not JSON: the status code alone says what happened
    }
    return Optional.empty();
  }

  // --- wire mapping ------------------------------------------------------------------------------

  private static Object parse(String op, String body) {
    try {
      return Json.parse(body);
    } catch (IllegalArgumentException e) {
      throw malformed(op, "body", e);
    }
  }

  private interface Mapping<T> {
    T map();
  }

  /** Runs a mapping; a value the API refuses becomes a malformed-response error. */
  private static <T> T map(String op, Mapping<T> mapping) {
    try {
      return mapping.map();
    } catch (BrokerException e) {
      throw e;
    } catch (InvalidValueException e) {
      throw malformed(op, e.field(), e);
    } catch (RuntimeException e) {
      throw malformed(op, "body", e);
    }
  }

  private static BrokerException malformed(String op, String field, Throwable cause) {
    return BrokerException.of(Kind.MALFORMED_RESPONSE, VENUE)
        .operation(op + ", field \"" + field + "\"").cause(cause).build();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object json, String op, String field) {
    if (!(json instanceof Map)) {
      throw malformed(op, field, new InvalidValueException(field, json, "must be a JSON object"));
    }
    return (Map<String, Object>) json;
  }

  private static List<?> list(Map<String, Object> json, String field, String op) {
    Object v = json.get(field);
    if (!(v instanceof List)) {
      throw malformed(op, field, new InvalidValueException(field, v, "must be a JSON array"));
    }
    return (List<?>) v;
  }

  private static String text(Map<String, Object> json, String field, String op) {
    Object v = json.get(field);
    if (!(v instanceof String) || ((String) v).isBlank()) {
      throw malformed(op, field, new InvalidValueException(field, v, "must be a text"));
    }
    return (String) v;
  }

  private static double number(Map<String, Object> json, String field, String op) {
    Object v = json.get(field);
    try {
      if (v instanceof Number) {
        return ((Number) v).doubleValue();
      }
      if (v instanceof String) {
        return Double.parseDouble((String) v);
      }
    } catch (NumberFormatException e) {
      // falls through to the error naming the field
    }
    throw malformed(op, field, new InvalidValueException(field, v, "must be a number"));
  }

  private static NetPrice price(double amount, String effect, String op) {
    switch (effect) {
      case "credit":
        return NetPrice.credit(amount);
      case "debit":
        return NetPrice.debit(amount);
      default:
        throw malformed(op, "effect", new InvalidValueException("effect", effect,
            "must be credit or debit"));
    }
  }

  private static OrderState state(Map<String, Object> o, String op) {
    int quantity = (int) number(o, "quantity", op);
    int filled = o.containsKey("filled") ? (int) number(o, "filled", op) : 0;
    OrderState.Builder b = OrderState.builder()
        .clientOrderId(ClientOrderId.of(text(o, "clientId", op)))
        .brokerOrderId(text(o, "orderId", op))
        .status(status(text(o, "status", op), op))
        .quantity(quantity)
        .filledQuantity(filled)
        .updatedAt(Instant.now());
    if (filled > 0) {
      b.averageFillPrice(price(number(o, "avgFillPrice", op), text(o, "effect", op), op));
    }
    if (o.get("reason") instanceof String) {
      b.message((String) o.get("reason"));
    }
    return b.build();
  }

  private static OrderStatus status(String venueStatus, String op) {
    switch (venueStatus) {
      case "received":
        return OrderStatus.PENDING_NEW;
      case "working":
        return OrderStatus.WORKING;
      case "partially_filled":
        return OrderStatus.PARTIALLY_FILLED;
      case "cancel_requested":
        return OrderStatus.PENDING_CANCEL;
      case "filled":
        return OrderStatus.FILLED;
      case "cancelled":
        return OrderStatus.CANCELLED;
      case "rejected":
        return OrderStatus.REJECTED;
      case "expired":
        return OrderStatus.EXPIRED;
      default:
        throw malformed(op, "status", new InvalidValueException("status", venueStatus,
            "must be a Kestrel order status"));
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
