package dev.condor.core.risk;

import dev.condor.api.order.OrderTicket;
import dev.condor.api.plugin.Settings;
import dev.condor.api.portfolio.Position;
import dev.condor.api.risk.EntryVerdict;
import dev.condor.api.risk.RiskContext;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import dev.condor.api.strategy.ExitDecision;
import java.util.Objects;
import java.util.Set;

/**
 * The flattening half of S1's portfolio loss stops ({@code daily-loss-flatten} at 7 %, {@code
 * weekly-loss-flatten} at 10 %): from that loss over the period every position is closed at market
 * and every entry refused, for the rest of the period.
 *
 * <p>A policy has one stage, so S1's rule is split: {@link LossStopPolicy} (ENTRY) cuts and refuses
 * entries at the lower levels, this FORCED_EXIT policy flattens. It refuses entries too, so it is
 * safe on its own, provided the engine asks {@code checkEntry} of every policy at the entry step
 * (see the package documentation). The loss is the portfolio's, across strategies: each strategy
 * that requests it flattens its own positions. It stays tripped for the period because closing at
 * market can move equity back above the line.
 */
public final class LossFlattenPolicy implements RiskPolicy {

  /**
   * The line.
   *
   * @param flattenAtPercent the loss, in percent, from which everything is closed, above 0 and at
   *     most 100
   */
  public record Config(double flattenAtPercent) {

    /** Checks the range. */
    public Config {
      Checks.aboveUpTo("flattenAtPercent", flattenAtPercent, 0, 100);
    }
  }

  private final String name;
  private final LossPeriod period;
  private final Config config;
  private final LossLatch line;

  /** A flatten rule over a period as configured. */
  public LossFlattenPolicy(LossPeriod period, Config config) {
    this.period = Objects.requireNonNull(period, "period");
    this.config = Objects.requireNonNull(config, "config");
    this.name = period == LossPeriod.DAY ? DailyProvider.ID : WeeklyProvider.ID;
    this.line = new LossLatch(period, config.flattenAtPercent());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public RiskStage stage() {
    return RiskStage.FORCED_EXIT;
  }

  @Override
  public ExitDecision checkPosition(Position position, RiskContext context) {
    return line.check(context)
        .map(why -> ExitDecision.closeAtMarket(why + ": flatten; close at market"))
        .orElse(ExitDecision.hold());
  }

  @Override
  public EntryVerdict checkEntry(OrderTicket ticket, RiskContext context) {
    if (Terms.isClosing(ticket)) {
      return EntryVerdict.allow();
    }
    return line.check(context)
        .map(why -> EntryVerdict.reject(why + ": flattened, no new entries " + period.rest()))
        .orElse(EntryVerdict.allow());
  }

  @Override
  public String toString() {
    return name + config;
  }

  /** {@code daily-loss-flatten}: key {@code flattenAtPercent} (default 7). */
  public static final class DailyProvider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "daily-loss-flatten";

    /** S1: close everything from a 7 % daily loss. */
    public static final Config DEFAULTS = new Config(7);

    /** For ServiceLoader. */
    public DailyProvider() {
      super(ID, "Closes every position at market and refuses entries from a 7% daily loss, for the"
          + " rest of the day (S1)", Config.class, Set.of("flattenAtPercent"));
    }

    @Override
    Config read(Settings settings) {
      return new Config(settings.number("flattenAtPercent", DEFAULTS.flattenAtPercent()));
    }

    @Override
    RiskPolicy create(Config config) {
      return new LossFlattenPolicy(LossPeriod.DAY, config);
    }
  }

  /** {@code weekly-loss-flatten}: key {@code flattenAtPercent} (default 10). */
  public static final class WeeklyProvider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "weekly-loss-flatten";

    /** S1: close everything from a 10 % weekly loss. */
    public static final Config DEFAULTS = new Config(10);

    /** For ServiceLoader. */
    public WeeklyProvider() {
      super(ID, "Closes every position at market and refuses entries from a 10% weekly loss, for"
          + " the rest of the week (S1)", Config.class, Set.of("flattenAtPercent"));
    }

    @Override
    Config read(Settings settings) {
      return new Config(settings.number("flattenAtPercent", DEFAULTS.flattenAtPercent()));
    }

    @Override
    RiskPolicy create(Config config) {
      return new LossFlattenPolicy(LossPeriod.WEEK, config);
    }
  }
}
