package dev.condor.core.runtime;

import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small strategies for engine tests. */
final class TestStrategies {
  private TestStrategies() {}

  /**
   * A 0DTE SPX iron condor in the shape of seed S2's dte0_ic: once a day in 09:45-10:00, shorts at
   * |delta| 0.10, wings 10 points, limit at the natural credit; 50 % profit target and a 15:45
   * end-of-day close requested from the engine; closes at market when stopped.
   */
  static final class DeltaCondor implements Strategy {
    private final double wings;
    private final int quantity;

    DeltaCondor(double wings) {
      this(wings, 1);
    }

    DeltaCondor(double wings, int quantity) {
      this.wings = wings;
      this.quantity = quantity;
    }

    @Override
    public StrategySchedule schedule() {
      return StrategySchedule.polling(Duration.ofSeconds(45),
          TimeWindow.of(LocalTime.of(9, 45), LocalTime.of(10, 0)));
    }

    @Override
    public DataNeeds dataNeeds() {
      return DataNeeds.builder().underlying(Underlying.SPX).addQuotes(Underlying.VIX).build();
    }

    @Override
    public List<RiskPolicyRequest> riskPolicies() {
      return List.of(RiskPolicyRequest.of("profit-target", Map.of("percentOfCredit", 50)),
          RiskPolicyRequest.of("eod-close", Map.of("time", "15:45")));
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
      Optional<OptionQuote> sp = chain.byDelta(today, OptionRight.PUT, 0.10);
      Optional<OptionQuote> sc = chain.byDelta(today, OptionRight.CALL, 0.10);
      if (sp.isEmpty() || sc.isEmpty()) {
        return EntryDecision.skip("no 0.10-delta strikes");
      }
      Optional<OptionQuote> lp = chain.byStrike(today, OptionRight.PUT, sp.get().contract().strike() - wings);
      Optional<OptionQuote> lc = chain.byStrike(today, OptionRight.CALL, sc.get().contract().strike() + wings);
      if (lp.isEmpty() || lc.isEmpty()) {
        return EntryDecision.skip("no wings");
      }
      // A nickel inside the natural credit: live, the market moves between the scan and the fill.
      double credit = sp.get().bid() + sc.get().bid() - lp.get().ask() - lc.get().ask() - 0.05;
      credit = Math.floor(credit / 0.05 + 1e-9) * 0.05;
      if (credit < 0.10) {
        return EntryDecision.skip("credit " + credit + " too small");
      }
      OrderTicket ticket = OrderTicket.shortIronCondor(ctx.newOrderId(), lp.get().contract(),
          sp.get().contract(), sc.get().contract(), lc.get().contract(), quantity,
          Math.round(credit * 100) / 100.0);
      return EntryDecision.enter(ticket, "short strikes at delta 0.10: " + sp.get().contract().strike()
          + "/" + sc.get().contract().strike());
    }

    @Override
    public ExitDecision onStop(Position position, StrategyContext context) {
      return ExitDecision.closeAtMarket("strategy stopped: 0DTE positions are not left open");
    }
  }

  /** Asks a credit of 50 for a 10-wide put spread: never fills. */
  static final class Greedy implements Strategy {
    @Override
    public StrategySchedule schedule() {
      return StrategySchedule.polling(Duration.ofSeconds(45),
          TimeWindow.of(LocalTime.of(9, 45), LocalTime.of(10, 0)));
    }

    @Override
    public DataNeeds dataNeeds() {
      return DataNeeds.builder().underlying(Underlying.SPX).build();
    }

    @Override
    public EntryDecision scanEntry(StrategyContext ctx) {
      if (ctx.entriesToday() > 0) {
        return EntryDecision.skip("already entered today");
      }
      LocalDate today = ctx.now().toLocalDate();
      return EntryDecision.enter(OrderTicket.creditVertical(ctx.newOrderId(),
          dev.condor.api.instrument.OptionContract.of("SPXW", today, 5700, OptionRight.PUT),
          dev.condor.api.instrument.OptionContract.of("SPXW", today, 5690, OptionRight.PUT), 1, 50),
          "asking far too much");
    }
  }

  /** A strategy whose entry scan always throws, to show one failing strategy stops alone. */
  static final class Throwing implements Strategy {
    @Override
    public StrategySchedule schedule() {
      return StrategySchedule.polling(Duration.ofSeconds(60));
    }

    @Override
    public DataNeeds dataNeeds() {
      return DataNeeds.builder().underlying(Underlying.SPX).build();
    }

    @Override
    public EntryDecision scanEntry(StrategyContext context) {
      throw new IllegalStateException("bug in strategy code");
    }
  }
}
