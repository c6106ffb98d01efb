package dev.condor.core.risk;

import dev.condor.api.error.InvalidValueException;
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
 * The position stop loss, closing at market on either of two tests (each can be turned off with
 * 0): S2's credit multiple, when the debit to close reaches {@code creditMultiple} x the credit
 * received (2x by default); and a share of the maximum loss, when the unrealised loss of the open
 * units (before commissions) reaches {@code percentOfMaxLoss} % of their maximum loss.
 *
 * <p>S1 writes its stop as "150 % of max loss ($2,000 max loss: stop at $3,000)". A defined-risk
 * spread cannot lose more than its maximum loss (width - credit), so read literally that stop
 * never fires: it is S1 holding its spreads to expiry and relying on sizing and the portfolio
 * stops. This policy therefore refuses a {@code percentOfMaxLoss} above 100 (the message says
 * why) rather than accepting a rule that silently does nothing; S1's behaviour is {@code
 * creditMultiple: 0} with no {@code percentOfMaxLoss}, i.e. not requesting this policy. Positions
 * of undefined risk (infinite maximum loss) are judged by the credit multiple only.
 */
public final class StopLossPolicy implements RiskPolicy {

  /**
   * The tests.
   *
   * @param creditMultiple close when the debit to close reaches this multiple of the credit: 0
   *     (off) or above 1 and at most 100
   * @param percentOfMaxLoss close when the unrealised loss reaches this share of the maximum loss,
   *     in percent: 0 (off) or above 0 and at most 100
   * @param pricing how the position is marked
   */
  public record Config(double creditMultiple, double percentOfMaxLoss, Pricing pricing) {

    /** Checks the ranges and that at least one test is on. */
    public Config {
      if (creditMultiple != 0 && !(creditMultiple > 1 && creditMultiple <= 100)) {
        throw new InvalidValueException("creditMultiple", creditMultiple,
            "must be 0 (off) or > 1 and <= 100 (a stop at 1x credit or less is not a loss)");
      }
      if (percentOfMaxLoss != 0 && !(percentOfMaxLoss > 0 && percentOfMaxLoss <= 100)) {
        throw new InvalidValueException("percentOfMaxLoss", percentOfMaxLoss,
            "must be 0 (off) or > 0 and <= 100: a defined-risk position cannot lose more than its"
                + " max loss, so a stop beyond 100% (S1's 150%) would never fire");
      }
      if (creditMultiple == 0 && percentOfMaxLoss == 0) {
        throw new InvalidValueException("creditMultiple", creditMultiple,
            "is off and so is percentOfMaxLoss: turn on at least one test");
      }
      Objects.requireNonNull(pricing, "pricing");
    }
  }

  private final Config config;

  /** A stop as configured. */
  public StopLossPolicy(Config config) {
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
    PositionMark mark = PositionMark.of(position, context, config.pricing());
    if (!mark.isPriced()) {
      return Decisions.holdBecause(context, "stop loss: cannot mark " + position.id() + ": "
          + mark.problem().orElseThrow() + "; holding");
    }
    boolean credit = position.openPrice().effect() == PriceEffect.CREDIT;
    if (config.creditMultiple() > 0 && credit) {
      double received = position.openPrice().amount();
      if (Terms.atLeast(mark.debitToClose(), config.creditMultiple() * received)) {
        return ExitDecision.closeAtMarket("stop loss: " + mark.describe() + " >= "
            + Fmt.num(config.creditMultiple()) + "x credit " + Fmt.price(received)
            + "; close at market");
      }
    }
    double maxLoss = position.maxLoss();
    if (config.percentOfMaxLoss() > 0 && Double.isFinite(maxLoss) && maxLoss > 0) {
      double loss = -position.pnlIfClosedAt(mark.closePrice());
      if (Terms.atLeast(loss, config.percentOfMaxLoss() / 100 * maxLoss)) {
        return ExitDecision.closeAtMarket("stop loss: unrealised loss " + Fmt.dollars(loss) + " >= "
            + Fmt.num(config.percentOfMaxLoss()) + "% of max loss " + Fmt.dollars(maxLoss)
            + "; close at market");
      }
    }
    return ExitDecision.hold();
  }

  @Override
  public String toString() {
    return Provider.ID + config;
  }

  /**
   * {@code stop-loss}: keys {@code creditMultiple} (default 2), {@code percentOfMaxLoss} (0, off)
   * and {@code pricing} (natural).
   */
  public static final class Provider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "stop-loss";

    /** S2's stop: debit to close at 2x the credit, natural marks. */
    public static final Config DEFAULTS = new Config(2, 0, Pricing.NATURAL);

    /** For ServiceLoader. */
    public Provider() {
      super(ID, "Closes at market when the debit to close reaches N x credit (S2: 2x) and/or the"
          + " loss a share of max loss", Config.class,
          Set.of("creditMultiple", "percentOfMaxLoss", "pricing"));
    }

    @Override
    Config read(Settings settings) {
      return new Config(settings.number("creditMultiple", DEFAULTS.creditMultiple()),
          settings.number("percentOfMaxLoss", DEFAULTS.percentOfMaxLoss()),
          Pricing.parse("pricing", settings.string("pricing", DEFAULTS.pricing().key())));
    }

    @Override
    RiskPolicy create(Config config) {
      return new StopLossPolicy(config);
    }
  }
}
