package dev.condor.core.risk;

import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.order.PriceEffect;
import dev.condor.api.plugin.Settings;
import dev.condor.api.risk.EntryVerdict;
import dev.condor.api.risk.RiskContext;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The seeds' minimum credit: refuse an entry whose net credit limit is below the minimum (S1 and
 * S2's 0DTE: 0.50; S2's monthly: 3.00). A market order or a debit has no credit to check and is
 * refused.
 */
public final class MinCreditPolicy implements RiskPolicy {

  /**
   * The minimum.
   *
   * @param credit the least net credit per unit, in points, above 0 and at most 1000
   */
  public record Config(double credit) {

    /** Checks the range. */
    public Config {
      Checks.aboveUpTo("credit", credit, 0, 1000);
    }
  }

  private final Config config;

  /** A minimum as configured. */
  public MinCreditPolicy(Config config) {
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
    String minimum = "minimum " + Fmt.price(config.credit());
    Optional<NetPrice> limit = ticket.limitPrice();
    if (limit.isEmpty()) {
      return EntryVerdict.reject("min credit: a market order has no credit to check; " + minimum);
    }
    if (limit.get().effect() == PriceEffect.DEBIT) {
      return EntryVerdict.reject("min credit: a debit of " + Fmt.price(limit.get().amount())
          + " is not a credit; " + minimum);
    }
    double credit = limit.get().amount();
    if (Terms.atLeast(credit, config.credit())) {
      return EntryVerdict.allow();
    }
    return EntryVerdict.reject("min credit: credit " + Fmt.price(credit) + " < " + minimum);
  }

  @Override
  public String toString() {
    return Provider.ID + config;
  }

  /** {@code min-credit}: key {@code credit} (default 0.50). */
  public static final class Provider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "min-credit";

    /** S1's and S2's 0DTE minimum: 0.50. */
    public static final Config DEFAULTS = new Config(0.50);

    /** For ServiceLoader. */
    public Provider() {
      super(ID, "Refuses entries whose net credit is below the minimum (S1/S2: 0.50)",
          Config.class, Set.of("credit"));
    }

    @Override
    Config read(Settings settings) {
      return new Config(settings.number("credit", DEFAULTS.credit()));
    }

    @Override
    RiskPolicy create(Config config) {
      return new MinCreditPolicy(config);
    }
  }
}
