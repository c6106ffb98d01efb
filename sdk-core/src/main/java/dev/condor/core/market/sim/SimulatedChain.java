package dev.condor.core.market.sim;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated market's {@link OptionChain}: the cached slices of its expiries, viewed by date
 * and right. Where two roots expire on one date (the SPX AM monthly and the SPXW PM weekly on a
 * third Friday) their quotes share the date's list, by strike, the PM root first at equal strikes.
 */
final class SimulatedChain implements OptionChain {

  private static final Comparator<OptionQuote> BY_STRIKE_PM_FIRST =
      Comparator.<OptionQuote>comparingDouble(q -> q.contract().strike())
          .thenComparing(q -> q.contract().settlementTime() == SettlementTime.PM ? 0 : 1);

  private final Underlying underlying;
  private final double spot;
  private final Instant time;
  private final List<ExpirySlice> slices;
  private final List<LocalDate> expiries;
  private final Map<LocalDate, List<OptionQuote>> calls = new LinkedHashMap<>();
  private final Map<LocalDate, List<OptionQuote>> puts = new LinkedHashMap<>();
  private final int size;

  SimulatedChain(Underlying underlying, double spot, Instant time, List<ExpirySlice> slices) {
    this.underlying = underlying;
    this.spot = spot;
    this.time = time;
    this.slices = List.copyOf(slices);
    int total = 0;
    Map<LocalDate, List<ExpirySlice>> byDate = new LinkedHashMap<>();
    for (ExpirySlice slice : this.slices) {
      byDate.computeIfAbsent(slice.expiry().date(), d -> new ArrayList<>()).add(slice);
      total += 2 * slice.size();
    }
    for (Map.Entry<LocalDate, List<ExpirySlice>> e : byDate.entrySet()) {
      calls.put(e.getKey(), view(e.getValue(), OptionRight.CALL));
      puts.put(e.getKey(), view(e.getValue(), OptionRight.PUT));
    }
    this.expiries = List.copyOf(byDate.keySet());
    this.size = total;
  }

  private static List<OptionQuote> view(List<ExpirySlice> slices, OptionRight right) {
    List<OptionQuote> quotes = new ArrayList<>();
    for (ExpirySlice slice : slices) {
      for (int i = 0; i < slice.size(); i++) {
        quotes.add(right == OptionRight.CALL ? slice.call(i) : slice.put(i));
      }
    }
    if (slices.size() > 1) {
      quotes.sort(BY_STRIKE_PM_FIRST);
    }
    return List.copyOf(quotes);
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
    for (ExpirySlice slice : slices) {
      if (slice.expiry().date().equals(contract.expiry())
          && slice.expiry().root().equals(contract.root())) {
        int i = slice.indexOf(contract.strike());
        if (i < 0) {
          return Optional.empty();
        }
        return Optional.of(contract.isCall() ? slice.call(i) : slice.put(i));
      }
    }
    return Optional.empty();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public String toString() {
    return "SimulatedChain[" + underlying + " spot " + spot + " at " + time + ", " + size
        + " quotes, " + expiries.size() + " expiries]";
  }
}
