package dev.condor.ibkr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.condor.api.Experimental;
import dev.condor.api.broker.Broker;
import dev.condor.api.error.BrokerException;
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
import dev.condor.api.order.Side;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.ContractPosition;
import dev.condor.ibkr.IbkrGateway.Call;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * An Interactive Brokers account through the Client Portal / Web API gateway: the {@link Broker}
 * the {@code "ibkr"} provider makes.
 *
 * <p>Before its first trading call it checks the session ({@code POST /iserver/auth/status},
 * {@code POST /iserver/auth/ssodh/init} when the brokerage session is not authenticated) and lists
 * the accounts once ({@code GET /iserver/accounts}, which the gateway requires before orders). From
 * then on it tickles the session every {@link IbkrConfig#tickleInterval()} on a daemon thread until
 * {@link #close()}; {@link #tickle()} does it on demand.
 *
 * <p>Orders carry the caller's {@link ClientOrderId} as IBKR's customer order id ({@code cOID}),
 * which the gateway reports back as {@code order_ref} on live orders and executions: that is how
 * {@link #order(ClientOrderId)} and {@link #fills(ClientOrderId)} find them, even after a restart.
 * A multi-leg ticket is one combo order ({@code conidex} {@code 28812380;;;conid/ratio,...}, the USD
 * spread contract, a positive ratio buying a leg and a negative one selling it) bought at the net
 * limit: positive for a debit, negative for a credit. The gateway's precautionary questions are
 * confirmed ({@code POST /iserver/reply/{id}}), at most {@value #MAX_REPLY_ROUNDS} rounds, for a
 * placement and for a {@linkplain #replace modification} of the limit alike.
 *
 * <p>Blocking HTTP runs on this broker's own daemon threads, never the caller's.
 */
@Experimental(since = "0.1")
public final class IbkrBroker implements Broker {

  /** IBKR's spread contract for US-dollar combos, the head of every combo {@code conidex}. */
  static final long USD_SPREAD_CONID = 28812380L;
  /** How many rounds of order questions are confirmed before the placement is given up. */
  static final int MAX_REPLY_ROUNDS = 8;
  private static final int POSITIONS_PAGE_SIZE = 100;
  private static final int MAX_POSITION_PAGES = 50;
  private static final DateTimeFormatter TRADE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss");

  private final IbkrConfig config;
  private final IbkrGateway gateway;
  private final IbkrContracts contracts;
  private final IbkrMapper mapper = IbkrMapper.INSTANCE;
  private final ExecutorService workers;
  private final ScheduledExecutorService keepAlive;
  private final Object sessionLock = new Object();
  private volatile String accountId;
  private volatile boolean closed;
  /** Orders this broker placed (or tried to): the ticket and, once known, IBKR's order id. */
  private final Map<ClientOrderId, Placed> placed = new ConcurrentHashMap<>();

  private static final class Placed {
    volatile OrderTicket ticket;
    volatile String orderId;

    Placed(OrderTicket ticket) {
      this.ticket = ticket;
    }
  }

  IbkrBroker(IbkrConfig config) {
    this.config = config;
    this.gateway = new IbkrGateway(config);
    this.contracts = new IbkrContracts(gateway);
    this.workers = Executors.newCachedThreadPool(daemon("condor-ibkr-"));
    this.keepAlive = Executors.newSingleThreadScheduledExecutor(daemon("condor-ibkr-tickle-"));
  }

  private static ThreadFactory daemon(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public String venue() {
    return IbkrBrokerProvider.ID;
  }

  // ---------------------------------------------------------------- session

  /**
   * Keeps the gateway session alive ({@code POST /tickle}); the engine may call it, and the broker
   * calls it itself every {@link IbkrConfig#tickleInterval()} once the session is established.
   */
  public CompletionStage<Void> tickle() {
    return async(() -> {
      gateway.call(Call.post("/tickle", null, "POST /tickle"));
      return null;
    });
  }

  /** Checks the session and picks the account, once; returns the account id. */
  private String session() {
    String id = accountId;
    if (id != null) {
      return id;
    }
    synchronized (sessionLock) {
      if (accountId != null) {
        return accountId;
      }
      Wire.AuthStatus status = gateway.call(
          Call.post("/iserver/auth/status", null, "POST /iserver/auth/status"), Wire.AuthStatus.class);
      if (status == null || !Boolean.TRUE.equals(status.authenticated())) {
        status = gateway.call(Call.post("/iserver/auth/ssodh/init", new Wire.SsodhInit(true, true),
            "POST /iserver/auth/ssodh/init"), Wire.AuthStatus.class);
        if (status == null || !Boolean.TRUE.equals(status.authenticated())) {
          throw BrokerException.of(BrokerException.Kind.AUTHENTICATION, venue())
              .operation("POST /iserver/auth/ssodh/init")
              .venueMessage("the gateway's brokerage session is not authenticated: log in to the"
                  + " gateway at " + config.baseUrl().getHost() + " in a browser")
              .build();
        }
      }
      Call listing = Call.get("/iserver/accounts", "GET /iserver/accounts");
      Wire.Accounts accounts = gateway.call(listing, Wire.Accounts.class);
      if (accounts == null || accounts.accounts() == null || accounts.accounts().isEmpty()) {
        throw IbkrGateway.malformed(listing, "no accounts listed", null);
      }
      String chosen = config.accountId().orElse(null);
      if (chosen == null) {
        chosen = accounts.selectedAccount() != null ? accounts.selectedAccount()
            : accounts.accounts().get(0);
      } else if (!accounts.accounts().contains(chosen)) {
        throw BrokerException.of(BrokerException.Kind.AUTHENTICATION, venue())
            .operation(listing.operation())
            .venueMessage("the configured accountId is not among the accounts this login can"
                + " trade")
            .build();
      }
      // the portfolio endpoints answer only after the portfolio accounts were listed once
      gateway.call(Call.get("/portfolio/accounts", "GET /portfolio/accounts"));
      accountId = chosen;
      scheduleTickle();
      return chosen;
    }
  }

  private void scheduleTickle() {
    long period = config.tickleInterval().toMillis();
    if (period <= 0 || closed) {
      return;
    }
    try {
      keepAlive.scheduleWithFixedDelay(() -> {
        try {
          gateway.call(Call.post("/tickle", null, "POST /tickle"));
        } catch (RuntimeException e) {
          // the next trading call renews the session or reports why it cannot
        }
      }, period, period, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException closedMeanwhile) {
      // close() ran while the session was being checked: nothing to keep alive
    }
  }

  // ---------------------------------------------------------------- account

  @Override
  public CompletionStage<Account> account() {
    return async(() -> {
      String account = session();
      Call call = Call.get("/portfolio/" + account + "/summary", "GET /portfolio/{accountId}/summary");
      JsonNode node = gateway.call(call);
      if (!node.isObject()) {
        throw IbkrGateway.malformed(call, "expected the summary object", null);
      }
      Wire.PortfolioSummary summary = gateway.convert(call, node,
          gateway.json().constructType(Wire.PortfolioSummary.class));
      if (missing(summary.netliquidation()) || missing(summary.totalcashvalue())
          || missing(summary.availablefunds())) {
        throw IbkrGateway.malformed(call,
            "netliquidation, totalcashvalue and availablefunds amounts are required", null);
      }
      return mapper.account(account, summary, Instant.now());
    });
  }

  private static boolean missing(Wire.SummaryValue v) {
    return v == null || v.amount() == null || !Double.isFinite(v.amount());
  }

  @Override
  public CompletionStage<List<ContractPosition>> positions() {
    return async(() -> {
      String account = session();
      List<ContractPosition> out = new ArrayList<>();
      for (int page = 0; page < MAX_POSITION_PAGES; page++) {
        Call call = Call.get("/portfolio/" + account + "/positions/" + page,
            "GET /portfolio/{accountId}/positions/{page}");
        List<Wire.Position> rows = gateway.callList(call, Wire.Position.class);
        for (Wire.Position row : rows) {
          position(call, row).ifPresent(out::add);
        }
        if (rows.size() < POSITIONS_PAGE_SIZE) {
          break;
        }
      }
      return List.copyOf(out);
    });
  }

  private Optional<ContractPosition> position(Call call, Wire.Position row) {
    if (row.assetClass() != null && !"OPT".equalsIgnoreCase(row.assetClass())) {
      return Optional.empty();
    }
    double quantity = IbkrMapper.number(row.position(), Double.NaN);
    if (!Double.isFinite(quantity) || row.conid() == null) {
      throw IbkrGateway.malformed(call, "a position without conid or position", null);
    }
    if (Math.round(quantity) == 0) {
      return Optional.empty();
    }
    long conid = (long) IbkrMapper.number(row.conid(), 0);
    OptionContract contract = contracts.contractOf(conid, row.contractDesc());
    double avg = IbkrMapper.number(row.avgPrice(), Double.NaN);
    if (!Double.isFinite(avg)) {
      // avgCost is per contract, multiplier included
      avg = IbkrMapper.number(row.avgCost(), 0) / contract.multiplier();
    }
    ContractPosition.Builder b = ContractPosition.builder();
    b.contract(contract).quantity((int) Math.round(quantity)).averagePrice(Math.abs(avg));
    double mark = IbkrMapper.number(row.mktPrice(), Double.NaN);
    if (Double.isFinite(mark)) {
      b.markPrice(Math.abs(mark));
    }
    return Optional.of(b.build());
  }

  // ---------------------------------------------------------------- orders

  @Override
  public CompletionStage<OrderPreview> preview(OrderTicket ticket) {
    return async(() -> {
      String account = session();
      Wire.OrderTicket wire = ticket(account, ticket, false);
      Call call = Call.post("/iserver/account/" + account + "/orders/whatif",
          new Wire.PlaceOrders(List.of(wire)), "POST /iserver/account/{accountId}/orders/whatif");
      Wire.WhatIf whatIf = gateway.call(call, Wire.WhatIf.class);
      if (whatIf == null || whatIf.initial() == null) {
        throw IbkrGateway.malformed(call, "no initial margin change", null);
      }
      if (whatIf.error() != null && !whatIf.error().isBlank()) {
        throw IbkrGateway.rejected(call, null, whatIf.error());
      }
      double change = IbkrMapper.number(whatIf.initial().change(), Double.NaN);
      if (!Double.isFinite(change)) {
        throw IbkrGateway.malformed(call, "initial.change is not a number", null);
      }
      double commission = whatIf.amount() == null ? 0
          : Math.abs(IbkrMapper.number(whatIf.amount().commission(), 0));
      OrderPreview.Builder b = OrderPreview.builder();
      b.clientOrderId(ticket.clientOrderId()).buyingPowerEffect(change)
          .estimatedCommission(commission);
      if (whatIf.warn() != null && !whatIf.warn().isBlank()) {
        b.addWarnings(whatIf.warn());
      }
      return b.build();
    });
  }

  @Override
  public CompletionStage<OrderState> place(OrderTicket ticket) {
    return async(() -> {
      String account = session();
      Wire.OrderTicket wire = ticket(account, ticket, true);
      Placed record = new Placed(ticket);
      Placed earlier = placed.putIfAbsent(ticket.clientOrderId(), record);
      if (earlier != null) {
        // the engine resends nothing blindly; a second place() with one id is a caller error
        throw BrokerException.of(BrokerException.Kind.REJECTED, venue())
            .operation("place " + ticket.clientOrderId())
            .venueMessage("this broker already sent an order with this client order id; look it"
                + " up with order(id)")
            .build();
      }
      try {
        return submit(account, ticket, wire, record);
      } catch (BrokerException e) {
        if (!e.outcomeUnknown() && e.kind() != BrokerException.Kind.MALFORMED_RESPONSE) {
          // the gateway said no (or never took it): the id may be used again
          placed.remove(ticket.clientOrderId(), record);
        }
        throw e;
      }
    });
  }

  /** Sends the order once and confirms the gateway's questions, a bounded number of rounds. */
  private OrderState submit(String account, OrderTicket ticket, Wire.OrderTicket wire,
      Placed record) {
    Call call = Call.post("/iserver/account/" + account + "/orders",
        new Wire.PlaceOrders(List.of(wire)), "POST /iserver/account/{accountId}/orders");
    Wire.SubmitAnswer done = confirmed(call);
    record.orderId = done.orderId();
    return placedState(ticket, done);
  }

  /**
   * Sends a placement or a modification once, then confirms the gateway's questions ({@code POST
   * /iserver/reply/{replyId}}), at most {@value #MAX_REPLY_ROUNDS} rounds; returns the answer that
   * carries the order id.
   */
  private Wire.SubmitAnswer confirmed(Call call) {
    JsonNode answer = gateway.call(call);
    for (int round = 0; round <= MAX_REPLY_ROUNDS; round++) {
      Wire.SubmitAnswer first = firstAnswer(call, answer);
      if (first.orderId() != null && first.id() == null) {
        return first;
      }
      if (first.error() != null) {
        throw IbkrGateway.rejected(call, null, first.error());
      }
      if (first.id() != null && first.message() != null) {
        if (round == MAX_REPLY_ROUNDS) {
          break;
        }
        call = Call.post("/iserver/reply/" + first.id(), new Wire.Reply(true),
            "POST /iserver/reply/{replyId}");
        answer = gateway.call(call);
        continue;
      }
      if (first.text() != null) {
        throw IbkrGateway.rejected(call, first.messageId(), first.text());
      }
      throw IbkrGateway.malformed(call, "neither an order, a question nor an error", null);
    }
    throw BrokerException.of(BrokerException.Kind.REJECTED, venue())
        .operation("POST /iserver/reply/{replyId}")
        .venueMessage("the gateway still asked for confirmation after " + MAX_REPLY_ROUNDS
            + " rounds; the order was not confirmed")
        .build();
  }

  private Wire.SubmitAnswer firstAnswer(Call call, JsonNode answer) {
    JsonNode first = answer.isArray() ? (answer.size() == 0 ? null : answer.get(0)) : answer;
    if (first == null || !first.isObject()) {
      throw IbkrGateway.malformed(call, "expected an order answer", null);
    }
    return gateway.convert(call, first, gateway.json().constructType(Wire.SubmitAnswer.class));
  }

  private OrderState placedState(OrderTicket ticket, Wire.SubmitAnswer answer) {
    OrderStatus status = IbkrMapper.status(answer.orderStatus(), 0, ticket.quantity());
    if (status == OrderStatus.REJECTED) {
      throw BrokerException.of(BrokerException.Kind.REJECTED, venue())
          .operation("POST /iserver/account/{accountId}/orders")
          .venueMessage("order " + answer.orderId() + " is " + answer.orderStatus()).build();
    }
    if (status.isTerminal() || status == OrderStatus.PARTIALLY_FILLED) {
      Optional<OrderState> seen = find(ticket.clientOrderId());
      if (seen.isPresent()) {
        return seen.get();
      }
      status = OrderStatus.WORKING;
    }
    return OrderState.builder().clientOrderId(ticket.clientOrderId())
        .brokerOrderId(answer.orderId()).status(status).quantity(ticket.quantity())
        .updatedAt(Instant.now()).build();
  }

  /** The gateway's order ticket: one option by {@code conid}, or a combo by {@code conidex}. */
  private Wire.OrderTicket ticket(String account, OrderTicket ticket, boolean withClientId) {
    String cOID = withClientId ? ticket.clientOrderId().value() : null;
    String type = ticket.orderType() == OrderType.MARKET ? "MKT" : "LMT";
    String tif = ticket.timeInForce().name();
    if (ticket.legs().size() == 1) {
      Leg leg = ticket.legs().get(0);
      BigDecimal price = ticket.limitPrice().map(p -> price(p.amount())).orElse(null);
      return new Wire.OrderTicket(account, contracts.conid(leg.contract()), null, cOID, type, price,
          leg.side().name(), tif, ticket.quantity() * leg.ratio());
    }
    StringBuilder conidex = new StringBuilder().append(USD_SPREAD_CONID).append(";;;");
    for (int i = 0; i < ticket.legs().size(); i++) {
      Leg leg = ticket.legs().get(i);
      if (i > 0) {
        conidex.append(',');
      }
      conidex.append(contracts.conid(leg.contract())).append('/')
          .append(leg.side() == Side.BUY ? leg.ratio() : -leg.ratio());
    }
    // buying the combo: a debit is a positive limit, a credit a negative one
    BigDecimal price = ticket.limitPrice().map(p -> price(-p.signed())).orElse(null);
    return new Wire.OrderTicket(account, null, conidex.toString(), cOID, type, price, "BUY", tif,
        ticket.quantity());
  }

  private static BigDecimal price(double value) {
    BigDecimal p = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    return p.scale() < 0 ? p.setScale(0) : p;
  }

  @Override
  public CompletionStage<Optional<OrderState>> order(ClientOrderId id) {
    return async(() -> find(id));
  }

  /** Finds an order by its customer order id among live orders, by its IBKR id, then in trades. */
  private Optional<OrderState> find(ClientOrderId id) {
    session();
    Placed mine = placed.get(id);
    int knownQuantity = mine == null ? 1 : mine.ticket.quantity();
    for (Wire.LiveOrder o : liveOrders()) {
      boolean byRef = id.value().equals(o.orderRef());
      boolean byId = mine != null && mine.orderId != null && mine.orderId.equals(o.orderId());
      if (byRef || byId) {
        if (mine != null && mine.orderId == null) {
          mine.orderId = o.orderId();
        }
        return Optional.of(mapper.orderState(id, o, knownQuantity));
      }
    }
    if (mine != null && mine.orderId != null) {
      Call call = Call.get("/iserver/account/order/status/" + mine.orderId,
          "GET /iserver/account/order/status/{orderId}");
      try {
        Wire.OrderStatusDetail detail = gateway.call(call, Wire.OrderStatusDetail.class);
        if (detail != null && detail.orderStatus() != null) {
          return Optional.of(mapper.orderState(id, detail, knownQuantity));
        }
      } catch (BrokerException e) {
        if (e.kind() != BrokerException.Kind.NOT_FOUND && e.kind() != BrokerException.Kind.REJECTED) {
          throw e;
        }
      }
    }
    // an order of an earlier session that filled: its executions still carry the reference
    List<Fill> fills = fillsOf(id, mine);
    if (!fills.isEmpty()) {
      int filled = fills.stream().mapToInt(Fill::quantity).sum();
      int quantity = Math.max(filled, mine == null ? filled : mine.ticket.quantity());
      double cash = fills.stream().mapToDouble(f -> f.price().signed() * f.quantity()).sum();
      OrderState.Builder b = OrderState.builder();
      b.clientOrderId(id).status(filled >= quantity ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED)
          .quantity(quantity).filledQuantity(filled)
          .averageFillPrice(dev.condor.api.order.NetPrice.ofSigned(cash / filled))
          .updatedAt(fills.get(fills.size() - 1).time());
      fills.get(0).brokerOrderId().ifPresent(b::brokerOrderId);
      return Optional.of(b.build());
    }
    return Optional.empty();
  }

  private List<Wire.LiveOrder> liveOrders() {
    Call call = Call.get("/iserver/account/orders", "GET /iserver/account/orders");
    Wire.LiveOrders live = gateway.call(call, Wire.LiveOrders.class);
    if (live != null && (live.orders() == null || live.orders().isEmpty())
        && !Boolean.TRUE.equals(live.snapshot())) {
      // the gateway builds its order snapshot on the first request of a session and may answer
      // that one empty: an order must never look absent because of it, so ask once more
      live = gateway.call(call, Wire.LiveOrders.class);
    }
    if (live == null) {
      throw IbkrGateway.malformed(call, "no orders object", null);
    }
    List<Wire.LiveOrder> orders = live.orders() == null ? List.of() : live.orders();
    String account = accountId;
    List<Wire.LiveOrder> mine = new ArrayList<>();
    for (Wire.LiveOrder o : orders) {
      if (o.acct() == null || account == null || account.equals(o.acct())) {
        mine.add(o);
      }
    }
    return mine;
  }

  @Override
  public CompletionStage<List<OrderState>> openOrders() {
    return async(() -> {
      session();
      List<OrderState> out = new ArrayList<>();
      for (Wire.LiveOrder o : liveOrders()) {
        ClientOrderId id = clientOrderId(o);
        Placed mine = placed.get(id);
        OrderState state = mapper.orderState(id, o, mine == null ? 1 : mine.ticket.quantity());
        if (state.status().isLive()) {
          out.add(state);
        }
      }
      return List.copyOf(out);
    });
  }

  /** The caller's id of a live order, or {@code ibkr-<orderId>} for one placed elsewhere. */
  private static ClientOrderId clientOrderId(Wire.LiveOrder o) {
    if (o.orderRef() != null) {
      try {
        return ClientOrderId.of(o.orderRef());
      } catch (RuntimeException notOurs) {
        // a reference another program chose: fall back to IBKR's id
      }
    }
    return ClientOrderId.of("ibkr-" + o.orderId());
  }

  @Override
  public CompletionStage<OrderState> cancel(ClientOrderId id) {
    return async(() -> {
      String account = session();
      Optional<OrderState> current = find(id);
      if (current.isEmpty() || current.get().brokerOrderId().isEmpty()) {
        throw BrokerException.of(BrokerException.Kind.NOT_FOUND, venue())
            .operation("cancel " + id).venueMessage("no order with this client order id").build();
      }
      if (current.get().status().isTerminal()) {
        return current.get();
      }
      String orderId = current.get().brokerOrderId().get();
      Call call = Call.delete("/iserver/account/" + account + "/order/" + orderId,
          "DELETE /iserver/account/{accountId}/order/{orderId}");
      gateway.call(call, Wire.CancelAnswer.class);
      OrderState after = find(id).orElse(current.get());
      if (after.status().isLive() && after.status() != OrderStatus.PENDING_CANCEL
          && after.status().canTransitionTo(OrderStatus.PENDING_CANCEL)) {
        return OrderState.builder().from(after).status(OrderStatus.PENDING_CANCEL)
            .updatedAt(Instant.now()).build();
      }
      return after;
    });
  }

  /**
   * Changes a working order's net limit: IBKR's order modification ({@code POST
   * /iserver/account/{accountId}/order/{orderId}}) with the order's own ticket (legs, side,
   * quantity, type, time in force) at the new price, through the same confirmation of the
   * gateway's questions as a placement. The order keeps its IBKR id and its customer order id
   * ({@code cOID} is not sent again: it names the order once, at placement).
   *
   * <p>The price is sent as given, to four decimals, never rounded to the instrument's tick: the
   * plugin does not look up the contract's price increment, so the caller sends a price on the
   * tick (SPX and SPXW combos trade in $0.05); the gateway rejects one that is not, and the
   * rejection is surfaced as {@code REJECTED}.
   *
   * <p>Only an order this broker placed can be replaced (its ticket is needed to re-send the
   * legs); an order that is not live is refused. A modification whose answer is not seen
   * (timeout, 5xx) fails with {@code outcomeUnknown()} and is never resent: look the order up
   * with {@link #order(ClientOrderId)}.
   */
  @Override
  public CompletionStage<OrderState> replace(ClientOrderId id, NetPrice newLimit) {
    if (id == null || newLimit == null) {
      return CompletableFuture.failedFuture(
          new dev.condor.api.error.InvalidValueException(id == null ? "id" : "newLimit", null,
              "is required"));
    }
    return async(() -> {
      String account = session();
      Placed mine = placed.get(id);
      if (mine == null) {
        throw BrokerException.of(BrokerException.Kind.NOT_FOUND, venue())
            .operation("replace " + id)
            .venueMessage("this broker did not place an order with this client order id; only"
                + " its own orders can be replaced").build();
      }
      if (mine.ticket.orderType() != OrderType.LIMIT) {
        throw BrokerException.of(BrokerException.Kind.REJECTED, venue())
            .operation("replace " + id)
            .venueMessage("only a limit order has a limit to replace").build();
      }
      OrderState current = find(id).orElseThrow(() -> BrokerException.of(
          BrokerException.Kind.NOT_FOUND, venue()).operation("replace " + id)
          .venueMessage("the gateway does not list this order").build());
      if (!current.status().isLive() || current.brokerOrderId().isEmpty()) {
        throw BrokerException.of(BrokerException.Kind.REJECTED, venue())
            .operation("replace " + id)
            .venueMessage("the order is " + current.status() + "; only a working order can be"
                + " replaced").build();
      }
      String orderId = current.brokerOrderId().get();
      OrderTicket changed = OrderTicket.builder().from(mine.ticket).limitPrice(newLimit).build();
      Call call = Call.post("/iserver/account/" + account + "/order/" + orderId,
          ticket(account, changed, false), "POST /iserver/account/{accountId}/order/{orderId}");
      Wire.SubmitAnswer done = confirmed(call);
      mine.ticket = changed;
      mine.orderId = done.orderId();
      OrderStatus status = IbkrMapper.status(done.orderStatus(), current.filledQuantity(),
          current.quantity());
      if (status == OrderStatus.REJECTED) {
        throw BrokerException.of(BrokerException.Kind.REJECTED, venue())
            .operation(call.operation())
            .venueMessage("order " + done.orderId() + " is " + done.orderStatus()).build();
      }
      if (!status.isLive()) {
        // filled or cancelled meanwhile: report what the gateway lists now
        return find(id).orElse(current);
      }
      return OrderState.builder().from(current).brokerOrderId(done.orderId())
          .status(current.status() == OrderStatus.PARTIALLY_FILLED ? current.status() : status)
          .updatedAt(Instant.now()).build();
    });
  }

  // ---------------------------------------------------------------- fills

  @Override
  public CompletionStage<List<Fill>> fills(ClientOrderId id) {
    return async(() -> {
      session();
      return fillsOf(id, placed.get(id));
    });
  }

  /**
   * The order's executions from {@code GET /iserver/account/trades}: the combo's own rows when the
   * gateway reports them, else the legs' rows grouped by execution time into combo units.
   */
  private List<Fill> fillsOf(ClientOrderId id, Placed mine) {
    Call call = Call.get("/iserver/account/trades", "GET /iserver/account/trades");
    String orderId = mine == null ? null : mine.orderId;
    List<Wire.Trade> rows = new ArrayList<>();
    for (Wire.Trade t : gateway.callList(call, Wire.Trade.class)) {
      boolean byRef = id.value().equals(t.orderRef());
      boolean byId = orderId != null && orderId.equals(t.orderId());
      if (byRef || byId) {
        if (t.executionId() == null || t.executionId().isBlank()) {
          throw IbkrGateway.malformed(call, "an execution without execution_id", null);
        }
        rows.add(t);
      }
    }
    List<Wire.Trade> combo = new ArrayList<>();
    for (Wire.Trade t : rows) {
      if ("BAG".equalsIgnoreCase(t.secType()) || (t.conidEx() != null && t.conidEx().contains(";;;"))) {
        combo.add(t);
      }
    }
    List<Fill> fills = new ArrayList<>();
    boolean single = mine != null && mine.ticket.legs().size() == 1;
    if (!combo.isEmpty() || single || rows.isEmpty()) {
      for (Wire.Trade t : combo.isEmpty() ? rows : combo) {
        double size = Math.abs(IbkrMapper.number(t.size(), Double.NaN));
        double price = IbkrMapper.number(t.price(), Double.NaN);
        if (!Double.isFinite(size) || !Double.isFinite(price) || size < 1) {
          throw IbkrGateway.malformed(call, "an execution without size or price", null);
        }
        int ratio = single ? mine.ticket.legs().get(0).ratio() : 1;
        fills.add(fill(id, t, Math.max(1, (int) Math.round(size / ratio)),
            IbkrMapper.netPrice(t.side(), price), tradeTime(t)));
      }
    } else {
      // legs only: the legs of one combo execution share their time
      Map<String, List<Wire.Trade>> byTime = new LinkedHashMap<>();
      for (Wire.Trade t : rows) {
        byTime.computeIfAbsent(String.valueOf(tradeTime(t).toEpochMilli()), k -> new ArrayList<>())
            .add(t);
      }
      for (List<Wire.Trade> group : byTime.values()) {
        double units = group.stream()
            .mapToDouble(t -> Math.abs(IbkrMapper.number(t.size(), 0))).min().orElse(0);
        if (units < 1) {
          throw IbkrGateway.malformed(call, "a leg execution without size", null);
        }
        double cash = 0;
        double commission = 0;
        List<String> ids = new ArrayList<>();
        for (Wire.Trade t : group) {
          double size = Math.abs(IbkrMapper.number(t.size(), 0));
          cash += IbkrMapper.netPrice(t.side(), IbkrMapper.number(t.price(), 0)).signed() * size;
          commission += Math.abs(IbkrMapper.number(t.commission(), 0));
          ids.add(t.executionId());
        }
        ids.sort(Comparator.naturalOrder());
        Wire.Trade head = group.get(0);
        fills.add(Fill.builder().fillId(String.join("+", ids)).clientOrderId(id)
            .brokerOrderId(Optional.ofNullable(IbkrMapper.blankToNull(head.orderId())))
            .quantity((int) Math.round(units))
            .price(dev.condor.api.order.NetPrice.ofSigned(cash / units))
            .commission(commission).time(tradeTime(head)).build());
      }
    }
    fills.sort(Comparator.comparing(Fill::time));
    return List.copyOf(fills);
  }

  private static Fill fill(ClientOrderId id, Wire.Trade t, int quantity,
      dev.condor.api.order.NetPrice price, Instant time) {
    return Fill.builder().fillId(t.executionId()).clientOrderId(id)
        .brokerOrderId(Optional.ofNullable(IbkrMapper.blankToNull(t.orderId())))
        .quantity(quantity).price(price)
        .commission(Math.abs(IbkrMapper.number(t.commission(), 0))).time(time).build();
  }

  private static Instant tradeTime(Wire.Trade t) {
    Optional<Instant> ms = IbkrMapper.millis(t.tradeTimeMillis());
    if (ms.isPresent()) {
      return ms.get();
    }
    if (t.tradeTime() != null) {
      try {
        return LocalDateTime.parse(t.tradeTime().strip(), TRADE_TIME).toInstant(ZoneOffset.UTC);
      } catch (RuntimeException unreadable) {
        // fall through: an execution is booked even when its time cannot be read
      }
    }
    return Instant.EPOCH;
  }

  // ---------------------------------------------------------------- market data

  /**
   * A market snapshot of options ({@code GET /iserver/marketdata/snapshot}, fields {@value
   * #SNAPSHOT_FIELDS}: last, bid, ask size, ask, bid size, delta, gamma, theta, vega, implied
   * volatility %). The gateway subscribes on the first request and answers it without prices, so
   * the snapshot is asked again, up to {@value #SNAPSHOT_ATTEMPTS} times, until every contract has
   * a bid or an ask; a contract still without a market is left out.
   */
  public CompletionStage<List<dev.condor.api.market.OptionQuote>> snapshot(
      List<OptionContract> options) {
    List<OptionContract> wanted = List.copyOf(options);
    return async(() -> {
      session();
      Map<Long, OptionContract> byConid = new LinkedHashMap<>();
      for (OptionContract c : wanted) {
        byConid.put(contracts.conid(c), c);
      }
      if (byConid.isEmpty()) {
        return List.<dev.condor.api.market.OptionQuote>of();
      }
      StringBuilder ids = new StringBuilder();
      for (Long conid : byConid.keySet()) {
        ids.append(ids.length() == 0 ? "" : ",").append(conid);
      }
      Call call = Call.get("/iserver/marketdata/snapshot?conids=" + ids + "&fields="
          + SNAPSHOT_FIELDS, "GET /iserver/marketdata/snapshot");
      Map<Long, JsonNode> rows = new LinkedHashMap<>();
      for (int attempt = 1; attempt <= SNAPSHOT_ATTEMPTS; attempt++) {
        JsonNode answer = gateway.call(call);
        if (!answer.isArray()) {
          throw IbkrGateway.malformed(call, "expected a JSON array", null);
        }
        for (JsonNode row : answer) {
          long conid = row.path("conid").asLong(-1);
          if (byConid.containsKey(conid) && (row.hasNonNull("84") || row.hasNonNull("86"))) {
            rows.put(conid, row);
          }
        }
        if (rows.size() == byConid.size() || attempt == SNAPSHOT_ATTEMPTS) {
          break;
        }
        pause(SNAPSHOT_PAUSE_MILLIS);
      }
      List<dev.condor.api.market.OptionQuote> quotes = new ArrayList<>();
      for (Map.Entry<Long, JsonNode> e : rows.entrySet()) {
        try {
          quotes.add(IbkrMapper.optionQuote(byConid.get(e.getKey()), e.getValue()));
        } catch (dev.condor.api.error.InvalidValueException crossed) {
          // a crossed or negative market is no quote to trade on: left out like a missing one
        }
      }
      return List.copyOf(quotes);
    });
  }

  /** The snapshot fields: last, bid, ask size, ask, bid size, delta, gamma, theta, vega, IV %. */
  static final String SNAPSHOT_FIELDS = "31,84,85,86,88,7308,7309,7310,7311,7633";
  static final int SNAPSHOT_ATTEMPTS = 4;
  private static final long SNAPSHOT_PAUSE_MILLIS = 250;

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw BrokerException.of(BrokerException.Kind.UNAVAILABLE, IbkrBrokerProvider.ID)
          .venueMessage("interrupted").cause(e).build();
    }
  }

  // ---------------------------------------------------------------- plumbing

  /**
   * Runs blocking work on this broker's threads; the stage fails with the {@link BrokerException}
   * itself, not wrapped.
   */
  private <T> CompletionStage<T> async(Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    if (closed) {
      result.completeExceptionally(closedError());
      return result;
    }
    try {
      workers.execute(() -> {
        try {
          result.complete(work.get());
        } catch (Throwable t) {
          result.completeExceptionally(t);
        }
      });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      result.completeExceptionally(closedError());
    }
    return result;
  }

  private BrokerException closedError() {
    return BrokerException.of(BrokerException.Kind.UNAVAILABLE, venue())
        .venueMessage("the broker is closed").build();
  }

  @Override
  public void close() {
    closed = true;
    keepAlive.shutdownNow();
    workers.shutdown();
  }

  @Override
  public String toString() {
    return "IbkrBroker[" + config.baseUrl() + "]";
  }
}
