package dev.condor.tck.refstrategy.sound;

import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.portfolio.Position;
import dev.condor.api.strategy.DataNeeds;
import dev.condor.api.strategy.EntryDecision;
import dev.condor.api.strategy.ExitDecision;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyContext;
import dev.condor.api.strategy.StrategySchedule;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The suite's reference strategy: at 10:00 (or 11:00) sell one SPXW put credit spread of today's
 * expiry,
 * short put nearest the target delta, closed at market when SPX comes within 10 points of it.
 */
public final class ReferenceStrategy implements Strategy {

  /** The validated settings. */
  public record Config(double targetDelta, double width, int quantity) {}

  private final Config config;
  private final Flaw flaw;
  private final Random random = new Random();
  private String expected;
  private LocalDate expectedOn;

  /** A strategy with these settings and this flaw. */
  public ReferenceStrategy(Config config, Flaw flaw) {
    this.config = config;
    this.flaw = flaw;
  }

  @Override
  public StrategySchedule schedule() {
    return StrategySchedule.builder().pollInterval(Duration.ofMinutes(1))
        .addEntryTimes(LocalTime.of(10, 0), LocalTime.of(11, 0)).build();
  }

  @Override
  public DataNeeds dataNeeds() {
    return DataNeeds.builder().underlying(Underlying.SPX).maxDaysToExpiry(0).build();
  }

  @Override
  public void setup(StrategyContext context) {
    if (flaw == Flaw.NEEDS_DATA_AT_SETUP) {
      context.note("spot at setup " + context.chain(Underlying.SPX).orElseThrow().spot());
    }
  }

  @Override
  public EntryDecision scanEntry(StrategyContext context) {
    LocalDate today = context.now().toLocalDate();
    if (flaw == Flaw.THROWS_AFTER_REJECTION && expected != null && today.equals(expectedOn)
        && context.positions().stream().noneMatch(p -> p.id().equals(expected))) {
      throw new IllegalStateException("position " + expected + " vanished");
    }
    if (flaw == Flaw.STUCK_AFTER_REJECTION && expected != null) {
      return EntryDecision.skip(today + ": waiting to manage " + expected);
    }
    if (context.entriesToday() > 0) {
      return skip(today + ": entered today already");
    }
    Optional<OptionChain> chain = context.chain(Underlying.SPX);
    if (chain.isEmpty() || !chain.get().expiries().contains(today)) {
      return skip(today + ": no SPX options expiring today");
    }
    Optional<OptionQuote> shortPut = pickShort(chain.get(), today);
    if (shortPut.isEmpty()) {
      return skip(today + ": no put near delta " + config.targetDelta());
    }
    double longStrike = shortPut.get().contract().strike() - config.width();
    Optional<OptionQuote> longPut = chain.get().byStrike(today, OptionRight.PUT, longStrike);
    if (longPut.isEmpty()) {
      return skip(today + ": no long put at " + longStrike);
    }
    double credit = Math.round((shortPut.get().bid() - longPut.get().ask()) * 20) / 20.0;
    if (credit < 0.05) {
      context.note(today + ": credit " + credit + " too small");
      return skip(today + ": credit below 0.05");
    }
    OrderTicket ticket = OrderTicket.creditVertical(context.newOrderId(),
        shortPut.get().contract(), longPut.get().contract(), config.quantity(),
        credit);
    expected = ticket.clientOrderId().value();
    expectedOn = today;
    return EntryDecision.enter(ticket, today + ": sell the " + shortPut.get().contract()
        + " put spread for " + credit);
  }

  private Optional<OptionQuote> pickShort(OptionChain chain, LocalDate today) {
    Optional<OptionQuote> best = chain.byDelta(today, OptionRight.PUT, config.targetDelta());
    if (best.isEmpty() || flaw == Flaw.NONE) {
      return best;
    }
    List<OptionQuote> near = new ArrayList<>();
    for (OptionQuote q : chain.quotes(today, OptionRight.PUT)) {
      if (Math.abs(q.contract().strike() - best.get().contract().strike()) <= 40) {
        near.add(q);
      }
    }
    if (flaw == Flaw.UNSEEDED_RANDOM) {
      return Optional.of(near.get(random.nextInt(near.size())));
    }
    if (flaw == Flaw.HASH_ORDER) {
      Set<Candidate> candidates = new HashSet<>();
      for (OptionQuote q : near) {
        candidates.add(new Candidate(q));
      }
      return Optional.of(candidates.iterator().next().quote);
    }
    return best;
  }

  /** A candidate without equals/hashCode: a hash set orders it by identity. */
  private static final class Candidate {
    final OptionQuote quote;

    Candidate(OptionQuote quote) {
      this.quote = quote;
    }
  }

  private EntryDecision skip(String reason) {
    return EntryDecision.skip(flaw == Flaw.BLANK_REASON ? " " : reason);
  }

  @Override
  public ExitDecision manage(Position position, StrategyContext context) {
    if (position.id().equals(expected)) {
      expected = null;
    }
    Optional<OptionChain> chain = context.chain(Underlying.SPX);
    double shortStrike = position.openedBy().legs().get(0).contract().strike();
    if (chain.isPresent() && chain.get().spot() < shortStrike + 10) {
      return ExitDecision.closeAtMarket("SPX " + chain.get().spot() + " within 10 of "
          + shortStrike);
    }
    return ExitDecision.hold();
  }
}
