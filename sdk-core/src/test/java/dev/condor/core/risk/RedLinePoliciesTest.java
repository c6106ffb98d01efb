package dev.condor.core.risk;

import static dev.condor.core.risk.Fixtures.EXPIRY;
import static dev.condor.core.risk.Fixtures.call;
import static dev.condor.core.risk.Fixtures.chain;
import static dev.condor.core.risk.Fixtures.condor;
import static dev.condor.core.risk.Fixtures.open;
import static dev.condor.core.risk.Fixtures.put;
import static dev.condor.core.risk.Fixtures.putSpread;
import static dev.condor.core.risk.Fixtures.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.portfolio.Position;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import dev.condor.api.strategy.ExitDecision;
import dev.condor.api.strategy.RiskPolicyRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedLinePoliciesTest {

  private final RiskPolicy delta = new DeltaRedLinePolicy(DeltaRedLinePolicy.Provider.DEFAULTS);
  private final RiskPolicy proximity =
      new ProximityRedLinePolicy(ProximityRedLinePolicy.Provider.DEFAULTS);
  private final Position condor = open(condor("ic-1", EXPIRY, 1, 1.45));

  /** The condor's legs with the short put's and short call's deltas. */
  private static OptionChain deltas(double shortPutDelta, double shortCallDelta) {
    return chain(5800,
        quote(put(EXPIRY, 5690), 0.05, 0.10, -0.05),
        quote(put(EXPIRY, 5700), 0.30, 0.40, shortPutDelta),
        quote(call(EXPIRY, 5900), 0.35, 0.45, shortCallDelta),
        quote(call(EXPIRY, 5910), 0.10, 0.15, 0.04));
  }

  private static ExitDecision market(String reason) {
    return ExitDecision.closeAtMarket(reason);
  }

  @Test
  void deltaRedLineClosesAtMarketWhenAShortLegReaches15Delta() {
    assertEquals(RiskStage.RED_LINE, delta.stage());
    TestContext context = TestContext.at("2025-01-17T11:00");

    assertEquals(ExitDecision.hold(),
        delta.checkPosition(condor, context.chain(deltas(-0.149, 0.10))));
    assertEquals(market("delta red line: short 5700 put delta -0.150, |delta| >= 0.15; close at"
            + " market"),
        delta.checkPosition(condor, context.chain(deltas(-0.15, 0.10))));
    assertEquals(market("delta red line: short 5900 call delta 0.220, |delta| >= 0.15; close at"
            + " market"),
        delta.checkPosition(condor, context.chain(deltas(-0.16, 0.22))));
  }

  @Test
  void monthlyDeltaRedLineClosesHalfOfThreeUnitsWhichIsTwo() {
    RiskPolicy monthly = RiskPolicies.create(
        RiskPolicyRequest.of("delta-red-line", Map.of("delta", 30, "closeFraction", 0.5)));
    Position three = open(condor("ic-m", EXPIRY, 3, 3.20));

    ExitDecision decision = monthly.checkPosition(three,
        TestContext.at("2025-01-17T11:00").chain(deltas(-0.31, 0.10)));

    assertEquals(ExitDecision.closeFractionAtMarket(0.5,
        "delta red line: short 5700 put delta -0.310, |delta| >= 0.3; close 50% at market"),
        decision);
    assertEquals(2, decision.unitsToClose(3));
  }

  @Test
  void deltaRedLineHoldsAndSaysWhyWhenAShortLegHasNoGreeks() {
    TestContext context = TestContext.at("2025-01-17T11:00").chain(chain(5800,
        quote(put(EXPIRY, 5690), 0.05, 0.10, -0.05),
        quote(put(EXPIRY, 5700), 0.30, 0.40),
        quote(call(EXPIRY, 5900), 0.35, 0.45, 0.10),
        quote(call(EXPIRY, 5910), 0.10, 0.15, 0.04)));

    assertEquals(ExitDecision.hold(), delta.checkPosition(condor, context));
    assertEquals(List.of("delta red line: cannot check ic-1: no delta for SPXW 250117P05700000;"
        + " holding"), context.notes);
  }

  @Test
  void deltaRedLineActsOnABreachEvenWhenAnotherLegIsUnquoted() {
    TestContext context = TestContext.at("2025-01-17T11:00").chain(chain(5800,
        quote(put(EXPIRY, 5700), 0.30, 0.40, -0.18)));

    assertEquals(market("delta red line: short 5700 put delta -0.180, |delta| >= 0.15; close at"
        + " market"), delta.checkPosition(condor, context));
  }

  @Test
  void deltaRedLineHoldsWithoutAChain() {
    TestContext context = TestContext.at("2025-01-17T11:00");

    assertEquals(ExitDecision.hold(), delta.checkPosition(condor, context));
    assertEquals(List.of("delta red line: cannot check ic-1: no chain for SPX; holding"),
        context.notes);
  }

  @Test
  void proximityRedLineClosesWhenSpotIsWithin15PointsOfAShortStrike() {
    TestContext context = TestContext.at("2025-01-17T11:00");

    assertEquals(ExitDecision.hold(),
        proximity.checkPosition(condor, context.level(Underlying.SPX, 5715.01)));
    assertEquals(market("proximity red line: spot 5715.00 is 15.00 points from short 5700 put, <= 15;"
            + " close at market"),
        proximity.checkPosition(condor, context.level(Underlying.SPX, 5715)));
    assertEquals(market("proximity red line: spot 5888.50 is 11.50 points from short 5900 call,"
            + " <= 15; close at market"),
        proximity.checkPosition(condor, context.level(Underlying.SPX, 5888.5)));
    assertEquals(market("proximity red line: spot 5690.00 is 10.00 points beyond short 5700 put,"
            + " <= 15; close at market"),
        proximity.checkPosition(condor, context.level(Underlying.SPX, 5690)));
  }

  @Test
  void monthlyProximityRedLineClosesHalfAt50Points() {
    RiskPolicy monthly = RiskPolicies.create(
        RiskPolicyRequest.of("proximity-red-line", Map.of("points", 50, "closeFraction", 0.5)));
    Position three = open(condor("ic-m", EXPIRY, 3, 3.20));

    ExitDecision decision = monthly.checkPosition(three,
        TestContext.at("2025-01-17T11:00").level(Underlying.SPX, 5850));

    assertEquals(ExitDecision.closeFractionAtMarket(0.5, "proximity red line: spot 5850.00 is 50.00"
        + " points from short 5900 call, <= 50; close 50% at market"), decision);
    assertEquals(2, decision.unitsToClose(3));
  }

  @Test
  void proximityRedLineFallsBackToTheChainSpotAndHoldsWithNeither() {
    TestContext context = TestContext.at("2025-01-17T11:00");
    assertEquals(ExitDecision.hold(), proximity.checkPosition(condor, context));
    assertEquals(List.of("proximity red line: cannot check ic-1: no price for SPX; holding"),
        context.notes);

    context.chain(chain(5712, quote(put(EXPIRY, 5700), 0.30, 0.40)));

    assertEquals(market("proximity red line: spot 5712.00 is 12.00 points from short 5700 put, <= 15;"
        + " close at market"), proximity.checkPosition(condor, context));
  }

  @Test
  void testedExitClosesA2DteSpreadWithinTwiceItsWidthOfTheShortStrike() {
    RiskPolicy tested = new TestedExitPolicy(TestedExitPolicy.Provider.DEFAULTS);
    assertEquals(RiskStage.RED_LINE, tested.stage());
    Position spread = open(putSpread("v-1", EXPIRY, 5700, 5680, 1, 1.10), 1, "2025-01-15T10:00");
    // Wednesday to Friday: 2 trading days
    TestContext wednesday = TestContext.at("2025-01-15T11:00");

    assertEquals(ExitDecision.hold(),
        tested.checkPosition(spread, wednesday.level(Underlying.SPX, 5740.01)));
    assertEquals(market("tested exit: spot 5740.00 is 40.00 points from short 5700 put, <= 2x width"
            + " 20 = 40.00 (2 DTE); close at market"),
        tested.checkPosition(spread, wednesday.level(Underlying.SPX, 5740)));
  }

  @Test
  void testedExitAppliesOnlyInsideItsTradingDteWindow() {
    RiskPolicy tested = new TestedExitPolicy(TestedExitPolicy.Provider.DEFAULTS);
    // Tuesday 2025-01-21 after the Monday holiday: 1 trading day from Friday, 4 calendar days
    Position overHoliday = open(putSpread("v-2", LocalDate.of(2025, 1, 21), 5700, 5680, 1, 1.10),
        1, "2025-01-17T10:00");
    Position expiringToday = open(putSpread("v-3", EXPIRY, 5700, 5680, 1, 1.10));
    Position fourDays = open(putSpread("v-4", LocalDate.of(2025, 1, 24), 5700, 5680, 1, 1.10));
    TestContext friday = TestContext.at("2025-01-17T11:00").level(Underlying.SPX, 5710);

    assertEquals(market("tested exit: spot 5710.00 is 10.00 points from short 5700 put, <= 2x width"
        + " 20 = 40.00 (1 DTE); close at market"), tested.checkPosition(overHoliday, friday));
    assertEquals(ExitDecision.hold(), tested.checkPosition(expiringToday, friday));
    assertEquals(ExitDecision.hold(), tested.checkPosition(fourDays, friday));
  }
}
