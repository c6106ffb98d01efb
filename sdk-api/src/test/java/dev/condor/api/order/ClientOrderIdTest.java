package dev.condor.api.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientOrderIdTest {

  @Test
  void acceptsLettersDigitsAndTheFourPunctuationMarks() {
    assertEquals("S0-2024.12_20:ic", ClientOrderId.of("S0-2024.12_20:ic").value());
    assertEquals("x", ClientOrderId.of("x").toString());
  }

  @Test
  void acceptsThirtySixCharactersAndRejectsThirtySeven() {
    String uuidLength = "0123456789abcdef0123456789abcdef0123"; // 36 characters
    assertEquals(36, uuidLength.length());
    assertEquals(uuidLength, ClientOrderId.of(uuidLength).value());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ClientOrderId.of(uuidLength + "4"));
    assertEquals("clientOrderId", e.field());
    assertTrue(e.getMessage().contains("1-36 characters"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "slash/1", "semi;colon", "é-accent", "tab\t", "new\nline"})
  void rejectsEmptyTextAndOtherCharacters(String bad) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> ClientOrderId.of(bad));
    assertEquals("clientOrderId", e.field());
  }

  @Test
  void rejectsNull() {
    assertEquals("clientOrderId",
        assertThrows(InvalidValueException.class, () -> ClientOrderId.of(null)).field());
  }

  @Test
  void equalityAndOrderAreByText() {
    assertEquals(ClientOrderId.of("a-1"), ClientOrderId.of("a-1"));
    assertEquals(ClientOrderId.of("a-1").hashCode(), ClientOrderId.of("a-1").hashCode());
    assertTrue(ClientOrderId.of("a-1").compareTo(ClientOrderId.of("a-2")) < 0);
  }

  @Test
  void fillRequiresAnIdAtLeastOneUnitAndANonNegativeCommission() {
    Fill fill = Fill.builder().fillId("f-1").clientOrderId(ClientOrderId.of("a-1")).quantity(2)
        .price(NetPrice.credit(1.45)).commission(2.60).time(Instant.EPOCH).build();
    assertEquals(2.60, fill.commission());
    assertEquals("fillId", assertThrows(InvalidValueException.class,
        () -> Fill.builder().from(fill).fillId(" ").build()).field());
    assertEquals("quantity", assertThrows(InvalidValueException.class,
        () -> Fill.builder().from(fill).quantity(0).build()).field());
    assertEquals("commission", assertThrows(InvalidValueException.class,
        () -> Fill.builder().from(fill).commission(-0.01).build()).field());
  }
}
