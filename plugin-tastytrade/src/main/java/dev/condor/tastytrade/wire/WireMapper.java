package dev.condor.tastytrade.wire;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.market.Greeks;
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
import dev.condor.api.order.OrderType;
import dev.condor.api.order.PositionEffect;
import dev.condor.api.order.PriceEffect;
import dev.condor.api.order.Side;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.ContractPosition;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * Turns tastytrade's wire documents into Condor's API values, and tickets into order bodies.
 * MapStruct writes the field-by-field mappings; the rules that need thought (signed quantities,
 * the venue's order statuses, combo fills rebuilt from leg fills) are written out below. A
 * document missing a field the API value requires makes the value's builder throw, which the
 * caller reports as a malformed response naming the endpoint.
 */
@Mapper
interface WireMapper {

  /** The only instance; MapStruct generates {@code WireMapperImpl} at compile time. */
  WireMapper INSTANCE = new WireMapperImpl();

  /** The instrument type of every option leg Condor sends (SPX and SPXW included). */
  String EQUITY_OPTION = "Equity Option";

  /** Balances: cash, net liquidating value and derivative (option) buying power. */
  @Mapping(target = "accountId", source = "accountNumber")
  @Mapping(target = "cash", source = "cashBalance")
  @Mapping(target = "netLiquidation", source = "netLiquidatingValue")
  @Mapping(target = "buyingPower", source = "derivativeBuyingPower")
  @Mapping(target = "time", source = "updatedAt", qualifiedByName = "instant")
  Account account(Wire.Balance balance);

  /** A quote snapshot of an index, an equity or an ETF; absent prices stay NaN. */
  @Mapping(target = "time", source = "updatedAt", qualifiedByName = "instant")
  @Mapping(target = "origin", ignore = true)
  Quote quote(Wire.MarketQuote quote);

  /** A quote snapshot of an option, with the venue's implied volatility and greeks. */
  default OptionQuote optionQuote(Wire.MarketQuote q) {
    OptionQuote.Builder b = OptionQuote.builder();
    b.contract(OptionContract.parseOcc(q.symbol()));
    double bid = q.bid() == null ? 0 : q.bid().doubleValue();
    b.bid(bid);
    b.ask(q.ask() == null ? bid : q.ask().doubleValue());
    if (q.last() != null) {
      b.last(q.last().doubleValue());
    }
    b.bidSize(q.bidSize() == null ? 0 : q.bidSize().longValue());
    b.askSize(q.askSize() == null ? 0 : q.askSize().longValue());
    b.volume(q.volume() == null ? 0 : q.volume().longValue());
    b.openInterest(q.openInterest() == null ? 0 : q.openInterest().longValue());
    if (q.volatility() != null && q.volatility().signum() > 0) {
      b.impliedVolatility(q.volatility().doubleValue());
    }
    if (q.delta() != null && q.gamma() != null && q.theta() != null && q.vega() != null) {
      b.greeks(Greeks.of(q.delta().doubleValue(), q.gamma().doubleValue(),
          q.theta().doubleValue(), q.vega().doubleValue()));
    }
    b.time(instant(q.updatedAt()));
    return b.build();
  }

  /** A warning or failed check as one line, {@code code: message}. */
  default String line(Wire.Message message) {
    if (message == null) {
      return null;
    }
    if (message.code() == null) {
      return message.message();
    }
    return message.message() == null ? message.code() : message.code() + ": " + message.message();
  }

  /**
   * A dry run's warning as the venue worded it: its message verbatim (the code only when there is
   * no message), as {@link dev.condor.api.order.OrderPreview#warnings()} promises.
   */
  default String warning(Wire.Message message) {
    if (message == null) {
      return null;
    }
    return message.message() == null || message.message().isBlank() ? message.code()
        : message.message();
  }

  /** A dry run's warnings, verbatim, in order; empty entries left out. */
  default List<String> warnings(List<Wire.Message> messages) {
    List<String> out = new ArrayList<>();
    for (Wire.Message m : messages) {
      String w = warning(m);
      if (w != null && !w.isBlank()) {
        out.add(w);
      }
    }
    return out;
  }

  /** A venue timestamp: ISO-8601 with an offset, or epoch milliseconds (order updated-at). */
  @Named("instant")
  default Instant instant(String text) {
    if (text == null || text.isBlank()) {
      // balances and orders always carry one; when a venue omits it, the answer is current
      return Instant.now();
    }
    String t = text.strip();
    if (t.chars().allMatch(Character::isDigit)) {
      return Instant.ofEpochMilli(Long.parseLong(t));
    }
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      return OffsetDateTime.parse(t, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]XX"))
          .toInstant();
    }
  }

  /** An option position, short quantities negative; null for anything that is not an option. */
  default ContractPosition position(Wire.Position p) {
    if (p == null || !EQUITY_OPTION.equals(p.instrumentType())) {
      return null;
    }
    int quantity = p.quantity().intValueExact();
    if (quantity == 0) {
      return null;
    }
    boolean isShort = "Short".equalsIgnoreCase(p.quantityDirection());
    ContractPosition.Builder b = ContractPosition.builder();
    b.contract(OptionContract.parseOcc(p.symbol()));
    b.quantity(isShort ? -Math.abs(quantity) : Math.abs(quantity));
    b.averagePrice(p.averageOpenPrice() == null ? 0 : p.averageOpenPrice().abs().doubleValue());
    if (p.markPrice() != null) {
      b.markPrice(p.markPrice().abs().doubleValue());
    }
    return b.build();
  }

  /** What a dry run says: buying power used (negative when freed), fees, warnings. */
  default OrderPreview preview(Wire.PlacedOrder dryRun, ClientOrderId id) {
    Wire.BuyingPowerEffect bp = dryRun.buyingPowerEffect();
    if (bp == null || bp.changeInBuyingPower() == null) {
      throw new IllegalStateException("buying-power-effect.change-in-buying-power is missing");
    }
    double change = bp.changeInBuyingPower().abs().doubleValue();
    OrderPreview.Builder b = OrderPreview.builder();
    b.clientOrderId(id);
    b.buyingPowerEffect("Credit".equalsIgnoreCase(bp.changeInBuyingPowerEffect()) ? -change : change);
    Wire.FeeCalculation fees = dryRun.feeCalculation();
    if (fees != null && fees.totalFees() != null) {
      b.estimatedCommission(fees.totalFees().abs().doubleValue());
    }
    if (dryRun.warnings() != null) {
      b.warnings(warnings(dryRun.warnings()));
    }
    return b.build();
  }

  /** The body that places (or previews, or replaces) a ticket, tagged with its client order id. */
  default Wire.NewOrder newOrder(OrderTicket ticket) {
    List<Wire.NewLeg> legs = new ArrayList<>(ticket.legs().size());
    String effect = ticket.positionEffect() == PositionEffect.OPEN ? " to Open" : " to Close";
    for (Leg leg : ticket.legs()) {
      String action = (leg.side() == Side.BUY ? "Buy" : "Sell") + effect;
      legs.add(new Wire.NewLeg(EQUITY_OPTION, leg.contract().occSymbol(),
          ticket.quantity() * leg.ratio(), action));
    }
    BigDecimal price = ticket.limitPrice().map(p -> price(p.amount())).orElse(null);
    String priceEffect = ticket.limitPrice().map(p -> effect(p.effect())).orElse(null);
    return new Wire.NewOrder(timeInForce(ticket), ticket.orderType() == OrderType.MARKET ? "Market"
        : "Limit", price, priceEffect, "condor", ticket.clientOrderId().value(), legs);
  }

  /** A replacement body: the working order's legs at a new limit, keeping its identifier. */
  default Wire.NewOrder replacement(Wire.Order working, NetPrice limit, ClientOrderId id) {
    List<Wire.NewLeg> legs = new ArrayList<>();
    for (Wire.OrderLeg leg : working.legs()) {
      legs.add(new Wire.NewLeg(leg.instrumentType(), leg.symbol(), leg.quantity().intValueExact(),
          leg.action()));
    }
    return new Wire.NewOrder(working.timeInForce() == null ? "Day" : working.timeInForce(), "Limit",
        price(limit.amount()), effect(limit.effect()), "condor", id.value(), legs);
  }

  /** A limit in cents, exactly: a price the venue cannot take is refused, never rounded. */
  default BigDecimal price(double amount) {
    return BigDecimal.valueOf(amount).setScale(2, RoundingMode.UNNECESSARY);
  }

  /** {@code Credit} or {@code Debit}. */
  default String effect(PriceEffect effect) {
    return effect == PriceEffect.CREDIT ? "Credit" : "Debit";
  }

  /** tastytrade's time-in-force names. */
  default String timeInForce(OrderTicket ticket) {
    switch (ticket.timeInForce()) {
      case GTC:
        return "GTC";
      case IOC:
        return "IOC";
      case DAY:
      default:
        return "Day";
    }
  }

  /** Units ordered: the order's size, or the first leg's quantity when size is absent. */
  default int units(Wire.Order o) {
    if (o.size() != null && o.size().signum() > 0) {
      return o.size().intValueExact();
    }
    return o.legs().get(0).quantity().intValueExact();
  }

  /** The order's state, with its fills folded in. */
  default OrderState orderState(Wire.Order o, ClientOrderId id) {
    if (o.id() == null || o.status() == null || o.legs() == null || o.legs().isEmpty()) {
      throw new IllegalStateException("an order needs id, status and legs");
    }
    int units = units(o);
    List<Fill> fills = fills(o, id);
    int filled = 0;
    BigDecimal cash = BigDecimal.ZERO;
    for (Fill f : fills) {
      filled += f.quantity();
      cash = cash.add(BigDecimal.valueOf(f.price().signed()).multiply(BigDecimal.valueOf(f.quantity())));
    }
    filled = Math.max(filled, filledByRemaining(o, units));
    OrderStatus status = status(o.status(), filled, units);
    if (status == OrderStatus.FILLED) {
      filled = units;
    }
    filled = Math.min(filled, units);
    if (status == OrderStatus.PARTIALLY_FILLED && filled == 0) {
      status = OrderStatus.WORKING;
    }
    OrderState.Builder b = OrderState.builder();
    b.clientOrderId(id);
    b.brokerOrderId(o.id());
    b.status(status);
    b.quantity(units);
    b.filledQuantity(filled);
    if (filled > 0) {
      int fillUnits = fills.stream().mapToInt(Fill::quantity).sum();
      if (fillUnits > 0) {
        b.averageFillPrice(NetPrice.ofSigned(
            cash.divide(BigDecimal.valueOf(fillUnits), MathContext.DECIMAL64).doubleValue()));
      } else if (o.price() != null) {
        // legs show filled quantity but no executions yet: the limit is the price they got or better
        b.averageFillPrice(Prices.of(o.price().abs().doubleValue(), o.priceEffect()));
      } else {
        throw new IllegalStateException("a filled order needs fills or a price");
      }
    }
    b.updatedAt(instant(o.updatedAt() != null ? o.updatedAt() : o.receivedAt()));
    if (o.rejectReason() != null && !o.rejectReason().isBlank()) {
      b.message(o.rejectReason());
    }
    return b.build();
  }

  /** Units filled according to the legs' remaining quantities. */
  default int filledByRemaining(Wire.Order o, int units) {
    int filled = units;
    for (Wire.OrderLeg leg : o.legs()) {
      if (leg.quantity() == null || leg.remainingQuantity() == null) {
        return 0;
      }
      int ratio = Math.max(1, leg.quantity().intValueExact() / units);
      int done = leg.quantity().subtract(leg.remainingQuantity()).intValueExact() / ratio;
      filled = Math.min(filled, done);
    }
    return Math.max(0, filled);
  }

  /** tastytrade's statuses in Condor's order life. */
  default OrderStatus status(String venueStatus, int filled, int units) {
    switch (venueStatus.toLowerCase(Locale.ROOT)) {
      case "routed":
      case "in flight":
      case "contingent":
        return OrderStatus.PENDING_NEW;
      case "received":
      case "live":
      case "replace requested":
        return filled > 0 && filled < units ? OrderStatus.PARTIALLY_FILLED
            : filled >= units ? OrderStatus.FILLED : OrderStatus.WORKING;
      case "cancel requested":
        return OrderStatus.PENDING_CANCEL;
      case "filled":
        return OrderStatus.FILLED;
      case "cancelled":
      case "removed":
      case "partially removed":
        return OrderStatus.CANCELLED;
      case "expired":
        return OrderStatus.EXPIRED;
      case "rejected":
        return OrderStatus.REJECTED;
      default:
        throw new IllegalStateException("unknown order status \"" + venueStatus + "\"");
    }
  }

  /**
   * The order's executions as combo fills. tastytrade reports fills per leg; the legs of one combo
   * execution share an {@code ext-group-fill-id}, which becomes the fill id (stable across calls).
   * Without one, the k-th fill of every leg makes the k-th combo fill, named by the first leg's
   * {@code fill-id}. The net price per unit sums the legs, sells positive, buys negative.
   */
  default List<Fill> fills(Wire.Order o, ClientOrderId id) {
    int units = units(o);
    Map<String, FillGroup> groups = new LinkedHashMap<>();
    for (Wire.OrderLeg leg : o.legs()) {
      if (leg.fills() == null) {
        continue;
      }
      int ratio = Math.max(1, leg.quantity().intValueExact() / units);
      int sign = leg.action() != null && leg.action().startsWith("Sell") ? 1 : -1;
      int k = 0;
      for (Wire.LegFill f : leg.fills()) {
        String key = f.extGroupFillId() != null ? "g:" + f.extGroupFillId() : "#" + k;
        k++;
        FillGroup g = groups.computeIfAbsent(key, x -> new FillGroup(
            f.extGroupFillId() != null ? f.extGroupFillId() : f.fillId()));
        int legUnits = f.quantity().intValueExact() / ratio;
        g.units = g.units == 0 ? legUnits : Math.min(g.units, legUnits);
        g.cash = g.cash.add(f.fillPrice().abs().multiply(f.quantity()).multiply(BigDecimal.valueOf(sign)));
        Instant at = instant(f.filledAt());
        g.time = g.time == null || at.isAfter(g.time) ? at : g.time;
      }
    }
    List<Fill> fills = new ArrayList<>(groups.size());
    for (FillGroup g : groups.values()) {
      if (g.units <= 0 || g.fillId == null) {
        throw new IllegalStateException("a leg fill needs fill-id and a quantity");
      }
      Fill.Builder b = Fill.builder();
      b.fillId(g.fillId);
      b.clientOrderId(id);
      b.brokerOrderId(o.id());
      b.quantity(g.units);
      b.price(NetPrice.ofSigned(
          g.cash.divide(BigDecimal.valueOf(g.units), MathContext.DECIMAL64).doubleValue()));
      b.time(g.time);
      fills.add(b.build());
    }
    fills.sort(Comparator.comparing(Fill::time));
    return fills;
  }

  /** Every contract of a nested chain root, calls and puts. */
  default List<OptionContract> contracts(Wire.NestedChain chain) {
    List<OptionContract> contracts = new ArrayList<>();
    if (chain.expirations() == null) {
      return contracts;
    }
    for (Wire.Expiration e : chain.expirations()) {
      if (e.strikes() == null) {
        continue;
      }
      for (Wire.Strike s : e.strikes()) {
        if (s.call() != null) {
          contracts.add(OptionContract.parseOcc(s.call()));
        }
        if (s.put() != null) {
          contracts.add(OptionContract.parseOcc(s.put()));
        }
      }
    }
    return contracts;
  }

  /** One combo execution being assembled from its legs. */
  final class FillGroup {
    final String fillId;
    int units;
    BigDecimal cash = BigDecimal.ZERO;
    Instant time;

    FillGroup(String fillId) {
      this.fillId = fillId;
    }
  }

  /** A net price from an amount and the venue's effect name. */
  final class Prices {
    private Prices() {}

    static NetPrice of(double amount, String effect) {
      return "Debit".equalsIgnoreCase(effect) ? NetPrice.debit(amount) : NetPrice.credit(amount);
    }
  }
}
