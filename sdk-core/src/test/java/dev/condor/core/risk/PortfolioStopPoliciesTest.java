package dev.condor.core.risk;

import static dev.condor.core.risk.Fixtures.EXPIRY;
import static dev.condor.core.risk.Fixtures.condor;
import static dev.condor.core.risk.Fixtures.open;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.condor.api.instrument.Underlying;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.portfolio.Position;
import dev.condor.api.risk.EntryVerdict;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import dev.condor.api.strategy.ExitDecision;
import org.junit.jupiter.api.Test;

class PortfolioStopPoliciesTest {

  private final TestContext context = TestContext.at("2025-01-15T11:00");
  private final OrderTicket four = condor("e", EXPIRY, 4, 1.0);
  private final OrderTicket one = condor("e", EXPIRY, 1, 1.0);
  private final Position position = open(condor("ic-1", EXPIRY, 1, 1.45));

  @Test
  void dailyLossHalvesEntriesFromThreePercentRoundingDown() {
    RiskPolicy daily = new LossStopPolicy(LossPeriod.DAY, LossStopPolicy.DailyProvider.DEFAULTS);
    assertEquals(RiskStage.ENTRY, daily.stage());
    assertEquals("daily-loss", daily.name());

    assertEquals(EntryVerdict.allow(), daily.checkEntry(four, context.equity(97_001)));
    assertEquals(EntryVerdict.resize(2, "daily loss 3.00% of day-start equity $100,000.00 >= 3%:"
        + " size x0.5: 4 -> 2 units"), daily.checkEntry(four, context.equity(97_000)));
    assertEquals(EntryVerdict.reject("daily loss 3.00% of day-start equity $100,000.00 >= 3%: size"
        + " x0.5: 1 -> 0 units"), daily.checkEntry(one, context));
  }

  @Test
  void dailyLossRefusesEntriesFromFivePercentForTheRestOfTheDay() {
    RiskPolicy daily = new LossStopPolicy(LossPeriod.DAY, LossStopPolicy.DailyProvider.DEFAULTS);

    assertEquals(EntryVerdict.reject("daily loss 5.00% of day-start equity $100,000.00 >= 5%: no new"
        + " entries today"), daily.checkEntry(four, context.equity(95_000)));
    assertEquals(EntryVerdict.reject("daily loss reached 5% earlier today (now 1.00%): no new entries"
        + " today"), daily.checkEntry(four, context.equity(99_000).time("2025-01-15T15:00")));

    context.time("2025-01-16T10:00").dayStart(99_000);

    assertEquals(EntryVerdict.allow(), daily.checkEntry(four, context));
  }

  @Test
  void dailyLossFlattenClosesEverythingAtMarketAndRefusesEntriesFromSevenPercent() {
    RiskPolicy flatten =
        new LossFlattenPolicy(LossPeriod.DAY, LossFlattenPolicy.DailyProvider.DEFAULTS);
    assertEquals(RiskStage.FORCED_EXIT, flatten.stage());
    context.equity(93_001);
    assertEquals(ExitDecision.hold(), flatten.checkPosition(position, context));
    assertEquals(EntryVerdict.allow(), flatten.checkEntry(one, context));

    context.equity(93_000);

    assertEquals(ExitDecision.closeAtMarket("daily loss 7.00% of day-start equity $100,000.00 >= 7%:"
        + " flatten; close at market"), flatten.checkPosition(position, context));
    assertEquals(EntryVerdict.reject("daily loss 7.00% of day-start equity $100,000.00 >= 7%:"
        + " flattened, no new entries today"), flatten.checkEntry(one, context));
    assertEquals(ExitDecision.closeAtMarket("daily loss reached 7% earlier today (now 6.50%):"
        + " flatten; close at market"), flatten.checkPosition(position, context.equity(93_500)));
  }

