package dev.condor.core.risk;

import static dev.condor.core.risk.Fixtures.EXPIRY;
import static dev.condor.core.risk.Fixtures.condor;
import static dev.condor.core.risk.Fixtures.open;
import static dev.condor.core.risk.Fixtures.put;
import static dev.condor.core.risk.Fixtures.putSpread;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.OrderType;
import dev.condor.api.order.Structure;
import dev.condor.api.risk.EntryVerdict;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EntryPoliciesTest {

  private final TestContext context = TestContext.at("2025-01-17T09:46");

  private static OrderTicket marketCondor() {
    OrderTicket limit = condor("mkt", EXPIRY, 1, 1.00);
    return OrderTicket.builder().from(limit).orderType(OrderType.MARKET).limitPrice(
        java.util.Optional.empty()).build();
  }

  @Test
  void minCreditAllowsFiftyCentsAndRefusesLess() {
    RiskPolicy minCredit = new MinCreditPolicy(MinCreditPolicy.Provider.DEFAULTS);
    assertEquals(RiskStage.ENTRY, minCredit.stage());

    assertEquals(EntryVerdict.allow(), minCredit.checkEntry(condor("e", EXPIRY, 1, 0.50), context));
    assertEquals(EntryVerdict.reject("min credit: credit 0.49 < minimum 0.50"),
        minCredit.checkEntry(condor("e", EXPIRY, 1, 0.49), context));
    assertEquals(EntryVerdict.reject("min credit: a market order has no credit to check; minimum"
        + " 0.50"), minCredit.checkEntry(marketCondor(), context));
  }

  @Test
  void minCreditRefusesADebit() {
    RiskPolicy minCredit = new MinCreditPolicy(MinCreditPolicy.Provider.DEFAULTS);
    OrderTicket debit = OrderTicket.builder().clientOrderId(ClientOrderId.of("d"))
        .structure(Structure.VERTICAL)
        .legs(List.of(Leg.buy(put(EXPIRY, 5700)), Leg.sell(put(EXPIRY, 5690))))
        .quantity(1).limitPrice(NetPrice.debit(1.00)).build();

    assertEquals(EntryVerdict.reject("min credit: a debit of 1.00 is not a credit; minimum 0.50"),
        minCredit.checkEntry(debit, context));
  }

  @Test
  void minRoiComparesCreditWithWidthLessCredit() {
    RiskPolicy minRoi = new MinRoiPolicy(MinRoiPolicy.Provider.DEFAULTS);

    // 1.00 / (21 - 1.00) = 5% exactly
    assertEquals(EntryVerdict.allow(),
        minRoi.checkEntry(putSpread("e", EXPIRY, 5700, 5679, 1, 1.00), context));
    // 0.47 / 9.53 = 4.93%
    assertEquals(EntryVerdict.reject("min roi: credit 0.47 / risk 9.53 = 4.93% < minimum 5%"),
        minRoi.checkEntry(condor("e", EXPIRY, 1, 0.47), context));
    assertEquals(EntryVerdict.allow(), minRoi.checkEntry(condor("e", EXPIRY, 1, 0.48), context));
  }

  @Test
  void minRoiRefusesAStructureWithoutWings() {
    RiskPolicy minRoi = new MinRoiPolicy(MinRoiPolicy.Provider.DEFAULTS);
    OrderTicket nakedPut = OrderTicket.single(ClientOrderId.of("p"), Leg.sell(put(EXPIRY, 5700)), 1,
        NetPrice.credit(2.00));

    assertEquals(EntryVerdict.reject("min roi: a SINGLE has no wings, so no defined risk to return"
        + " on; minimum 5%"), minRoi.checkEntry(nakedPut, context));
  }

  @Test
  void maxLossPerPositionResizesToTheUnitsThatFitTheCap() {
    RiskPolicy cap = new MaxLossPerPositionPolicy(MaxLossPerPositionPolicy.Provider.DEFAULTS);
    // (20 - 0.50) x 100 = 1,950 a unit

    assertEquals(EntryVerdict.allow(),
        cap.checkEntry(putSpread("e", EXPIRY, 5700, 5680, 15, 0.50), context));
    assertEquals(EntryVerdict.resize(15, "max loss per position: 16 x $1,950.00 = $31,200.00 >"
            + " $30,000.00; resized to 15 units"),
        cap.checkEntry(putSpread("e", EXPIRY, 5700, 5680, 16, 0.50), context));
  }

  @Test
  void maxLossPerPositionAllowsExactlyTheCapAndRefusesWhenOneUnitIsTooMuch() {
    RiskPolicy cap = new MaxLossPerPositionPolicy(MaxLossPerPositionPolicy.Provider.DEFAULTS);

    // a market order's credit counts as 0: 10 x 100 x 30 = 30,000
    OrderTicket thirty = OrderTicket.builder().from(condor("e", EXPIRY, 30, 1.0))
        .orderType(OrderType.MARKET).limitPrice(java.util.Optional.empty()).build();
    assertEquals(EntryVerdict.allow(), cap.checkEntry(thirty, context));
    assertEquals(EntryVerdict.reject("max loss per position: 1 x $39,900.00 = $39,900.00 >"
            + " $30,000.00; not even 1 unit fits"),
        cap.checkEntry(putSpread("e", EXPIRY, 5700, 5300, 1, 1.00), context));
  }

  @Test
  void maxLossPerPositionRefusesUndefinedRisk() {
    RiskPolicy cap = new MaxLossPerPositionPolicy(MaxLossPerPositionPolicy.Provider.DEFAULTS);
    OrderTicket strangle = OrderTicket.shortStrangle(ClientOrderId.of("s"), put(EXPIRY, 5700),
        Fixtures.call(EXPIRY, 5900), 1, 5.00);

    assertEquals(EntryVerdict.reject("max loss per position: unbounded for a STRANGLE; limit"
        + " $30,000.00"), cap.checkEntry(strangle, context));
  }

  @Test
  void maxPositionsRefusesBeyondThePortfolioTotal() {
    RiskPolicy limits = new MaxPositionsPolicy(
        new MaxPositionsPolicy.Config(3, 50, 50, 30, OptionalInt.empty()));
    context.others(open(condor("o-1", EXPIRY, 1, 1.0)))
        .others(open(condor("o-2", EXPIRY, 1, 1.0)));
    OrderTicket entry = condor("e", EXPIRY, 1, 1.0);

    assertEquals(EntryVerdict.allow(), limits.checkEntry(entry, context));

    context.others(open(condor("o-3", EXPIRY, 1, 1.0)));

    assertEquals(EntryVerdict.reject("max positions: 3 open in the portfolio, limit 3"),
        limits.checkEntry(entry, context));
  }

  @Test
  void maxPositionsPerStrategyIsS2sOnePositionAtATime() {
    RiskPolicy limits = new MaxPositionsPolicy(
        new MaxPositionsPolicy.Config(100, 1, 50, 30, OptionalInt.empty()));
    context.others(open(condor("o-1", EXPIRY, 1, 1.0)));
    OrderTicket entry = condor("e", EXPIRY, 1, 1.0);
    assertEquals(EntryVerdict.allow(), limits.checkEntry(entry, context));

    context.mine(open(condor("m-1", EXPIRY, 1, 1.0)));

    assertEquals(EntryVerdict.reject("max positions: 1 open for strategy dte0_ic, limit 1"),
        limits.checkEntry(entry, context));
  }

  @Test
  void maxPositionsPerDteCountsTradingDaysToExpiry() {
    RiskPolicy limits = new MaxPositionsPolicy(
        new MaxPositionsPolicy.Config(100, 50, 2, 30, OptionalInt.empty()));
    TestContext wednesday = TestContext.at("2025-01-15T10:00")
        .others(open(condor("o-1", EXPIRY, 1, 1.0)))
        .others(open(condor("o-2", EXPIRY, 1, 1.0)));
    // Wednesday to Friday 2025-01-17 is 2 DTE; to Tuesday 2025-01-21 (after a holiday) is 3
    assertEquals(EntryVerdict.reject("max positions: 2 open at 2 DTE, limit 2"),
        limits.checkEntry(condor("e", EXPIRY, 1, 1.0), wednesday));
    assertEquals(EntryVerdict.allow(),
        limits.checkEntry(condor("e", LocalDate.of(2025, 1, 21), 1, 1.0), wednesday));
  }

  @Test
  void maxPositionsCapsZeroDteSeparately() {
    RiskPolicy limits = new MaxPositionsPolicy(
        new MaxPositionsPolicy.Config(100, 50, 50, 2, OptionalInt.empty()));
    context.others(open(condor("o-1", EXPIRY, 1, 1.0)))
        .others(open(condor("o-2", EXPIRY, 1, 1.0)));

    assertEquals(EntryVerdict.reject("max positions: 2 open at 0 DTE, 0DTE limit 2"),
        limits.checkEntry(condor("e", EXPIRY, 1, 1.0), context));
    assertEquals(EntryVerdict.allow(),
        limits.checkEntry(condor("e", LocalDate.of(2025, 1, 21), 1, 1.0), context));
  }

  @Test
  void maxPositionsPerDayCountsTheEntriesTheJournalRecordsToday() {
    RiskPolicy limits = new MaxPositionsPolicy(
        new MaxPositionsPolicy.Config(100, 50, 50, 30, OptionalInt.of(1)));
    OrderTicket entry = condor("e", EXPIRY, 1, 1.0);
    assertEquals(EntryVerdict.allow(), limits.checkEntry(entry, context));

    // an entry made and already closed today still counts: the count comes from the journal
    context.entriesToday(1);

    String oneToday = "max positions: 1 entry today by strategy dte0_ic, limit 1 a day";
    assertEquals(EntryVerdict.reject(oneToday), limits.checkEntry(entry, context));
  }

  @Test
  void maxPortfolioRiskAddsOpenMaxLossesAndResizesTheEntryToFit() {
    RiskPolicy portfolioRisk = new MaxPortfolioRiskPolicy(MaxPortfolioRiskPolicy.Provider.DEFAULTS);
    // each unit (20 - 0.50) x 100 = 1,950; five open units 9,750; budget 20% x 100,000 = 20,000
    context.others(open(putSpread("o-1", EXPIRY, 5700, 5680, 5, 0.50)));

    assertEquals(EntryVerdict.allow(),
        portfolioRisk.checkEntry(putSpread("e", EXPIRY, 5650, 5630, 5, 0.50), context));
    assertEquals(EntryVerdict.resize(5, "max portfolio risk: open $9,750.00 + new $11,700.00 ="
            + " $21,450.00 > 20% of equity $100,000.00 = $20,000.00; resized to 5 units"),
        portfolioRisk.checkEntry(putSpread("e", EXPIRY, 5650, 5630, 6, 0.50), context));
  }

  @Test
  void maxPortfolioRiskRefusesWhenNotOneUnitFits() {
    RiskPolicy portfolioRisk = new MaxPortfolioRiskPolicy(MaxPortfolioRiskPolicy.Provider.DEFAULTS);
    context.others(open(putSpread("o-1", EXPIRY, 5700, 5680, 5, 0.50)))
        .mine(open(putSpread("m-1", EXPIRY, 5600, 5580, 5, 0.50)));

    assertEquals(EntryVerdict.reject("max portfolio risk: open $19,500.00 + new $1,950.00 ="
            + " $21,450.00 > 20% of equity $100,000.00 = $20,000.00"),
        portfolioRisk.checkEntry(putSpread("e", EXPIRY, 5650, 5630, 1, 0.50), context));
  }

  @Test
  void entryRulesNeverRefuseAClosingOrder() {
    OrderTicket closing = condor("e", EXPIRY, 1, 0.10).closing(ClientOrderId.of("c"), 1, null);
    context.equity(50_000);

    for (RiskPolicy policy : List.of(new MinCreditPolicy(MinCreditPolicy.Provider.DEFAULTS),
        new MinRoiPolicy(MinRoiPolicy.Provider.DEFAULTS),
        new MaxPortfolioRiskPolicy(MaxPortfolioRiskPolicy.Provider.DEFAULTS),
        new LossStopPolicy(LossPeriod.DAY, LossStopPolicy.DailyProvider.DEFAULTS))) {
      assertEquals(EntryVerdict.allow(), policy.checkEntry(closing, context), policy.name());
    }
  }
}
