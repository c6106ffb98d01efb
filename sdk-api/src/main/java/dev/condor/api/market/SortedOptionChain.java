package dev.condor.api.market;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** The plain {@link OptionChain}: quotes grouped by expiry and right, sorted by strike. */
final class SortedOptionChain implements OptionChain {

  private final Underlying underlying;
  private final double spot;
  private final Instant time;
  private final List<LocalDate> expiries;
  private final Map<LocalDate, List<OptionQuote>> calls;
  private final Map<LocalDate, List<OptionQuote>> puts;
  private final Map<OptionContract, OptionQuote> byContract;

  SortedOptionChain(Underlying underlying, double spot, Instant time,
      Collection<OptionQuote> quotes) {
    this.underlying = Objects.requireNonNull(underlying, "underlying");
    this.time = Objects.requireNonNull(time, "time");
    Checks.nonNegativePrice("spot", spot);
    if (spot == 0) {
      throw new InvalidValueException("spot", spot, "must be > 0");
    }
    this.spot = spot;
    Map<OptionContract, OptionQuote> index = new HashMap<>(quotes.size() * 2);
    TreeMap<LocalDate, List<OptionQuote>> callMap = new TreeMap<>();
    TreeMap<LocalDate, List<OptionQuote>> putMap = new TreeMap<>();
    for (OptionQuote q : quotes) {
      OptionContract c = q.contract();
      if (!c.underlying().equals(underlying)) {
        throw new InvalidValueException("quote", c, "is not an option on " + underlying);
      }
      if (index.put(c, q) != null) {
        throw new InvalidValueException("quote", c, "appears twice in the chain");
      }
      (c.isCall() ? callMap : putMap).computeIfAbsent(c.expiry(), d -> new ArrayList<>()).add(q);
    }
    Comparator<OptionQuote> byStrike = Comparator.comparingDouble(q -> q.contract().strike());
    this.calls = freeze(callMap, byStrike);
    this.puts = freeze(putMap, byStrike);
    TreeMap<LocalDate, Boolean> all = new TreeMap<>();
    callMap.keySet().forEach(d -> all.put(d, true));
    putMap.keySet().forEach(d -> all.put(d, true));
    this.expiries = List.copyOf(all.keySet());
    this.byContract = Map.copyOf(index);
  }

  private static Map<LocalDate, List<OptionQuote>> freeze(
      TreeMap<LocalDate, List<OptionQuote>> map, Comparator<OptionQuote> order) {
    Map<LocalDate, List<OptionQuote>> frozen = new HashMap<>();
    map.forEach((date, list) -> {
      list.sort(order);
      frozen.put(date, List.copyOf(list));
    });
    return Map.copyOf(frozen);
  }

  @Override
  public Underlying underlying() {
    return underlying;
  }

  @Override
  public double spot() {
    return spot;
  }

  @Override
  public Instant time() {
    return time;
  }

  @Override
  public List<LocalDate> expiries() {
    return expiries;
  }

  @Override
  public List<OptionQuote> quotes(LocalDate expiry, OptionRight right) {
    return (right == OptionRight.CALL ? calls : puts).getOrDefault(expiry, List.of());
  }

  @Override
  public Optional<OptionQuote> quote(OptionContract contract) {
    return Optional.ofNullable(byContract.get(contract));
  }

  @Override
  public int size() {
    return byContract.size();
  }

  @Override
  public String toString() {
    return "OptionChain[" + underlying + " spot " + spot + " at " + time + ", " + byContract.size()
        + " quotes, " + expiries.size() + " expiries]";
  }
}
