package dev.condor.tck.refstrategy.broken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.tck.broker.RuleRun;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;

/**
 * The strategy suite tests itself: each deliberately broken copy of the reference strategy fails
 * the rule it breaks, with a message that starts with that rule's name.
 */
class BrokenStrategiesFailTheSuiteTest {

  private static final List<String> RULES = List.of("required_config_unknownOrInvalidSettingNamed",
      "required_determinism_sameInputsSameDecisions", "required_clock_noWallClock",
      "required_risk_respectsRejection", "required_broker_survivesRejection",
      "required_notes_explainNoTrade", "required_setup_noDataBeforeStart");

  @Test
  void theSoundStrategyGivenAsAnInstancePassesEveryRule() {
    for (String rule : RULES) {
      TestExecutionResult result = RuleRun.run(BrokenStrategies.Sound.class, rule);
      assertEquals(TestExecutionResult.Status.SUCCESSFUL, result.getStatus(),
          () -> rule + " failed the sound strategy: " + result.getThrowable().orElse(null));
    }
  }

  @Test
  void theServiceLoaderRuleIsAnExplainedSkipWhenTheInstanceIsGiven() {
    TestExecutionResult result = RuleRun.run(BrokenStrategies.Sound.class,
        "required_discovery_providerFoundById");
    assertEquals(TestExecutionResult.Status.ABORTED, result.getStatus());
    assertTrue(result.getThrowable().orElseThrow().getMessage().contains("provider()"));
  }

  @Test
  void anIdNothingRegistersFailsDiscoveryListingTheIdsFound() {
    assertFailsRule(BrokenStrategies.UnknownId.class, "required_discovery_providerFoundById",
        "tck-reference");
  }

  @Test
  void readingInstantNowFailsTheClockRule() {
    assertFailsRule(BrokenStrategies.WallClock.class, "required_clock_noWallClock",
        "java.time.Instant.now");
  }

  @Test
  void anUnseededRandomFailsTheDeterminismRule() {
    assertFailsRule(BrokenStrategies.UnseededRandom.class,
        "required_determinism_sameInputsSameDecisions", "decided differently");
  }

  @Test
  void iteratingAHashSetOfIdentityHashedCandidatesFailsTheDeterminismRule() {
    assertFailsRule(BrokenStrategies.HashOrder.class,
        "required_determinism_sameInputsSameDecisions", "decided differently");
  }

  @Test
  void throwingAfterARefusedEntryFailsBothRejectionRules() {
    assertFailsRule(BrokenStrategies.ThrowsAfterRejection.class,
        "required_risk_respectsRejection", "vanished");
    assertFailsRule(BrokenStrategies.ThrowsAfterRejection.class,
        "required_broker_survivesRejection", "vanished");
  }

  @Test
  void stayingStuckAfterABrokerRejectionFailsTheBrokerRule() {
    assertFailsRule(BrokenStrategies.StuckAfterRejection.class,
        "required_broker_survivesRejection", "never entered again");
  }

  @Test
  void aBlankSkipReasonFailsTheNotesRule() {
    assertFailsRule(BrokenStrategies.BlankReason.class, "required_notes_explainNoTrade",
        "blank reason");
  }

  @Test
  void acceptingAnUnknownKeyFailsTheConfigurationRule() {
    assertFailsRule(BrokenStrategies.AcceptsUnknownKeys.class,
        "required_config_unknownOrInvalidSettingNamed", "tckUnknownSetting");
  }

  @Test
  void needingDataAtSetupFailsTheSetupRule() {
    assertFailsRule(BrokenStrategies.NeedsDataAtSetup.class, "required_setup_noDataBeforeStart",
        "setup()");
  }

  private static void assertFailsRule(Class<?> verification, String rule, String mentions) {
    TestExecutionResult result = RuleRun.run(verification, rule);
    assertEquals(TestExecutionResult.Status.FAILED, result.getStatus(),
        () -> verification.getSimpleName() + " passed " + rule);
    String message = result.getThrowable().orElseThrow().getMessage();
    assertTrue(message.startsWith(rule + ":"), () -> "message does not start with the rule: "
        + message);
    assertTrue(message.contains(mentions), () -> "message does not mention \"" + mentions
        + "\": " + message);
  }
}
