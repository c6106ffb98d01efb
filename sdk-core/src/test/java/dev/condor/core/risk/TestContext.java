package dev.condor.core.risk;

import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.Quote;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.Position;
import dev.condor.api.risk.PortfolioState;
import dev.condor.api.risk.RiskContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-filled {@link RiskContext}: a fixed time in New York, the {@link TestCalendar}, the quotes,
 * chains and positions a test puts in, and the notes the policies write.
 */
final class TestContext implements RiskContext {

  private ZonedDateTime now;
  private final Map<Underlying, Quote> quotes = new HashMap<>();
  private final Map<Underlying, OptionChain> chains = new HashMap<>();
  private final List<Position> mine = new ArrayList<>();
  private final List<Position> others = new ArrayList<>();
  private double equity = 100_000;
  private double dayStart = 100_000;
  private double weekStart = 100_000;
  private double peak = 100_000;
  final List<String> notes = new ArrayList<>();
  private int entriesToday;

  private TestContext(ZonedDateTime now) {
    this.now = now;
  }

  /** A context at a date and time of day in New York. */
  static TestContext at(LocalDate date, LocalTime time) {
    return new TestContext(ZonedDateTime.of(date, time, TestCalendar.NEW_YORK));
  }

  /** A context at an ISO local date-time in New York, e.g. {@code 2025-01-17T15:45}. */
  static TestContext at(String localDateTime) {
    return new TestContext(
        java.time.LocalDateTime.parse(localDateTime).atZone(TestCalendar.NEW_YORK));
  }

  TestContext time(String localDateTime) {
    now = java.time.LocalDateTime.parse(localDateTime).atZone(TestCalendar.NEW_YORK);
    return this;
  }

  TestContext chain(OptionChain chain) {
    chains.put(chain.underlying(), chain);
    return this;
  }

  TestContext level(Underlying underlying, double level) {
    quotes.put(underlying, Quote.ofLevel(underlying.symbol(), level, now.toInstant(),
        DataOrigin.OBSERVED));
    return this;
  }

  /** Adds a position of this strategy (and so of the portfolio). */
  TestContext mine(Position position) {
    mine.add(position);
    return this;
  }

  /** Adds a position of another strategy. */
  TestContext others(Position position) {
    others.add(position);
    return this;
  }

  TestContext clearPositions() {
    mine.clear();
    others.clear();
    return this;
  }

  TestContext equity(double equity) {
    this.equity = equity;
    return this;
  }

  TestContext dayStart(double dayStart) {
    this.dayStart = dayStart;
    return this;
  }

  TestContext weekStart(double weekStart) {
    this.weekStart = weekStart;
    return this;
  }

  TestContext peak(double peak) {
    this.peak = peak;
    return this;
  }

  @Override
  public PortfolioState portfolio() {
    List<Position> all = new ArrayList<>(mine);
    all.addAll(others);
    return PortfolioState.builder().equity(equity).dayStartEquity(dayStart)
        .weekStartEquity(weekStart).peakEquity(peak).openPositions(all).build();
  }

  @Override
  public String strategyName() {
    return "dte0_ic";
  }

  @Override
  public ZonedDateTime now() {
    return now;
  }

  @Override
  public TradingCalendar calendar() {
    return TestCalendar.INSTANCE;
  }

  @Override
  public Optional<Quote> quote(Underlying underlying) {
    return Optional.ofNullable(quotes.get(underlying));
  }

  @Override
  public Optional<OptionChain> chain(Underlying underlying) {
    return Optional.ofNullable(chains.get(underlying));
  }

  @Override
  public double[] dailyCloses(Underlying underlying, int count) {
    return new double[0];
  }

  @Override
  public List<Position> positions() {
    return List.copyOf(mine);
  }

  /** Sets how many entries the strategy made today, as the engine reads them from the journal. */
  TestContext entriesToday(int entries) {
    this.entriesToday = entries;
    return this;
  }

  @Override
  public int entriesToday() {
    return entriesToday;
  }

  @Override
  public Account account() {
    return Account.builder().accountId("TEST").cash(equity).netLiquidation(equity)
        .buyingPower(equity).time(now.toInstant()).build();
  }

  @Override
  public ClientOrderId newOrderId() {
    return ClientOrderId.of("test-" + notes.size());
  }

  @Override
  public void note(String decision) {
    notes.add(decision);
  }
}
