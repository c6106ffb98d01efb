package dev.condor.tck.reference;

import dev.condor.api.broker.BrokerProvider;
import dev.condor.api.plugin.Capability;
import dev.condor.tck.broker.BrokerVerification;
import dev.condor.tck.broker.VenueSimulation;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The broker suite pointed at copies of the reference plugin with one {@link Flaw} each. Nested,
 * so Surefire does not run them on its own: {@link BrokenPluginsFailTheSuiteTest} runs single
 * rules of them through the JUnit Platform launcher and expects failures.
 */
final class BrokenKestrel {

  private BrokenKestrel() {}

  /** The suite, with the plugin under test given as an instance with {@code flaws}. */
  abstract static class Verification extends BrokerVerification {
    private final Set<Flaw> flaws;
    private final Set<Capability> capabilities;

    Verification(Set<Flaw> flaws) {
      this(flaws, KestrelBrokerProvider.ALL_CAPABILITIES);
    }

    Verification(Set<Flaw> flaws, Set<Capability> capabilities) {
      this.flaws = flaws;
      this.capabilities = capabilities;
    }

    @Override
    protected Optional<BrokerProvider<?>> provider() {
      return Optional.of(new KestrelBrokerProvider(flaws, capabilities));
    }

    @Override
    protected String providerId() {
      return KestrelBrokerProvider.ID;
    }

    @Override
    protected Map<String, Object> settings(String baseUrl) {
      return ReferenceBrokerVerificationTest.kestrelSettings(baseUrl);
    }

    @Override
    protected Map<String, String> secrets() {
      return Map.of("password", ReferenceBrokerVerificationTest.PASSWORD);
    }

    @Override
    protected VenueSimulation venue() {
      return new KestrelSimulation();
    }
  }

  /** No flaw: the control, run as an instance rather than found by ServiceLoader. */
  static class Sound extends Verification {
    Sound() {
      super(Set.of());
    }
  }

  /** No flaw, but declares multi-leg orders only: no preview, no replace. */
  static class MultiLegOnly extends Verification {
    MultiLegOnly() {
      super(Set.of(), Set.of(Capability.MULTI_LEG_ORDERS));
    }
  }

  /** Declares no capability at all. */
  static class NoCapabilities extends Verification {
    NoCapabilities() {
      super(Set.of(), Set.of());
    }
  }

  static class ResendsOnTimeout extends Verification {
    ResendsOnTimeout() {
      super(Set.of(Flaw.RESENDS_ON_TIMEOUT));
    }
  }

  static class BooksFillsTwice extends Verification {
    BooksFillsTwice() {
      super(Set.of(Flaw.BOOKS_FILLS_TWICE));
    }
  }

  static class LoopsOnExpiry extends Verification {
    LoopsOnExpiry() {
      super(Set.of(Flaw.LOOPS_ON_EXPIRY));
    }
  }

  static class IgnoresRetryAfter extends Verification {
    IgnoresRetryAfter() {
      super(Set.of(Flaw.IGNORES_RETRY_AFTER));
    }
  }

  static class LeaksSecret extends Verification {
    LeaksSecret() {
      super(Set.of(Flaw.LEAKS_SECRET));
    }
  }

  static class SwallowsRejects extends Verification {
    SwallowsRejects() {
      super(Set.of(Flaw.SWALLOWS_REJECTS));
    }
  }

  static class FlipsPriceEffect extends Verification {
    FlipsPriceEffect() {
      super(Set.of(Flaw.FLIPS_PRICE_EFFECT));
    }
  }

  static class TrustsAnyBaseUrl extends Verification {
    TrustsAnyBaseUrl() {
      super(Set.of(Flaw.TRUSTS_ANY_BASE_URL));
    }
  }

  static class ResendsOn5xx extends Verification {
    ResendsOn5xx() {
      super(Set.of(Flaw.RESENDS_ON_5XX));
    }
  }

  static class ForgetsClientId extends Verification {
    ForgetsClientId() {
      super(Set.of(Flaw.FORGETS_CLIENT_ID));
    }
  }

  static class BlocksCaller extends Verification {
    BlocksCaller() {
      super(Set.of(Flaw.BLOCKS_CALLER));
    }
  }

  static class UntypedMalformed extends Verification {
    UntypedMalformed() {
      super(Set.of(Flaw.UNTYPED_MALFORMED));
    }
  }

  static class UnsignedPositions extends Verification {
    UnsignedPositions() {
      super(Set.of(Flaw.UNSIGNED_POSITIONS));
    }
  }

  static class WrongApiVersion extends Verification {
    WrongApiVersion() {
      super(Set.of(Flaw.WRONG_API_VERSION));
    }
  }

  static class ChecksAccountLate extends Verification {
    ChecksAccountLate() {
      super(Set.of(Flaw.CHECKS_ACCOUNT_LATE));
    }
  }

  /** A sound plugin, but the suite is told a provider id nothing registers. */
  static class UnknownProviderId extends BrokerVerification {
    @Override
    protected String providerId() {
      return "no-such-broker";
    }

    @Override
    protected Map<String, Object> settings(String baseUrl) {
      return ReferenceBrokerVerificationTest.kestrelSettings(baseUrl);
    }

    @Override
    protected Map<String, String> secrets() {
      return Map.of("password", ReferenceBrokerVerificationTest.PASSWORD);
    }

    @Override
    protected VenueSimulation venue() {
      return new KestrelSimulation();
    }
  }
}
