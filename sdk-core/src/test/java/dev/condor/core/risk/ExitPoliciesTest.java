package dev.condor.core.risk;

import static dev.condor.core.risk.Fixtures.EXPIRY;
import static dev.condor.core.risk.Fixtures.condor;
import static dev.condor.core.risk.Fixtures.condorChain;
import static dev.condor.core.risk.Fixtures.condorChainWithDebit;
import static dev.condor.core.risk.Fixtures.open;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.condor.api.order.NetPrice;
import dev.condor.api.portfolio.Position;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import dev.condor.api.strategy.ExitDecision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExitPoliciesTest {

  private final RiskPolicy profitTarget =
      new ProfitTargetPolicy(ProfitTargetPolicy.Provider.DEFAULTS);
  private final RiskPolicy stopLoss = new StopLossPolicy(StopLossPolicy.Provider.DEFAULTS);
  private final Position condor = open(condor("ic-1", EXPIRY, 1, 1.45));
  private final TestContext context = TestContext.at("2025-01-17T11:00");

  @Test
  void profitTargetClosesAtALimitOfTheMarkOnceHalfTheCreditIsCaptured() {
    assertEquals(RiskStage.EXIT, profitTarget.stage());
    // 0.40 + 0.45 - 0.05 - 0.10 = 0.70 <= 0.725
    ExitDecision decision = profitTarget.checkPosition(condor, context.chain(
        condorChain(EXPIRY, 5800, 0.05, 0.10, 0.30, 0.40, 0.35, 0.45, 0.10, 0.15)));

    assertEquals(ExitDecision.closeAtLimit(NetPrice.debit(0.70),
        "profit target: debit to close 0.70 <= 50% of credit 1.45"), decision);
  }

  @Test
  void profitTargetFiresExactlyAtTheTargetAndNotACentAbove() {
    Position soldFor140 = open(condor("ic-2", EXPIRY, 1, 1.40));

    assertEquals(ExitDecision.closeAtLimit(NetPrice.debit(0.70),
            "profit target: debit to close 0.70 <= 50% of credit 1.40"),
        profitTarget.checkPosition(soldFor140, context.chain(condorChainWithDebit(EXPIRY, 0.70))));
    assertEquals(ExitDecision.hold(),
        profitTarget.checkPosition(soldFor140, context.chain(condorChainWithDebit(EXPIRY, 0.71))));
  }

  @Test
  void profitTargetAtMidUsesMidMarks() {
    RiskPolicy atMid = new ProfitTargetPolicy(new ProfitTargetPolicy.Config(60, Pricing.MID));
    // natural 0.70 > 40% of 1.45 = 0.58, mid 0.55 <= 0.58
    ExitDecision decision = atMid.checkPosition(condor, context.chain(
        condorChain(EXPIRY, 5800, 0.05, 0.10, 0.30, 0.40, 0.35, 0.45, 0.10, 0.15)));

    assertEquals(ExitDecision.closeAtLimit(NetPrice.debit(0.55),
        "profit target: mid debit to close 0.55 <= 40% of credit 1.45"), decision);
  }

  @Test
  void profitTargetHoldsAndSaysSoWhenALegHasNoQuote() {
    context.chain(Fixtures.chain(5800, Fixtures.quote(Fixtures.put(EXPIRY, 5700), 0.01, 0.05)));

    assertEquals(ExitDecision.hold(), profitTarget.checkPosition(condor, context));
    assertEquals(List.of("profit target: cannot mark ic-1: no quote for SPXW 250117P05690000;"
        + " holding"), context.notes);
  }

  @Test
  void stopLossClosesAtMarketWhenTheDebitReachesTwiceTheCredit() {
    assertEquals(RiskStage.EXIT, stopLoss.stage());

    assertEquals(ExitDecision.hold(),
        stopLoss.checkPosition(condor, context.chain(condorChainWithDebit(EXPIRY, 2.85))));
    assertEquals(ExitDecision.closeAtMarket("stop loss: debit to close 2.90 >= 2x credit 1.45; close"
            + " at market"),
        stopLoss.checkPosition(condor, context.chain(condorChainWithDebit(EXPIRY, 2.90))));
  }

  @Test
  void stopLossOnAShareOfMaxLossComparesTheUnrealisedLossOfTheOpenUnits() {
    RiskPolicy halfMaxLoss = new StopLossPolicy(new StopLossPolicy.Config(0, 50, Pricing.NATURAL));
    Position two = open(condor("ic-2", EXPIRY, 2, 1.45));
    // max loss (10 - 1.45) x 100 x 2 = 1,710; half is 855
    // debit 5.70: loss (5.70 - 1.45) x 200 = 850; debit 5.73: 856

    assertEquals(ExitDecision.hold(),
        halfMaxLoss.checkPosition(two, context.chain(condorChainWithDebit(EXPIRY, 5.70))));
    assertEquals(ExitDecision.closeAtMarket("stop loss: unrealised loss $856.00 >= 50% of max loss"
            + " $1,710.00; close at market"),
        halfMaxLoss.checkPosition(two, context.chain(condorChainWithDebit(EXPIRY, 5.73))));
  }

  @Test
  void stopLossHoldsAndSaysSoWithoutAChain() {
    assertEquals(ExitDecision.hold(), stopLoss.checkPosition(condor, context));
    assertEquals(List.of("stop loss: cannot mark ic-1: no chain for SPX; holding"), context.notes);
  }

  @Test
  void timeExitClosesAMonthlyAtALimitOnceCalendarDteFallsTo30() {
    RiskPolicy timeExit = new TimeExitPolicy(TimeExitPolicy.Provider.DEFAULTS);
    LocalDate monthly = LocalDate.of(2025, 2, 21);
    Position position = open(condor("ic-m", monthly, 3, 3.20), 3, "2025-01-03T10:00");
    TestContext thirtyOne = TestContext.at("2025-01-21T10:00")
        .chain(condorChainWithDebit(monthly, 1.20));
    TestContext thirty = TestContext.at("2025-01-22T10:00")
        .chain(condorChainWithDebit(monthly, 1.20));

    assertEquals(RiskStage.EXIT, timeExit.stage());
    assertEquals(ExitDecision.hold(), timeExit.checkPosition(position, thirtyOne));
    assertEquals(ExitDecision.closeAtLimit(NetPrice.debit(1.20),
            "time exit: 30 days to expiry 2025-02-21 <= 30; debit to close 1.20"),
        timeExit.checkPosition(position, thirty));
  }

  @Test
  void timeExitHoldsAnUnmarkablePositionAndSaysWhy() {
    RiskPolicy timeExit = new TimeExitPolicy(TimeExitPolicy.Provider.DEFAULTS);
    LocalDate monthly = LocalDate.of(2025, 2, 21);
    Position position = open(condor("ic-m", monthly, 3, 3.20), 3, "2025-01-03T10:00");
    TestContext thirty = TestContext.at("2025-01-22T10:00");

    assertEquals(ExitDecision.hold(), timeExit.checkPosition(position, thirty));
    assertEquals(List.of("time exit: 30 days to expiry 2025-02-21 <= 30, but cannot mark ic-m: no"
        + " chain for SPX; holding"), thirty.notes);
  }
}
