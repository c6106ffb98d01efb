package dev.condor.core.risk;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.plugin.Settings;
import dev.condor.api.risk.EntryVerdict;
import dev.condor.api.risk.PortfolioState;
import dev.condor.api.risk.RiskContext;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The entry half of S1's portfolio loss stops ({@code daily-loss}, {@code weekly-loss}): from
 * {@code reduceAtPercent} of loss over the period new entries are cut by {@code reduceFactor}
 * (S1's daily 3 % "reduce new entries", read as half size, rounded down, so a 1-unit entry is
 * refused), and from {@code rejectAtPercent} they are refused (S1: 5 % daily, 10 % weekly).
 *
 * <p>S1 says "stop trading for the day" (and "until the following week"): once the refusal level
 * is reached the policy stays tripped for the rest of the period even if equity recovers. The
 * flattening half of the rule is a separate FORCED_EXIT policy, {@link LossFlattenPolicy}, because
 * a policy acts at one stage.
 */
public final class LossStopPolicy implements RiskPolicy {

  /**
   * The levels.
   *
   * @param reduceAtPercent the loss, in percent, from which entries are cut: 0 (off) or above 0 and
   *     below {@code rejectAtPercent}
   * @param reduceFactor the share of the proposed units kept when cutting, above 0 and below 1
   * @param rejectAtPercent the loss, in percent, from which entries are refused, above 0 and at
   *     most 100
   */
  public record Config(double reduceAtPercent, double reduceFactor, double rejectAtPercent) {

    /** Checks the ranges and their order. */
    public Config {
      Checks.aboveUpTo("rejectAtPercent", rejectAtPercent, 0, 100);
      if (reduceAtPercent != 0 && !(reduceAtPercent > 0 && reduceAtPercent < rejectAtPercent)) {
        throw new InvalidValueException("reduceAtPercent", reduceAtPercent,
            "must be 0 (off) or > 0 and < rejectAtPercent " + Fmt.num(rejectAtPercent));
      }
      Checks.open("reduceFactor", reduceFactor, 0, 1);
    }
  }

  private static final Set<String> KEYS =
      Set.of("reduceAtPercent", "reduceFactor", "rejectAtPercent");

  private final String name;
  private final LossPeriod period;
  private final Config config;
  private final LossLatch stop;

  /** A stop over a period as configured. */
  public LossStopPolicy(LossPeriod period, Config config) {
    this.period = Objects.requireNonNull(period, "period");
    this.config = Objects.requireNonNull(config, "config");
    this.name = period == LossPeriod.DAY ? DailyProvider.ID : WeeklyProvider.ID;
    this.stop = new LossLatch(period, config.rejectAtPercent());
  }

  @Override
  public String name() {
    return name;
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
    Optional<String> stopped = stop.check(context);
    if (stopped.isPresent()) {
      return EntryVerdict.reject(stopped.get() + ": no new entries " + period.rest());
    }
    PortfolioState portfolio = context.portfolio();
    double loss = period.lossFraction(portfolio) * 100;
    if (config.reduceAtPercent() > 0 && Terms.atLeast(loss, config.reduceAtPercent())) {
      return Decisions.scale(ticket, config.reduceFactor(), period.describe(portfolio) + " >= "
          + Fmt.num(config.reduceAtPercent()) + "%: size x" + Fmt.num(config.reduceFactor()));
    }
    return EntryVerdict.allow();
  }

  @Override
  public String toString() {
    return name + config;
  }

  private static Config read(Settings settings, Config defaults) {
    return new Config(settings.number("reduceAtPercent", defaults.reduceAtPercent()),
        settings.number("reduceFactor", defaults.reduceFactor()),
        settings.number("rejectAtPercent", defaults.rejectAtPercent()));
  }

  /**
   * {@code daily-loss}: keys {@code reduceAtPercent} (3), {@code reduceFactor} (0.5), {@code
   * rejectAtPercent} (5).
   */
  public static final class DailyProvider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "daily-loss";

    /** S1: half size from a 3 % daily loss, no entries from 5 %. */
    public static final Config DEFAULTS = new Config(3, 0.5, 5);

    /** For ServiceLoader. */
    public DailyProvider() {
      super(ID, "Halves entries from a 3% daily loss and refuses them from 5% for the rest of the"
          + " day (S1)", Config.class, KEYS);
    }

    @Override
    Config read(Settings settings) {
      return LossStopPolicy.read(settings, DEFAULTS);
    }

    @Override
    RiskPolicy create(Config config) {
      return new LossStopPolicy(LossPeriod.DAY, config);
    }
  }

  /**
   * {@code weekly-loss}: keys {@code reduceAtPercent} (0, off), {@code reduceFactor} (0.5), {@code
   * rejectAtPercent} (10).
   */
  public static final class WeeklyProvider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "weekly-loss";

    /** S1: no entries from a 10 % weekly loss. */
    public static final Config DEFAULTS = new Config(0, 0.5, 10);

    /** For ServiceLoader. */
    public WeeklyProvider() {
      super(ID, "Refuses entries from a 10% weekly loss for the rest of the week (S1)",
          Config.class, KEYS);
    }

    @Override
    Config read(Settings settings) {
      return LossStopPolicy.read(settings, DEFAULTS);
    }

    @Override
    RiskPolicy create(Config config) {
      return new LossStopPolicy(LossPeriod.WEEK, config);
    }
  }
}
