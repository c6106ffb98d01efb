package dev.condor.tck.strategy;

import dev.condor.api.Experimental;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.api.portfolio.Account;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a {@link MarketScenario} day by day and moment by moment. Each {@link #at(LocalTime)}
 * starts a moment that carries over the levels and chains of the moment before (across days
 * too), so a scenario states only what changes. Daily closes are the {@link #history} given plus,
 * for each scenario day already over, the last level of that day.
 *
 * <pre>{@code
 * MarketScenario s = Scenarios.newYork()
 *     .history(Underlying.SPX, 5700, 5720, 5740)
 *     .day(LocalDate.of(2026, 3, 2))
 *       .at(LocalTime.of(9, 45)).level(Underlying.SPX, 5750).level(Underlying.VIX, 16)
 *       .chain(Underlying.SPX, 0.14, 0, 1, 2)       // 0, 1 and 2 calendar days to expiry
 *       .at(LocalTime.of(12, 0)).level(Underlying.SPX, 5760)
 *     .day(LocalDate.of(2026, 3, 3))
 *       .at(LocalTime.of(9, 45))
 *     .build();
 * }</pre>
 */
@Experimental(since = "0.1")
public final class ScenarioBuilder {

  private final ZoneId zone;
  private final Set<LocalDate> holidays = new TreeSet<>();
  private final Map<Underlying, List<Double>> history = new LinkedHashMap<>();
  private final List<Step> steps = new ArrayList<>();
  private double cash = 100_000;
  private double netLiquidation = 100_000;
  private double buyingPower = 100_000;
  private double strikeStep = 5;
  private int strikesEachSide = 80;
  private LocalDate day;
  private Step current;

  private static final class Step {
    ZonedDateTime time;
    final Map<Underlying, Double> levels = new LinkedHashMap<>();
    final Map<Underlying, ChainSpec> chains = new LinkedHashMap<>();

    Step copyAt(ZonedDateTime at) {
      Step s = new Step();
      s.time = at;
      s.levels.putAll(levels);
      s.chains.putAll(chains);
      return s;
    }
  }

  private static final class ChainSpec {
    OptionChain fixed;
    double volatility;
    int[] daysToExpiry;
    List<LocalDate> expiries;
    double step;
    int eachSide;
  }

  ScenarioBuilder(ZoneId zone) {
    this.zone = zone;
  }

  /** Weekdays without a session. */
  public ScenarioBuilder holidays(LocalDate... dates) {
    holidays.addAll(List.of(dates));
    return this;
  }

  /** Daily closes of {@code underlying} before the first scenario day, oldest first. */
  public ScenarioBuilder history(Underlying underlying, double... closes) {
    List<Double> list = history.computeIfAbsent(underlying, u -> new ArrayList<>());
    for (double c : closes) {
      list.add(c);
    }
    return this;
  }

  /** The account's balances (100,000 each by default). */
  public ScenarioBuilder account(double cash, double netLiquidation, double buyingPower) {
    this.cash = cash;
    this.netLiquidation = netLiquidation;
    this.buyingPower = buyingPower;
    return this;
  }

  /** The strike grid of the chains declared after this call (5 points, 80 each side). */
  public ScenarioBuilder strikes(double step, int eachSide) {
    if (!(step > 0) || eachSide < 1) {
      throw new IllegalArgumentException("strikes: step must be > 0 and eachSide >= 1");
    }
    this.strikeStep = step;
    this.strikesEachSide = eachSide;
    return this;
  }

  /** Starts a scenario day; its moments follow with {@link #at(LocalTime)}. */
  public ScenarioBuilder day(LocalDate date) {
    if (day != null && !date.isAfter(day)) {
      throw new IllegalArgumentException("days must be in increasing order: " + date
          + " after " + day);
    }
    this.day = date;
    return this;
  }

  /** A moment of the current day, carrying over the market of the moment before. */
  public ScenarioBuilder at(LocalTime time) {
    if (day == null) {
      throw new IllegalStateException("call day(...) before at(...)");
    }
    ZonedDateTime t = day.atTime(time).atZone(zone);
    current = current == null ? new Step() : current.copyAt(t);
    current.time = t;
    steps.add(current);
    return this;
  }

  /** The level (spot, index value) of {@code underlying} from this moment on. */
  public ScenarioBuilder level(Underlying underlying, double level) {
    requireMoment().levels.put(underlying, level);
    return this;
  }

  /** No quote of {@code underlying} from this moment on. */
  public ScenarioBuilder noLevel(Underlying underlying) {
    requireMoment().levels.remove(underlying);
    return this;
  }

  /**
   * From this moment on, a Black-Scholes chain of {@code underlying} around its level, with the
   * expiries that fall {@code daysToExpiry} calendar days after each moment's day (days that are
   * not trading days are left out). Listed under the PM root, and also under the AM root on third
   * Fridays if the underlying has one.
   */
  public ScenarioBuilder chain(Underlying underlying, double volatility, int... daysToExpiry) {
    ChainSpec c = spec(volatility);
    c.daysToExpiry = daysToExpiry.clone();
    requireMoment().chains.put(underlying, c);
    return this;
  }

  /** From this moment on, a Black-Scholes chain with these expiries (past ones left out). */
  public ScenarioBuilder chainExpiring(Underlying underlying, double volatility,
      LocalDate... expiries) {
    ChainSpec c = spec(volatility);
    c.expiries = List.of(expiries);
    requireMoment().chains.put(underlying, c);
    return this;
  }

  /** From this moment on, exactly this chain (for hand-written quotes). */
  public ScenarioBuilder chain(OptionChain chain) {
    ChainSpec c = new ChainSpec();
    c.fixed = chain;
    requireMoment().chains.put(chain.underlying(), c);
    return this;
  }

  /** No chain of {@code underlying} from this moment on. */
  public ScenarioBuilder noChain(Underlying underlying) {
    requireMoment().chains.remove(underlying);
    return this;
  }

  private ChainSpec spec(double volatility) {
    if (!(volatility > 0)) {
      throw new IllegalArgumentException("volatility must be > 0 (0.15 for 15 %)");
    }
    ChainSpec c = new ChainSpec();
    c.volatility = volatility;
    c.step = strikeStep;
    c.eachSide = strikesEachSide;
    return c;
  }

  private Step requireMoment() {
    if (current == null) {
      throw new IllegalStateException("call at(...) before setting the market");
    }
    return current;
  }

  /** The scenario. */
  public MarketScenario build() {
    if (steps.isEmpty()) {
      throw new IllegalStateException("a scenario needs at least one moment");
    }
    ScenarioCalendar calendar = new ScenarioCalendar(zone, holidays);
    Map<Underlying, List<Double>> closes = new LinkedHashMap<>();
    history.forEach((u, v) -> closes.put(u, new ArrayList<>(v)));
    List<MarketScenario.Moment> moments = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (!calendar.isTradingDay(s.time.toLocalDate())) {
        throw new IllegalArgumentException(s.time.toLocalDate() + " is not a trading day of "
            + calendar);
      }
      Map<Underlying, double[]> closesNow = new LinkedHashMap<>();
      closes.forEach((u, v) -> closesNow.put(u, v.stream().mapToDouble(Double::doubleValue)
          .toArray()));
      Map<Underlying, Quote> quotes = new LinkedHashMap<>();
      s.levels.forEach((u, level) -> quotes.put(u, Quote.ofLevel(u.symbol(), level,
          s.time.toInstant(), DataOrigin.OBSERVED)));
      Map<Underlying, OptionChain> chains = new LinkedHashMap<>();
      s.chains.forEach((u, spec) -> chains.put(u, render(u, spec, s, calendar)));
      moments.add(new MarketScenario.Moment(s.time, quotes, chains, closesNow));
      boolean lastOfDay = i == steps.size() - 1
          || !steps.get(i + 1).time.toLocalDate().equals(s.time.toLocalDate());
      if (lastOfDay) {
        s.levels.forEach((u, level) -> closes.computeIfAbsent(u, x -> new ArrayList<>())
            .add(level));
      }
    }
    Account account = Account.builder().accountId("TCK-STRATEGY").cash(cash)
        .netLiquidation(netLiquidation).buyingPower(buyingPower)
        .time(steps.get(0).time.toInstant()).build();
    return new MarketScenario(calendar, moments, account);
  }

  private static OptionChain render(Underlying u, ChainSpec spec, Step s,
      ScenarioCalendar calendar) {
    if (spec.fixed != null) {
      return spec.fixed;
    }
    Double spot = s.levels.get(u);
    if (spot == null) {
      throw new IllegalStateException("a chain of " + u + " at " + s.time
          + " needs a level(" + u + ", ...) to price around");
    }
    LocalDate today = s.time.toLocalDate();
    List<LocalDate> expiries = new ArrayList<>();
    if (spec.daysToExpiry != null) {
      for (int d : spec.daysToExpiry) {
        LocalDate e = today.plusDays(d);
        if (calendar.isTradingDay(e) && !expiries.contains(e)) {
          expiries.add(e);
        }
      }
    } else {
      for (LocalDate e : spec.expiries) {
        if (!e.isBefore(today) && !expiries.contains(e)) {
          expiries.add(e);
        }
      }
    }
    List<OptionQuote> quotes = new ArrayList<>();
    String pm = u.pmRoot().orElse(u.symbol());
    for (LocalDate e : expiries) {
      quotes.addAll(Scenarios.blackScholesQuotes(u, pm, spot, spec.volatility, s.time, e,
          spec.step, spec.eachSide));
      if (u.amRoot().isPresent() && ScenarioCalendar.isThirdFriday(e)
          && (e.isAfter(today) || s.time.toLocalTime().isBefore(LocalTime.of(9, 30)))) {
        quotes.addAll(Scenarios.blackScholesQuotes(u, u.amRoot().get(), spot, spec.volatility,
            s.time, e, spec.step, spec.eachSide));
      }
    }
    return OptionChain.of(u, spot, s.time.toInstant(), quotes);
  }
}
