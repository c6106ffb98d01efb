package dev.condor.tastytrade.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderStatus;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.PriceEffect;
import dev.condor.api.portfolio.ContractPosition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the mapping from tastytrade's documents to API values. */
class WireMapperTest {

  private final ObjectMapper json = new ObjectMapper();
  private final WireMapper mapper = WireMapper.INSTANCE;
  private final ClientOrderId id = ClientOrderId.of("v-1");

  private Wire.Order order(String text) throws Exception {
    return json.readValue(text.replace('\'', '"'), Wire.Order.class);
  }

  private static final String VERTICAL = "{'id': 77, 'status': '%s', 'size': '3',"
      + " 'price': '0.85', 'price-effect': 'Credit', 'updated-at': 1795705200000, 'legs': ["
      + "{'instrument-type': 'Equity Option', 'symbol': 'SPXW  261120P05850000', 'action': 'Sell to Open',"
      + " 'quantity': 3, 'remaining-quantity': %d, 'fills': [%s]},"
      + "{'instrument-type': 'Equity Option', 'symbol': 'SPXW  261120P05800000', 'action': 'Buy to Open',"
      + " 'quantity': 3, 'remaining-quantity': %d, 'fills': [%s]}]}";

  @Test
  void legFillsWithoutAGroupIdPairUpByPositionAndKeepTheFirstLegsFillId() throws Exception {
    String sell = "{'fill-id': 's1', 'quantity': '2', 'fill-price': '2.40', 'filled-at': '2026-11-20T15:00:00.000+00:00'},"
        + "{'fill-id': 's2', 'quantity': '1', 'fill-price': '2.30', 'filled-at': '2026-11-20T15:05:00.000+00:00'}";
    String buy = "{'fill-id': 'b1', 'quantity': '2', 'fill-price': '1.50', 'filled-at': '2026-11-20T15:00:00.100+00:00'},"
        + "{'fill-id': 'b2', 'quantity': '1', 'fill-price': '1.50', 'filled-at': '2026-11-20T15:05:00.000+00:00'}";
    Wire.Order o = order(String.format(VERTICAL, "Filled", 0, sell, 0, buy));
    List<Fill> fills = mapper.fills(o, id);
    assertEquals(List.of("s1", "s2"), fills.stream().map(Fill::fillId).toList());
    assertEquals(2, fills.get(0).quantity());
    assertEquals(0.90, fills.get(0).price().amount(), 1e-9);
    assertEquals(PriceEffect.CREDIT, fills.get(0).price().effect());
    assertEquals(Instant.parse("2026-11-20T15:00:00.100Z"), fills.get(0).time());
    assertEquals(0.80, fills.get(1).price().amount(), 1e-9);

    OrderState state = mapper.orderState(o, id);
    assertEquals(OrderStatus.FILLED, state.status());
    assertEquals(3, state.filledQuantity());
    assertEquals((0.90 * 2 + 0.80) / 3, state.averageFillPrice().orElseThrow().amount(), 1e-9);
    assertEquals(Instant.ofEpochMilli(1795705200000L), state.updatedAt());
  }

  @Test
  void debitFillsAreDebits() throws Exception {
    String sell = "{'fill-id': 's1', 'ext-group-fill-id': 'g', 'quantity': '3', 'fill-price': '0.10', 'filled-at': '2026-11-20T15:00:00Z'}";
    String buy = "{'fill-id': 'b1', 'ext-group-fill-id': 'g', 'quantity': '3', 'fill-price': '0.60', 'filled-at': '2026-11-20T15:00:00Z'}";
    Fill f = mapper.fills(order(String.format(VERTICAL, "Filled", 0, sell, 0, buy)), id).get(0);
    assertEquals("g", f.fillId());
    assertEquals(PriceEffect.DEBIT, f.price().effect());
    assertEquals(0.50, f.price().amount(), 1e-9);
  }

