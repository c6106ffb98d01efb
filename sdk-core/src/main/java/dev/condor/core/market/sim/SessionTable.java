package dev.condor.core.market.sim;

import dev.condor.api.calendar.TradingSession;
import dev.condor.core.calendar.NyseCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated market's clock: the trading sessions from the first simulated day to a few years
 * past the last (for expiries), each session's minute grid, and the model's business time.
 *
 * <p>Positions are packed in a {@code long}: the trading-day ordinal times {@link #STRIDE} plus the
 * minute of the session, 0 for the opening print up to {@code n} for the close. Finding the
 * position of an instant is arithmetic on precomputed epoch seconds, with no allocation.
 *
 * <p>Business time, in years, is the clock the model's variance runs on: each trading day is
 * 1/252 of a year, split into an overnight step ({@code overnightShare} of it, more over a weekend)
 * and the session's minutes, each weighted by the intraday volatility profile ({@link
 * #minuteWeights}); non-trading days take no time. Days past the last simulated day are only
 * clock, never simulated.
 */
final class SessionTable {

  /** Positions per trading day: more than any session has minutes. */
  static final long STRIDE = 1024;
  /** No position: before the first open or after the end of the simulated range. */
  static final long NONE = -1;
  /** Trading days per business year. */
  static final double DAYS_PER_YEAR = 252.0;
  /** Regular session minutes, the unit of the intraday profile. */
  static final int REGULAR_MINUTES = 390;
  private static final int YEARS_OF_EXPIRIES = 4;

  private final NyseCalendar calendar = NyseCalendar.instance();
  private final int firstEpochDay;
  private final int[] latestTradingDay;
  private final int[] epochDay;
  private final long[] openSecond;
  private final long[] closeSecond;
  private final int[] minutes;
  private final double[] overnight;
  private final double[] clockAtOpen;
  private final int simulatedDays;
  private final long rangeEndSecond;
  private final double minuteUnit;
  private final ConcurrentHashMap<Integer, double[]> weights = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Integer, double[]> cumulative = new ConcurrentHashMap<>();

  SessionTable(LocalDate firstDay, LocalDate lastDay, double overnightShare, double weekendGap) {
    LocalDate tableEnd = lastDay.plusYears(YEARS_OF_EXPIRIES);
    if (tableEnd.isAfter(NyseCalendar.LAST_DATE)) {
      tableEnd = NyseCalendar.LAST_DATE;
    }
    this.firstEpochDay = (int) firstDay.toEpochDay();
    int span = (int) (tableEnd.toEpochDay() - firstEpochDay) + 1;
    latestTradingDay = new int[span];
    int capacity = span * 5 / 7 + 8;
    int[] days = new int[capacity];
    long[] opens = new long[capacity];
    long[] closes = new long[capacity];
    int[] mins = new int[capacity];
    int count = 0;
    int simulated = 0;
    for (int offset = 0; offset < span; offset++) {
      LocalDate day = firstDay.plusDays(offset);
      Optional<TradingSession> session = calendar.session(day);
      if (session.isPresent()) {
        TradingSession s = session.get();
        days[count] = (int) day.toEpochDay();
        opens[count] = s.open().toEpochSecond();
        closes[count] = s.close().toEpochSecond();
        mins[count] = (int) ((closes[count] - opens[count]) / 60);
        if (!day.isAfter(lastDay)) {
          simulated++;
        }
        count++;
      }
      latestTradingDay[offset] = count - 1;
    }
    this.epochDay = Arrays.copyOf(days, count);
    this.openSecond = Arrays.copyOf(opens, count);
    this.closeSecond = Arrays.copyOf(closes, count);
    this.minutes = Arrays.copyOf(mins, count);
    this.simulatedDays = simulated;
    this.rangeEndSecond = ZonedDateTime.of(lastDay.plusDays(1).atStartOfDay(), NyseCalendar.ZONE)
        .toEpochSecond();
    this.minuteUnit = (1 - overnightShare) / (DAYS_PER_YEAR * REGULAR_MINUTES);
    // The weekend factor is normalised so that a year of business time stays one year.
    double weekendNights = 0;
    for (int k = 1; k < count; k++) {
      if (epochDay[k] - epochDay[k - 1] >= 3) {
        weekendNights++;
      }
    }
    double meanFactor = count > 1
        ? 1 + (weekendGap - 1) * weekendNights / (count - 1)
        : 1 + (weekendGap - 1) / 5;
    double nightUnit = overnightShare / DAYS_PER_YEAR / meanFactor;
    this.overnight = new double[count];
    this.clockAtOpen = new double[count];
    double clock = 0;
    for (int k = 0; k < count; k++) {
      boolean weekend = k == 0
          ? false
          : epochDay[k] - epochDay[k - 1] >= 3;
      overnight[k] = nightUnit * (weekend ? weekendGap : 1);
      clock += overnight[k];
      clockAtOpen[k] = clock;
      clock += minuteUnit * minutes[k];
    }
  }

  /** Trading days in the simulated range (day ordinals 0 to this, exclusive). */
  int simulatedDays() {
    return simulatedDays;
  }

  /** Trading days the table knows, simulated or not. */
  int knownDays() {
    return epochDay.length;
  }

  int epochDay(int day) {
    return epochDay[day];
  }

  LocalDate date(int day) {
    return LocalDate.ofEpochDay(epochDay[day]);
  }

  long openSecond(int day) {
    return openSecond[day];
  }

  long closeSecond(int day) {
    return closeSecond[day];
  }

  /** Minutes in a session: 390, or 210 on an early close. */
  int minutes(int day) {
    return minutes[day];
  }

  /** The business-time length of the overnight step before a session opens. */
  double overnight(int day) {
    return overnight[day];
  }

  /** Business time of one average-weighted regular minute. */
  double minuteUnit() {
    return minuteUnit;
  }

  /** The position of an instant, or {@link #NONE} outside the simulated range. */
  long locate(Instant at) {
    return locate(at.getEpochSecond());
  }

  long locate(long second) {
    if (simulatedDays == 0 || second < openSecond[0] || second >= rangeEndSecond) {
      return NONE;
    }
    int offset = (int) (Math.floorDiv(second, 86_400L) - firstEpochDay);
    if (offset < 0) {
      return NONE;
    }
    if (offset >= latestTradingDay.length) {
      offset = latestTradingDay.length - 1;
    }
    int day = latestTradingDay[offset];
    if (day >= 0 && second < openSecond[day]) {
      day--;
    }
    if (day < 0) {
      return NONE;
    }
    if (day >= simulatedDays) {
      day = simulatedDays - 1;
    }
    if (second >= closeSecond[day]) {
      return pack(day, minutes[day]);
    }
    return pack(day, (int) ((second - openSecond[day]) / 60));
  }

  static long pack(int day, int minute) {
    return day * STRIDE + minute;
  }

  static int dayOf(long position) {
    return (int) (position / STRIDE);
  }

  static int minuteOf(long position) {
    return (int) (position % STRIDE);
  }

  /** The instant of a position: the open plus its minutes. */
  long secondOf(long position) {
    return openSecond[dayOf(position)] + 60L * minuteOf(position);
  }

  /** The trading-day ordinal of a date, or -1 if the exchange is closed or it is out of range. */
  int dayOf(LocalDate date) {
    long offset = date.toEpochDay() - firstEpochDay;
    if (offset < 0 || offset >= latestTradingDay.length) {
      return -1;
    }
    int day = latestTradingDay[(int) offset];
    return day >= 0 && epochDay[day] == date.toEpochDay() ? day : -1;
  }

  /** The last trading day on or before a date within the table, or -1. */
  int latestDayOnOrBefore(LocalDate date) {
    long offset = date.toEpochDay() - firstEpochDay;
    if (offset < 0) {
      return -1;
    }
    if (offset >= latestTradingDay.length) {
      offset = latestTradingDay.length - 1;
    }
    return latestTradingDay[(int) offset];
  }

  /** The last day of the table (expiries beyond it are not priced). */
  LocalDate lastKnownDate() {
    return LocalDate.ofEpochDay(firstEpochDay + latestTradingDay.length - 1);
  }

  /** Business time at a position. */
  double clock(long position) {
    int day = dayOf(position);
    return clock(day, minuteOf(position));
  }

  double clock(int day, int minute) {
    return clockAtOpen[day] + minuteUnit * cumulativeWeights(minutes[day])[minute];
  }

  /** Business time at the open of a day, after its overnight step. */
  double clockAtOpen(int day) {
    return clockAtOpen[day];
  }

  /** Business time at the close of a day. */
  double clockAtClose(int day) {
    return clockAtOpen[day] + minuteUnit * minutes[day];
  }

  /**
   * The weights of a session's minutes: U-shaped (the open three times as volatile as midday, the
   * last minutes more than that), mean 1 over the session, compressed into shorter sessions.
   */
  double[] minuteWeights(int sessionMinutes) {
    return weights.computeIfAbsent(sessionMinutes, SessionTable::profile);
  }

  /** Running sums of the weights: element {@code i} is the weight of minutes before {@code i}. */
  double[] cumulativeWeights(int sessionMinutes) {
    return cumulative.computeIfAbsent(sessionMinutes, n -> {
      double[] w = minuteWeights(n);
      double[] sums = new double[n + 1];
      for (int i = 0; i < n; i++) {
        sums[i + 1] = sums[i] + w[i];
      }
      sums[n] = n;
      return sums;
    });
  }

  /**
   * The intraday profile: {@code 0.560 + 2.546 e^(-x/0.1607) + 3.267 e^(-(1-x)/0.00979)} at each
   * minute's midpoint {@code x} (the session fraction), fitted to the variance of 5-minute ^GSPC
   * returns by time of day (May-Aug 2026), normalised to mean 1.
   */
  private static double[] profile(int n) {
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double x = (i + 0.5) / n;
      w[i] = 0.560 + 2.546 * StrictMath.exp(-x / 0.1607)
          + 3.267 * StrictMath.exp(-(1 - x) / 0.00979);
      sum += w[i];
    }
    for (int i = 0; i < n; i++) {
      w[i] = w[i] * n / sum;
    }
    return w;
  }
}
