package dev.condor.core.backtest;

import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.strategy.DataNeeds;
import dev.condor.api.strategy.EntryDecision;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyContext;
import dev.condor.api.strategy.StrategySchedule;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A 0DTE SPX put credit spread entered once a day at 10:00 (or a given time): short strike the first listed strike
 * at least {@code distance} points below spot, long strike {@code width} below it, limit at the
 * spread's mid less a nickel rounded down to a nickel; held to cash settlement.
 */
final class PutSpreadAtTen implements Strategy {
  private final double distance;
  private final double width;
  private final LocalTime entry;

  PutSpreadAtTen(double distance, double width) {
    this(distance, width, LocalTime.of(10, 0));
  }

  /** The same spread entered at another time of day. */
  PutSpreadAtTen(double distance, double width, LocalTime entry) {
    this.distance = distance;
    this.width = width;
    this.entry = entry;
  }

  @Override
  public StrategySchedule schedule() {
    return StrategySchedule.builder().pollInterval(Duration.ofMinutes(30))
        .addEntryTimes(entry).build();
  }

  @Override
  public DataNeeds dataNeeds() {
    return DataNeeds.builder().underlying(Underlying.SPX).build();
  }

  @Override
  public EntryDecision scanEntry(StrategyContext ctx) {
    LocalDate today = ctx.now().toLocalDate();
    if (ctx.entriesToday() > 0) {
      return EntryDecision.skip("already entered today");
    }
    OptionChain chain = ctx.chain(Underlying.SPX).orElse(null);
    if (chain == null || !chain.expiries().contains(today)) {
      return EntryDecision.skip("no 0DTE chain");
    }
    Optional<OptionQuote> shortPut = chain.quotes(today, OptionRight.PUT).stream()
        .filter(q -> q.contract().strike() <= chain.spot() - distance)
        .reduce((a, b) -> b);
    if (shortPut.isEmpty()) {
      return EntryDecision.skip("no strike " + distance + " below spot");
    }
    double longStrike = shortPut.get().contract().strike() - width;
    Optional<OptionQuote> longPut = chain.byStrike(today, OptionRight.PUT, longStrike);
    if (longPut.isEmpty() || longPut.get().contract().strike() != longStrike) {
      return EntryDecision.skip("no long strike " + longStrike);
    }
    double mid = shortPut.get().mid() - longPut.get().mid();
    double limit = Math.floor((mid - 0.05) / 0.05 + 1e-9) * 0.05;
    if (limit < 0.05) {
      return EntryDecision.skip("credit " + limit + " too small");
    }
    OrderTicket ticket = OrderTicket.creditVertical(ctx.newOrderId(), shortPut.get().contract(),
        longPut.get().contract(), 1, Math.round(limit * 100) / 100.0);
    return EntryDecision.enter(ticket, "short put " + shortPut.get().contract().strike());
  }
}
