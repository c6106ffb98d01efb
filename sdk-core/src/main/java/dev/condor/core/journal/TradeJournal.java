package dev.condor.core.journal;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.journal.JournalSink;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.OrderType;
import dev.condor.api.order.PositionEffect;
import dev.condor.api.order.PriceEffect;
import dev.condor.api.order.Side;
import dev.condor.api.order.Structure;
import dev.condor.api.order.TimeInForce;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the engine's events to every journal sink in seed S2's field names, and reads an ORDER
 * event back into the ticket it recorded (for recovery after a restart).
 *
 * <p>ORDER: {@code order_id, action (open|close), position_id, expiry (yyyyMMdd), short_put,
 * long_put, short_call, long_call, limit_price, qty, reason} plus what recovery needs: {@code
 * structure, legs ("SELL:<OCC symbol>" ...), price_effect, order_type, tif}. FILL: {@code order_id,
 * fill_id, fill_price, price_effect, qty, commission}. Every event reaches every sink before the
 * call returns; a sink that fails stops the caller (so no order leaves unjournalled).
 */
public final class TradeJournal {

  private static final DateTimeFormatter EXPIRY = DateTimeFormatter.BASIC_ISO_DATE;

  private final List<JournalSink> sinks;

  /** A journal writing to these sinks, in order. */
  public TradeJournal(List<JournalSink> sinks) {
    this.sinks = List.copyOf(sinks);
  }

  /** Appends an event to every sink. */
  public void append(JournalEvent event) {
    for (JournalSink sink : sinks) {
      sink.append(event);
    }
  }

