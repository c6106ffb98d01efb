package dev.condor.core.risk;

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
 * S2's proximity red line: when the underlying comes within the line's points of the nearest short
 * strike (or crosses it), close at market, in full (S2's 0DTE, 15 points) or a share of the units
 * (S2's monthly, 50 points, 50 %). Spot is the underlying's quote, else its chain's spot; with
 * neither the position is held and the note says so.
 */
public final class ProximityRedLinePolicy implements RiskPolicy {

  /**
   * The line and the action.
   *
   * @param points the closest spot may come to a short strike, in points, above 0
   * @param closeFraction the share of units to close, in (0, 1]; 1 closes the position
   */
  public record Config(double points, double closeFraction) {

    /** Checks the ranges. */
    public Config {
      Checks.aboveUpTo("points", points, 0, 10_000);
      Checks.closeFraction("closeFraction", closeFraction);
    }
  }

  private final Config config;

  /** A red line as configured. */
  public ProximityRedLinePolicy(Config config) {
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
    OptionalDouble spot = Terms.spot(position, context);
    if (spot.isEmpty()) {
      return Decisions.holdBecause(context, "proximity red line: cannot check " + position.id()
          + ": no price for " + position.underlying() + "; holding");
    }
    Optional<Terms.Cushion> nearest = Terms.nearestShort(position.openedBy(), spot.getAsDouble());
    if (nearest.isEmpty() || !Terms.atMost(nearest.get().points(), config.points())) {
      return ExitDecision.hold();
    }
    return Decisions.closeAtMarket(config.closeFraction(), "proximity red line: spot "
        + Fmt.price(spot.getAsDouble()) + " " + nearest.get().describe() + ", <= "
        + Fmt.num(config.points()) + "; " + Fmt.closeAtMarket(config.closeFraction()));
  }

  @Override
  public String toString() {
    return Provider.ID + config;
  }

  /** {@code proximity-red-line}: keys {@code points} (default 15) and {@code closeFraction} (1). */
  public static final class Provider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "proximity-red-line";

    /** S2's 0DTE line: 15 points, full close. */
    public static final Config DEFAULTS = new Config(15, 1);

    /** For ServiceLoader. */
    public Provider() {
      super(ID, "Closes at market (all or a share) when spot comes within N points of a short"
          + " strike (S2: 15, monthly 50 with 50%)", Config.class,
          Set.of("points", "closeFraction"));
    }

    @Override
    Config read(Settings settings) {
      return new Config(settings.number("points", DEFAULTS.points()),
          settings.number("closeFraction", DEFAULTS.closeFraction()));
    }

    @Override
    RiskPolicy create(Config config) {
      return new ProximityRedLinePolicy(config);
    }
  }
}
