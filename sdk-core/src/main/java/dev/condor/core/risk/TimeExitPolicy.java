package dev.condor.core.risk;

import dev.condor.api.plugin.Settings;
import dev.condor.api.portfolio.Position;
import dev.condor.api.risk.RiskContext;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import dev.condor.api.strategy.ExitDecision;
import java.util.Objects;
import java.util.Set;

/**
 * S2's monthly time exit: once the calendar days to expiry fall to the limit (30), close at a limit
 * of the current mark (natural by default, so the order is marketable). Not a forced exit: a
 * position that cannot be marked is held and the note says why, and the rule asks again next poll.
 */
public final class TimeExitPolicy implements RiskPolicy {

  /**
   * The limit.
   *
   * @param daysToExpiry close when the calendar days to expiry are at most this, 0 to 1000
   * @param pricing how the position is marked for the closing limit
   */
  public record Config(int daysToExpiry, Pricing pricing) {

    /** Checks the range. */
    public Config {
      Checks.closed("daysToExpiry", daysToExpiry, 0, 1000);
      Objects.requireNonNull(pricing, "pricing");
    }
  }

  private final Config config;

  /** A time exit as configured. */
  public TimeExitPolicy(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String name() {
    return Provider.ID;
  }

  @Override
  public RiskStage stage() {
    return RiskStage.EXIT;
  }

  @Override
  public ExitDecision checkPosition(Position position, RiskContext context) {
    long dte = Terms.calendarDte(position.openedBy(), context);
    if (dte > config.daysToExpiry()) {
      return ExitDecision.hold();
    }
    String facts = "time exit: " + dte + " days to expiry " + Terms.expiry(position.openedBy())
        + " <= " + config.daysToExpiry();
    PositionMark mark = PositionMark.of(position, context, config.pricing());
    if (!mark.isPriced()) {
      return Decisions.holdBecause(context, facts + ", but cannot mark " + position.id() + ": "
          + mark.problem().orElseThrow() + "; holding");
    }
    return ExitDecision.closeAtLimit(mark.closePrice(), facts + "; " + mark.describe());
  }

  @Override
  public String toString() {
    return Provider.ID + config;
  }

  /** {@code time-exit}: keys {@code daysToExpiry} (default 30) and {@code pricing} (natural). */
  public static final class Provider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "time-exit";

    /** S2's monthly rule: close at 30 calendar days to expiry. */
    public static final Config DEFAULTS = new Config(30, Pricing.NATURAL);

    /** For ServiceLoader. */
    public Provider() {
      super(ID, "Closes at a limit of the mark once calendar days to expiry fall to N (S2 monthly:"
          + " 30)", Config.class, Set.of("daysToExpiry", "pricing"));
    }

    @Override
    Config read(Settings settings) {
      return new Config(settings.integer("daysToExpiry", DEFAULTS.daysToExpiry()),
          Pricing.parse("pricing", settings.string("pricing", DEFAULTS.pricing().key())));
    }

    @Override
    RiskPolicy create(Config config) {
      return new TimeExitPolicy(config);
    }
  }
}
