package dev.condor.strategies.percentile;

import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.Quote;
import dev.condor.api.portfolio.Position;
import dev.condor.api.strategy.DataNeeds;
import dev.condor.api.strategy.EntryDecision;
import dev.condor.api.strategy.ExitDecision;
import dev.condor.api.strategy.RiskPolicyRequest;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyContext;
import dev.condor.api.strategy.StrategySchedule;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Seed S1's percentile credit spreads: inside the entry windows of its DTE, sells the spread (or
 * the iron condor) whose short strikes sit at the chosen percentile of past moves, sized at S1's
 * 2 % of capital at risk; every exit and limit is one of the bundled risk policies it requests
 * ({@link PercentileSpreadRisk}). It keeps no state of its own: today's entries and the open
 * positions come from the context, so a restart changes nothing.
 */
public final class PercentileSpreadStrategy implements Strategy {

  private final PercentileSpreadConfig config;
  private final PercentileSpreadScanner scanner;
  private final StrategySchedule schedule;
  private final DataNeeds dataNeeds;
  private final List<RiskPolicyRequest> riskPolicies;

  /** The strategy for a configuration. */
  public PercentileSpreadStrategy(PercentileSpreadConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.scanner = new PercentileSpreadScanner(config);
    this.schedule = StrategySchedule.builder().pollInterval(config.pollInterval())
        .addAllEntryWindows(config.entryWindows()).build();
    this.dataNeeds = DataNeeds.builder()
        .underlying(config.underlying())
        // from today: yesterday's 1DTE spread is today's 0DTE and its policies must mark it
        .minDaysToExpiry(0)
        .maxDaysToExpiry(maxCalendarDays(config.dte()))
        .addQuotes(Underlying.VIX)
        .addDailyHistory(config.underlying())
        .dailyHistoryDays(config.lookbackDays())
        .build();
    this.riskPolicies = PercentileSpreadRisk.requests(config);
  }

  /**
   * The calendar days that always cover {@code dte} trading days: weekends (two days per started
   * week) and up to three holidays; 0 for 0DTE, so the chain holds today's expiry only.
   */
  static int maxCalendarDays(int dte) {
    return dte == 0 ? 0 : dte + 2 * ((dte + 4) / 5) + 3;
  }

  /** The configuration. */
  public PercentileSpreadConfig config() {
    return config;
  }

  @Override
  public StrategySchedule schedule() {
    return schedule;
  }

  @Override
  public DataNeeds dataNeeds() {
    return dataNeeds;
  }

  @Override
  public List<RiskPolicyRequest> riskPolicies() {
    return riskPolicies;
  }

  @Override
  public EntryDecision scanEntry(StrategyContext context) {
    ZonedDateTime now = context.now();
    LocalDate today = now.toLocalDate();
    Underlying u = config.underlying();
    double[] closes = context.dailyCloses(u, config.lookbackDays());
    // the cheap checks first: no chain is built on a day that cannot trade
    Optional<PercentileSpreadScanner.Skip> early =
        scanner.precheck(today, closes, context.entriesToday());
    if (early.isPresent()) {
      return EntryDecision.skip(early.get().reason());
    }
    Optional<OptionChain> chain = context.chain(u);
    if (chain.isEmpty()) {
      return EntryDecision.skip("no " + u + " chain on " + today + " at "
          + now.toLocalTime().truncatedTo(ChronoUnit.MINUTES));
    }
    double spot = context.quote(u).map(Quote::price).filter(Double::isFinite)
        .orElse(chain.get().spot());
    OptionalDouble vix = context.quote(Underlying.VIX).map(Quote::price)
        .filter(Double::isFinite).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    PercentileSpreadScanner.Result result = scanner.scan(new PercentileSpreadScanner.Market(now,
        chain.get(), spot, closes, vix, context.account().netLiquidation(),
        context.entriesToday(), context.calendar()));
    if (result instanceof PercentileSpreadScanner.Candidate c) {
      return EntryDecision.enter(c.ticket(context.newOrderId()), c.reason());
    }
    return EntryDecision.skip(result.reason());
  }

  /** Exits are the requested policies' (profit target, tested, expiry day); nothing else. */
  @Override
  public ExitDecision manage(Position position, StrategyContext context) {
    return ExitDecision.hold();
  }

  /**
   * A position expiring today is closed when the strategy stops, since no policy would be left to
   * close it by 15:30; later expiries are kept for the next start to manage.
   */
  @Override
  public ExitDecision onStop(Position position, StrategyContext context) {
    Optional<LocalDate> expiry = position.openedBy().expiry();
    if (expiry.isPresent() && !expiry.get().isAfter(context.now().toLocalDate())) {
      return ExitDecision.closeAtMarket("strategy stopping on the expiry day " + expiry.get()
          + " of " + position.id() + ": close rather than leave it to settle unmanaged");
    }
    return ExitDecision.hold();
  }

  @Override
  public String toString() {
    return "PercentileSpreadStrategy[" + config.label() + " on " + config.underlying() + "]";
  }
}
