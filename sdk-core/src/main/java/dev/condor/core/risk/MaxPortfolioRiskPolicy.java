package dev.condor.core.risk;

import dev.condor.api.order.OrderTicket;
import dev.condor.api.plugin.Settings;
import dev.condor.api.portfolio.Position;
import dev.condor.api.risk.EntryVerdict;
import dev.condor.api.risk.RiskContext;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import java.util.Objects;
import java.util.Set;

/**
 * S1's cap on total risk: the maximum losses of every open position in the portfolio plus the
 * entry's must stay within a share of equity (20 %). An entry that does not fit is resized to the
 * units that do, or refused when none does. Undefined risk (an open or proposed position with an
 * infinite maximum loss) cannot be added up and refuses the entry.
 */
public final class MaxPortfolioRiskPolicy implements RiskPolicy {

  /**
   * The cap.
   *
   * @param percentOfEquity the most the portfolio may have at risk, in percent of equity, above 0
   *     and at most 100
   */
  public record Config(double percentOfEquity) {

    /** Checks the range. */
    public Config {
      Checks.aboveUpTo("percentOfEquity", percentOfEquity, 0, 100);
    }
  }

  private final Config config;

  /** A cap as configured. */
  public MaxPortfolioRiskPolicy(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String name() {
    return Provider.ID;
  }

  @Override
  public RiskStage stage() {
    return RiskStage.ENTRY;
  }

  @Override
  public EntryVerdict checkEntry(OrderTicket ticket, RiskContext context) {
    if (Terms.isClosing(ticket)) {
      return EntryVerdict.allow();
    }
    double equity = context.portfolio().equity();
    if (!(equity > 0)) {
      return EntryVerdict.reject("max portfolio risk: equity " + Fmt.dollars(equity)
          + " leaves no room for risk");
    }
    double open = 0;
    for (Position p : context.portfolio().openPositions()) {
      if (Double.isInfinite(p.maxLoss())) {
        return EntryVerdict.reject("max portfolio risk: open position " + p.id()
            + " has an unbounded max loss");
      }
      open += p.maxLoss();
    }
    double perUnit = Terms.maxLossPerUnit(ticket, context);
    if (Double.isInfinite(perUnit)) {
      return EntryVerdict.reject("max portfolio risk: the new " + ticket.structure()
          + " has an unbounded max loss");
    }
    double added = perUnit * ticket.quantity();
    double budget = config.percentOfEquity() / 100 * equity;
    if (Terms.atMost(open + added, budget)) {
      return EntryVerdict.allow();
    }
    String reason = "max portfolio risk: open " + Fmt.dollars(open) + " + new " + Fmt.dollars(added)
        + " = " + Fmt.dollars(open + added) + " > " + Fmt.num(config.percentOfEquity())
        + "% of equity " + Fmt.dollars(equity) + " = " + Fmt.dollars(budget);
    int units = Terms.unitsWithin(budget - open, perUnit);
    return units >= 1
        ? EntryVerdict.resize(units, reason + "; resized to " + Fmt.units(units))
        : EntryVerdict.reject(reason);
  }

  @Override
  public String toString() {
    return Provider.ID + config;
  }

  /** {@code max-portfolio-risk}: key {@code percentOfEquity} (default 20). */
  public static final class Provider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "max-portfolio-risk";

    /** S1's cap: 20 % of equity. */
    public static final Config DEFAULTS = new Config(20);

    /** For ServiceLoader. */
    public Provider() {
      super(ID, "Resizes or refuses entries that would put more than a share of equity at risk"
          + " (S1: 20%)", Config.class, Set.of("percentOfEquity"));
    }

    @Override
    Config read(Settings settings) {
      return new Config(settings.number("percentOfEquity", DEFAULTS.percentOfEquity()));
    }

    @Override
    RiskPolicy create(Config config) {
      return new MaxPortfolioRiskPolicy(config);
    }
  }
}
