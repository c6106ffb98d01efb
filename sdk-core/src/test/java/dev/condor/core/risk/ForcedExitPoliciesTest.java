package dev.condor.core.risk;

import static dev.condor.core.risk.Fixtures.EXPIRY;
import static dev.condor.core.risk.Fixtures.condor;
import static dev.condor.core.risk.Fixtures.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.portfolio.Position;
import dev.condor.api.risk.EntryVerdict;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import dev.condor.api.strategy.ExitDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForcedExitPoliciesTest {

  private static final LocalDate EARLY_CLOSE = LocalDate.of(2024, 11, 29);

  private final RiskPolicy eodClose = ScheduledClosePolicy.eodClose(
      ScheduledClosePolicy.EodCloseProvider.DEFAULTS);
  private final RiskPolicy expiryExit = ScheduledClosePolicy.expiryExit(LocalTime.of(15, 30));
  private final Position expiringToday = open(condor("ic-1", EXPIRY, 1, 1.45));
  private final Position expiringNextWeek = open(condor("ic-2", EXPIRY.plusDays(7), 1, 2.10));

  private static ExitDecision market(String reason) {
    return ExitDecision.closeAtMarket(reason);
  }

  @Test
  void eodCloseHoldsUntilTheCutOffThenClosesAtMarketWithoutNeedingQuotes() {
    assertEquals(RiskStage.FORCED_EXIT, eodClose.stage());
    assertEquals(ExitDecision.hold(),
        eodClose.checkPosition(expiringToday, TestContext.at("2025-01-17T15:44:59")));

    ExitDecision decision = eodClose.checkPosition(expiringToday,
        TestContext.at("2025-01-17T15:45"));

    assertEquals(market("eod close: 15:45 >= cut-off 15:45 (session close 16:00), expires today;"
        + " close at market"), decision);
    assertTrue(decision.limit().isEmpty());
  }

  @Test
  void eodCloseLeavesPositionsExpiringLaterUnlessAllPositionsIsSet() {
    TestContext at1550 = TestContext.at("2025-01-17T15:50");
    assertEquals(ExitDecision.hold(), eodClose.checkPosition(expiringNextWeek, at1550));

    RiskPolicy all = ScheduledClosePolicy.eodClose(
        new ScheduledClosePolicy.Config(LocalTime.of(15, 45), true));

    assertEquals(market("eod close: 15:50 >= cut-off 15:45 (session close 16:00); close at market"),
        all.checkPosition(expiringNextWeek, at1550));
  }

  @Test
  void eodCloseOnAnEarlyCloseDayKeepsTheDistanceFromTheBell() {
    Position expiringEarly = open(condor("ic-3", EARLY_CLOSE, 1, 1.20), 1, "2024-11-29T09:46");

    assertEquals(ExitDecision.hold(),
        eodClose.checkPosition(expiringEarly, TestContext.at("2024-11-29T12:44:59")));
    assertEquals(market("eod close: 12:45 >= cut-off 12:45 (early close 13:00), expires today;"
            + " close at market"),
        eodClose.checkPosition(expiringEarly, TestContext.at("2024-11-29T12:45")));
    assertEquals(Optional.of(TestContext.at("2024-11-29T12:45").now()),
        ((ScheduledClosePolicy) eodClose).cutoff(TestContext.at("2024-11-29T10:00")));
  }

  @Test
  void eodCloseDoesNothingOnADayWithoutASession() {
    Position expiredSaturday = open(condor("ic-4", LocalDate.of(2025, 1, 18), 1, 1.20));

    assertEquals(ExitDecision.hold(),
        eodClose.checkPosition(expiredSaturday, TestContext.at("2025-01-18T15:50")));
  }

  @Test
  void expiryExitClosesOnTheExpiryDayFrom1530() {
    assertEquals(ExitDecision.hold(),
        expiryExit.checkPosition(expiringToday, TestContext.at("2025-01-17T15:29")));
    assertEquals(market("expiry exit: 15:30 >= cut-off 15:30 (session close 16:00), expires today;"
            + " close at market"),
        expiryExit.checkPosition(expiringToday, TestContext.at("2025-01-17T15:30")));
    assertEquals(ExitDecision.hold(),
        expiryExit.checkPosition(expiringNextWeek, TestContext.at("2025-01-17T15:55")));
  }

  @Test
  void expiryExitOnAnEarlyCloseDayActsAt1230() {
    Position expiringEarly = open(condor("ic-3", EARLY_CLOSE, 1, 1.20), 1, "2024-11-29T09:46");

    assertEquals(ExitDecision.hold(),
        expiryExit.checkPosition(expiringEarly, TestContext.at("2024-11-29T12:29")));
    assertEquals(market("expiry exit: 12:30 >= cut-off 12:30 (early close 13:00), expires today;"
            + " close at market"),
        expiryExit.checkPosition(expiringEarly, TestContext.at("2024-11-29T12:30")));
  }

  @Test
  void killSwitchEngagedByMethodClosesEverythingAndRefusesEntriesUntilReleased() {
    KillSwitchPolicy kill = new KillSwitchPolicy(KillSwitchPolicy.Provider.DEFAULTS);
    TestContext context = TestContext.at("2025-01-17T11:00");
    assertEquals(ExitDecision.hold(), kill.checkPosition(expiringNextWeek, context));
    assertEquals(EntryVerdict.allow(), kill.checkEntry(condor("new", EXPIRY, 1, 1.0), context));

    kill.engage("flash crash");

    assertTrue(kill.isEngaged());
    assertEquals(market("kill switch engaged (manual: flash crash); close at market"),
        kill.checkPosition(expiringNextWeek, context));
    assertEquals(EntryVerdict.reject("kill switch engaged (manual: flash crash); no new entries"),
        kill.checkEntry(condor("new", EXPIRY, 1, 1.0), context));

    kill.release();

    assertFalse(kill.isEngaged());
    assertEquals(ExitDecision.hold(), kill.checkPosition(expiringNextWeek, context));
    assertEquals(EntryVerdict.allow(), kill.checkEntry(condor("new", EXPIRY, 1, 1.0), context));
  }

  @Test
  void killSwitchEngagesWhileTheConfiguredFileExists(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("KILL");
    RiskPolicy kill = RiskPolicies.create(
        dev.condor.api.strategy.RiskPolicyRequest.of("kill-switch", Map.of("file", file.toString())));
    TestContext context = TestContext.at("2025-01-17T11:00");
    assertEquals(ExitDecision.hold(), kill.checkPosition(expiringToday, context));

    Files.createFile(file);

    assertEquals(market("kill switch engaged (file " + file + " exists); close at market"),
        kill.checkPosition(expiringToday, context));
    assertEquals(EntryVerdict.reject("kill switch engaged (file " + file + " exists); no new entries"),
        kill.checkEntry(condor("new", EXPIRY, 1, 1.0), context));

    Files.delete(file);

    assertEquals(ExitDecision.hold(), kill.checkPosition(expiringToday, context));
  }

  @Test
  void killSwitchCanStartEngagedFromConfiguration() {
    RiskPolicy kill = new KillSwitchPolicy.Provider().create(new KillSwitchPolicy.Provider()
        .configure(Settings.of("risk.kill-switch", Map.of("engaged", true))), Secrets.none());

    assertEquals(market("kill switch engaged (manual: engaged in configuration); close at market"),
        kill.checkPosition(expiringToday, TestContext.at("2025-01-17T11:00")));
  }

  @Test
  void killSwitchNeverRefusesAClosingOrder() {
    KillSwitchPolicy kill = new KillSwitchPolicy(KillSwitchPolicy.Provider.DEFAULTS);
    kill.engage("stop");

    assertEquals(EntryVerdict.allow(), kill.checkEntry(expiringToday.openedBy().closing(
        dev.condor.api.order.ClientOrderId.of("close-1"), 1, null),
        TestContext.at("2025-01-17T11:00")));
  }
}
