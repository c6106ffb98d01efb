package dev.condor.core.risk;

import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.order.Leg;
import dev.condor.api.plugin.Settings;
import dev.condor.api.portfolio.Position;
import dev.condor.api.risk.RiskContext;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import dev.condor.api.strategy.ExitDecision;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * S2's delta red line: when any short leg's absolute delta reaches the line, close at market, in
 * full (S2's 0DTE, line 15) or a share of the units (S2's monthly, line 30, 50 %).
 *
 * <p>The line is written as S2 writes it, in delta points: 15 means an absolute delta of 0.15. A
 * breach seen on one leg is acted on even when another leg lacks greeks; when no leg breaches and
 * some leg has no quote or no delta, the position is held and the note says which.
 */
public final class DeltaRedLinePolicy implements RiskPolicy {

  /**
   * The line and the action.
   *
   * @param delta the line in delta points (15 means |delta| 0.15), above 0 and below 100
   * @param closeFraction the share of units to close, in (0, 1]; 1 closes the position
   */
  public record Config(double delta, double closeFraction) {

    /** Checks the ranges. */
    public Config {
      Checks.open("delta", delta, 0, 100);
      Checks.closeFraction("closeFraction", closeFraction);
    }
  }

  private final Config config;

  /** A red line as configured. */
  public DeltaRedLinePolicy(Config config) {
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
    Optional<OptionChain> chain = context.chain(position.underlying());
    if (chain.isEmpty()) {
      return cannotCheck(position, context, "no chain for " + position.underlying());
    }
    double line = config.delta() / 100;
    String missing = null;
    Leg worst = null;
    double worstDelta = 0;
    for (Leg leg : Terms.shortLegs(position.openedBy())) {
      Optional<OptionQuote> quote = chain.get().quote(leg.contract());
      double delta = quote.map(OptionQuote::deltaOrNaN).orElse(Double.NaN);
      if (Double.isNaN(delta)) {
        if (missing == null) {
          missing = (quote.isEmpty() ? "no quote for " : "no delta for ") + leg.contract();
        }
      } else if (Terms.atLeast(Math.abs(delta), line)
          && (worst == null || Math.abs(delta) > Math.abs(worstDelta))) {
        worst = leg;
        worstDelta = delta;
      }
    }
    if (worst != null) {
      return Decisions.closeAtMarket(config.closeFraction(), "delta red line: short "
          + Fmt.leg(worst.contract()) + " delta " + String.format(Locale.ROOT, "%.3f", worstDelta)
          + ", |delta| >= " + Fmt.num(line) + "; " + Fmt.closeAtMarket(config.closeFraction()));
    }
    return missing == null ? ExitDecision.hold() : cannotCheck(position, context, missing);
  }

  private static ExitDecision cannotCheck(Position position, RiskContext context, String why) {
    return Decisions.holdBecause(context,
        "delta red line: cannot check " + position.id() + ": " + why + "; holding");
  }

  @Override
  public String toString() {
    return Provider.ID + config;
  }

  /** {@code delta-red-line}: keys {@code delta} (default 15) and {@code closeFraction} (1). */
  public static final class Provider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "delta-red-line";

    /** S2's 0DTE line: |delta| 0.15, full close. */
    public static final Config DEFAULTS = new Config(15, 1);

    /** For ServiceLoader. */
    public Provider() {
      super(ID, "Closes at market (all or a share) when a short leg's |delta| reaches the line"
          + " (S2: 15, monthly 30 with 50%)", Config.class, Set.of("delta", "closeFraction"));
    }

    @Override
    Config read(Settings settings) {
      return new Config(settings.number("delta", DEFAULTS.delta()),
          settings.number("closeFraction", DEFAULTS.closeFraction()));
    }

    @Override
    RiskPolicy create(Config config) {
      return new DeltaRedLinePolicy(config);
    }
  }
}
