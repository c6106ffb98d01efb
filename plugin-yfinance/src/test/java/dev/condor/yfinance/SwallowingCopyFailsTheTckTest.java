package dev.condor.yfinance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.data.HistoricalDataProvider;
import dev.condor.tck.broker.RuleRun;
import dev.condor.tck.data.DataBrokenCopies;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Proof that the market-data suite catches a Yahoo plugin that swallows failures ({@link
 * DataBrokenCopies#swallowsFailures}: a failed bars() call completes with an empty list). The
 * suite names the later-page rule for this flaw, but Yahoo's charts have no later page (that rule
 * is an explained skip here), so the rule that catches it on Yahoo is the 5xx rule: a venue error
 * must fail the stage, not read as "no data". The sound plugin passes the same rule run the same
 * way.
 */
class SwallowingCopyFailsTheTckTest {

  static final String RULE = "required_unavailable_5xxTyped";

  @Test
  void theSoundPluginPassesThe5xxRuleRunTheSameWay() {
    TestExecutionResult result = RuleRun.run(YahooHistoricalDataVerificationTest.class, RULE);
    assertEquals(TestExecutionResult.Status.SUCCESSFUL, result.getStatus(),
        () -> RULE + " failed the sound plugin: " + result.getThrowable().orElse(null));
  }

  @Test
  void swallowingFailuresFailsThe5xxRuleNamingIt() {
    TestExecutionResult result = RuleRun.run(SwallowsFailures.class, RULE);
    assertEquals(TestExecutionResult.Status.FAILED, result.getStatus(),
        () -> "the copy that swallows failures should fail " + RULE + " but got " + result);
    String message = String.valueOf(result.getThrowable().orElseThrow().getMessage());
    assertTrue(message.startsWith(RULE + ": "),
        () -> "the failure should start with the rule id but was: " + message);
    assertTrue(message.contains("bars() answered 500 succeeded with []"),
        () -> "the failure should say the 500 read as an empty list but was: " + message);
  }

  @Test
  void theLaterPageRuleDoesNotApplyToYahooAndSaysSo() {
    TestExecutionResult result = RuleRun.run(SwallowsFailures.class,
        "required_pagination_laterPageFailureFailsWhole");
    assertEquals(TestExecutionResult.Status.ABORTED, result.getStatus(), result::toString);
    assertTrue(String.valueOf(result.getThrowable().orElseThrow().getMessage())
        .contains("answers any range in one response"), result::toString);
  }

  /** The suite against the broken copy; nested and not named *Test, so only the launcher runs it. */
  static class SwallowsFailures extends YahooHistoricalDataVerificationTest {
    @Override
    protected Optional<HistoricalDataProvider<?>> provider() {
      return Optional.of(DataBrokenCopies.swallowsFailures(new YahooHistoricalDataProvider()));
    }
  }
}
