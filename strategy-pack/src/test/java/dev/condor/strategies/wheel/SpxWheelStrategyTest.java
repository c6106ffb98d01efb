package dev.condor.strategies.wheel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.Structure;
import dev.condor.api.portfolio.Position;
import dev.condor.api.strategy.EntryDecision;
import dev.condor.api.strategy.RiskPolicyRequest;
import dev.condor.strategies.testing.FakeContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpxWheelStrategyTest {

  private static final LocalDateTime AT = LocalDateTime.of(2024, 3, 4, 10, 0);
  private final SpxWheelStrategy strategy = new SpxWheelStrategy(SpxWheelConfig.DEFAULTS);

  private static FakeContext market() {
    return new FakeContext(AT).vix(15.00).chain(PutChain.standard().build());
  }

  @Test
  void sellsOneCashSecuredSpxwPutAtTheBid() {
    EntryDecision d = strategy.scanEntry(market());

    OrderTicket t = d.ticket().orElseThrow();
    assertEquals(Structure.SINGLE, t.structure());
    assertEquals(List.of(Leg.sell(OptionContract.of("SPXW", PutChain.FRIDAY, 4690,
        OptionRight.PUT))), t.legs());
    assertEquals(NetPrice.credit(28.40), t.limitPrice().orElseThrow());
    assertEquals(1, t.quantity());
    assertTrue(d.reason().startsWith("2024-03-04: VIX 15.00 within 12-35; strike = 5000.00"),
        d.reason());
  }

  @Test
  void skipsOutsideTheVixBand() {
    EntryDecision d = strategy.scanEntry(
        new FakeContext(AT).vix(36.20).chain(PutChain.standard().build()));
    assertEquals("2024-03-04: VIX 36.20 outside the 12-35 band", d.reason());
    assertTrue(d.ticket().isEmpty());
  }

  @Test
  void skipsWhenAlreadyEnteredToday() {
    assertEquals("2024-03-04: already entered today (1)",
        strategy.scanEntry(market().entriesToday(1)).reason());
  }

  @Test
  void skipsWithThreePutsOpen() {
    OrderTicket t = strategy.scanEntry(market()).ticket().orElseThrow();
    List<Position> open = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      open.add(Position.builder()
          .openedBy(OrderTicket.builder().from(t).clientOrderId(ClientOrderId.of("p-" + i)).build())
          .quantity(1).openPrice(NetPrice.credit(28.40)).openedAt(PutChain.TIME).build());
    }
    assertEquals("2024-03-04: 3 puts open, max 3",
        strategy.scanEntry(market().positions(open)).reason());
  }

  @Test
  void skipsWithoutAVixQuote() {
    assertEquals("2024-03-04: no VIX quote, the VIX band cannot be checked",
        strategy.scanEntry(new FakeContext(AT).chain(PutChain.standard().build())).reason());
  }

  @Test
  void looksForItsEntryOnceADayAndHoldsToExpiry() {
    assertEquals(List.of(LocalTime.of(10, 0)), strategy.schedule().entryTimes());
    assertEquals(Duration.ofMinutes(30), strategy.schedule().pollInterval());
    // the Friday closest to 45 days is 42..48 days out, 41 after a Good Friday
    assertEquals(41, strategy.dataNeeds().minDaysToExpiry());
    assertEquals(49, strategy.dataNeeds().maxDaysToExpiry());
    assertEquals(Set.of(Underlying.VIX), strategy.dataNeeds().quotes());
    Position p = Position.builder().openedBy(strategy.scanEntry(market()).ticket().orElseThrow())
        .quantity(1).openPrice(NetPrice.credit(28.40)).openedAt(PutChain.TIME).build();
    assertTrue(strategy.manage(p, market()).isHold());
    assertTrue(strategy.onStop(p, market()).isHold());
  }

  @Test
  void requestsSeedS4sLimitsFromTheEngine() {
    assertEquals(List.of(
        RiskPolicyRequest.of("max-positions", Map.of("perStrategy", 3, "perDay", 1)),
        RiskPolicyRequest.of("max-portfolio-risk", Map.of("percentOfEquity", 50.0))),
        strategy.riskPolicies());
  }

  @Test
  void journalsItsParametersAtSetup() {
    FakeContext context = market();
    strategy.setup(context);
    assertEquals(List.of("spx-wheel parameters: put delta 0.15, DTE target 45, max margin 50%, 1"
        + " contract(s) a trade, max 3 open, VIX 12-35; from configured values (no"
        + " calibrationFile set)"), context.notes());
  }
}
