package dev.condor.strategies.monthly;

import dev.condor.api.calendar.Expiry;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.Quote;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.strategy.DataNeeds;
import dev.condor.api.strategy.EntryDecision;
import dev.condor.api.strategy.RiskPolicyRequest;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyContext;
import dev.condor.api.strategy.StrategySchedule;
import dev.condor.api.strategy.TimeWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Seed S2's monthly iron condor on SPX: on a day the VIX jumps 20 % over its prior close, sell a
 * condor on the first monthly at least 49 days out, shorts near 0.10 delta, 25-point wings; the
 * requested policies then close half at the delta (30) or proximity (50 points) red line and all
 * at 30 days to expiry.
 *
 * <p>The strategy keeps no state of its own: positions and today's entries come from the context,
 * which the engine rebuilds from the journal after a restart, so a restart never doubles an entry.
 */
public final class MonthlyIronCondorStrategy implements Strategy {

  /**
   * Third Fridays are at most five weeks apart, so the first monthly at least {@code
   * minDaysToExpiry} out is at most this many days further.
   */
  static final int MONTHLY_SPACING_DAYS = 35;

  /**
   * Days of chain kept below the time exit: the exit's marketable limit normally fills on the day
   * it fires; this covers a long weekend of retries with red lines still watching. A narrower
   * range keeps the per-poll chain (every SPXW daily in the range) small.
   */
  static final int CHAIN_DAYS_BELOW_TIME_EXIT = 5;

  private final MonthlyIronCondorConfig config;
  private final MonthlyIronCondorScanner scanner;
  private final StrategySchedule schedule;
  private final DataNeeds dataNeeds;
  private final List<RiskPolicyRequest> risk;

  /** A strategy with a validated configuration. */
  public MonthlyIronCondorStrategy(MonthlyIronCondorConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.scanner = new MonthlyIronCondorScanner(config);
    this.schedule = StrategySchedule.polling(config.pollInterval(),
        TimeWindow.of(config.entryStart(), config.entryEnd()));
    this.dataNeeds = DataNeeds.builder()
        .underlying(Underlying.SPX)
        .minDaysToExpiry(Math.max(0, config.timeExitDaysToExpiry() - CHAIN_DAYS_BELOW_TIME_EXIT))
        .maxDaysToExpiry(config.minDaysToExpiry() + MONTHLY_SPACING_DAYS)
        .addQuotes(Underlying.VIX)
        .addDailyHistory(Underlying.VIX)
        .dailyHistoryDays(1)
        .build();
    this.risk = MonthlyIronCondorRisk.requests(config);
  }

  /** The configuration. */
  public MonthlyIronCondorConfig config() {
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
    return risk;
  }

  @Override
  public EntryDecision scanEntry(StrategyContext context) {
    LocalDate day = context.now().withZoneSameInstant(context.calendar().zone()).toLocalDate();
    // The limits are the max-positions policy's to enforce; checking them here first explains the
    // day in one journal line instead of a rejected order every poll.
    int entries = context.entriesToday();
    if (entries >= config.maxEntriesPerDay()) {
      return EntryDecision.skip(day + ": already entered today (" + entries + " of "
          + config.maxEntriesPerDay() + " a day)");
    }
    int open = context.positions().size();
    if (open >= config.maxPositions()) {
      return EntryDecision.skip(day + ": " + open + " condors open, max "
          + config.maxPositions());
    }
    Optional<Quote> vix = context.quote(Underlying.VIX);
    if (vix.isEmpty() || !(vix.get().price() > 0)) {
      return EntryDecision.skip(day + ": no VIX quote, the spike trigger cannot be read");
    }
    double[] prior = context.dailyCloses(Underlying.VIX, 1);
    if (prior.length == 0 || !(prior[0] > 0)) {
      return EntryDecision.skip(day + ": not enough history: no prior VIX close to measure"
          + " the daily change against");
    }
    double level = vix.get().price();
    Optional<String> noSpike = scanner.noSpike(day, level, prior[0]);
    if (noSpike.isPresent()) {
      return EntryDecision.skip(noSpike.get());
    }
    Optional<OptionChain> chain = context.chain(Underlying.SPX);
    if (chain.isEmpty()) {
      return EntryDecision.skip(String.format(Locale.ROOT,
          "%s: VIX spike (%.2f on prior close %.2f) but no SPX chain", day, level, prior[0]));
    }
    List<Expiry> listed = context.calendar().expiries(Underlying.SPX,
        day.plusDays(config.minDaysToExpiry()),
        day.plusDays(config.minDaysToExpiry() + MONTHLY_SPACING_DAYS));
    MonthlyIronCondorScanner.Scan scan = scanner.scan(day, level, prior[0], chain.get(), listed);
    if (scan.candidate().isEmpty()) {
      return EntryDecision.skip(scan.reason());
    }
    MonthlyIronCondorScanner.Candidate c = scan.candidate().get();
    OrderTicket ticket = OrderTicket.shortIronCondor(context.newOrderId(),
        c.put().longLeg().contract(), c.put().shortLeg().contract(),
        c.call().shortLeg().contract(), c.call().longLeg().contract(), c.contracts(), c.limit());
    return EntryDecision.enter(ticket, scan.reason());
  }
}
