package dev.condor.core.risk;

import dev.condor.api.order.PriceEffect;
import dev.condor.api.plugin.Settings;
import dev.condor.api.portfolio.Position;
import dev.condor.api.risk.RiskContext;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import dev.condor.api.strategy.ExitDecision;
import java.util.Objects;
import java.util.Set;

/**
 * The seeds' profit target: once a share of the credit is captured (50 % by default), close at a
 * limit of the current mark. It closes when the debit to close is at most (100 - percent) % of the
 * credit received: with 50 %, a condor sold for 1.45 closes once it can be bought back for 0.725 or
 * less. Positions opened for a debit have no credit to capture and are held.
 */
public final class ProfitTargetPolicy implements RiskPolicy {

  /**
   * The target.
   *
   * @param percentOfCredit the share of the credit to capture, in percent, above 0 and below 100
   * @param pricing how the position is marked
   */
  public record Config(double percentOfCredit, Pricing pricing) {

    /** Checks the range. */
    public Config {
      Checks.open("percentOfCredit", percentOfCredit, 0, 100);
      Objects.requireNonNull(pricing, "pricing");
    }
  }

  private final Config config;

  /** A target as configured. */
  public ProfitTargetPolicy(Config config) {
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
    if (position.openPrice().effect() != PriceEffect.CREDIT) {
      return ExitDecision.hold();
    }
    PositionMark mark = PositionMark.of(position, context, config.pricing());
    if (!mark.isPriced()) {
      return Decisions.holdBecause(context, "profit target: cannot mark " + position.id() + ": "
          + mark.problem().orElseThrow() + "; holding");
    }
    double credit = position.openPrice().amount();
    double keep = 100 - config.percentOfCredit();
    if (!Terms.atMost(mark.debitToClose(), keep / 100 * credit)) {
      return ExitDecision.hold();
    }
    return ExitDecision.closeAtLimit(mark.closePrice(), "profit target: " + mark.describe() + " <= "
        + Fmt.num(keep) + "% of credit " + Fmt.price(credit));
  }

  @Override
  public String toString() {
    return Provider.ID + config;
  }

  /** {@code profit-target}: keys {@code percentOfCredit} (default 50) and {@code pricing}. */
  public static final class Provider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "profit-target";

    /** The seeds' 50 % of credit, marked at natural prices. */
    public static final Config DEFAULTS = new Config(50, Pricing.NATURAL);

    /** For ServiceLoader. */
    public Provider() {
      super(ID, "Closes at a limit once a share of the credit is captured (S1/S2: 50%)",
          Config.class, Set.of("percentOfCredit", "pricing"));
    }

    @Override
    Config read(Settings settings) {
      return new Config(settings.number("percentOfCredit", DEFAULTS.percentOfCredit()),
          Pricing.parse("pricing", settings.string("pricing", DEFAULTS.pricing().key())));
    }

    @Override
    RiskPolicy create(Config config) {
      return new ProfitTargetPolicy(config);
    }
  }
}