  @Test
  void venueStatusesMapToTheOrderLife() throws Exception {
    assertEquals(OrderStatus.PENDING_NEW, status("Routed"));
    assertEquals(OrderStatus.PENDING_NEW, status("In Flight"));
    assertEquals(OrderStatus.WORKING, status("Received"));
    assertEquals(OrderStatus.WORKING, status("Live"));
    assertEquals(OrderStatus.PENDING_CANCEL, status("Cancel Requested"));
    assertEquals(OrderStatus.CANCELLED, status("Cancelled"));
    assertEquals(OrderStatus.CANCELLED, status("Removed"));
    assertEquals(OrderStatus.EXPIRED, status("Expired"));
    assertEquals(OrderStatus.REJECTED, status("Rejected"));
    assertThrows(IllegalStateException.class, () -> status("Teleported"));
  }

  private OrderStatus status(String venueStatus) throws Exception {
    return mapper.orderState(order(String.format(VERTICAL, venueStatus, 3, "", 3, "")), id).status();
  }

  @Test
  void liveOrderWithSomeLegsDoneIsPartiallyFilledByRemainingQuantities() throws Exception {
    OrderState s = mapper.orderState(order(String.format(VERTICAL, "Live", 2, "", 2, "")), id);
    assertEquals(OrderStatus.PARTIALLY_FILLED, s.status());
    assertEquals(1, s.filledQuantity());
    assertEquals(0.85, s.averageFillPrice().orElseThrow().amount(), 1e-9);
  }

  @Test
  void positionsOtherThanOptionsAreSkippedAndShortsAreNegative() throws Exception {
    assertNull(mapper.position(json.readValue("{\"symbol\": \"AAPL\", \"instrument-type\": \"Equity\","
        + " \"quantity\": 742, \"quantity-direction\": \"Long\"}", Wire.Position.class)));
    ContractPosition p = mapper.position(json.readValue("{\"symbol\": \"SPY   260804P00500000\","
        + " \"instrument-type\": \"Equity Option\", \"quantity\": \"3.0\", \"quantity-direction\":"
        + " \"Short\", \"average-open-price\": \"1.25\", \"mark-price\": \"0.95\"}",
        Wire.Position.class));
    assertEquals(-3, p.quantity());
    assertEquals(OptionContract.of("SPY", LocalDate.of(2026, 8, 4), 500, OptionRight.PUT),
        p.contract());
    assertEquals(0.95, p.markPrice().getAsDouble());
  }

  @Test
  void closingTicketsBuyAndSellToClose() {
    OptionContract shortPut = OptionContract.of("SPXW", LocalDate.of(2026, 11, 20), 5850,
        OptionRight.PUT);
    OptionContract longPut = OptionContract.of("SPXW", LocalDate.of(2026, 11, 20), 5800,
        OptionRight.PUT);
    OrderTicket open = OrderTicket.creditVertical(id, shortPut, longPut, 1, 1.0);
    Wire.NewOrder close = mapper.newOrder(open.closing(ClientOrderId.of("v-1-close"), 1, null));
    assertEquals("Market", close.orderType());
    assertNull(close.price());
    assertEquals(List.of("Buy to Close", "Sell to Close"),
        close.legs().stream().map(Wire.NewLeg::action).toList());
    assertEquals("v-1-close", close.externalIdentifier());
  }

  @Test
  void timestampsWithoutColonInTheOffsetAreRead() {
    assertEquals(Instant.parse("2026-11-20T15:00:00Z"), mapper.instant("2026-11-20T15:00:00.000+0000"));
  }

  @Test
  void previewWarningsAreTheVenuesWordsVerbatimNotPrefixedWithTheirCode() throws Exception {
    Wire.PlacedOrder dryRun = json.readValue(("{'buying-power-effect': {'change-in-buying-power':"
        + " '3500.0', 'change-in-buying-power-effect': 'Debit'}, 'fee-calculation': {'total-fees':"
        + " '4.2', 'total-fees-effect': 'Debit'}, 'warnings': [{'code': 'tif_next_valid_session',"
        + " 'message': 'Your order will begin working during next valid session.'},"
        + " {'code': 'only_a_code'}, {'message': ''}]}").replace('\'', '"'), Wire.PlacedOrder.class);
    assertEquals(List.of("Your order will begin working during next valid session.", "only_a_code"),
        mapper.preview(dryRun, id).warnings());
    // an error still reads code: message
    assertEquals("market_closed: The market is closed",
        mapper.line(new Wire.Message("market_closed", "The market is closed")));
  }
}
