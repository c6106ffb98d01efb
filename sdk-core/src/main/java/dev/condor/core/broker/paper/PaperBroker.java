package dev.condor.core.broker.paper;

import dev.condor.api.Experimental;
import dev.condor.api.broker.Broker;
import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.error.BrokerException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.SettlementType;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderPreview;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.PositionEffect;
import dev.condor.api.order.Side;
import dev.condor.api.order.TimeInForce;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.BuyingPower;
import dev.condor.api.portfolio.ContractPosition;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.market.MarketSource;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Condor's default broker: a simulated account that fills multi-leg option orders against the
 * quotes of a {@link MarketSource} at the time of an {@link InstantSource}, books positions and
 * cash, and settles expired options.
 *
 * <h2>Fills</h2>
 *
 * <p>An order is checked against the market when it is placed and again on every later call
 * (the engine calls {@link #checkWorkingOrders()} each poll; {@link #order}, {@link #openOrders},
 * {@link #fills} and the other calls check first too). A check needs a quote for every leg; the
 * achievable net is the {@link FillModel#NATURAL natural} price (sells at the bid, buys at the
 * ask) or the {@link FillModel#MID mid} less the configured slippage, never worse than natural.
 * A market order fills at it; a limit order fills at it when it meets the limit (a credit at or
 * above, a debit at or below), else rests as WORKING. Fills are at the achievable price even
 * when it beats the limit, as for a marketable order at a venue; between two checks the broker
 * cannot know whether a moving market only touched the limit, so a resting order that the market
 * has run through gets the price seen at the check. With {@code maxUnitsPerFill} a check fills at
 * most that many units, and an order fills at most once per instant, so how often the broker is
 * asked at one time never changes what fills: partial fills advance as the clock does. A DAY
 * order expires at its session's close (16:15 New York for index options, 16:00 for others and
 * for options expiring PM that day); an IOC order is checked once and its remainder cancelled;
 * any order ends EXPIRED when one of its contracts stops trading.
 *
 * <p>Units fill atomically: every leg of a unit fills at once, at one net price. For positions
 * the net is split into per-leg prices: each leg starts on its side of the market at the fill
 * (bid for a sell, ask for a buy), and the improvement over natural is shared among the legs in
 * proportion to the widths of their markets, so the legs add up exactly to the net fill price and
 * each stays inside its own market.
 *
 * <p>Commission and fees are charged per contract on every fill; fill ids are {@code
 * <clientOrderId>-1}, {@code -2}..., stable for the broker's life.
 *
 * <h2>Placement and rejection</h2>
 *
 * <p>{@link #place} is idempotent: a client order id already known returns that order's state
 * and never places again (a different ticket under a known id is refused, the first order left
 * alone). A refused order completes the stage exceptionally with a {@link BrokerException} of
 * kind {@link BrokerException.Kind#REJECTED}, the venue code and a venue-style message, as the
 * {@link Broker} contract asks for typed errors; it is also recorded as {@link
 * OrderStatus#REJECTED} with that message, so {@link #order} finds it and placing it again
 * fails the same way. Venue codes: {@code BUYING_POWER} ("insufficient buying power: needs X,
 * has Y"), {@code CLOSE_EXCEEDS_POSITION}, {@code NO_QUOTE} (a market order without a market on
 * every leg), {@code CONTRACT_EXPIRED}, {@code UNSUPPORTED_ORDER} (a structure whose buying power
 * is not modelled), and {@code DUPLICATE_CLIENT_ORDER_ID} (not recorded: the id's order exists).
 *
 * <p>Cancelling or replacing an order that exists but has ended fails with kind REJECTED
 * (venue code {@code ORDER_NOT_WORKING}, naming its status), as does replacing a market order
 * ({@code NOT_A_LIMIT_ORDER}) or raising an opening order's requirement beyond the buying power
 * ({@code BUYING_POWER}; the order keeps working at its old limit). An id never placed fails
 * {@link #cancel}, {@link #replace} and {@link #fills} with kind {@link
 * BrokerException.Kind#NOT_FOUND}, while {@link #order} answers empty. A cancel is immediate
 * (no PENDING_CANCEL), after the check that may fill the order first, as a venue may.
 *
 * <h2>Buying power</h2>
 *
 * <p>An opening order's buying-power effect is {@link BuyingPower#of} at its limit (a market
 * order's at the achievable price), with the underlying's quoted price for naked calls. It is
 * placed only if the effect plus its commission fits in the buying power; a working opening order
 * reserves that amount for its unfilled units. Closing orders need no buying power, and are
 * refused if they would close more of any contract than the account holds, counting what other
 * working closing orders already close.
 *
 * <p>{@link #account()} reports: cash (starting cash, plus credits, less debits and
 * commissions, plus settlement cash flows); net liquidation (cash plus every position at its mark,
 * the quoted mid, or its average price when unquoted); and buying power, which is cash less what
 * the open positions hold less what working opening orders reserve. A position holds its
 * buying-power effect at the fill price plus the credit it brought in: a credit spread holds its
 * width times 100, a cash-secured put its strike times 100, a debit structure nothing beyond the
 * cash it cost. So buying power falls by exactly the previewed effect plus commission when an
 * order fills at its limit, and rises by the hold plus the realised profit or loss when a
 * position is closed or settled. Closing only some legs of a structure frees its hold only when
 * its last leg goes.
 *
 * <h2>Expiry</h2>
 *
 * <p>The account settles, whenever it is observed after expiry (and {@link #settleExpired()} reports), every
 * position whose contract has stopped trading and whose settlement value the market knows:
 * AM-settled roots (SPX, NDX monthlies) against the opening value, PM against the close. Index
 * options in the money pay their intrinsic value times the multiplier in cash. ETF options in the
 * money are assigned (short) or exercised (long): the shares are taken as bought or sold at the
 * strike and at once liquidated at the settlement value, a simplification whose profit or loss
 * equals cash settlement at the close; the record says ASSIGNED or EXERCISED with the shares. Out
 * of the money (or at it), options expire worthless. Settlement charges no commission.
 *
 * <p>Thread-safe: every call runs under one lock and returns an already completed stage; the
 * broker has no threads. State lives in memory for the broker's life.
 */
@Experimental(since = "0.1")
public final class PaperBroker implements Broker {

  /** The venue (provider id) in errors and the journal. */
  public static final String VENUE = "paper";

  /** Tolerance on prices and dollar amounts in comparisons. */
  private static final double EPSILON = 1e-6;

  private final MarketSource market;
  private final InstantSource clock;
  private final PaperBrokerConfig config;
  private final SessionTimes sessions;
  private final Object lock = new Object();

  private double cash;
  private long nextOrderNumber = 1;
  private final Map<ClientOrderId, PaperOrder> orders = new LinkedHashMap<>();
  private final Map<OptionContract, Holding> holdings = new TreeMap<>();
  private final Map<ClientOrderId, Lot> lots = new LinkedHashMap<>();
  private final List<Settlement> settlements = new ArrayList<>();

  private PaperBroker(MarketSource market, InstantSource clock, PaperBrokerConfig config,
      TradingCalendar calendar) {
    this.market = market;
    this.clock = clock;
    this.config = config;
    this.sessions = new SessionTimes(calendar);
    this.cash = config.startingCash();
  }

  /**
   * A paper account on the NYSE calendar.
   *
   * @param market the quotes fills and marks are taken from, and the settlement values
   * @param clock the time: simulated in a backtest, the wall clock (or an accelerated one) live
   */
  public static PaperBroker over(MarketSource market, InstantSource clock,
      PaperBrokerConfig config) {
    return over(market, clock, config, NyseCalendar.instance());
  }

  /** As {@link #over(MarketSource, InstantSource, PaperBrokerConfig)}, on another calendar. */
  public static PaperBroker over(MarketSource market, InstantSource clock,
      PaperBrokerConfig config, TradingCalendar calendar) {
    required("market", market);
    required("clock", clock);
    required("config", config);
    required("calendar", calendar);
    return new PaperBroker(market, clock, config, calendar);
  }

  /** The configuration the broker runs with. */
  public PaperBrokerConfig config() {
    return config;
  }

  @Override
  public String venue() {
    return VENUE;
  }

  @Override
  public CompletionStage<Account> account() {
    return call(() -> {
      Instant now = advance();
      double netLiquidation = cash;
      for (Map.Entry<OptionContract, Holding> e : holdings.entrySet()) {
        OptionContract contract = e.getKey();
        Holding h = e.getValue();
        double mark = mark(contract, now).orElse(h.averagePrice);
        netLiquidation += h.quantity * mark * contract.multiplier();
      }
      return Account.builder().accountId(config.accountId()).cash(cash)
          .netLiquidation(netLiquidation).buyingPower(buyingPower()).time(now).build();
    });
  }

  @Override
  public CompletionStage<List<ContractPosition>> positions() {
    return call(() -> {
      Instant now = advance();
      List<ContractPosition> out = new ArrayList<>(holdings.size());
      for (Map.Entry<OptionContract, Holding> e : holdings.entrySet()) {
        ContractPosition.Builder b = ContractPosition.builder().contract(e.getKey())
            .quantity(e.getValue().quantity).averagePrice(e.getValue().averagePrice);
        mark(e.getKey(), now).ifPresent(b::markPrice);
        out.add(b.build());
      }
      return List.copyOf(out);
    });
  }

  @Override
  public CompletionStage<OrderPreview> preview(OrderTicket ticket) {
    return call(() -> {
      required("ticket", ticket);
      Instant now = advance();
      double commission = commission(ticket, ticket.quantity());
      List<String> warnings = new ArrayList<>();
      Instant ends = sessions.tradingEnds(ticket);
      if (!now.isBefore(ends)) {
        warnings.add(expiredContract(ticket, now));
      }
      Optional<ComboMarket> combo = ComboMarket.of(ticket.legs(), market, now);
      double effect;
      if (ticket.positionEffect() == PositionEffect.OPEN) {
        double price = pricingPrice(ticket, combo, "preview");
        effect = openingEffect(ticket, price, underlyingPrice(ticket, now), "preview");
        double has = buyingPower();
        if (effect + commission > has + EPSILON) {
          warnings.add(insufficient(effect + commission, has));
        }
      } else {
        String problem = closeProblem(ticket, null);
        if (problem != null) {
          warnings.add(problem);
        }
        double price;
        if (combo.isEmpty() && ticket.limitPrice().isEmpty()) {
          warnings.add(noQuote(ticket, now) + "; the effect assumes a price of 0");
          price = 0;
        } else {
          price = pricingPrice(ticket, combo, "preview");
        }
        List<Lot> trial = new ArrayList<>();
        double heldBefore = 0;
        for (Lot lot : lots.values()) {
          trial.add(lot.copy());
          heldBefore += lot.hold();
        }
        closeLots(trial, ticket.legs(), ticket.quantity());
        double heldAfter = 0;
        for (Lot lot : trial) {
          heldAfter += lot.hold();
        }
        effect = -((heldBefore - heldAfter) + price * multiplier(ticket) * ticket.quantity());
      }
      return OrderPreview.builder().clientOrderId(ticket.clientOrderId())
          .buyingPowerEffect(effect).estimatedCommission(commission).warnings(warnings).build();
    });
  }

  @Override
  public CompletionStage<OrderState> place(OrderTicket ticket) {
    return call(() -> {
      required("ticket", ticket);
      Instant now = advance();
      PaperOrder existing = orders.get(ticket.clientOrderId());
      if (existing != null) {
        if (!existing.placed.equals(ticket)) {
          throw rejected("place", "DUPLICATE_CLIENT_ORDER_ID", "client order id "
              + ticket.clientOrderId() + " is already used by a different order; use a new id");
        }
        if (existing.status == OrderStatus.REJECTED) {
          throw rejected("place", existing.venueCode, existing.message);
        }
        return existing.state();
      }
      PaperOrder order = new PaperOrder(ticket, "PAPER-" + nextOrderNumber++,
          OrderStatus.PENDING_NEW, now);
      orders.put(ticket.clientOrderId(), order);
      String[] refusal = vet(order, now);
      if (refusal != null) {
        order.venueCode = refusal[0];
        order.moveTo(OrderStatus.REJECTED, now, refusal[1]);
        throw rejected("place", refusal[0], refusal[1]);
      }
      order.moveTo(OrderStatus.WORKING, now, null);
      if (ticket.timeInForce() == TimeInForce.DAY) {
        order.dayEnd = sessions.dayOrderEnd(ticket, now);
      }
      evaluate(order, now, true);
      return order.state();
    });
  }

  @Override
  public CompletionStage<Optional<OrderState>> order(ClientOrderId id) {
    return call(() -> {
      required("id", id);
      advance();
      return Optional.ofNullable(orders.get(id)).map(PaperOrder::state);
    });
  }

  @Override
  public CompletionStage<List<OrderState>> openOrders() {
    return call(() -> {
      advance();
      List<OrderState> out = new ArrayList<>();
      for (PaperOrder order : orders.values()) {
        if (order.status.isLive()) {
          out.add(order.state());
        }
      }
      return List.copyOf(out);
    });
  }

  @Override
  public CompletionStage<OrderState> cancel(ClientOrderId id) {
    return call(() -> {
      Instant now = advance();
      PaperOrder order = working(id, "cancel");
      order.moveTo(OrderStatus.CANCELLED, now, "cancelled by request");
      return order.state();
    });
  }

  @Override
  public CompletionStage<OrderState> replace(ClientOrderId id, NetPrice newLimit) {
    return call(() -> {
      required("newLimit", newLimit);
      Instant now = advance();
      PaperOrder order = working(id, "replace");
      if (order.isMarket()) {
        throw rejected("replace", "NOT_A_LIMIT_ORDER",
            "order " + id + " is a market order and has no limit to replace");
      }
      OrderTicket replaced = OrderTicket.builder().from(order.ticket).limitPrice(newLimit).build();
      double reservePerUnit = 0;
      if (!order.isClosing()) {
        double effect = openingEffect(replaced, newLimit.signed(),
            underlyingPrice(replaced, now), "replace");
        reservePerUnit = (effect + commission(replaced, replaced.quantity())) / replaced.quantity();
        double needs = reservePerUnit * order.remaining();
        double has = buyingPower() + order.reserved();
        if (needs > has + EPSILON) {
          throw rejected("replace", "BUYING_POWER", insufficient(needs, has));
        }
      }
      order.ticket = replaced;
      order.reservePerUnit = reservePerUnit;
      order.updatedAt = now;
      evaluate(order, now, false);
      return order.state();
    });
  }

  @Override
  public CompletionStage<List<Fill>> fills(ClientOrderId id) {
    return call(() -> {
      required("id", id);
      advance();
      PaperOrder order = orders.get(id);
      if (order == null) {
        throw notFound("fills", id);
      }
      return List.copyOf(order.fills);
    });
  }

  /**
   * Checks every working order against the market now: fills what has become marketable, expires
   * DAY orders past their close and orders whose contracts stopped trading. The engine calls it
   * on every poll.
   *
   * @return the states of the orders that changed, in placement order
   */
  public List<OrderState> checkWorkingOrders() {
    synchronized (lock) {
      Instant now = clock.instant();
      List<OrderState> changed = new ArrayList<>();
      for (PaperOrder order : orders.values()) {
        if (order.status.isLive() && evaluate(order, now, false)) {
          changed.add(order.state());
        }
      }
      return List.copyOf(changed);
    }
  }

  /**
   * Settles every position whose contract has stopped trading and whose settlement value the
   * market knows (see the class documentation); a position whose value is not known yet stays
   * open until a later call. Every call that observes the account (account, positions, orders,
   * fills) settles what is due as well; this method says what was settled.
   *
   * @return what this call settled, by contract
   */
  public List<Settlement> settleExpired() {
    synchronized (lock) {
      int before = settlements.size();
      advance();
      return List.copyOf(settlements.subList(before, settlements.size()));
    }
  }

  /** Settles what is due at {@code now}; the account observes it on every call. */
  private void settleDue(Instant now) {
    List<Settlement> settled = new ArrayList<>();
    Iterator<Map.Entry<OptionContract, Holding>> it = holdings.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<OptionContract, Holding> e = it.next();
      OptionContract contract = e.getKey();
      if (now.isBefore(sessions.tradingEnds(contract))) {
        continue;
      }
      OptionalDouble value = market.settlementValue(contract.underlying(), contract.expiry(),
          contract.settlementTime());
      if (value.isEmpty()) {
        continue;
      }
      Settlement s = settle(contract, e.getValue().quantity, value.getAsDouble(), now);
      cash += s.cashFlow();
      it.remove();
      settled.add(s);
    }
    for (Lot lot : lots.values()) {
      for (Leg leg : lot.legs()) {
        OptionContract contract = leg.contract();
        if (!holdings.containsKey(contract) && !now.isBefore(sessions.tradingEnds(contract))) {
          lot.expire(contract);
        }
      }
    }
    lots.values().removeIf(Lot::isEmpty);
    settlements.addAll(settled);
  }

  /** Every settlement so far, oldest first. */
  public List<Settlement> settlements() {
    synchronized (lock) {
      return List.copyOf(settlements);
    }
  }

  /** Nothing to release: the paper broker has no connections or threads. */
  @Override
  public void close() {
    // The account stays readable after close, which costs nothing and helps a final report.
  }

  // ---- placement -------------------------------------------------------------------------

  /** Why the order must be refused, as {venue code, message}, or null to accept it. */
  private String[] vet(PaperOrder order, Instant now) {
    OrderTicket ticket = order.ticket;
    if (!now.isBefore(sessions.tradingEnds(ticket))) {
      return new String[] {"CONTRACT_EXPIRED", expiredContract(ticket, now)};
    }
    Optional<ComboMarket> combo = ComboMarket.of(ticket.legs(), market, now);
    if (order.isMarket() && combo.isEmpty()) {
      return new String[] {"NO_QUOTE", noQuote(ticket, now)};
    }
    if (order.isClosing()) {
      String problem = closeProblem(ticket, order);
      return problem == null ? null : new String[] {"CLOSE_EXCEEDS_POSITION", problem};
    }
    double price = pricingPrice(ticket, combo, "place");
    double underlying = underlyingPrice(ticket, now);
    double effect;
    try {
      effect = BuyingPower.of(ticket, NetPrice.ofSigned(price), underlying);
    } catch (InvalidValueException e) {
      return new String[] {"UNSUPPORTED_ORDER", buyingPowerUnknown(ticket, e)};
    }
    double needs = effect + commission(ticket, ticket.quantity());
    double has = buyingPower();
    if (needs > has + EPSILON) {
      return new String[] {"BUYING_POWER", insufficient(needs, has)};
    }
    order.reservePerUnit = needs / ticket.quantity();
    order.underlyingAtPlacement = underlying;
    return null;
  }

  /**
   * Why a closing ticket cannot close what it names, or null: each leg must reduce a position on
   * the opposite side by no more than is held, less what other working closing orders close.
   */
  private String closeProblem(OrderTicket ticket, PaperOrder self) {
    for (Leg leg : ticket.legs()) {
      OptionContract contract = leg.contract();
      Holding h = holdings.get(contract);
      int held = h == null ? 0 : h.quantity;
      int closable = leg.side() == Side.BUY ? Math.max(0, -held) : Math.max(0, held);
      int beingClosed = 0;
      for (PaperOrder other : orders.values()) {
        if (other != self && other.status.isLive() && other.isClosing()) {
          for (Leg o : other.ticket.legs()) {
            if (o.contract().equals(contract) && o.side() == leg.side()) {
              beingClosed += o.ratio() * other.remaining();
            }
          }
        }
      }
      int wanted = leg.ratio() * ticket.quantity();
      if (wanted > closable - beingClosed) {
        return "cannot " + (leg.side() == Side.BUY ? "buy" : "sell") + " to close " + wanted
            + " of " + contract + ": the account holds " + held
            + (beingClosed > 0 ? ", of which " + beingClosed
                + " are already being closed by working orders" : "");
      }
    }
    return null;
  }

  // ---- checking and filling --------------------------------------------------------------

  /** Checks the working orders at the clock's time, and returns that time. */
  private Instant advance() {
    Instant now = clock.instant();
    for (PaperOrder order : orders.values()) {
      if (order.status.isLive()) {
        evaluate(order, now, false);
      }
    }
    settleDue(now);
    return now;
  }

  /** One check of a live order; returns whether it changed. */
  private boolean evaluate(PaperOrder order, Instant now, boolean arriving) {
    OrderTicket ticket = order.ticket;
    if (!now.isBefore(sessions.tradingEnds(ticket))) {
      order.moveTo(OrderStatus.EXPIRED, now, expiredContract(ticket, now));
      return true;
    }
    if (order.dayEnd != null && !now.isBefore(order.dayEnd)) {
      order.moveTo(OrderStatus.EXPIRED, now, "DAY order expired at the session close "
          + order.dayEnd.atZone(NyseCalendar.ZONE).toOffsetDateTime());
      return true;
    }
    boolean changed = false;
    // One fill per order per instant: asking again at the same time must not fill more units.
    Optional<ComboMarket> combo = now.equals(order.lastFillAt)
        ? Optional.empty() : ComboMarket.of(ticket.legs(), market, now);
    if (combo.isPresent()) {
      double price = combo.get().achievableSigned(config.fillModel(), config.slippage());
      boolean marketable = order.isMarket()
          || price >= ticket.limitPrice().orElseThrow().signed() - EPSILON;
      if (marketable) {
        int units = order.remaining();
        if (config.maxUnitsPerFill() > 0) {
          units = Math.min(units, config.maxUnitsPerFill());
        }
        if (order.isClosing()) {
          units = Math.min(units, closableUnits(ticket));
          if (units == 0) {
            order.moveTo(OrderStatus.CANCELLED, now,
                "cancelled: the position it closes is no longer held");
            return true;
          }
        }
        fill(order, units, price, combo.get(), now);
        changed = true;
      }
    }
    if (arriving && ticket.timeInForce() == TimeInForce.IOC && order.status.isLive()) {
      order.moveTo(OrderStatus.CANCELLED, now, "IOC: unfilled remainder cancelled");
      changed = true;
    }
    return changed;
  }

  /** Whole units of the closing ticket the current positions still cover. */
  private int closableUnits(OrderTicket ticket) {
    int units = Integer.MAX_VALUE;
    for (Leg leg : ticket.legs()) {
      Holding h = holdings.get(leg.contract());
      int held = h == null ? 0 : h.quantity;
      int closable = leg.side() == Side.BUY ? Math.max(0, -held) : Math.max(0, held);
      units = Math.min(units, closable / leg.ratio());
    }
    return units;
  }

  private void fill(PaperOrder order, int units, double priceSigned, ComboMarket combo,
      Instant now) {
    OrderTicket ticket = order.ticket;
    double[] legPrices = combo.legPrices(priceSigned);
    double commission = commission(ticket, units);
    Fill fill = Fill.builder()
        .fillId(ticket.clientOrderId().value() + "-" + (order.fills.size() + 1))
        .clientOrderId(ticket.clientOrderId()).brokerOrderId(order.brokerOrderId)
        .quantity(units).price(NetPrice.ofSigned(priceSigned)).commission(commission).time(now)
        .build();
    int multiplier = multiplier(ticket);
    cash += priceSigned * multiplier * units - commission;
    for (int i = 0; i < ticket.legs().size(); i++) {
      Leg leg = ticket.legs().get(i);
      book(leg.contract(), leg.side().sign() * leg.ratio() * units, legPrices[i]);
    }
    if (order.isClosing()) {
      closeLots(lots.values(), ticket.legs(), units);
      lots.values().removeIf(Lot::isEmpty);
    } else {
      double effectPerUnit;
      try {
        double underlying = underlyingPrice(ticket, now);
        if (Double.isNaN(underlying)) {
          underlying = order.underlyingAtPlacement;
        }
        effectPerUnit = BuyingPower.of(ticket, NetPrice.ofSigned(priceSigned), underlying)
            / ticket.quantity();
      } catch (InvalidValueException e) {
        // Placement computed it at the limit; keep that if the fill's inputs are now missing.
        effectPerUnit = order.reservePerUnit - commission(ticket, 1);
      }
      double holdPerUnit = effectPerUnit + priceSigned * multiplier;
      lots.computeIfAbsent(ticket.clientOrderId(), id -> new Lot(id, ticket.legs()))
          .opened(units, holdPerUnit * units);
    }
    order.fills.add(fill);
    order.lastFillAt = now;
    order.filled += units;
    order.signedValue += priceSigned * units;
    order.moveTo(order.remaining() == 0 ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED, now,
        null);
  }

  /** Adds {@code delta} contracts bought (positive) or sold (negative) at {@code price}. */
  private void book(OptionContract contract, int delta, double price) {
    Holding h = holdings.get(contract);
    if (h == null) {
      holdings.put(contract, new Holding(delta, price));
      return;
    }
    int before = h.quantity;
    int after = before + delta;
    if (Integer.signum(before) == Integer.signum(delta)) {
      h.averagePrice = (Math.abs(before) * h.averagePrice + Math.abs(delta) * price)
          / Math.abs(after);
      h.quantity = after;
    } else if (after == 0) {
      holdings.remove(contract);
    } else {
      if (Integer.signum(after) != Integer.signum(before)) {
        h.averagePrice = price;
      }
      h.quantity = after;
    }
  }

  /**
   * Takes closed contracts off the lots: lots that the closing legs close exactly come first,
   * then any lot holding a contract, oldest first.
   */
  private static void closeLots(Collection<Lot> lots, List<Leg> closingLegs, int units) {
    List<Lot> ordered = new ArrayList<>(lots.size());
    for (Lot lot : lots) {
      if (lot.isClosedBy(closingLegs)) {
        ordered.add(lot);
      }
    }
    for (Lot lot : lots) {
      if (!lot.isClosedBy(closingLegs)) {
        ordered.add(lot);
      }
    }
    for (Leg leg : closingLegs) {
      int left = leg.ratio() * units;
      for (Lot lot : ordered) {
        if (left == 0) {
          break;
        }
        left -= lot.close(leg.contract(), leg.side().opposite(), left);
      }
    }
  }

  private Settlement settle(OptionContract contract, int quantity, double value, Instant now) {
    double intrinsic = contract.isCall()
        ? Math.max(0, value - contract.strike())
        : Math.max(0, contract.strike() - value);
    int multiplier = contract.multiplier();
    double cashFlow = quantity * intrinsic * multiplier;
    Settlement.Outcome outcome;
    int shares = 0;
    if (intrinsic <= 0) {
      outcome = Settlement.Outcome.EXPIRED_WORTHLESS;
    } else if (contract.underlying().settlementType() == SettlementType.CASH) {
      outcome = Settlement.Outcome.CASH_SETTLED;
    } else {
      outcome = quantity < 0 ? Settlement.Outcome.ASSIGNED : Settlement.Outcome.EXERCISED;
      // A long call or a short put takes delivery of shares; a long put or a short call gives
      // them up. Bought or sold at the strike and liquidated at the settlement value, the cash
      // flow is shares x (value - strike), which is the intrinsic value computed above.
      shares = (contract.isCall() ? quantity : -quantity) * multiplier;
    }
    return new Settlement(contract, quantity, contract.settlementTime(), value, intrinsic,
        outcome, shares, cashFlow, now);
  }

  // ---- money -----------------------------------------------------------------------------

  /** Cash less what open positions hold and working opening orders reserve. */
  private double buyingPower() {
    double bp = cash;
    for (Lot lot : lots.values()) {
      bp -= lot.hold();
    }
    for (PaperOrder order : orders.values()) {
      bp -= order.reserved();
    }
    return bp;
  }

  private double commission(OrderTicket ticket, int units) {
    int contracts = 0;
    for (Leg leg : ticket.legs()) {
      contracts += leg.ratio();
    }
    return config.costPerContract() * contracts * units;
  }

  /** The price an order's buying power is figured at: its limit, or the market's achievable. */
  private double pricingPrice(OrderTicket ticket, Optional<ComboMarket> combo, String operation) {
    if (ticket.limitPrice().isPresent()) {
      return ticket.limitPrice().get().signed();
    }
    return combo
        .orElseThrow(() -> rejected(operation, "NO_QUOTE", noQuote(ticket, clock.instant())))
        .achievableSigned(config.fillModel(), config.slippage());
  }

  private double openingEffect(OrderTicket ticket, double priceSigned, double underlying,
      String operation) {
    try {
      return BuyingPower.of(ticket, NetPrice.ofSigned(priceSigned), underlying);
    } catch (InvalidValueException e) {
      throw rejected(operation, "UNSUPPORTED_ORDER", buyingPowerUnknown(ticket, e));
    }
  }

  private double underlyingPrice(OrderTicket ticket, Instant now) {
    return market.quote(ticket.underlying(), now).map(Quote::price).orElse(Double.NaN);
  }

  private OptionalDouble mark(OptionContract contract, Instant now) {
    Optional<OptionQuote> quote = market.optionQuote(contract, now);
    return quote.isPresent() ? OptionalDouble.of(quote.get().mid()) : OptionalDouble.empty();
  }

  private static int multiplier(OrderTicket ticket) {
    return ticket.legs().get(0).contract().multiplier();
  }

  // ---- messages and errors ---------------------------------------------------------------

  private static String insufficient(double needs, double has) {
    return String.format(Locale.ROOT, "insufficient buying power: needs %.2f, has %.2f", needs,
        has);
  }

  private String expiredContract(OrderTicket ticket, Instant now) {
    for (Leg leg : ticket.legs()) {
      Instant ends = sessions.tradingEnds(leg.contract());
      if (!now.isBefore(ends)) {
        return leg.contract() + " stopped trading at "
            + ends.atZone(NyseCalendar.ZONE).toOffsetDateTime();
      }
    }
    return "a contract of the order stopped trading";
  }

  private String noQuote(OrderTicket ticket, Instant now) {
    for (Leg leg : ticket.legs()) {
      if (market.optionQuote(leg.contract(), now).isEmpty()) {
        return "no market for " + leg.contract() + ": a market order needs a quote on every leg";
      }
    }
    return "no market for the order's legs";
  }

  private static String buyingPowerUnknown(OrderTicket ticket, InvalidValueException e) {
    if (e.field().equals("underlyingPrice")) {
      return "no quote for " + ticket.underlying()
          + " to compute the naked option requirement of this order";
    }
    return "cannot compute the buying power of this order: " + e.field() + " " + e.rule();
  }

  private PaperOrder working(ClientOrderId id, String operation) {
    required("id", id);
    PaperOrder order = orders.get(id);
    if (order == null) {
      throw notFound(operation, id);
    }
    if (!order.status.isLive()) {
      throw rejected(operation, "ORDER_NOT_WORKING", "order " + id + " is " + order.status
          + " and can no longer be " + (operation.equals("cancel") ? "cancelled" : "replaced"));
    }
    return order;
  }

  private static BrokerException rejected(String operation, String code, String message) {
    return BrokerException.of(BrokerException.Kind.REJECTED, VENUE).operation(operation)
        .venueCode(code).venueMessage(message).build();
  }

  private static BrokerException notFound(String operation, ClientOrderId id) {
    return BrokerException.of(BrokerException.Kind.NOT_FOUND, VENUE).operation(operation)
        .venueCode("UNKNOWN_ORDER").venueMessage("no order with client order id " + id).build();
  }

  private static void required(String name, Object value) {
    if (value == null) {
      throw new InvalidValueException(name, null, "is required");
    }
  }

  private <T> CompletionStage<T> call(Supplier<T> body) {
    try {
      synchronized (lock) {
        return CompletableFuture.completedFuture(body.get());
      }
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** One contract's signed quantity and average opening price. */
  private static final class Holding {
    int quantity;
    double averagePrice;

    Holding(int quantity, double averagePrice) {
      this.quantity = quantity;
      this.averagePrice = averagePrice;
    }
  }
}
