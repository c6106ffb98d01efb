package dev.condor.core.store;

import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import dev.condor.api.market.DataOrigin;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.store.ImportBatch.Partition;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** Small hand-made days for the store's tests. */
final class StoreFixtures {

  /** The third Friday of March 2024: SPX AM monthlies and SPXW PM options both expire. */
  static final LocalDate FRIDAY = LocalDate.of(2024, 3, 15);
  static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);
  static final LocalDate NEXT_FRIDAY = LocalDate.of(2024, 3, 22);

  private StoreFixtures() {}

  /** An instant in New York. */
  static Instant ny(LocalDate day, int hour, int minute) {
    return ZonedDateTime.of(day, LocalTime.of(hour, minute), NyseCalendar.ZONE).toInstant();
  }

  /** One row with every field; greeks made up but valid. */
  static void put(OptionRows rows, Instant at, String root, LocalDate expiry, double strike,
      OptionRight right, double bid, double ask, double underlying) {
    rows.add(at, root, expiry, strike, right, bid, ask, Double.NaN, 10, 100, 0.15,
        right == OptionRight.CALL ? 0.25 : -0.25, 0.01, -1.5, 0.8, underlying,
        DataOrigin.OBSERVED);
  }

  /**
   * Three snapshots of SPX on {@link #FRIDAY} (09:31, 09:32, 10:00 New York) at spots 5100, 5102,
   * 5110; each with SPXW and SPX puts at 5000 and 5050 expiring that day, and an SPXW call at
   * 5150 expiring {@link #NEXT_FRIDAY}. Bid = snapshot minute / 100 + strike offset, so every row
   * is recognisable.
   */
  static OptionRows friday() {
    OptionRows rows = new OptionRows();
    int[][] snaps = {{9, 31}, {9, 32}, {10, 0}};
    double[] spot = {5100, 5102, 5110};
    for (int s = 0; s < snaps.length; s++) {
      Instant at = ny(FRIDAY, snaps[s][0], snaps[s][1]);
      double base = s + 1;
      // deliberately out of order: the store sorts
      put(rows, at, "SPXW", NEXT_FRIDAY, 5150, OptionRight.CALL, base + 0.5, base + 0.6, spot[s]);
      put(rows, at, "SPX", FRIDAY, 5050, OptionRight.PUT, base + 0.2, base + 0.3, spot[s]);
      put(rows, at, "SPXW", FRIDAY, 5050, OptionRight.PUT, base + 0.1, base + 0.2, spot[s]);
      put(rows, at, "SPXW", FRIDAY, 5000, OptionRight.PUT, base, base + 0.05, spot[s]);
    }
    return rows;
  }

  /** A day bar dated {@code day}. */
  static Bar bar(String symbol, LocalDate day, double open, double high, double low,
      double close) {
    return Bar.builder().symbol(symbol).start(ny(day, 9, 30)).interval(Duration.ofDays(1))
        .open(open).high(high).low(low).close(close).build();
  }

  static ImportBatch batch(Map<Partition, OptionRows> options, Map<String, List<Bar>> bars) {
    return new ImportBatch(options, bars);
  }

  static Partition spx(LocalDate day) {
    return new Partition(Underlying.SPX, day);
  }
}
