package dev.condor.ibkr;

import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.portfolio.Account;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * Maps the gateway's wire shapes to API values. Field-to-field mappings are generated; the ones
 * that need IBKR's conventions (status words, the sign of a combo price, numbers sent as text) are
 * written out as default methods.
 */
@Mapper
interface IbkrMapper {

  /** The generated implementation. */
  IbkrMapper INSTANCE = new IbkrMapperImpl();

  /**
   * Balances from the portfolio summary: cash is {@code totalcashvalue}, buying power for options
   * is {@code availablefunds} (IBKR's {@code buyingpower} is the 4x stock figure).
   */
  @Mapping(target = "accountId", source = "accountId")
  @Mapping(target = "cash", source = "summary.totalcashvalue.amount")
  @Mapping(target = "netLiquidation", source = "summary.netliquidation.amount")
  @Mapping(target = "buyingPower", source = "summary.availablefunds.amount")
  @Mapping(target = "time", source = "time")
  @Mapping(target = "from", ignore = true)
  Account account(String accountId, Wire.PortfolioSummary summary, Instant time);

  /**
   * The net cash per unit of an IBKR price on a side: buying at a positive price pays (a debit),
   * buying at a negative price receives (a credit), selling the other way round.
   */
  static NetPrice netPrice(String side, double price) {
    boolean buy = isBuy(side);
    return NetPrice.ofSigned(buy ? -price : price);
  }

  /** Whether IBKR's side word ({@code BUY}, {@code B}, {@code BOT}) is a buy. */
  static boolean isBuy(String side) {
    return side != null && side.strip().toUpperCase(Locale.ROOT).startsWith("B");
  }

  /**
   * The API status of IBKR's order status word, given how much has filled: {@code PreSubmitted}
   * and {@code Submitted} work, {@code Inactive} is a rejection (IBKR's word for an order it will
   * not work), an unknown word is treated as still working, never as ended.
   */
  static OrderStatus status(String word, int filled, int quantity) {
    String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
    switch (w) {
      case "pendingsubmit":
      case "apipending":
        return OrderStatus.PENDING_NEW;
      case "filled":
        return OrderStatus.FILLED;
      case "pendingcancel":
        return OrderStatus.PENDING_CANCEL;
      case "cancelled":
      case "apicancelled":
        return OrderStatus.CANCELLED;
      case "inactive":
      case "rejected":
        return filled > 0 ? OrderStatus.CANCELLED : OrderStatus.REJECTED;
      default:
        if (filled >= quantity && quantity > 0) {
          return OrderStatus.FILLED;
        }
        return filled > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.WORKING;
    }
  }

  /** An order state from a live order of {@code GET /iserver/account/orders}. */
  default OrderState orderState(ClientOrderId id, Wire.LiveOrder o, int knownQuantity) {
    int total = (int) Math.round(number(o.totalSize(), knownQuantity));
    int quantity = Math.max(1, total > 0 ? total : knownQuantity);
    int filled = (int) Math.round(number(o.filledQuantity(), 0));
    filled = Math.min(Math.max(0, filled), quantity);
    OrderStatus status = status(o.status(), filled, quantity);
    if (status == OrderStatus.FILLED) {
      filled = quantity;
    }
    OrderState.Builder b = OrderState.builder();
    b.clientOrderId(id)
        .brokerOrderId(Optional.ofNullable(blankToNull(o.orderId())))
        .status(status)
        .quantity(quantity)
        .filledQuantity(filled)
        .updatedAt(millis(o.lastExecutionTimeMillis()).orElseGet(Instant::now));
    if (filled > 0) {
      double avg = number(o.avgPrice(), Double.NaN);
      if (Double.isFinite(avg)) {
        b.averageFillPrice(netPrice(o.side(), avg));
      } else {
        b.averageFillPrice(netPrice(o.side(), number(o.price(), 0)));
      }
    }
    if (status == OrderStatus.CANCELLED || status == OrderStatus.REJECTED) {
      Optional.ofNullable(blankToNull(o.cancellationReason())).ifPresent(b::message);
    }
    return b.build();
  }

