package dev.condor.core.risk;

import dev.condor.api.order.OrderTicket;
import dev.condor.api.plugin.Settings;
import dev.condor.api.quant.DrawdownRegime;
import dev.condor.api.risk.EntryVerdict;
import dev.condor.api.risk.PortfolioState;
import dev.condor.api.risk.RiskContext;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * S1's drawdown sizing, by the toolkit's {@link DrawdownRegime} table: cut the proposed units by
 * the multiplier of the portfolio's drawdown from its equity peak (0.75 from 3 %, 0.5 from 5 %),
 * rounding down, and refuse entries where the multiplier is 0 (from 10 %: "stop trading, review").
 * The thresholds are configured in percent.
 */
public final class DrawdownSizingPolicy implements RiskPolicy {

  /**
   * The table.
   *
   * @param regime the drawdown bands and their multipliers
   */
  public record Config(DrawdownRegime regime) {

    /** Checks presence. */
    public Config {
      Objects.requireNonNull(regime, "regime");
    }
  }

  private final Config config;

  /** Sizing as configured. */
  public DrawdownSizingPolicy(Config config) {
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
    PortfolioState portfolio = context.portfolio();
    double drawdown = portfolio.drawdownFraction();
    double multiplier = config.regime().sizeMultiplier(drawdown);
    String facts = "drawdown sizing: drawdown " + Fmt.percent(drawdown) + " from peak "
        + Fmt.dollars(portfolio.peakEquity()) + " sizes x" + Fmt.num(multiplier);
    if (multiplier <= 0) {
      return EntryVerdict.reject(facts + ": stop trading, review");
    }
    return Decisions.scale(ticket, multiplier, facts);
  }

  @Override
  public String toString() {
    return Provider.ID + config;
  }

  /**
   * {@code drawdown-sizing}: keys {@code thresholdsPercent} ([3, 5, 10]) and {@code multipliers}
   * ([1, 0.75, 0.5, 0]).
   */
  public static final class Provider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "drawdown-sizing";

    /** S1's table. */
    public static final Config DEFAULTS = new Config(DrawdownRegime.S1_DEFAULT);

    /** For ServiceLoader. */
    public Provider() {
      super(ID, "Cuts entry size by the drawdown from the equity peak and refuses entries from 10%"
          + " (S1)", Config.class, Set.of("thresholdsPercent", "multipliers"));
    }

    @Override
    Config read(Settings settings) {
      DrawdownRegime defaults = DrawdownRegime.S1_DEFAULT;
      // S1's fractions are kept as they are: 3 / 100 read back from 0.03 * 100 is not 0.03
      List<Double> percents = settings.has("thresholdsPercent")
          ? Tables.eachBetween("thresholdsPercent",
              settings.numbers("thresholdsPercent", List.of()), 0, 100)
          : null;
      double[] fractions = percents == null
          ? defaults.thresholds()
          : percents.stream().mapToDouble(p -> p / 100).toArray();
      List<Double> multipliers = Tables.eachBetween("multipliers",
          settings.numbers("multipliers", Tables.boxed(defaults.multipliers())), 0, 10);
      DrawdownRegime regime = Tables.build(
          () -> DrawdownRegime.of(fractions, Tables.unboxed(multipliers)),
          Map.of("thresholds", "thresholdsPercent"),
          Map.of("thresholdsPercent", percents == null ? Tables.boxed(fractions) : percents,
              "multipliers", multipliers));
      return new Config(regime);
    }

    @Override
    RiskPolicy create(Config config) {
      return new DrawdownSizingPolicy(config);
    }
  }
}
