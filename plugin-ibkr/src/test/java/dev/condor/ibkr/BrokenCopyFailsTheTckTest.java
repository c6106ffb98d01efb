package dev.condor.ibkr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.broker.BrokerProvider;
import dev.condor.tck.broker.BrokenCopies;
import dev.condor.tck.broker.RuleRun;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Acceptance proof of the TCK on this plugin: a copy of the IBKR plugin with idempotency broken
 * (it resends a placement whose outcome is unknown, on a fresh connection so the plugin's own
 * duplicate guard does not stop it) fails the TCK's idempotency rule, and the failure names the
 * rule first. The suites it runs are nested, so Surefire never runs them on their own.
 */
class BrokenCopyFailsTheTckTest {

  private static final String RULE = "required_idempotency_timeoutNeverPlacesTwice";

  @Test
  void resendingOnTimeoutFailsTheIdempotencyRuleNamedFirst() {
    TestExecutionResult result = RuleRun.run(ResendsOnTimeout.class, RULE);

    assertEquals(TestExecutionResult.Status.FAILED, result.getStatus(),
        () -> "the broken copy was not caught: " + result);
    String message = String.valueOf(result.getThrowable().orElseThrow().getMessage());
    assertTrue(message.startsWith(RULE), () -> "the failure does not start with the rule: "
        + message);
    assertTrue(message.contains("2 placement requests"),
        () -> "the failure is not about the second placement: " + message);
  }

  @Test
  void theSoundPluginGivenAsAnInstancePassesTheSameRule() {
    TestExecutionResult result = RuleRun.run(Sound.class, RULE);

    assertEquals(TestExecutionResult.Status.SUCCESSFUL, result.getStatus(),
        () -> RULE + " failed the sound plugin: " + result.getThrowable().orElse(null));
  }

  /** The IBKR suite with the real plugin given as an instance (the control). */
  static class Sound extends IbkrBrokerVerificationTest {
    @Override
    protected Optional<BrokerProvider<?>> provider() {
      return Optional.of(new IbkrBrokerProvider());
    }
  }

  /** The IBKR suite against the broken copy. */
  static class ResendsOnTimeout extends IbkrBrokerVerificationTest {
    @Override
    protected Optional<BrokerProvider<?>> provider() {
      return Optional.of(BrokenCopies.resendsOnUnknownOutcome(new IbkrBrokerProvider()));
    }
  }
}
