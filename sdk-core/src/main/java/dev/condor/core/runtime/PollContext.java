package dev.condor.core.runtime;

import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.order.Leg;
import dev.condor.api.market.Quote;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.Position;
import dev.condor.api.risk.PortfolioState;
import dev.condor.api.risk.RiskContext;
import dev.condor.api.strategy.DataNeeds;
import dev.condor.core.market.MarketSource;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What one poll of one strategy sees: a fixed instant, the data its {@link DataNeeds} asked for
 * (read from the market source once and kept for the poll), its positions and the portfolio.
 */
final class PollContext implements RiskContext {

  private final String strategyName;
  private final ZonedDateTime now;
  private final TradingCalendar calendar;
  private final MarketSource market;
  private final DataNeeds needs;
  private final List<Position> positions;
  private final Account account;
  private final PortfolioState portfolio;
  private final int entriesToday;
  private final Supplier<ClientOrderId> orderIds;
  private final Consumer<String> notes;
  private final Map<Underlying, Optional<Quote>> quotes = new HashMap<>();
  private final Map<Underlying, Optional<OptionChain>> chains = new HashMap<>();

  PollContext(String strategyName, ZonedDateTime now, TradingCalendar calendar, MarketSource market,
      DataNeeds needs, List<Position> positions, int entriesToday, Account account,
      PortfolioState portfolio, Supplier<ClientOrderId> orderIds, Consumer<String> notes) {
    this.entriesToday = entriesToday;
    this.strategyName = strategyName;
    this.now = now;
    this.calendar = calendar;
    this.market = market;
    this.needs = needs;
    this.positions = List.copyOf(positions);
    this.account = account;
    this.portfolio = portfolio;
    this.orderIds = orderIds;
    this.notes = notes;
  }

  @Override
  public String strategyName() {
    return strategyName;
  }

  @Override
  public ZonedDateTime now() {
    return now;
  }

  @Override
  public TradingCalendar calendar() {
    return calendar;
  }

  @Override
  public Optional<Quote> quote(Underlying underlying) {
    return quotes.computeIfAbsent(underlying, u -> market.quote(u, now.toInstant()));
  }

  @Override
  public Optional<OptionChain> chain(Underlying underlying) {
    if (!underlying.equals(needs.underlying()) && !needs.otherChains().contains(underlying)) {
      return Optional.empty();
    }
    return chains.computeIfAbsent(underlying, u -> {
      var today = now.toLocalDate();
      Optional<OptionChain> listed = market.chain(u, now.toInstant(),
          today.plusDays(needs.minDaysToExpiry()), today.plusDays(needs.maxDaysToExpiry()));
      return withPositionLegs(u, listed);
    });
  }

  /**
   * The chain plus a quote for every leg of this strategy's open positions on the underlying that
   * it lacks: a leg may be outside the strategy's entry range (a monthly condor at 35 days when
   * the strategy scans from 49) or outside the strikes listed near the money now, and exits and
   * red lines must still be able to mark it.
   */
  private Optional<OptionChain> withPositionLegs(Underlying u, Optional<OptionChain> listed) {
    List<OptionQuote> extra = new ArrayList<>();
    for (Position p : positions) {
      for (Leg leg : p.openedBy().legs()) {
        OptionContract c = leg.contract();
        if (c.underlying().equals(u) && (listed.isEmpty() || listed.get().quote(c).isEmpty())
            && extra.stream().noneMatch(q -> q.contract().equals(c))) {
          market.optionQuote(c, now.toInstant()).ifPresent(extra::add);
        }
      }
    }
    if (extra.isEmpty()) {
      return listed;
    }
    double spot;
    List<OptionQuote> all = new ArrayList<>(extra);
    if (listed.isPresent()) {
      OptionChain chain = listed.get();
      spot = chain.spot();
      for (var expiry : chain.expiries()) {
        all.addAll(chain.quotes(expiry, OptionRight.CALL));
        all.addAll(chain.quotes(expiry, OptionRight.PUT));
      }
    } else {
      Optional<Quote> q = quote(u);
      if (q.isEmpty()) {
        return listed;
      }
      spot = q.get().price();
    }
    return Optional.of(OptionChain.of(u, spot, now.toInstant(), all));
  }

  @Override
  public double[] dailyCloses(Underlying underlying, int count) {
    return market.dailyCloses(underlying, now.toLocalDate(), count);
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
    return account;
  }

  @Override
  public ClientOrderId newOrderId() {
    return orderIds.get();
  }

  @Override
  public void note(String decision) {
    notes.accept(decision);
  }

  @Override
  public PortfolioState portfolio() {
    return portfolio;
  }
}
