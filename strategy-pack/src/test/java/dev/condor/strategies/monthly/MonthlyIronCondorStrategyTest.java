package dev.condor.strategies.monthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.Structure;
import dev.condor.api.portfolio.Position;
import dev.condor.api.strategy.EntryDecision;
import dev.condor.api.strategy.RiskPolicyRequest;
import dev.condor.api.strategy.TimeWindow;
import dev.condor.strategies.testing.FakeContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MonthlyIronCondorStrategyTest {

  private static final LocalDateTime AT = LocalDateTime.of(2024, 3, 4, 11, 0);
  private final MonthlyIronCondorStrategy strategy =
      new MonthlyIronCondorStrategy(MonthlyIronCondorConfig.DEFAULTS);

  private static FakeContext spikeDay() {
    return new FakeContext(AT).vix(24.00, 19.50).chain(CondorChain.standard().build());
  }

  @Test
  void sellsTheHandPickedCondorAtTheRoundedNaturalCredit() {
    EntryDecision d = strategy.scanEntry(spikeDay());

    OrderTicket t = d.ticket().orElseThrow();
    assertEquals(Structure.IRON_CONDOR, t.structure());
    assertEquals(List.of(
        Leg.buy(OptionContract.of("SPX", CondorChain.MAY, 4550, OptionRight.PUT)),
        Leg.sell(OptionContract.of("SPX", CondorChain.MAY, 4575, OptionRight.PUT)),
        Leg.sell(OptionContract.of("SPX", CondorChain.MAY, 5200, OptionRight.CALL)),
        Leg.buy(OptionContract.of("SPX", CondorChain.MAY, 5225, OptionRight.CALL))), t.legs());
    // natural 6.70 + 6.25 - 5.00 - 4.60 = 3.35, rounded down to the 0.10 tick: 3.30
    assertEquals(NetPrice.credit(3.30), t.limitPrice().orElseThrow());
    assertEquals(2, t.quantity());
    assertEquals("test-1", t.clientOrderId().value());
    assertTrue(d.reason().startsWith("2024-03-04 VIX spike: VIX 24.00 is +23.1% on prior close"
        + " 19.50; SPX 5000.00; sell 2024-05-17 SPX AM monthly (74 DTE)"), d.reason());
  }

  @Test
  void skipsWithoutASpike() {
    EntryDecision d = strategy.scanEntry(
        new FakeContext(AT).vix(22.00, 19.50).chain(CondorChain.standard().build()));
    assertEquals("2024-03-04: no VIX spike: VIX +13% on prior close 19.50, trigger +20%"
        + " (VIX >= 23.40)", d.reason());
    assertTrue(d.ticket().isEmpty());
  }

  @Test
  void skipsWithoutAPriorVixClose() {
    EntryDecision d = strategy.scanEntry(
        new FakeContext(AT).vix(24.00).chain(CondorChain.standard().build()));
    assertEquals("2024-03-04: not enough history: no prior VIX close to measure the daily change"
        + " against", d.reason());
  }

  @Test
  void skipsWhenAlreadyEnteredToday() {
    EntryDecision d = strategy.scanEntry(spikeDay().entriesToday(1));
    assertEquals("2024-03-04: already entered today (1 of 1 a day)", d.reason());
    assertTrue(d.ticket().isEmpty());
  }

  @Test
  void skipsWhenThreeCondorsAreOpen() {
    List<Position> open = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      OrderTicket t = strategy.scanEntry(spikeDay()).ticket().orElseThrow();
      open.add(Position.builder().openedBy(OrderTicket.builder().from(t)
              .clientOrderId(dev.condor.api.order.ClientOrderId.of("open-" + i)).build())
          .quantity(2).openPrice(NetPrice.credit(3.30))
          .openedAt(AT.minusDays(i).atZone(dev.condor.core.calendar.NyseCalendar.ZONE)
              .toInstant()).build());
    }
    EntryDecision d = strategy.scanEntry(spikeDay().positions(open));
    assertEquals("2024-03-04: 3 condors open, max 3", d.reason());
  }

  @Test
  void skipsWhenTheCreditIsTooSmall() {
    EntryDecision d = strategy.scanEntry(new FakeContext(AT).vix(24.00, 19.50)
        .chain(CondorChain.standard().call(5200, 5.50, 5.90, 0.105).build()));
    assertTrue(d.reason().startsWith("2024-03-04: credit too small: natural limit 2.60 < min 3.00"),
        d.reason());
  }

  @Test
  void skipsWithoutAVixQuote() {
    EntryDecision d = strategy.scanEntry(new FakeContext(AT).chain(CondorChain.standard().build()));
    assertEquals("2024-03-04: no VIX quote, the spike trigger cannot be read", d.reason());
  }

  @Test
  void pollsEveryFiveMinutesAndEntersInsideTheWindow() {
    assertEquals(Duration.ofSeconds(300), strategy.schedule().pollInterval());
    assertEquals(List.of(TimeWindow.of(LocalTime.of(9, 45), LocalTime.of(15, 45))),
        strategy.schedule().entryWindows());
  }

  @Test
  void readsTheChainFromBelowTheTimeExitToTheLastPossibleMonthly() {
    // 30 - 5 = 25 (time exit less five days of retries) to 49 + 35 = 84 (five weeks of monthlies)
    assertEquals(25, strategy.dataNeeds().minDaysToExpiry());
    assertEquals(84, strategy.dataNeeds().maxDaysToExpiry());
    assertEquals(Underlying.SPX, strategy.dataNeeds().underlying());
    assertEquals(Set.of(Underlying.VIX), strategy.dataNeeds().quotes());
    assertEquals(Set.of(Underlying.VIX), strategy.dataNeeds().dailyHistory());
    assertEquals(1, strategy.dataNeeds().dailyHistoryDays());
  }

  @Test
  void requestsTheSeedsRedLinesTimeExitAndLimitsFromTheEngine() {
    assertEquals(List.of(
        RiskPolicyRequest.of("delta-red-line", Map.of("delta", 30.0, "closeFraction", 0.5)),
        RiskPolicyRequest.of("proximity-red-line", Map.of("points", 50.0, "closeFraction", 0.5)),
        RiskPolicyRequest.of("time-exit", Map.of("daysToExpiry", 30)),
        RiskPolicyRequest.of("max-positions", Map.of("perStrategy", 3, "perDay", 1)),
        RiskPolicyRequest.of("min-credit", Map.of("credit", 3.0))), strategy.riskPolicies());
  }

  @Test
  void keepsItsCondorsWhenStopped() {
    OrderTicket t = strategy.scanEntry(spikeDay()).ticket().orElseThrow();
    Position p = Position.builder().openedBy(t).quantity(2).openPrice(NetPrice.credit(3.30))
        .openedAt(CondorChain.TIME).build();
    assertTrue(strategy.onStop(p, spikeDay()).isHold());
    assertTrue(strategy.manage(p, spikeDay()).isHold());
    assertEquals(LocalDate.of(2024, 5, 17), t.expiry().orElseThrow());
  }
}
