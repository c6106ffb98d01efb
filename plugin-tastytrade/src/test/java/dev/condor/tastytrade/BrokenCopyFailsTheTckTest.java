package dev.condor.tastytrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.condor.api.broker.Broker;
import dev.condor.api.broker.BrokerProvider;
import dev.condor.api.error.BrokerException;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Fill;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderPreview;
import dev.condor.api.order.OrderState;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.SecretSpec;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.ContractPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Acceptance proof of the TCK on a real plugin: a copy of the tastytrade broker whose idempotency
 * is deliberately broken (it resends a placement whose outcome is unknown) fails the TCK's
 * idempotency rule, named in the failure; the sound plugin passes the same rule run the same way.
 */
class BrokenCopyFailsTheTckTest {

  static final String RULE = "required_idempotency_timeoutNeverPlacesTwice";

  @Test
  void theSoundPluginPassesTheIdempotencyRuleRunTheSameWay() {
    TestExecutionResult result = run(TastytradeBrokerVerificationTest.class, RULE);
    assertEquals(TestExecutionResult.Status.SUCCESSFUL, result.getStatus(),
        () -> RULE + " failed the sound plugin: " + result.getThrowable().orElse(null));
  }

  @Test
  void resendingOnTimeoutFailsTheIdempotencyRuleNamingIt() {
    TestExecutionResult result = run(ResendsOnTimeout.class, RULE);
    assertEquals(TestExecutionResult.Status.FAILED, result.getStatus(),
        () -> "the copy that resends on timeout should fail " + RULE + " but got " + result);
    String message = String.valueOf(result.getThrowable().orElseThrow().getMessage());
    assertTrue(message.startsWith(RULE + ": "),
        () -> "the failure should start with the rule id but was: " + message);
    assertTrue(message.contains("the venue received 2 placement requests"),
        () -> "the failure should count the resend but was: " + message);
  }

  /**
   * The suite against the broken copy. A nested class whose name does not end in {@code Test}, so
   * surefire never runs it on its own; only the launcher above does.
   */
  static class ResendsOnTimeout extends TastytradeBrokerVerificationTest {
    @Override
    protected Optional<BrokerProvider<?>> provider() {
      return Optional.of(new ResendingProvider(new TastytradeBrokerProvider()));
    }
  }

  /** The real provider, except that its brokers resend. */
  static final class ResendingProvider implements BrokerProvider<TastytradeConfig> {
    private final TastytradeBrokerProvider real;

    ResendingProvider(TastytradeBrokerProvider real) {
      this.real = real;
    }

    @Override
    public String id() {
      return real.id();
    }

    @Override
    public String apiVersion() {
      return real.apiVersion();
    }

    @Override
    public String description() {
      return real.description() + " (broken copy: resends on timeout)";
    }

    @Override
    public Class<TastytradeConfig> configType() {
      return real.configType();
    }

    @Override
    public TastytradeConfig configure(Settings settings) {
      return real.configure(settings);
    }

    @Override
    public Set<SecretSpec> secrets() {
      return real.secrets();
    }

    @Override
    public Set<Capability> capabilities() {
      return real.capabilities();
    }

    @Override
    public Broker create(TastytradeConfig config, Secrets secrets) {
      return new ResendingBroker(real.create(config, secrets));
    }
  }

  /** The real broker, except that a placement failing with an unknown outcome is sent again. */
  static final class ResendingBroker implements Broker {
    private final Broker real;

    ResendingBroker(Broker real) {
      this.real = real;
    }

    @Override
    public CompletionStage<OrderState> place(OrderTicket ticket) {
      return real.place(ticket).handle((state, failure) -> {
        if (failure == null) {
          return CompletableFuture.completedFuture(state);
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause() : failure;
        if (cause instanceof BrokerException e && e.outcomeUnknown()) {
          return real.place(ticket); // THE FLAW: a resend of an order the venue may already have
        }
        return CompletableFuture.<OrderState>failedFuture(cause);
      }).thenCompose(stage -> stage);
    }

    @Override
    public CompletionStage<Account> account() {
      return real.account();
    }

    @Override
    public CompletionStage<List<ContractPosition>> positions() {
      return real.positions();
    }

    @Override
    public CompletionStage<OrderPreview> preview(OrderTicket ticket) {
      return real.preview(ticket);
    }

    @Override
    public CompletionStage<Optional<OrderState>> order(ClientOrderId id) {
      return real.order(id);
    }

    @Override
    public CompletionStage<List<OrderState>> openOrders() {
      return real.openOrders();
    }

    @Override
    public CompletionStage<OrderState> cancel(ClientOrderId id) {
      return real.cancel(id);
    }

    @Override
    public CompletionStage<OrderState> replace(ClientOrderId id, NetPrice newLimit) {
      return real.replace(id, newLimit);
    }

    @Override
    public CompletionStage<List<Fill>> fills(ClientOrderId id) {
      return real.fills(id);
    }

    @Override
    public String venue() {
      return real.venue();
    }

    @Override
    public void close() {
      real.close();
    }

    @Override
    public String toString() {
      return "ResendingBroker[" + real + "]";
    }
  }

  /** Runs one rule of a verification class on the JUnit Platform and returns its result. */
  private static TestExecutionResult run(Class<?> verification, String rule) {
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
    assertEquals(1, results.size(), () -> "expected one test run for " + rule + ", got " + results);
    return results.get(0);
  }
}
