package dev.condor.strategies.testing;

import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.Quote;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.Position;
import dev.condor.api.strategy.StrategyContext;
import dev.condor.core.calendar.NyseCalendar;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A strategy context over hand-set data, for asking a strategy one question at a time: a VIX
 * level (with its prior close, or without history), one chain, positions, the day's entries; the
 * notes the strategy writes are kept for the test to read.
 */
public final class FakeContext implements StrategyContext {

  private final ZonedDateTime now;
  private final Map<Underlying, Quote> quotes = new HashMap<>();
  private final Map<Underlying, double[]> closes = new HashMap<>();
  private OptionChain chain;
  private List<Position> positions = List.of();
  private int entriesToday;
  private int ids;
  private final List<String> notes = new ArrayList<>();

  /** A context at {@code now}, exchange time. */
  public FakeContext(LocalDateTime now) {
    this.now = now.atZone(NyseCalendar.ZONE);
  }

  /** The VIX at {@code level}, with no daily closes: a strategy finds no prior close. */
  public FakeContext vix(double level) {
    return vix(level, new double[0]);
  }

  /** The VIX at {@code level}, with {@code priorClose} as its one daily close. */
  public FakeContext vix(double level, double priorClose) {
    return vix(level, new double[] {priorClose});
  }

  private FakeContext vix(double level, double[] dailyCloses) {
    quotes.put(Underlying.VIX, Quote.ofLevel("VIX", level, now.toInstant(), DataOrigin.OBSERVED));
    closes.put(Underlying.VIX, dailyCloses);
    return this;
  }

  /** The one chain, and its underlying quoted at the chain's spot. */
  public FakeContext chain(OptionChain chain) {
    this.chain = chain;
    quotes.put(chain.underlying(), Quote.ofLevel(chain.underlying().symbol(), chain.spot(),
        now.toInstant(), DataOrigin.OBSERVED));
    return this;
  }

  /** The strategy's open positions. */
  public FakeContext positions(List<Position> positions) {
    this.positions = List.copyOf(positions);
    return this;
  }

  /** The entries already made today. */
  public FakeContext entriesToday(int entries) {
    this.entriesToday = entries;
    return this;
  }

  @Override
  public String strategyName() {
    return "test";
  }

  @Override
  public ZonedDateTime now() {
    return now;
  }

  @Override
  public TradingCalendar calendar() {
    return NyseCalendar.instance();
  }

  @Override
  public Optional<Quote> quote(Underlying underlying) {
    return Optional.ofNullable(quotes.get(underlying));
  }

  @Override
  public Optional<OptionChain> chain(Underlying underlying) {
    return chain != null && chain.underlying().equals(underlying) ? Optional.of(chain)
        : Optional.empty();
  }

  @Override
  public double[] dailyCloses(Underlying underlying, int count) {
    double[] all = closes.getOrDefault(underlying, new double[0]);
    return Arrays.copyOfRange(all, Math.max(0, all.length - count), all.length);
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
    return Account.builder().accountId("TEST").cash(100_000).netLiquidation(100_000)
        .buyingPower(100_000).time(now.toInstant()).build();
  }

  @Override
  public ClientOrderId newOrderId() {
    return ClientOrderId.of("test-" + (++ids));
  }

  @Override
  public void note(String decision) {
    notes.add(decision);
  }

  /** The notes the strategy wrote, in order. */
  public List<String> notes() {
    return notes;
  }
}
