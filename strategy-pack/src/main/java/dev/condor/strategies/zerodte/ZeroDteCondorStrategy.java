package dev.condor.strategies.zerodte;

import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.Quote;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.portfolio.Position;
import dev.condor.api.strategy.DataNeeds;
import dev.condor.api.strategy.EntryDecision;
import dev.condor.api.strategy.ExitDecision;
import dev.condor.api.strategy.RiskPolicyRequest;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyContext;
import dev.condor.api.strategy.StrategySchedule;
import dev.condor.api.strategy.TimeWindow;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Seed S2's {@code dte0_ic} strategy: a 0DTE SPX iron condor entered in the morning window by
 * {@link ZeroDteCondorScanner}, managed entirely by the engine's risk policies requested with S2's
 * numbers, and closed at market if the strategy stops.
 *
 * <p>It keeps no state: entries and positions are read from the context, so a restart inside the
 * window neither forgets the day's entry nor opens a second condor.
 */
public final class ZeroDteCondorStrategy implements Strategy {

  /** The traded underlying: S2 sells SPX condors. */
  public static final Underlying UNDERLYING = Underlying.SPX;

  /** The PM-settled root of SPX's daily expiries; the third-Friday AM root is not traded. */
  public static final String ROOT = UNDERLYING.pmRoot().orElseThrow();

  private final ZeroDteCondorConfig config;
  private final StrategySchedule schedule;
  private final DataNeeds dataNeeds;
  private final List<RiskPolicyRequest> riskPolicies;

  /** A strategy with these parameters. */
  public ZeroDteCondorStrategy(ZeroDteCondorConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.schedule = StrategySchedule.polling(config.pollInterval(),
        TimeWindow.of(config.entryStart(), config.entryEnd()));
    // Only today's expiry: a wider range would make the engine build chains nobody reads.
    this.dataNeeds = DataNeeds.builder().underlying(UNDERLYING).minDaysToExpiry(0)
        .maxDaysToExpiry(0).addQuotes(Underlying.VIX).build();
    this.riskPolicies = List.of(
        // forced exit: S2's EOD close, market order
        RiskPolicyRequest.of("eod-close", Map.of("time", config.eodClose().toString())),
        // red lines: full close at market (S2's 0DTE; the monthly closes half)
        RiskPolicyRequest.of("delta-red-line",
            Map.of("delta", config.deltaRedLine(), "closeFraction", 1)),
        RiskPolicyRequest.of("proximity-red-line",
            Map.of("points", config.proximityRedLine(), "closeFraction", 1)),
        // P&L exits
        RiskPolicyRequest.of("profit-target",
            Map.of("percentOfCredit", config.profitTargetPercent())),
        RiskPolicyRequest.of("stop-loss", Map.of("creditMultiple", config.stopLossMultiple())),
        // entry limits: the scanner already refuses these, the engine enforces them whatever
        // proposes the ticket
        RiskPolicyRequest.of("min-credit", Map.of("credit", config.minCredit())),
        RiskPolicyRequest.of("max-positions", Map.of("perStrategy", config.maxOpenPositions(),
            "perDay", config.maxEntriesPerDay())));
  }

  /** The parameters. */
  public ZeroDteCondorConfig config() {
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
    // The skip reason is journalled only when it changes: the date makes each day's first one
    // new, the numbers in it make a changed market new.
    String day = today.toString();
    int entries = context.entriesToday();
    if (entries >= config.maxEntriesPerDay()) {
      return EntryDecision.skip(day + ": already entered today (" + entries
          + (entries == 1 ? " entry" : " entries") + ", limit " + config.maxEntriesPerDay()
          + " a day)");
    }
    int open = context.positions().size();
    if (open >= config.maxOpenPositions()) {
      return EntryDecision.skip(day + ": " + open + " condor(s) open, limit "
          + config.maxOpenPositions() + " at a time");
    }
    Optional<Quote> vix = context.quote(Underlying.VIX);
    if (vix.isEmpty() || !Double.isFinite(vix.get().price())) {
      return EntryDecision.skip(day + ": no VIX quote, so the VIX band cannot be checked");
    }
    Optional<OptionChain> chain = context.chain(UNDERLYING);
    if (chain.isEmpty()) {
      return EntryDecision.skip(day + ": no " + UNDERLYING + " option chain");
    }
    if (!chain.get().expiries().contains(today)) {
      return EntryDecision.skip(day + ": no " + UNDERLYING + " options expire today, so no 0DTE"
          + " condor (expiries in the chain: " + chain.get().expiries() + ")");
    }
    ZeroDteCondorScanner.Scan scan = ZeroDteCondorScanner.scan(chain.get(), today, ROOT,
        vix.get().price(), config);
    if (scan.candidate().isEmpty()) {
      return EntryDecision.skip(day + ": " + scan.reason());
    }
    ZeroDteCondorScanner.Candidate c = scan.candidate().get();
    OrderTicket ticket = OrderTicket.shortIronCondor(context.newOrderId(),
        c.longPut().contract(), c.shortPut().quote().contract(), c.shortCall().quote().contract(),
        c.longCall().contract(), config.quantity(), c.limit());
    return EntryDecision.enter(ticket, day + " "
        + now.toLocalTime().truncatedTo(ChronoUnit.SECONDS) + ": " + c.describe(config));
  }

  /** S2's teardown: a same-day condor is not left to a process that is no longer watching it. */
  @Override
  public ExitDecision onStop(Position position, StrategyContext context) {
    return ExitDecision.closeAtMarket("teardown: strategy stopping with 0DTE condor "
        + position.id() + " open; close at market (S2 forces exits on teardown)");
  }
}
