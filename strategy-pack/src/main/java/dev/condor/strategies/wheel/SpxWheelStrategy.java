package dev.condor.strategies.wheel;

import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.Quote;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.strategy.DataNeeds;
import dev.condor.api.strategy.EntryDecision;
import dev.condor.api.strategy.RiskPolicyRequest;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyContext;
import dev.condor.api.strategy.StrategySchedule;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Seed S4's SPX wheel: once a day, inside the VIX band, sell a cash-secured SPX put at S4's
 * formula strike on the Friday closest to the DTE target, hold it to its cash settlement, with at
 * most 3 open and at most half the capital tied up, using calibrated parameters when a calibration
 * result is configured.
 *
 * <p>The strategy keeps no state of its own: positions and today's entries come from the context,
 * which the engine rebuilds from the journal after a restart.
 */
public final class SpxWheelStrategy implements Strategy {

  /**
   * The Friday closest to the target is at most 3 days from it, and a Good Friday moves it a day
   * earlier: the chain needs no more than this either side of the target.
   */
  static final int CHAIN_DAYS_AROUND_TARGET = 4;

  private final SpxWheelConfig config;
  private final SpxWheelScanner scanner;
  private final StrategySchedule schedule;
  private final DataNeeds dataNeeds;
  private final List<RiskPolicyRequest> risk;

  /** A strategy with a validated configuration. */
  public SpxWheelStrategy(SpxWheelConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.scanner = new SpxWheelScanner(config);
    this.schedule = StrategySchedule.builder().pollInterval(config.pollInterval())
        .addEntryTimes(config.entryTime()).build();
    this.dataNeeds = DataNeeds.builder()
        .underlying(Underlying.SPX)
        .minDaysToExpiry(Math.max(0, config.dteTarget() - CHAIN_DAYS_AROUND_TARGET))
        .maxDaysToExpiry(config.dteTarget() + CHAIN_DAYS_AROUND_TARGET)
        .addQuotes(Underlying.VIX)
        .build();
    this.risk = SpxWheelRisk.requests(config);
  }

  /**
   * The configuration, with the calibration's backtest win rate and return that a divergence
   * monitor compares live results with.
   */
  public SpxWheelConfig config() {
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

  /** Journals where the parameters came from, so every run's log starts with them. */
  @Override
  public void setup(StrategyContext context) {
    context.note("spx-wheel parameters: put delta " + SpxWheelScanner.num(config.putDelta())
        + ", DTE target " + config.dteTarget() + ", max margin "
        + SpxWheelScanner.num(config.maxMarginPct() * 100) + "%, " + config.contractsPerTrade()
        + " contract(s) a trade, max " + config.maxOpenPositions() + " open, VIX "
        + SpxWheelScanner.num(config.minVix()) + "-" + SpxWheelScanner.num(config.maxVix())
        + "; from " + config.parameterSource());
  }

  @Override
  public EntryDecision scanEntry(StrategyContext context) {
    LocalDate day = context.now().withZoneSameInstant(context.calendar().zone()).toLocalDate();
    // The limits are the max-positions policy's to enforce; checking them here first explains the
    // day with the strategy's own reason.
    int entries = context.entriesToday();
    if (entries >= 1) {
      return EntryDecision.skip(day + ": already entered today (" + entries + ")");
    }
    int open = context.positions().size();
    if (open >= config.maxOpenPositions()) {
      return EntryDecision.skip(day + ": " + open + " puts open, max "
          + config.maxOpenPositions());
    }
    Optional<Quote> vix = context.quote(Underlying.VIX);
    if (vix.isEmpty() || !(vix.get().price() > 0)) {
      return EntryDecision.skip(day + ": no VIX quote, the VIX band cannot be checked");
    }
    Optional<OptionChain> chain = context.chain(Underlying.SPX);
    if (chain.isEmpty()) {
      return EntryDecision.skip(day + ": no SPX chain");
    }
    SpxWheelScanner.Scan scan = scanner.scan(day, vix.get().price(), chain.get(),
        context.calendar());
    if (scan.candidate().isEmpty()) {
      return EntryDecision.skip(scan.reason());
    }
    SpxWheelScanner.Candidate c = scan.candidate().get();
    OrderTicket ticket = OrderTicket.single(context.newOrderId(), Leg.sell(c.put().contract()),
        c.contracts(), NetPrice.credit(c.limit()));
    return EntryDecision.enter(ticket, scan.reason());
  }
}
