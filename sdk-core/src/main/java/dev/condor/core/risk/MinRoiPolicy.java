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
 * S1's target return on risk: refuse an entry whose credit / (width - credit) is below the minimum
 * (5 %). The return needs a credit limit and wings: a market order, a debit, or a structure without
 * wings (a naked option, a strangle) is refused, since its return on risk is undefined. A credit at
 * or above the width risks nothing and is allowed.
 */
public final class MinRoiPolicy implements RiskPolicy {

  /**
   * The minimum.
   *
   * @param percent the least credit / (width - credit), in percent, above 0 and at most 1000
   */
  public record Config(double percent) {

    /** Checks the range. */
    public Config {
      Checks.aboveUpTo("percent", percent, 0, 1000);
    }
  }

  private final Config config;

  /** A minimum as configured. */
  public MinRoiPolicy(Config config) {
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
    String minimum = "minimum " + Fmt.num(config.percent()) + "%";
    Optional<NetPrice> limit = ticket.limitPrice();
    if (limit.isEmpty() || limit.get().effect() != PriceEffect.CREDIT) {
      return EntryVerdict.reject("min roi: needs a credit limit to compute the return; " + minimum);
    }
    double width = ticket.width();
    if (width <= 0) {
      return EntryVerdict.reject("min roi: a " + ticket.structure()
          + " has no wings, so no defined risk to return on; " + minimum);
    }
    double credit = limit.get().amount();
    double risk = width - credit;
    if (risk <= 0) {
      return EntryVerdict.allow();
    }
    double roi = credit / risk;
    if (Terms.atLeast(roi * 100, config.percent())) {
      return EntryVerdict.allow();
    }
    return EntryVerdict.reject("min roi: credit " + Fmt.price(credit) + " / risk " + Fmt.price(risk)
        + " = " + Fmt.percent(roi) + " < " + minimum);
  }

  @Override
  public String toString() {
    return Provider.ID + config;
  }

  /** {@code min-roi}: key {@code percent} (default 5). */
  public static final class Provider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "min-roi";

    /** S1's target: 5 %. */
    public static final Config DEFAULTS = new Config(5);

    /** For ServiceLoader. */
    public Provider() {
      super(ID, "Refuses entries whose credit / (width - credit) is below the minimum (S1: 5%)",
          Config.class, Set.of("percent"));
    }

    @Override
    Config read(Settings settings) {
      return new Config(settings.number("percent", DEFAULTS.percent()));
    }

    @Override
    RiskPolicy create(Config config) {
      return new MinRoiPolicy(config);
    }
  }
}
