package dev.condor.tck.strategy;

import dev.condor.api.Experimental;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.api.portfolio.Account;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small deterministic market the strategy suite feeds a strategy: moments in time order, each
 * with the quotes, option chains and daily closes a strategy may read then, on the suite's own
 * {@link ScenarioCalendar}. Build one with {@link Scenarios#newYork()}.
 */
@Experimental(since = "0.1")
public final class MarketScenario {

  private final ScenarioCalendar calendar;
  private final List<Moment> moments;
  private final Account account;

  MarketScenario(ScenarioCalendar calendar, List<Moment> moments, Account account) {
    this.calendar = calendar;
    this.moments = List.copyOf(moments);
    this.account = account;
    for (int i = 1; i < this.moments.size(); i++) {
      if (!this.moments.get(i).time().isAfter(this.moments.get(i - 1).time())) {
        throw new IllegalArgumentException("scenario moments must be in strictly increasing time "
            + "order: " + this.moments.get(i).time() + " follows "
            + this.moments.get(i - 1).time());
      }
    }
  }

  /** The calendar the strategy is given. */
  public ScenarioCalendar calendar() {
    return calendar;
  }

  /** The exchange time zone. */
  public ZoneId zone() {
    return calendar.zone();
  }

  /** The moments, in time order. */
  public List<Moment> moments() {
    return moments;
  }

  /** The account every moment shows (its time is the moment's). */
  public Account account() {
    return account;
  }

  /** The distinct days of the scenario, in order. */
  public List<LocalDate> days() {
    List<LocalDate> days = new ArrayList<>();
    for (Moment m : moments) {
      if (days.isEmpty() || !days.get(days.size() - 1).equals(m.time().toLocalDate())) {
        days.add(m.time().toLocalDate());
      }
    }
    return days;
  }

  /**
   * The same market {@code weeks} weeks later: every moment, quote time, option expiry and holiday
   * moved by whole weeks (local times of day, weekdays and prices unchanged).
   */
  public MarketScenario shiftedByWeeks(int weeks) {
    List<Moment> moved = new ArrayList<>();
    for (Moment m : moments) {
      moved.add(m.shiftedByWeeks(weeks, zone()));
    }
    Account a = Account.builder().from(account).time(shift(account.time(), weeks, zone())).build();
    return new MarketScenario(calendar.shiftedByWeeks(weeks), moved, a);
  }

  /** The same market with one more chain at every moment (for the data-needs rule). */
  MarketScenario withExtraChain(OptionChain extra) {
    List<Moment> out = new ArrayList<>();
    for (Moment m : moments) {
      Map<Underlying, OptionChain> chains = new LinkedHashMap<>(m.chains);
      chains.putIfAbsent(extra.underlying(), extra);
      Map<Underlying, Quote> quotes = new LinkedHashMap<>(m.quotes);
      quotes.putIfAbsent(extra.underlying(), Quote.ofLevel(extra.underlying().symbol(),
          extra.spot(), m.time.toInstant(), dev.condor.api.market.DataOrigin.ESTIMATED));
      out.add(new Moment(m.time, quotes, chains, m.closes));
    }
    return new MarketScenario(calendar, out, account);
  }

  static Instant shift(Instant t, int weeks, ZoneId zone) {
    return t.atZone(zone).plusWeeks(weeks).toInstant();
  }

  @Override
  public String toString() {
    return "MarketScenario[" + moments.size() + " moments on " + days() + "]";
  }

  /** One point in time of a scenario and the market a strategy sees then. */
  @Experimental(since = "0.1")
  public static final class Moment {

    private final ZonedDateTime time;
    private final Map<Underlying, Quote> quotes;
    private final Map<Underlying, OptionChain> chains;
    private final Map<Underlying, double[]> closes;

    Moment(ZonedDateTime time, Map<Underlying, Quote> quotes, Map<Underlying, OptionChain> chains,
        Map<Underlying, double[]> closes) {
      this.time = time;
      this.quotes = Collections.unmodifiableMap(new LinkedHashMap<>(quotes));
      this.chains = Collections.unmodifiableMap(new LinkedHashMap<>(chains));
      Map<Underlying, double[]> c = new LinkedHashMap<>();
      closes.forEach((u, v) -> c.put(u, v.clone()));
      this.closes = Collections.unmodifiableMap(c);
    }

    /** The time, in exchange time. */
    public ZonedDateTime time() {
      return time;
    }

    /** The quote of an underlying or index at this moment. */
    public Optional<Quote> quote(Underlying underlying) {
      return Optional.ofNullable(quotes.get(underlying));
    }

    /** The option chain of an underlying at this moment. */
    public Optional<OptionChain> chain(Underlying underlying) {
      return Optional.ofNullable(chains.get(underlying));
    }

    /** The underlyings with a chain at this moment. */
    public java.util.Set<Underlying> chainUnderlyings() {
      return chains.keySet();
    }

    /** The last {@code count} daily closes before this moment's day, oldest first. */
    public double[] dailyCloses(Underlying underlying, int count) {
      double[] all = closes.getOrDefault(underlying, new double[0]);
      int n = Math.max(0, Math.min(count, all.length));
      double[] out = new double[n];
      System.arraycopy(all, all.length - n, out, 0, n);
      return out;
    }

    Moment shiftedByWeeks(int weeks, ZoneId zone) {
      Map<Underlying, Quote> q = new LinkedHashMap<>();
      quotes.forEach((u, v) -> q.put(u, Quote.builder().from(v)
          .time(shift(v.time(), weeks, zone)).build()));
      Map<Underlying, OptionChain> c = new LinkedHashMap<>();
      chains.forEach((u, v) -> c.put(u, shiftChain(v, weeks, zone)));
      return new Moment(time.plusWeeks(weeks), q, c, closes);
    }

    private static OptionChain shiftChain(OptionChain chain, int weeks, ZoneId zone) {
      List<OptionQuote> moved = new ArrayList<>();
      for (LocalDate expiry : chain.expiries()) {
        for (var right : dev.condor.api.instrument.OptionRight.values()) {
          for (OptionQuote q : chain.quotes(expiry, right)) {
            OptionContract c = q.contract();
            moved.add(OptionQuote.builder().from(q)
                .contract(OptionContract.of(c.root(), c.expiry().plusWeeks(weeks), c.strike(),
                    c.right()))
                .time(shift(q.time(), weeks, zone)).build());
          }
        }
      }
      return OptionChain.of(chain.underlying(), chain.spot(), shift(chain.time(), weeks, zone),
          moved);
    }

    @Override
    public String toString() {
      return "Moment[" + time + ", quotes " + quotes.keySet() + ", chains " + chains.keySet() + "]";
    }
  }
}
