package dev.condor.core.risk;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Greeks;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.portfolio.Position;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** SPX tickets, positions and chains built by hand for the policy tests. */
final class Fixtures {

  /** A Friday SPXW expiry. */
  static final LocalDate EXPIRY = LocalDate.of(2025, 1, 17);
  static final Instant QUOTE_TIME = Instant.parse("2025-01-17T15:00:00Z");

  private Fixtures() {}

  static OptionContract put(LocalDate expiry, double strike) {
    return OptionContract.of("SPXW", expiry, strike, OptionRight.PUT);
  }

  static OptionContract call(LocalDate expiry, double strike) {
    return OptionContract.of("SPXW", expiry, strike, OptionRight.CALL);
  }

  /** S2's 0DTE shape: buy 5690 put, sell 5700 put, sell 5900 call, buy 5910 call. */
  static OrderTicket condor(String id, LocalDate expiry, int quantity, double credit) {
    return OrderTicket.shortIronCondor(ClientOrderId.of(id), put(expiry, 5690), put(expiry, 5700),
        call(expiry, 5900), call(expiry, 5910), quantity, credit);
  }

  /** A put credit spread: sell {@code shortStrike}, buy {@code longStrike}. */
  static OrderTicket putSpread(String id, LocalDate expiry, double shortStrike, double longStrike,
      int quantity, double credit) {
    return OrderTicket.creditVertical(ClientOrderId.of(id), put(expiry, shortStrike),
        put(expiry, longStrike), quantity, credit);
  }

  /** The open position a filled opening ticket leaves, opened at a New York local time. */
  static Position open(OrderTicket ticket, int quantity, String openedAtNewYork) {
    return Position.builder()
        .openedBy(ticket)
        .quantity(quantity)
        .openPrice(ticket.limitPrice().orElse(NetPrice.credit(0)))
        .openedAt(LocalDateTime.parse(openedAtNewYork).atZone(TestCalendar.NEW_YORK).toInstant())
        .build();
  }

  /** Opened in full at 09:46 on 2025-01-17. */
  static Position open(OrderTicket ticket) {
    return open(ticket, ticket.quantity(), "2025-01-17T09:46");
  }

  static OptionQuote quote(OptionContract contract, double bid, double ask) {
    return OptionQuote.builder().contract(contract).bid(bid).ask(ask).time(QUOTE_TIME).build();
  }

  static OptionQuote quote(OptionContract contract, double bid, double ask, double delta) {
    return OptionQuote.builder().contract(contract).bid(bid).ask(ask).time(QUOTE_TIME)
        .greeks(Greeks.of(delta, 0.001, -0.5, 0.1)).build();
  }

  static OptionChain chain(double spot, OptionQuote... quotes) {
    return OptionChain.of(Underlying.SPX, spot, QUOTE_TIME, List.of(quotes));
  }

  /**
   * The condor's four legs quoted bid/ask, long put first: the natural debit to close is {@code
   * shortPutAsk + shortCallAsk - longPutBid - longCallBid}.
   */
  static OptionChain condorChain(LocalDate expiry, double spot, double longPutBid,
      double longPutAsk, double shortPutBid, double shortPutAsk, double shortCallBid,
      double shortCallAsk, double longCallBid, double longCallAsk) {
    return chain(spot,
        quote(put(expiry, 5690), longPutBid, longPutAsk),
        quote(put(expiry, 5700), shortPutBid, shortPutAsk),
        quote(call(expiry, 5900), shortCallBid, shortCallAsk),
        quote(call(expiry, 5910), longCallBid, longCallAsk));
  }

  /** The condor's legs quoted so the natural debit to close is {@code debit}: all on the short put. */
  static OptionChain condorChainWithDebit(LocalDate expiry, double debit) {
    return condorChain(expiry, 5800, 0.05, 0.10, debit - 0.05, debit, 0.00, 0.05, 0.00, 0.05);
  }
}
