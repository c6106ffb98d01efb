package dev.condor.ibkr;

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
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Acceptance proof of the TCK on this plugin: a copy of the IBKR plugin with idempotency broken
 * (it resends a placement whose outcome is unknown) fails the TCK's idempotency rule, and the
 * failure names the rule first. The broken suite is nested, so Surefire never runs it on its own
 * (nested classes are excluded by default); it runs here, one rule, through the JUnit Platform
 * launcher, as the TCK's own self-test does.
 */
class BrokenCopyFailsTheTckTest {

  private static final String RULE = "required_idempotency_timeoutNeverPlacesTwice";

  @Test
  void resendingOnTimeoutFailsTheIdempotencyRuleNamedFirst() {
    TestExecutionResult result = run(ResendsOnTimeout.class, RULE);

    assertEquals(TestExecutionResult.Status.FAILED, result.getStatus(),
        () -> "the broken copy was not caught: " + result);
    Throwable failure = result.getThrowable().orElseThrow();
    String message = String.valueOf(failure.getMessage());
    assertTrue(message.startsWith(RULE), () -> "the failure does not start with the rule: "
        + message);
    assertTrue(message.contains("2 placement requests"),
        () -> "the failure is not about the second placement: " + message);
  }

  @Test
  void theSoundPluginGivenAsAnInstancePassesTheSameRule() {
    TestExecutionResult result = run(Sound.class, RULE);

    assertEquals(TestExecutionResult.Status.SUCCESSFUL, result.getStatus(),
        () -> RULE + " failed the sound plugin: " + result.getThrowable().orElse(null));
  }

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

  // ---------------------------------------------------------------- the suites it runs

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
      return Optional.of(new ResendingProvider());
    }
  }

  // ---------------------------------------------------------------- the broken copy

  /** The IBKR provider, except that its brokers resend a placement whose outcome is unknown. */
  static final class ResendingProvider implements BrokerProvider<IbkrConfig> {
    private final IbkrBrokerProvider real = new IbkrBrokerProvider();

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
      return "broken copy of " + real.description();
    }

    @Override
    public Class<IbkrConfig> configType() {
      return real.configType();
    }

    @Override
    public Set<Capability> capabilities() {
      return real.capabilities();
    }

    @Override
    public IbkrConfig configure(Settings settings) {
      return real.configure(settings);
    }

    @Override
    public Broker create(IbkrConfig config, Secrets secrets) {
      return new ResendingBroker(real, config, secrets);
    }
  }

  /**
   * The real IBKR broker, wrapped the way a careless plugin would be written: when a placement
   * fails with its outcome unknown (timeout, 5xx), it "retries" on a fresh connection, a new
   * {@link IbkrBroker} that has never seen the client order id (so the real broker's guard
   * against placing one id twice cannot stop it) and sends the order again. If the resend fails
   * too, the caller sees the first failure, so nothing but the venue's request count betrays it.
   */
  static final class ResendingBroker implements Broker {
    private final IbkrBrokerProvider provider;
    private final IbkrConfig config;
    private final Secrets secrets;
    private final IbkrBroker delegate;
    private final List<Broker> retries = new CopyOnWriteArrayList<>();

    ResendingBroker(IbkrBrokerProvider provider, IbkrConfig config, Secrets secrets) {
      this.provider = provider;
      this.config = config;
      this.secrets = secrets;
      this.delegate = provider.create(config, secrets);
    }

    @Override
    public CompletionStage<OrderState> place(OrderTicket ticket) {
      return delegate.place(ticket).exceptionallyCompose(t -> {
        Throwable cause = t instanceof CompletionException && t.getCause() != null
            ? t.getCause() : t;
        if (!(cause instanceof BrokerException) || !((BrokerException) cause).outcomeUnknown()) {
          return CompletableFuture.failedFuture(cause);
        }
        Broker fresh = provider.create(config, secrets);
        retries.add(fresh);
        // THE FLAW: the venue may well have the first order; this sends it a second time
        return fresh.place(ticket).exceptionallyCompose(
            again -> CompletableFuture.failedFuture(cause));
      });
    }

    @Override
    public CompletionStage<Account> account() {
      return delegate.account();
    }

    @Override
    public CompletionStage<List<ContractPosition>> positions() {
      return delegate.positions();
    }

    @Override
    public CompletionStage<OrderPreview> preview(OrderTicket ticket) {
      return delegate.preview(ticket);
    }

    @Override
    public CompletionStage<Optional<OrderState>> order(ClientOrderId id) {
      return delegate.order(id);
    }

    @Override
    public CompletionStage<List<OrderState>> openOrders() {
      return delegate.openOrders();
    }

    @Override
    public CompletionStage<OrderState> cancel(ClientOrderId id) {
      return delegate.cancel(id);
    }

    @Override
    public CompletionStage<OrderState> replace(ClientOrderId id, NetPrice newLimit) {
      return delegate.replace(id, newLimit);
    }

    @Override
    public CompletionStage<List<Fill>> fills(ClientOrderId id) {
      return delegate.fills(id);
    }

    @Override
    public String venue() {
      return delegate.venue();
    }

    @Override
    public void close() {
      delegate.close();
      retries.forEach(Broker::close);
    }

    @Override
    public String toString() {
      return "ResendingBroker[" + delegate + "]";
    }
  }
}
