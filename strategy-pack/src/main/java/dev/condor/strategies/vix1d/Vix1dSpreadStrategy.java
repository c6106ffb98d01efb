package dev.condor.strategies.vix1d;

import dev.condor.api.error.DataException;
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
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Seed S0's strategy: at 09:36 ET on each trading day, sell one 0DTE SPX vertical credit spread
 * chosen by {@link Vix1dSpreadScanner}, previewed first, and hold it to cash settlement.
 *
 * <p>It keeps no state: the day's entry is read from {@link StrategyContext#entriesToday()}, so a
 * restart at 09:36 never sells a second spread. Positions are managed by nobody but the engine's
 * settlement and whatever risk rules the user adds; {@link #onStop} keeps them, since a spread left
 * alone settles in cash at the close anyway.
 */
public final class Vix1dSpreadStrategy implements Strategy {

  /** The traded underlying: S0 sells SPX options. */
  public static final Underlying UNDERLYING = Underlying.SPX;

  /** The PM-settled root of SPX's daily expiries; the third-Friday AM root is not traded. */
  public static final String ROOT = UNDERLYING.pmRoot().orElseThrow();

  private final Vix1dSpreadConfig config;
  private final StrategySchedule schedule;
  private final DataNeeds dataNeeds;

  /** A strategy with these parameters. */
  public Vix1dSpreadStrategy(Vix1dSpreadConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.schedule = StrategySchedule.builder().pollInterval(config.pollInterval())
        .addEntryTimes(config.entryTime()).build();
    // Only today's expiry: a wider range would make the engine build chains nobody reads.
    this.dataNeeds = DataNeeds.builder().underlying(UNDERLYING).minDaysToExpiry(0)
        .maxDaysToExpiry(0).addQuotes(Underlying.VIX1D).addDailyHistory(config.trendUnderlying())
        .dailyHistoryDays(config.trendLength()).build();
  }

  /** The parameters. */
  public Vix1dSpreadConfig config() {
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

  /**
   * S0 sells one spread a day, never more than one open: the engine's {@code max-positions}
   * enforces it even if a user adds entry times.
   */
  @Override
  public List<RiskPolicyRequest> riskPolicies() {
    return List.of(RiskPolicyRequest.of("max-positions", Map.of("perStrategy", 1, "perDay", 1)));
  }

  @Override
  public EntryDecision scanEntry(StrategyContext context) {
    ZonedDateTime now = context.now();
    LocalDate today = now.toLocalDate();
    String when = today + " " + now.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    int entries = context.entriesToday();
    if (entries > 0) {
      return EntryDecision.skip(when + ": already entered today (" + entries
          + (entries == 1 ? " entry" : " entries") + "); S0 sells one spread a day");
    }
    Underlying trendSymbol = config.trendUnderlying();
    double[] closes;
    try {
      closes = context.dailyCloses(trendSymbol, config.trendLength());
    } catch (DataException e) {
      return EntryDecision.skip(when + ": no daily closes of " + trendSymbol
          + " for the trend: " + e.getMessage());
    }
    Optional<Vix1dSpreadScanner.Trend> trend = Vix1dSpreadScanner.trend(closes,
        config.trendLength());
    if (trend.isEmpty()) {
      return EntryDecision.skip(when + ": not enough history for the " + config.trendLength()
          + "-day average of " + trendSymbol + ": " + closes.length
          + (closes.length == 1 ? " daily close" : " daily closes") + " before "
          + today + ", " + config.trendLength() + " needed");
    }
    Optional<Quote> vix1d = context.quote(Underlying.VIX1D);
    if (vix1d.isEmpty() || !Double.isFinite(vix1d.get().price())) {
      return EntryDecision.skip(when + ": no VIX1D quote, so no expected move");
    }
    Optional<OptionChain> chain = context.chain(UNDERLYING);
    if (chain.isEmpty()) {
      return EntryDecision.skip(when + ": no " + UNDERLYING + " option chain");
    }
    if (!chain.get().expiries().contains(today)) {
      return EntryDecision.skip(when + ": no " + UNDERLYING + " options expire today, so no 0DTE"
          + " spread (expiries in the chain: " + chain.get().expiries() + ")");
    }
    Vix1dSpreadScanner.Scan scan = Vix1dSpreadScanner.scan(chain.get(), today, ROOT,
        vix1d.get().price(), trend.get(), config);
    if (scan.candidate().isEmpty()) {
      return EntryDecision.skip(when + ": " + trend.get().describe(trendSymbol.symbol()) + "; "
          + scan.reason());
    }
    Vix1dSpreadScanner.Candidate c = scan.candidate().get();
    OrderTicket ticket = OrderTicket.creditVertical(context.newOrderId(), c.shortLeg().contract(),
        c.longLeg().contract(), config.quantity(), c.limit());
    String reason = when + ": "
        + c.describe(trend.get(), trendSymbol.symbol(), config.limitOffset());
    return config.previewFirst()
        ? EntryDecision.enterAfterPreview(ticket, reason)
        : EntryDecision.enter(ticket, reason);
  }
}
