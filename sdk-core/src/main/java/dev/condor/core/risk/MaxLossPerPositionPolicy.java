package dev.condor.core.risk;

import dev.condor.api.order.OrderTicket;
import dev.condor.api.plugin.Settings;
import dev.condor.api.risk.EntryVerdict;
import dev.condor.api.risk.RiskContext;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import java.util.Objects;
import java.util.Set;

/**
 * S1's cap on one position's maximum loss ($30,000): an entry whose units could lose more is
 * resized to the units that fit, or refused when not even one does. The maximum loss is the API's
 * ({@link dev.condor.api.portfolio.Position#maxLoss()}: (width - credit) x multiplier per unit for
 * verticals and condors; a market order's credit is taken as 0); undefined risk is refused.
 */
public final class MaxLossPerPositionPolicy implements RiskPolicy {

  /**
   * The cap.
   *
   * @param dollars the most a position may lose, above 0 and at most 1,000,000,000
   */
  public record Config(double dollars) {

    /** Checks the range. */
    public Config {
      Checks.aboveUpTo("dollars", dollars, 0, 1e9);
    }
  }

  private final Config config;

  /** A cap as configured. */
  public MaxLossPerPositionPolicy(Config config) {
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
    double perUnit = Terms.maxLossPerUnit(ticket, context);
    String limit = Fmt.dollars(config.dollars());
    if (Double.isInfinite(perUnit)) {
      return EntryVerdict.reject("max loss per position: unbounded for a " + ticket.structure()
          + "; limit " + limit);
    }
    double total = perUnit * ticket.quantity();
    if (Terms.atMost(total, config.dollars())) {
      return EntryVerdict.allow();
    }
    String reason = "max loss per position: " + ticket.quantity() + " x " + Fmt.dollars(perUnit)
        + " = " + Fmt.dollars(total) + " > " + limit;
    int units = Terms.unitsWithin(config.dollars(), perUnit);
    return units >= 1
        ? EntryVerdict.resize(units, reason + "; resized to " + Fmt.units(units))
        : EntryVerdict.reject(reason + "; not even 1 unit fits");
  }

  @Override
  public String toString() {
    return Provider.ID + config;
  }

  /** {@code max-loss-per-position}: key {@code dollars} (default 30,000). */
  public static final class Provider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "max-loss-per-position";

    /** S1's cap: $30,000. */
    public static final Config DEFAULTS = new Config(30_000);

    /** For ServiceLoader. */
    public Provider() {
      super(ID, "Resizes or refuses entries whose max loss exceeds the cap (S1: $30,000)",
          Config.class, Set.of("dollars"));
    }

    @Override
    Config read(Settings settings) {
      return new Config(settings.number("dollars", DEFAULTS.dollars()));
    }

    @Override
    RiskPolicy create(Config config) {
      return new MaxLossPerPositionPolicy(config);
    }
  }
}
