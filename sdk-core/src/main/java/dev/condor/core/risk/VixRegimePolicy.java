package dev.condor.core.risk;

import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Quote;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.plugin.Settings;
import dev.condor.api.quant.VixRegime;
import dev.condor.api.risk.EntryVerdict;
import dev.condor.api.risk.RiskContext;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * S1's VIX regimes, by the toolkit's {@link VixRegime} table: refuse entries from the stop level
 * (30), otherwise cut the proposed units by the band's size multiplier (0.75 from 20), rounding
 * down. A multiplier above 1 (1.25 below 15) cannot add units, since a verdict only resizes down: a
 * strategy that wants S1's calm-market size-up applies {@link VixRegime#sizeMultiplier} itself.
 *
 * <p>The level is the context's quote of {@code symbol} (VIX), so the strategy must list it in its
 * data needs; without a quote the entry is refused, since the regime is unknown.
 */
public final class VixRegimePolicy implements RiskPolicy {

  /**
   * The index read and its table.
   *
   * @param symbol the volatility index, e.g. VIX
   * @param regime the bands, multipliers and stop level
   */
  public record Config(Underlying symbol, VixRegime regime) {

    /** Checks presence. */
    public Config {
      Objects.requireNonNull(symbol, "symbol");
      Objects.requireNonNull(regime, "regime");
    }
  }

  private final Config config;

  /** A regime as configured. */
  public VixRegimePolicy(Config config) {
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
    String symbol = config.symbol().symbol();
    Optional<Quote> quote = context.quote(config.symbol());
    if (quote.isEmpty() || !Double.isFinite(quote.get().price())) {
      return EntryVerdict.reject("vix regime: no " + symbol + " quote, regime unknown; no new"
          + " entries");
    }
    double level = quote.get().price();
    VixRegime regime = config.regime();
    if (!regime.allowsNewEntries(level)) {
      return EntryVerdict.reject("vix regime: " + symbol + " " + Fmt.price(level) + " >= "
          + Fmt.num(regime.noNewEntriesFrom()) + ": no new entries");
    }
    double multiplier = regime.sizeMultiplier(level);
    return Decisions.scale(ticket, multiplier, "vix regime: " + symbol + " " + Fmt.price(level)
        + " sizes x" + Fmt.num(multiplier));
  }

  @Override
  public String toString() {
    return Provider.ID + config;
  }

  /**
   * {@code vix-regime}: keys {@code symbol} (VIX), {@code thresholds} ([15, 20, 30]), {@code
   * multipliers} ([1.25, 1, 0.75, 0.5]) and {@code stopAt} (30).
   */
  public static final class Provider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "vix-regime";

    /** S1's table on the VIX. */
    public static final Config DEFAULTS = new Config(Underlying.VIX, VixRegime.S1_DEFAULT);

    /** For ServiceLoader. */
    public Provider() {
      super(ID, "Cuts entry size by the VIX band and refuses entries from VIX 30 (S1's regimes)",
          Config.class, Set.of("symbol", "thresholds", "multipliers", "stopAt"));
    }

    @Override
    Config read(Settings settings) {
      Underlying symbol = Underlying.of(settings.string("symbol", "VIX"));
      VixRegime defaults = VixRegime.S1_DEFAULT;
      List<Double> thresholds = Tables.eachBetween("thresholds",
          settings.numbers("thresholds", Tables.boxed(defaults.thresholds())), 0, 200);
      List<Double> multipliers = Tables.eachBetween("multipliers",
          settings.numbers("multipliers", Tables.boxed(defaults.multipliers())), 0, 10);
      double stopAt = Checks.aboveUpTo("stopAt",
          settings.number("stopAt", defaults.noNewEntriesFrom()), 0, 200);
      VixRegime regime = Tables.build(
          () -> VixRegime.of(Tables.unboxed(thresholds), Tables.unboxed(multipliers), stopAt),
          Map.of("noNewEntriesFrom", "stopAt"),
          Map.of("thresholds", thresholds, "multipliers", multipliers, "stopAt", stopAt));
      return new Config(symbol, regime);
    }

    @Override
    RiskPolicy create(Config config) {
      return new VixRegimePolicy(config);
    }
  }
}
