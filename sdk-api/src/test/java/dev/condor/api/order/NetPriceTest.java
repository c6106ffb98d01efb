package dev.condor.api.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import org.junit.jupiter.api.Test;

class NetPriceTest {

  @Test
  void creditIsPositiveAndDebitNegativeCashFlow() {
    assertEquals(1.50, NetPrice.credit(1.50).signed());
    assertEquals(-0.70, NetPrice.debit(0.70).signed());
    assertEquals(PriceEffect.CREDIT, NetPrice.credit(1.50).effect());
    assertEquals(PriceEffect.DEBIT, NetPrice.debit(0.70).effect());
  }

  @Test
  void ofSignedTakesTheDirectionFromTheSign() {
    assertEquals(NetPrice.credit(1.25), NetPrice.ofSigned(1.25));
    assertEquals(NetPrice.debit(0.40), NetPrice.ofSigned(-0.40));
    assertEquals(NetPrice.credit(0), NetPrice.ofSigned(0));
  }

  @Test
  void rejectsNaNNegativeOrInfiniteAmounts() {
    for (double bad : new double[] {Double.NaN, -0.05, Double.POSITIVE_INFINITY}) {
      InvalidValueException credit =
          assertThrows(InvalidValueException.class, () -> NetPrice.credit(bad), "credit " + bad);
      assertEquals("price", credit.field());
      assertTrue(credit.getMessage().contains("must be a finite amount >= 0"),
          credit.getMessage());
      assertThrows(InvalidValueException.class, () -> NetPrice.debit(bad), "debit " + bad);
    }
  }

  @Test
  void toStringShowsTwoDecimalsAndTheEffect() {
    assertEquals("1.50 CREDIT", NetPrice.credit(1.5).toString());
    assertEquals("0.05 DEBIT", NetPrice.debit(0.05).toString());
  }
}
