package dev.condor.polygon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.data.HistoricalDataProvider;
import dev.condor.tck.broker.RuleRun;
import dev.condor.tck.data.DataBrokenCopies;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Acceptance proof of the market-data suite on the Polygon plugin: a copy that turns a failed call
 * into an empty list ({@link DataBrokenCopies#swallowsFailures}) fails the rule that a failed later
 * page fails the whole call, named in the failure; the sound plugin, given the same way as an
 * instance, passes the same rule run the same way.
 */
class BrokenCopyFailsTheDataTckTest {

  static final String RULE = "required_pagination_laterPageFailureFailsWhole";

  @Test
  void theSoundPluginGivenAsAnInstancePassesTheLaterPageRule() {
    TestExecutionResult result = RuleRun.run(Sound.class, RULE);
    assertEquals(TestExecutionResult.Status.SUCCESSFUL, result.getStatus(),
        () -> RULE + " failed the sound plugin: " + result.getThrowable().orElse(null));
  }

  @Test
  void swallowingFailuresFailsTheLaterPageRuleNamingIt() {
    TestExecutionResult result = RuleRun.run(SwallowsFailures.class, RULE);
    assertEquals(TestExecutionResult.Status.FAILED, result.getStatus(),
        () -> "the copy that swallows failures should fail " + RULE + " but got " + result);
    String message = String.valueOf(result.getThrowable().orElseThrow().getMessage());
    assertTrue(message.startsWith(RULE + ": "),
        () -> "the failure should start with the rule id but was: " + message);
    assertTrue(message.contains("succeeded with []"),
        () -> "the failure should say the call completed empty but was: " + message);
  }

  /** The sound plugin as an instance; nested and not named *Test, so only the launcher runs it. */
  static class Sound extends PolygonHistoricalDataVerificationTest {
    @Override
    protected Optional<HistoricalDataProvider<?>> provider() {
      return Optional.of(new PolygonHistoricalDataProvider());
    }
  }

  /** The suite against the broken copy; nested and not named *Test, so only the launcher runs it. */
  static class SwallowsFailures extends PolygonHistoricalDataVerificationTest {
    @Override
    protected Optional<HistoricalDataProvider<?>> provider() {
      return Optional.of(DataBrokenCopies.swallowsFailures(new PolygonHistoricalDataProvider()));
    }
  }
}
