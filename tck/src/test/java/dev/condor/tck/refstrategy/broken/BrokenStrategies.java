package dev.condor.tck.refstrategy.broken;

import dev.condor.api.strategy.StrategyProvider;
import dev.condor.tck.refstrategy.clock.WallClockStrategyProvider;
import dev.condor.tck.refstrategy.sound.Flaw;
import dev.condor.tck.refstrategy.sound.ReferenceScenario;
import dev.condor.tck.refstrategy.sound.ReferenceStrategyProvider;
import dev.condor.tck.strategy.MarketScenario;
import dev.condor.tck.strategy.StrategyVerification;
import java.util.Map;
import java.util.Optional;

/** The strategy suite over copies of the reference strategy with one flaw each. */
final class BrokenStrategies {

  private BrokenStrategies() {}

  /** The suite over one provider instance and the reference scenario. */
  abstract static class Over extends StrategyVerification {
    @Override
    protected String providerId() {
      return "tck-reference";
    }

    @Override
    protected Map<String, Object> settings() {
      return Map.of("targetDelta", 0.10, "width", 10, "quantity", 1);
    }

    @Override
    protected MarketScenario scenario() {
      return ReferenceScenario.spxWeek();
    }

    @Override
    protected Optional<StrategyProvider<?>> provider() {
      return Optional.of(new ReferenceStrategyProvider(flaw()));
    }

    abstract Flaw flaw();
  }

  static final class Sound extends Over {
    @Override
    Flaw flaw() {
      return Flaw.NONE;
    }
  }

  static final class WallClock extends Over {
    @Override
    Flaw flaw() {
      return Flaw.NONE;
    }

    @Override
    protected Optional<StrategyProvider<?>> provider() {
      return Optional.of(new WallClockStrategyProvider());
    }
  }

  static final class UnseededRandom extends Over {
    @Override
    Flaw flaw() {
      return Flaw.UNSEEDED_RANDOM;
    }
  }

  static final class HashOrder extends Over {
    @Override
    Flaw flaw() {
      return Flaw.HASH_ORDER;
    }
  }

  static final class ThrowsAfterRejection extends Over {
    @Override
    Flaw flaw() {
      return Flaw.THROWS_AFTER_REJECTION;
    }
  }

  static final class StuckAfterRejection extends Over {
    @Override
    Flaw flaw() {
      return Flaw.STUCK_AFTER_REJECTION;
    }
  }

  static final class BlankReason extends Over {
    @Override
    Flaw flaw() {
      return Flaw.BLANK_REASON;
    }
  }

  static final class AcceptsUnknownKeys extends Over {
    @Override
    Flaw flaw() {
      return Flaw.ACCEPTS_UNKNOWN_KEYS;
    }
  }

  static final class NeedsDataAtSetup extends Over {
    @Override
    Flaw flaw() {
      return Flaw.NEEDS_DATA_AT_SETUP;
    }
  }

  static final class UnknownId extends StrategyVerification {
    @Override
    protected String providerId() {
      return "tck-nobody";
    }

    @Override
    protected MarketScenario scenario() {
      return ReferenceScenario.spxWeek();
    }
  }
}
