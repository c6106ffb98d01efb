package dev.condor.core.risk;

import dev.condor.api.order.OrderTicket;
import dev.condor.api.plugin.Settings;
import dev.condor.api.portfolio.Position;
import dev.condor.api.risk.EntryVerdict;
import dev.condor.api.risk.RiskContext;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.OptionalInt;

/**
 * S1's position limits: refuse an entry that would make more than {@code total} open positions in
 * the portfolio, {@code perStrategy} for this strategy, {@code perDte} at the entry's days to
 * expiry, or {@code zeroDte} expiring today; and, if set, more than {@code perDay} entries by this
 * strategy today. S2's "1 position" (0DTE) and "3 concurrent" (monthly) and "1 entry a day" are
 * this policy requested with {@code perStrategy: 1} or {@code 3} and {@code perDay: 1}.
 *
 * <p>Days to expiry are trading days (S1's "1 DTE" is the next trading day's expiry), counted from
 * today for every position. The per-day count is the context's {@code entriesToday()}: this
 * strategy's opening orders of today that filled or still work, read from the journal, so a
 * position opened and closed between two checks counts, and a restart remembers it.
 */
public final class MaxPositionsPolicy implements RiskPolicy {

  /**
   * The limits, each at least 1.
   *
   * @param total open positions in the whole portfolio
   * @param perStrategy open positions of this strategy
   * @param perDte open positions in the portfolio at the entry's trading days to expiry
   * @param zeroDte open positions in the portfolio expiring today, checked for 0DTE entries
   * @param perDay entries by this strategy per trading day, or empty for no limit
   */
  public record Config(int total, int perStrategy, int perDte, int zeroDte, OptionalInt perDay) {

    /** Checks the ranges. */
    public Config {
      Checks.closed("total", total, 1, 100_000);
      Checks.closed("perStrategy", perStrategy, 1, 100_000);
      Checks.closed("perDte", perDte, 1, 100_000);
      Checks.closed("zeroDte", zeroDte, 1, 100_000);
      Objects.requireNonNull(perDay, "perDay");
      if (perDay.isPresent()) {
        Checks.closed("perDay", perDay.getAsInt(), 1, 100_000);
      }
    }
  }

  private final Config config;

  /** Limits as configured. */
  public MaxPositionsPolicy(Config config) {
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
    int entries = context.entriesToday();
    List<Position> portfolio = context.portfolio().openPositions();
    if (portfolio.size() >= config.total()) {
      return reject(portfolio.size() + " open in the portfolio, limit " + config.total());
    }
    int mine = context.positions().size();
    if (mine >= config.perStrategy()) {
      return reject(mine + " open for strategy " + context.strategyName() + ", limit "
          + config.perStrategy());
    }
    int dte = Terms.tradingDte(ticket, context);
    int sameDte = 0;
    for (Position p : portfolio) {
      if (Terms.tradingDte(p.openedBy(), context) == dte) {
        sameDte++;
      }
    }
    if (sameDte >= config.perDte()) {
      return reject(sameDte + " open at " + dte + " DTE, limit " + config.perDte());
    }
    if (dte == 0 && sameDte >= config.zeroDte()) {
      return reject(sameDte + " open at 0 DTE, 0DTE limit " + config.zeroDte());
    }
    if (config.perDay().isPresent() && entries >= config.perDay().getAsInt()) {
      return reject(entries + (entries == 1 ? " entry" : " entries") + " today by strategy "
          + context.strategyName() + ", limit " + config.perDay().getAsInt() + " a day");
    }
    return EntryVerdict.allow();
  }

  private static EntryVerdict reject(String facts) {
    return EntryVerdict.reject("max positions: " + facts);
  }

  @Override
  public String toString() {
    return Provider.ID + config;
  }

  /**
   * {@code max-positions}: keys {@code total} (100), {@code perStrategy} (50), {@code perDte} (50),
   * {@code zeroDte} (30), {@code perDay} (no limit).
   */
  public static final class Provider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "max-positions";

    /** S1's limits; no daily entry limit. */
    public static final Config DEFAULTS = new Config(100, 50, 50, 30, OptionalInt.empty());

    /** For ServiceLoader. */
    public Provider() {
      super(ID, "Refuses entries beyond the open-position limits (S1: 100 total, 50 per strategy,"
          + " 50 per DTE, 30 0DTE) and an optional entries-per-day limit", Config.class,
          Set.of("total", "perStrategy", "perDte", "zeroDte", "perDay"));
    }

    @Override
    Config read(Settings settings) {
      return new Config(settings.integer("total", DEFAULTS.total()),
          settings.integer("perStrategy", DEFAULTS.perStrategy()),
          settings.integer("perDte", DEFAULTS.perDte()),
          settings.integer("zeroDte", DEFAULTS.zeroDte()),
          settings.has("perDay")
              ? OptionalInt.of(settings.integer("perDay", 0))
              : OptionalInt.empty());
    }

    @Override
    RiskPolicy create(Config config) {
      return new MaxPositionsPolicy(config);
    }
  }
}