  /** Records an order's intent; call before the order is sent. */
  public void order(String strategy, Instant time, OrderTicket ticket, String positionId,
      String reason) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("order_id", ticket.clientOrderId().value());
    f.put("action", ticket.positionEffect() == PositionEffect.OPEN ? "open" : "close");
    if (positionId != null) {
      f.put("position_id", positionId);
    }
    ticket.expiry().ifPresent(d -> f.put("expiry", EXPIRY.format(d)));
    for (Leg leg : ticket.legs()) {
      String role = (isShortInStructure(ticket, leg) ? "short_" : "long_")
          + (leg.contract().isPut() ? "put" : "call");
      f.putIfAbsent(role, strikeValue(leg.contract()));
    }
    ticket.limitPrice().ifPresent(p -> f.put("limit_price", p.amount()));
    f.put("qty", ticket.quantity());
    f.put("reason", reason == null ? "" : reason);
    f.put("structure", ticket.structure().name());
    List<String> legs = new ArrayList<>();
    for (Leg leg : ticket.legs()) {
      legs.add(leg.side().name() + ":" + (leg.ratio() == 1 ? "" : leg.ratio() + "x")
          + leg.contract().occSymbol());
    }
    f.put("legs", legs);
    ticket.limitPrice().ifPresent(p -> f.put("price_effect", p.effect().name()));
    f.put("order_type", ticket.orderType().name());
    f.put("tif", ticket.timeInForce().name());
    append(event(JournalEventType.ORDER, strategy, time, f));
  }

  /** Records an execution. */
  public void fill(String strategy, Fill fill) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("order_id", fill.clientOrderId().value());
    f.put("fill_id", fill.fillId());
    f.put("fill_price", fill.price().amount());
    f.put("price_effect", fill.price().effect().name());
    f.put("qty", fill.quantity());
    f.put("commission", fill.commission());
    append(event(JournalEventType.FILL, strategy, fill.time(), f));
  }

  /** Records a change of an order's state. */
  public void orderState(String strategy, Instant time, ClientOrderId id, OrderStatus status,
      String message) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("order_id", id.value());
    f.put("status", status.name());
    f.put("reason", message == null ? "" : message);
    append(event(JournalEventType.ORDER_STATE, strategy, time, f));
  }

  /** Records a risk policy acting on a position or an entry. */
  public void risk(String strategy, Instant time, String policy, String action, String subject,
      String reason) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("rule", policy);
    f.put("action", action);
    if (subject != null) {
      f.put("position_id", subject);
    }
    f.put("reason", reason);
    append(event(JournalEventType.RISK, strategy, time, f));
  }

  /** Records a strategy's decision and its reason. */
  public void decision(String strategy, Instant time, String decision) {
    append(event(JournalEventType.DECISION, strategy, time, Map.of("decision", decision)));
  }

  /** Records a lifecycle change of a strategy (state and detail). */
  public void lifecycle(String strategy, Instant time, String state, String detail) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("state", state);
    f.put("detail", detail == null ? "" : detail);
    append(event(JournalEventType.LIFECYCLE, strategy, time, f));
  }

  /** Records the settlement of an expired position: the cash it paid or cost, per unit. */
  public void settlement(String strategy, Instant time, String positionId, double settlementValue,
      NetPrice valuePerUnit, int quantity) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("position_id", positionId);
    f.put("settlement_value", settlementValue);
    f.put("fill_price", valuePerUnit.amount());
    f.put("price_effect", valuePerUnit.effect().name());
    f.put("qty", quantity);
    f.put("commission", 0.0);
    append(event(JournalEventType.SETTLEMENT, strategy, time, f));
  }

  /** Records a difference found between the journal and the broker on start. */
  public void reconcile(String strategy, Instant time, String finding) {
    append(event(JournalEventType.RECONCILE, strategy, time, Map.of("finding", finding)));
  }

  /** Closes every sink. */
  public void close() {
    for (JournalSink sink : sinks) {
      sink.close();
    }
  }

  /**
   * The ticket an ORDER event recorded.
   *
   * @throws dev.condor.api.error.InvalidValueException if the event is not a complete ORDER
   */
  public static OrderTicket ticketOf(JournalEvent order) {
    if (order.type() != JournalEventType.ORDER) {
      throw new dev.condor.api.error.InvalidValueException("event", order.type(), "must be ORDER");
    }
    Map<String, Object> f = order.fields();
    OrderTicket.Builder b = OrderTicket.builder()
        .clientOrderId(ClientOrderId.of(text(f, "order_id")))
        .structure(Structure.valueOf(text(f, "structure")))
        .quantity(((Number) required(f, "qty")).intValue())
        .orderType(OrderType.valueOf(text(f, "order_type")))
        .timeInForce(TimeInForce.valueOf(text(f, "tif")))
        .positionEffect("open".equals(text(f, "action")) ? PositionEffect.OPEN : PositionEffect.CLOSE)
        .strategy(order.strategy());
    for (Object leg : (List<?>) required(f, "legs")) {
      String s = leg.toString();
      int colon = s.indexOf(':');
      String rest = s.substring(colon + 1);
      int ratio = 1;
      int x = rest.indexOf('x');
      if (x > 0 && rest.substring(0, x).chars().allMatch(Character::isDigit)) {
        ratio = Integer.parseInt(rest.substring(0, x));
        rest = rest.substring(x + 1);
      }
      b.addLegs(Leg.of(OptionContract.parseOcc(rest), Side.valueOf(s.substring(0, colon)), ratio));
    }
    if (f.containsKey("limit_price")) {
      double amount = ((Number) f.get("limit_price")).doubleValue();
      b.limitPrice(PriceEffect.valueOf(text(f, "price_effect")) == PriceEffect.CREDIT
          ? NetPrice.credit(amount) : NetPrice.debit(amount));
    }
    return b.build();
  }

  /** The fill a FILL event recorded. */
  public static Fill fillOf(JournalEvent fill) {
    Map<String, Object> f = fill.fields();
    return Fill.builder()
        .fillId(text(f, "fill_id"))
        .clientOrderId(ClientOrderId.of(text(f, "order_id")))
        .quantity(((Number) required(f, "qty")).intValue())
        .price(priceOf(fill))
        .commission(((Number) required(f, "commission")).doubleValue())
        .time(fill.time())
        .build();
  }

  /** The net price per unit a FILL or SETTLEMENT event recorded. */
  public static NetPrice priceOf(JournalEvent event) {
    double amount = ((Number) required(event.fields(), "fill_price")).doubleValue();
    return PriceEffect.valueOf(text(event.fields(), "price_effect")) == PriceEffect.CREDIT
        ? NetPrice.credit(amount) : NetPrice.debit(amount);
  }

  private static Object required(Map<String, Object> f, String key) {
    Object v = f.get(key);
    if (v == null) {
      throw new dev.condor.api.error.InvalidValueException(key, null, "is missing from the ORDER event");
    }
    return v;
  }

  private static String text(Map<String, Object> f, String key) {
    return Objects.toString(required(f, key));
  }

  private static boolean isShortInStructure(OrderTicket ticket, Leg leg) {
    // For a closing ticket the legs are reversed; S2's names describe the position, so read the
    // role from the opening side.
    Side opening = ticket.positionEffect() == PositionEffect.OPEN ? leg.side() : leg.side().opposite();
    return opening == Side.SELL;
  }

  private static Object strikeValue(OptionContract c) {
    double k = c.strike();
    return k == Math.rint(k) ? (Object) (long) k : (Object) k;
  }

  private static JournalEvent event(JournalEventType type, String strategy, Instant time,
      Map<String, Object> fields) {
    return JournalEvent.builder().type(type).strategy(strategy).time(time).fields(fields).build();
  }
}
