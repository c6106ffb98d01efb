package dev.condor.tck.broker;

import dev.condor.api.Experimental;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Deliberately broken copies of a plugin, so an author can prove the TCK catches what matters on
 * their own plugin: hand one to a {@link BrokerVerification} subclass through {@code provider()}
 * and run a rule with {@link RuleRun}; it must fail, naming the rule.
 */
@Experimental(since = "0.1")
public final class BrokenCopies {

  private BrokenCopies() {}

  /**
   * The plugin, except that a placement failing with its outcome unknown (timeout, 5xx) is sent
   * again, on a fresh broker from the same provider (so a plugin's own duplicate guard does not
   * stop it): the flaw {@code required_idempotency_timeoutNeverPlacesTwice} exists to catch.
   */
  public static <C> BrokerProvider<C> resendsOnUnknownOutcome(BrokerProvider<C> real) {
    return new BrokerProvider<>() {
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
        return real.description() + " (broken copy: resends on an unknown outcome)";
      }

      @Override
      public Class<C> configType() {
        return real.configType();
      }

      @Override
      public C configure(Settings settings) {
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
      public Broker create(C config, Secrets secrets) {
        return new Resending(real.create(config, secrets), () -> real.create(config, secrets));
      }
    };
  }

  /** A broker that resends a placement whose outcome is unknown, on a fresh broker. */
  private static final class Resending implements Broker {
    private final Broker delegate;
    private final java.util.function.Supplier<Broker> fresh;
    private final List<Broker> retries = new CopyOnWriteArrayList<>();

    Resending(Broker delegate, java.util.function.Supplier<Broker> fresh) {
      this.delegate = delegate;
      this.fresh = fresh;
    }

    @Override
    public CompletionStage<OrderState> place(OrderTicket ticket) {
      return delegate.place(ticket).exceptionallyCompose(failure -> {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause() : failure;
        if (!(cause instanceof BrokerException e && e.outcomeUnknown())) {
          return CompletableFuture.failedFuture(cause);
        }
        Broker again = fresh.get();
        retries.add(again);
        // THE FLAW: the venue may well have the first order; this sends it a second time
        return again.place(ticket).exceptionallyCompose(x -> CompletableFuture.failedFuture(cause));
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
      return "broken copy (resends on an unknown outcome) of " + delegate;
    }
  }
}
