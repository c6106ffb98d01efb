package dev.condor.tck.broker;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.condor.api.Experimental;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one rule of a verification class on the JUnit Platform, from a test, and returns how it
 * ended: how an author shows that a {@link BrokenCopies broken copy} of their plugin fails the
 * rule that should catch it. Keep the verification subclass nested and named without a {@code
 * Test} suffix, so the build does not run it on its own.
 */
@Experimental(since = "0.1")
public final class RuleRun {

  private RuleRun() {}

  /**
   * The result of running {@code rule} (a test method name) of {@code verification}; a skipped
   * rule comes back aborted, with the reason.
   *
   * @throws IllegalStateException if the rule did not run exactly once
   */
  public static TestExecutionResult run(Class<?> verification, String rule) {
    List<TestExecutionResult> results = new ArrayList<>();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectMethod(verification, rule)).build(), new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest()) {
              results.add(result);
            }
          }

          @Override
          public void executionSkipped(TestIdentifier id, String reason) {
            if (id.isTest()) {
              results.add(TestExecutionResult.aborted(new AssertionError("skipped: " + reason)));
            }
          }
        });
    if (results.size() != 1) {
      throw new IllegalStateException("expected one run of " + verification.getName() + "."
          + rule + ", got " + results);
    }
    return results.get(0);
  }
}