  @Test
  void weeklyLossRefusesEntriesFromTenPercentUntilTheNextWeek() {
    RiskPolicy weekly = new LossStopPolicy(LossPeriod.WEEK, LossStopPolicy.WeeklyProvider.DEFAULTS);
    assertEquals("weekly-loss", weekly.name());
    assertEquals(EntryVerdict.allow(), weekly.checkEntry(four, context.equity(90_001)));

    assertEquals(EntryVerdict.reject("weekly loss 10.00% of week-start equity $100,000.00 >= 10%: no"
        + " new entries this week"), weekly.checkEntry(four, context.equity(90_000)));
    context.time("2025-01-17T10:00").dayStart(90_000).equity(92_000);
    assertEquals(EntryVerdict.reject("weekly loss reached 10% earlier this week (now 8.00%): no new"
        + " entries this week"), weekly.checkEntry(four, context));

    context.time("2025-01-21T10:00").weekStart(92_000).dayStart(92_000);

    assertEquals(EntryVerdict.allow(), weekly.checkEntry(four, context));
  }

  @Test
  void weeklyLossFlattenClosesEverythingFromTenPercent() {
    RiskPolicy flatten =
        new LossFlattenPolicy(LossPeriod.WEEK, LossFlattenPolicy.WeeklyProvider.DEFAULTS);
    assertEquals("weekly-loss-flatten", flatten.name());
    assertEquals(ExitDecision.hold(), flatten.checkPosition(position, context.equity(90_001)));

    assertEquals(ExitDecision.closeAtMarket("weekly loss 10.00% of week-start equity $100,000.00 >="
        + " 10%: flatten; close at market"), flatten.checkPosition(position, context.equity(90_000)));
    assertEquals(EntryVerdict.reject("weekly loss 10.00% of week-start equity $100,000.00 >= 10%:"
        + " flattened, no new entries this week"), flatten.checkEntry(one, context));
  }

  @Test
  void vixRegimeSizesByS1sBandsAndStopsEntriesFrom30() {
    RiskPolicy vix = new VixRegimePolicy(VixRegimePolicy.Provider.DEFAULTS);
    assertEquals(RiskStage.ENTRY, vix.stage());

    assertEquals(EntryVerdict.allow(), vix.checkEntry(four, context.level(Underlying.VIX, 14.99)));
    assertEquals(EntryVerdict.allow(), vix.checkEntry(four, context.level(Underlying.VIX, 19.99)));
    assertEquals(EntryVerdict.resize(3, "vix regime: VIX 20.00 sizes x0.75: 4 -> 3 units"),
        vix.checkEntry(four, context.level(Underlying.VIX, 20)));
    assertEquals(EntryVerdict.resize(3, "vix regime: VIX 29.99 sizes x0.75: 4 -> 3 units"),
        vix.checkEntry(four, context.level(Underlying.VIX, 29.99)));
    assertEquals(EntryVerdict.reject("vix regime: VIX 30.00 >= 30: no new entries"),
        vix.checkEntry(four, context.level(Underlying.VIX, 30)));
  }

  @Test
  void vixRegimeRefusesWhenASingleUnitWouldRoundToNothingOrTheVixIsUnknown() {
    RiskPolicy vix = new VixRegimePolicy(VixRegimePolicy.Provider.DEFAULTS);

    assertEquals(EntryVerdict.reject("vix regime: no VIX quote, regime unknown; no new entries"),
        vix.checkEntry(four, context));
    assertEquals(EntryVerdict.reject("vix regime: VIX 22.00 sizes x0.75: 1 -> 0 units"),
        vix.checkEntry(one, context.level(Underlying.VIX, 22)));
  }

  @Test
  void drawdownSizingCutsByS1sTableAndStopsFromTenPercent() {
    RiskPolicy drawdown = new DrawdownSizingPolicy(DrawdownSizingPolicy.Provider.DEFAULTS);
    assertEquals(RiskStage.ENTRY, drawdown.stage());

    assertEquals(EntryVerdict.allow(), drawdown.checkEntry(four, context.equity(97_001)));
    assertEquals(EntryVerdict.resize(3, "drawdown sizing: drawdown 3.00% from peak $100,000.00 sizes"
        + " x0.75: 4 -> 3 units"), drawdown.checkEntry(four, context.equity(97_000)));
    assertEquals(EntryVerdict.resize(2, "drawdown sizing: drawdown 5.00% from peak $100,000.00 sizes"
        + " x0.5: 4 -> 2 units"), drawdown.checkEntry(four, context.equity(95_000)));
    assertEquals(EntryVerdict.reject("drawdown sizing: drawdown 10.00% from peak $100,000.00 sizes"
        + " x0: stop trading, review"), drawdown.checkEntry(four, context.equity(90_000)));
  }
}
