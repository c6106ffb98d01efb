package dev.condor.tck.strategy;

import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.Position;
import dev.condor.api.strategy.DataNeeds;
import dev.condor.api.strategy.StrategyContext;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The suite's minimal strategy context: one scenario moment, seen through the strategy's data
 * needs (anything outside them reads as absent), with the run's positions and entries.
 */
final class ScenarioContext implements StrategyContext {

  private final String name;
  private final MarketScenario scenario;
  private final MarketScenario.Moment moment;
  private final DataNeeds needs;
  private final List<Position> positions;
  private final int entriesToday;
  private final IdSource ids;
  private final Consumer<String> notes;
  private final List<String> outsideNeeds;
  private final boolean withData;

  /** The run's order id counter, so ids are the same in every run. */
  static final class IdSource {
    private int next;

    ClientOrderId next() {
      return ClientOrderId.of("tck-" + (++next));
    }
  }

  ScenarioContext(String name, MarketScenario scenario, MarketScenario.Moment moment,
      DataNeeds needs, List<Position> positions, int entriesToday, IdSource ids,
      Consumer<String> notes, List<String> outsideNeeds, boolean withData) {
    this.name = name;
    this.scenario = scenario;
    this.moment = moment;
    this.needs = needs;
    this.positions = List.copyOf(positions);
    this.entriesToday = entriesToday;
    this.ids = ids;
    this.notes = notes;
    this.outsideNeeds = outsideNeeds;
    this.withData = withData;
  }

  @Override
  public String strategyName() {
    return name;
  }

  @Override
  public ZonedDateTime now() {
    return moment.time();
  }

  @Override
  public TradingCalendar calendar() {
    return scenario.calendar();
  }

  private boolean chainNeeded(Underlying u) {
    return needs != null && (needs.underlying().equals(u) || needs.otherChains().contains(u));
  }

  @Override
  public Optional<Quote> quote(Underlying underlying) {
    boolean needed = chainNeeded(underlying)
        || needs != null && needs.quotes().contains(underlying);
    if (!needed) {
      outsideNeeds.add("quote(" + underlying + ") at " + moment.time());
      return Optional.empty();
    }
    return withData ? moment.quote(underlying) : Optional.empty();
  }

  @Override
  public Optional<OptionChain> chain(Underlying underlying) {
    if (!chainNeeded(underlying)) {
      outsideNeeds.add("chain(" + underlying + ") at " + moment.time());
      return Optional.empty();
    }
    if (!withData) {
      return Optional.empty();
    }
    Optional<OptionChain> chain = moment.chain(underlying);
    if (chain.isEmpty()) {
      return chain;
    }
    // the engine builds a chain of the expiries within the needs' days to expiry
    LocalDate today = moment.time().toLocalDate();
    LocalDate from = today.plusDays(needs.minDaysToExpiry());
    LocalDate to = today.plusDays(needs.maxDaysToExpiry());
    OptionChain c = chain.get();
    List<OptionQuote> kept = new ArrayList<>();
    for (LocalDate e : c.expiries()) {
      if (!e.isBefore(from) && !e.isAfter(to)) {
        for (var right : dev.condor.api.instrument.OptionRight.values()) {
          kept.addAll(c.quotes(e, right));
        }
      }
    }
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(OptionChain.of(c.underlying(), c.spot(), c.time(), kept));
  }

  @Override
  public double[] dailyCloses(Underlying underlying, int count) {
    if (needs == null || !needs.dailyHistory().contains(underlying)) {
      outsideNeeds.add("dailyCloses(" + underlying + ", " + count + ") at " + moment.time());
      return new double[0];
    }
    if (!withData) {
      return new double[0];
    }
    return moment.dailyCloses(underlying, Math.min(count, needs.dailyHistoryDays()));
  }

  @Override
  public List<Position> positions() {
    return positions;
  }

  @Override
  public int entriesToday() {
    return entriesToday;
  }

  @Override
  public Account account() {
    return Account.builder().from(scenario.account()).time(moment.time().toInstant()).build();
  }

  @Override
  public ClientOrderId newOrderId() {
    return ids.next();
  }

  @Override
  public void note(String decision) {
    notes.accept(decision);
  }
}
