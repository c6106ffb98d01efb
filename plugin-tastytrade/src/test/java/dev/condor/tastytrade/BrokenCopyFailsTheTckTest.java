package dev.condor.tastytrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.broker.BrokerProvider;
import dev.condor.tck.broker.BrokenCopies;
import dev.condor.tck.broker.RuleRun;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Acceptance proof of the TCK on a real plugin: a copy of the tastytrade broker whose idempotency
 * is deliberately broken (it resends a placement whose outcome is unknown) fails the TCK's
 * idempotency rule, named in the failure; the sound plugin passes the same rule run the same way.
 */
class BrokenCopyFailsTheTckTest {

  static final String RULE = "required_idempotency_timeoutNeverPlacesTwice";

  @Test
  void theSoundPluginPassesTheIdempotencyRuleRunTheSameWay() {
    TestExecutionResult result = RuleRun.run(TastytradeBrokerVerificationTest.class, RULE);
    assertEquals(TestExecutionResult.Status.SUCCESSFUL, result.getStatus(),
        () -> RULE + " failed the sound plugin: " + result.getThrowable().orElse(null));
  }

  @Test
  void resendingOnTimeoutFailsTheIdempotencyRuleNamingIt() {
    TestExecutionResult result = RuleRun.run(ResendsOnTimeout.class, RULE);
    assertEquals(TestExecutionResult.Status.FAILED, result.getStatus(),
        () -> "the copy that resends on timeout should fail " + RULE + " but got " + result);
    String message = String.valueOf(result.getThrowable().orElseThrow().getMessage());
    assertTrue(message.startsWith(RULE + ": "),
        () -> "the failure should start with the rule id but was: " + message);
    assertTrue(message.contains("the venue received 2 placement requests"),
        () -> "the failure should count the resend but was: " + message);
  }

  /** The suite against the broken copy; nested and not named *Test, so only the launcher runs it. */
  static class ResendsOnTimeout extends TastytradeBrokerVerificationTest {
    @Override
    protected Optional<BrokerProvider<?>> provider() {
      return Optional.of(BrokenCopies.resendsOnUnknownOutcome(new TastytradeBrokerProvider()));
    }
  }
}
