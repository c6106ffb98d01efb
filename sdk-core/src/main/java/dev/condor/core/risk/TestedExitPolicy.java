package dev.condor.core.risk;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.plugin.Settings;
import dev.condor.api.portfolio.Position;
import dev.condor.api.risk.RiskContext;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import dev.condor.api.strategy.ExitDecision;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * S1's tested exit for 1-3 DTE spreads: close at market when the underlying comes within a
 * multiple (2x) of the wing width of a short strike, "approaching ITM". It applies only while the
 * position's trading days to expiry are within the window (1 to 3 by default; widen it for S1's
 * 5+ DTE "exit if tested"), and only to structures with wings.
 */
public final class TestedExitPolicy implements RiskPolicy {

  /**
   * The test and its window.
   *
   * @param widthMultiple how many wing widths from a short strike counts as tested, above 0, at
   *     most 20
   * @param minDte the first trading DTE the rule applies to, {@code >= 0}
   * @param maxDte the last trading DTE the rule applies to, {@code >= minDte}
   * @param closeFraction the share of units to close, in (0, 1]; 1 closes the position
   */
  public record Config(double widthMultiple, int minDte, int maxDte, double closeFraction) {

    /** Checks the ranges. */
    public Config {
      Checks.aboveUpTo("widthMultiple", widthMultiple, 0, 20);
      Checks.closed("minDte", minDte, 0, 1000);
      Checks.closed("maxDte", maxDte, 0, 1000);
      if (maxDte < minDte) {
        throw new InvalidValueException("maxDte", maxDte, "must be >= minDte " + minDte);
      }
      Checks.closeFraction("closeFraction", closeFraction);
    }
  }

  private final Config config;

  /** A tested exit as configured. */
  public TestedExitPolicy(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String name() {
    return Provider.ID;
  }

  @Override
  public RiskStage stage() {
    return RiskStage.RED_LINE;
  }

  @Override
  public ExitDecision checkPosition(Position position, RiskContext context) {
    double width = position.openedBy().width();
    int dte = Terms.tradingDte(position.openedBy(), context);
    if (width <= 0 || dte < config.minDte() || dte > config.maxDte()) {
      return ExitDecision.hold();
    }
    OptionalDouble spot = Terms.spot(position, context);
    if (spot.isEmpty()) {
      return Decisions.holdBecause(context, "tested exit: cannot check " + position.id()
          + ": no price for " + position.underlying() + "; holding");
    }
    double limit = config.widthMultiple() * width;
    Optional<Terms.Cushion> nearest = Terms.nearestShort(position.openedBy(), spot.getAsDouble());
    if (nearest.isEmpty() || !Terms.atMost(nearest.get().points(), limit)) {
      return ExitDecision.hold();
    }
    return Decisions.closeAtMarket(config.closeFraction(), "tested exit: spot "
        + Fmt.price(spot.getAsDouble()) + " " + nearest.get().describe() + ", <= "
        + Fmt.num(config.widthMultiple()) + "x width " + Fmt.num(width) + " = " + Fmt.price(limit)
        + " (" + dte + " DTE); " + Fmt.closeAtMarket(config.closeFraction()));
  }

  @Override
  public String toString() {
    return Provider.ID + config;
  }

  /**
   * {@code tested-exit}: keys {@code widthMultiple} (2), {@code minDte} (1), {@code maxDte} (3),
   * {@code closeFraction} (1).
   */
  public static final class Provider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "tested-exit";

    /** S1's 1-3 DTE rule: within 2x the width, full close. */
    public static final Config DEFAULTS = new Config(2, 1, 3, 1);

    /** For ServiceLoader. */
    public Provider() {
      super(ID, "Closes at market when spot is within N x the wing width of a short strike"
          + " (S1: 2x, 1-3 DTE)", Config.class,
          Set.of("widthMultiple", "minDte", "maxDte", "closeFraction"));
    }

    @Override
    Config read(Settings settings) {
      return new Config(settings.number("widthMultiple", DEFAULTS.widthMultiple()),
          settings.integer("minDte", DEFAULTS.minDte()),
          settings.integer("maxDte", DEFAULTS.maxDte()),
          settings.number("closeFraction", DEFAULTS.closeFraction()));
    }

    @Override
    RiskPolicy create(Config config) {
      return new TestedExitPolicy(config);
    }
  }
}