  /** An order state from {@code GET /iserver/account/order/status/{orderId}}. */
  default OrderState orderState(ClientOrderId id, Wire.OrderStatusDetail o, int knownQuantity) {
    return orderState(id, new Wire.LiveOrder(null, null, o.conidex(), o.orderId(), o.orderStatus(),
        o.side(), o.totalSize(), o.filledQuantity(), null, o.avgFillPrice(), null, null, null, null,
        o.orderRef(), null), knownQuantity);
  }

  /** A number IBKR sent as text or as a number ({@code "1,006,413"}, {@code "0.01 USD"}). */
  static double number(String text, double fallback) {
    if (text == null) {
      return fallback;
    }
    String t = text.strip().replace(",", "");
    int space = t.indexOf(' ');
    if (space > 0) {
      t = t.substring(0, space);
    }
    if (t.isEmpty()) {
      return fallback;
    }
    try {
      double v = Double.parseDouble(t);
      return Double.isFinite(v) ? v : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** An instant from epoch milliseconds sent as text. */
  static Optional<Instant> millis(String text) {
    double ms = number(text, Double.NaN);
    return Double.isFinite(ms) && ms > 0 ? Optional.of(Instant.ofEpochMilli((long) ms))
        : Optional.empty();
  }

  /**
   * A quote from a snapshot row: prices may carry a letter prefix ({@code C} for the previous
   * close, {@code H} for halted), sizes a {@code K} or {@code M} suffix, implied volatility is in
   * percent.
   */
  static dev.condor.api.market.OptionQuote optionQuote(dev.condor.api.instrument.OptionContract c,
      com.fasterxml.jackson.databind.JsonNode row) {
    double bid = field(row, "84");
    double ask = field(row, "86");
    dev.condor.api.market.OptionQuote.Builder b = dev.condor.api.market.OptionQuote.builder();
    b.contract(c)
        .bid(Double.isFinite(bid) ? Math.max(0, bid) : 0)
        .ask(Double.isFinite(ask) ? Math.max(0, ask) : (Double.isFinite(bid) ? Math.max(0, bid) : 0))
        .bidSize(Math.max(0, Math.round(size(row, "88"))))
        .askSize(Math.max(0, Math.round(size(row, "85"))))
        .time(millis(row.path("_updated").asText(null)).orElseGet(Instant::now));
    double last = field(row, "31");
    if (Double.isFinite(last) && last >= 0) {
      b.last(last);
    }
    double iv = field(row, "7633");
    if (Double.isFinite(iv) && iv > 0) {
      b.impliedVolatility(iv / 100);
    }
    double delta = field(row, "7308");
    double gamma = field(row, "7309");
    double theta = field(row, "7310");
    double vega = field(row, "7311");
    if (Double.isFinite(delta) && Double.isFinite(gamma) && Double.isFinite(theta)
        && Double.isFinite(vega)) {
      b.greeks(dev.condor.api.market.Greeks.of(delta, gamma, theta, vega));
    }
    return b.build();
  }

  private static double field(com.fasterxml.jackson.databind.JsonNode row, String code) {
    String text = row.path(code).asText("").strip().replace("%", "");
    while (!text.isEmpty() && Character.isLetter(text.charAt(0))) {
      text = text.substring(1);
    }
    return number(text, Double.NaN);
  }

  private static double size(com.fasterxml.jackson.databind.JsonNode row, String code) {
    String text = row.path(code).asText("").strip().toUpperCase(Locale.ROOT);
    double scale = 1;
    if (text.endsWith("K")) {
      scale = 1_000;
      text = text.substring(0, text.length() - 1);
    } else if (text.endsWith("M")) {
      scale = 1_000_000;
      text = text.substring(0, text.length() - 1);
    }
    return number(text, 0) * scale;
  }

  /** Text, or null when blank; {@link Named} so that generated mappings never pick it silently. */
  @Named("blankToNull")
  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
