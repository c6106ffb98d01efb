package dev.condor.strategies.ivhv;

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
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Seed S3's IV-versus-HV short calls on several ETFs from one instance: each ticker is scanned once
 * a day at its own minute (SPY at 09:35, VOO 09:36, VTI 09:37, QQQ 09:38 by default), because the
 * engine opens one order at a time and each ticket is on one underlying; the chains of the other
 * tickers come through {@link DataNeeds#otherChains()}. A scan journals S3's analysis of its
 * ticker (HV, IV, edge) as the entry or skip reason. Positions are held to expiry.
 *
 * <p>The minute tells the ticker, so the strategy keeps no state: a restart scans the remaining
 * tickers at their minutes, and the positions per ticker come from the context.
 */
public final class IvHvStrategy implements Strategy {

  private final IvHvConfig config;
  private final IvHvScanner scanner;
  private final StrategySchedule schedule;
  private final DataNeeds dataNeeds;
  private final List<RiskPolicyRequest> riskPolicies;

  /** The strategy for a configuration. */
  public IvHvStrategy(IvHvConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.scanner = new IvHvScanner(config);
    StrategySchedule.Builder s = StrategySchedule.builder().pollInterval(config.pollInterval());
    for (int i = 0; i < config.tickers().size(); i++) {
      s.addEntryTimes(config.scanTimeOf(i));
    }
    this.schedule = s.build();
    List<Underlying> tickers = config.tickers();
    this.dataNeeds = DataNeeds.builder()
        .underlying(tickers.get(0))
        .addAllOtherChains(tickers.subList(1, tickers.size()))
        .addAllQuotes(tickers)
        .minDaysToExpiry(config.minDaysToExpiry())
        .maxDaysToExpiry(config.maxDaysToExpiry())
        .addAllDailyHistory(tickers)
        .dailyHistoryDays(config.hvDays() + 1)
        .build();
    this.riskPolicies = IvHvRisk.requests(config);
  }

  /** The configuration. */
  public IvHvConfig config() {
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
    LocalTime minute = now.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    int slot = (int) ChronoUnit.MINUTES.between(config.scanTime(), minute);
    if (slot < 0 || slot >= config.tickers().size()) {
      return EntryDecision.skip("no ticker is scanned at " + minute + " on " + now.toLocalDate()
          + "; scans run from " + config.scanTime() + ", one ticker a minute");
    }
    Underlying ticker = config.tickers().get(slot);
    int open = 0;
    for (Position p : context.positions()) {
      if (p.underlying().equals(ticker)) {
        open++;
      }
    }
    double[] closes = context.dailyCloses(ticker, config.hvDays() + 1);
    Optional<IvHvScanner.Skip> early = scanner.precheck(now, ticker, open, closes);
    if (early.isPresent()) {
      return EntryDecision.skip(early.get().reason());
    }
    Optional<OptionChain> chain = context.chain(ticker);
    if (chain.isEmpty()) {
      return EntryDecision.skip(ticker + " " + now.toLocalDate() + " " + minute
          + ": no option chain");
    }
    double spot = context.quote(ticker).map(Quote::price).filter(Double::isFinite)
        .orElse(chain.get().spot());
    IvHvScanner.Result result = scanner.scan(new IvHvScanner.Market(now, ticker, chain.get(),
        spot, closes, open, context.account().buyingPower()));
    if (result instanceof IvHvScanner.Opportunity o) {
      return EntryDecision.enter(o.ticket(context.newOrderId()), o.reason());
    }
    return EntryDecision.skip(result.reason());
  }

  /** S3 holds to expiry: the call expires worthless or is assigned at settlement. */
  @Override
  public ExitDecision manage(Position position, StrategyContext context) {
    return ExitDecision.hold();
  }

  @Override
  public String toString() {
    return "IvHvStrategy" + config.tickers();
  }
}
