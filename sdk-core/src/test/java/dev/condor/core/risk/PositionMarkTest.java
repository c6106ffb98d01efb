package dev.condor.core.risk;

import static dev.condor.core.risk.Fixtures.EXPIRY;
import static dev.condor.core.risk.Fixtures.call;
import static dev.condor.core.risk.Fixtures.chain;
import static dev.condor.core.risk.Fixtures.condor;
import static dev.condor.core.risk.Fixtures.condorChain;
import static dev.condor.core.risk.Fixtures.open;
import static dev.condor.core.risk.Fixtures.put;
import static dev.condor.core.risk.Fixtures.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.order.NetPrice;
import dev.condor.api.portfolio.Position;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PositionMarkTest {

  private final Position condor = open(condor("ic-1", EXPIRY, 2, 1.45));

  @Test
  void naturalBuysBackShortsAtTheAskAndSellsLongsAtTheBid() {
    // 0.40 + 0.45 - 0.05 - 0.10 = 0.70
    PositionMark mark = PositionMark.of(condor,
        condorChain(EXPIRY, 5800, 0.05, 0.10, 0.30, 0.40, 0.35, 0.45, 0.10, 0.15), Pricing.NATURAL);

    assertTrue(mark.isPriced());
    assertEquals(NetPrice.debit(0.70), mark.closePrice());
    assertEquals(0.70, mark.debitToClose(), 1e-12);
    assertEquals("debit to close 0.70", mark.describe());
  }

  @Test
  void midValuesEveryLegAtItsMid() {
    // 0.35 + 0.40 - 0.075 - 0.125 = 0.55
    PositionMark mark = PositionMark.of(condor,
        condorChain(EXPIRY, 5800, 0.05, 0.10, 0.30, 0.40, 0.35, 0.45, 0.10, 0.15), Pricing.MID);

    assertEquals(NetPrice.debit(0.55), mark.closePrice());
    assertEquals("mid debit to close 0.55", mark.describe());
  }

  @Test
  void closingForACreditReadsAsACredit() {
    // the long put is worth more than the short put: 0.20 - 0.30 = a credit of 0.10
    Position spread = open(Fixtures.putSpread("v-1", EXPIRY, 5700, 5710, 1, 0.50));
    PositionMark mark = PositionMark.of(spread,
        chain(5800, quote(put(EXPIRY, 5700), 0.15, 0.20), quote(put(EXPIRY, 5710), 0.30, 0.35)),
        Pricing.NATURAL);

    assertEquals(NetPrice.credit(0.10), mark.closePrice());
    assertEquals(-0.10, mark.debitToClose(), 1e-12);
    assertEquals("credit to close 0.10", mark.describe());
  }

  @Test
  void aLegWithoutAQuoteLeavesThePositionUnmarked() {
    PositionMark mark = PositionMark.of(condor,
        chain(5800, quote(put(EXPIRY, 5690), 0.05, 0.10), quote(put(EXPIRY, 5700), 0.30, 0.40),
            quote(call(EXPIRY, 5900), 0.35, 0.45)),
        Pricing.NATURAL);

    assertFalse(mark.isPriced());
    assertEquals(Optional.of("no quote for SPXW 250117C05910000"), mark.problem());
    assertThrows(IllegalStateException.class, mark::closePrice);
  }

  @Test
  void aShortLegWithNoOfferCannotBeBoughtBack() {
    PositionMark mark = PositionMark.of(condor,
        condorChain(EXPIRY, 5800, 0.05, 0.10, 0.00, 0.00, 0.35, 0.45, 0.10, 0.15), Pricing.NATURAL);

    assertEquals(Optional.of("no offer for SPXW 250117P05700000"), mark.problem());
  }

  @Test
  void noChainInTheContextLeavesThePositionUnmarked() {
    PositionMark mark = PositionMark.of(condor, TestContext.at("2025-01-17T10:00"), Pricing.NATURAL);

    assertEquals(Optional.of("no chain for SPX"), mark.problem());
  }
}
