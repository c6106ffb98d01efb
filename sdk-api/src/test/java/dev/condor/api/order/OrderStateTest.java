package dev.condor.api.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderStateTest {

  private static final Instant T = Instant.parse("2024-12-20T14:36:05Z");

  /** Three units ordered, in a status, with {@code filled} of them filled. */
  private static OrderState.Builder state(OrderStatus status, int filled) {
    return OrderState.builder().clientOrderId(ClientOrderId.of("s0-1")).status(status).quantity(3)
        .filledQuantity(filled).updatedAt(T);
  }

  @Test
  void aFilledOrderHasEveryUnitFilledAndNoneRemaining() {
    OrderState s = state(OrderStatus.FILLED, 3).averageFillPrice(NetPrice.credit(1.45)).build();
    assertEquals(0, s.remainingQuantity());
    assertEquals(Optional.of(NetPrice.credit(1.45)), s.averageFillPrice());
  }

  @Test
  void filledRequiresFilledQuantityEqualToQuantity() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> state(OrderStatus.FILLED, 2).averageFillPrice(NetPrice.credit(1.45)).build());
    assertEquals("filledQuantity", e.field());
    assertTrue(e.getMessage().contains("must equal the quantity 3 when FILLED"), e.getMessage());
  }

  @Test
  void partiallyFilledRequiresSomeButNotAllUnitsFilled() {
    OrderState one = state(OrderStatus.PARTIALLY_FILLED, 1)
        .averageFillPrice(NetPrice.credit(1.45)).build();
    assertEquals(2, one.remainingQuantity()); // 3 - 1

    InvalidValueException none = assertThrows(InvalidValueException.class,
        () -> state(OrderStatus.PARTIALLY_FILLED, 0).build());
    assertTrue(none.getMessage().contains("between 1 and 2 when PARTIALLY_FILLED"),
        none.getMessage());
    InvalidValueException all = assertThrows(InvalidValueException.class,
        () -> state(OrderStatus.PARTIALLY_FILLED, 3).averageFillPrice(NetPrice.credit(1.45))
            .build());
    assertEquals("filledQuantity", all.field());
  }

  @Test
  void anyFilledUnitRequiresAnAverageFillPrice() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> state(OrderStatus.PARTIALLY_FILLED, 1).build());
    assertEquals("averageFillPrice", e.field());
    assertThrows(InvalidValueException.class, () -> state(OrderStatus.CANCELLED, 2).build());
  }

  @Test
  void aCancelledOrderMayKeepItsPartialFills() {
    OrderState s = state(OrderStatus.CANCELLED, 2).averageFillPrice(NetPrice.credit(1.40))
        .message("cancelled by user").build();
    assertEquals(1, s.remainingQuantity());
    assertEquals(Optional.of("cancelled by user"), s.message());
  }

  @Test
  void rejectsFilledQuantityOutsideZeroToQuantityAndQuantityBelowOne() {
    assertEquals("filledQuantity", assertThrows(InvalidValueException.class,
        () -> state(OrderStatus.WORKING, 4).averageFillPrice(NetPrice.credit(1)).build()).field());
    assertEquals("filledQuantity", assertThrows(InvalidValueException.class,
        () -> state(OrderStatus.WORKING, -1).build()).field());
    assertEquals("quantity", assertThrows(InvalidValueException.class,
        () -> state(OrderStatus.WORKING, 0).quantity(0).build()).field());
  }

  @Test
  void aWorkingOrderWithNothingFilledNeedsNoPrice() {
    OrderState s = state(OrderStatus.WORKING, 0).brokerOrderId("TT-12345").build();
    assertEquals(3, s.remainingQuantity());
    assertEquals(Optional.of("TT-12345"), s.brokerOrderId());
  }
}
