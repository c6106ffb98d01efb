package dev.condor.core.calendar;

import dev.condor.api.Experimental;
import dev.condor.api.calendar.Expiry;
import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.calendar.TradingSession;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.Underlying;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The NYSE/Cboe trading calendar from 1990 to 2035 in New York time: regular holidays by rule,
 * special closures and early closes as data, and the option expiries of SPX, NDX and the ETFs.
 *
 * <p>Sessions run 09:30-16:00 (index options to 16:15) and close early at 13:00 (13:15) on the
 * days around Thanksgiving, Christmas and Independence Day; 1990-1992 early closes were at 14:00.
 * Dates outside 1990-01-01..2035-12-31 are rejected with an {@link InvalidValueException} rather
 * than guessed. The calendar is immutable and thread-safe; each year's table of sessions is built
 * on first use, after which {@link #isTradingDay} is an array lookup that allocates nothing.
 */
@Experimental(since = "0.1")
public final class NyseCalendar implements TradingCalendar {

  /** The exchange's time zone. */
  public static final ZoneId ZONE = ZoneId.of("America/New_York");
  /** The first date the calendar covers. */
  public static final LocalDate FIRST_DATE = LocalDate.of(1990, 1, 1);
  /** The last date the calendar covers. */
  public static final LocalDate LAST_DATE = LocalDate.of(2035, 12, 31);

  static final LocalTime OPEN = LocalTime.of(9, 30);
  static final LocalTime REGULAR_CLOSE = LocalTime.of(16, 0);
  /** How long index options (SPX, NDX, XSP) trade after the equity close. */
  static final Duration INDEX_OPTIONS_EXTENSION = Duration.ofMinutes(15);

  private static final int FIRST_YEAR = FIRST_DATE.getYear();
  private static final int LAST_YEAR = LAST_DATE.getYear();
  private static final short REGULAR_CLOSE_MINUTE = (short) (REGULAR_CLOSE.toSecondOfDay() / 60);
  private static final String RANGE_RULE =
      "must be within " + FIRST_DATE + ".." + LAST_DATE + ", the range the NYSE calendar covers";

  private static final NyseCalendar INSTANCE = new NyseCalendar(Set.of());

  private final Set<LocalDate> extraClosures;
  private final AtomicReferenceArray<YearTable> years =
      new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

  private NyseCalendar(Set<LocalDate> extraClosures) {
    this.extraClosures = extraClosures;
  }

  /** The calendar as the exchange published it. */
  public static NyseCalendar instance() {
    return INSTANCE;
  }

  /**
   * The calendar with more full-day closures than it knows, e.g. a day of mourning announced
   * after this release; expiries on those days move as they do for holidays.
   */
  public static NyseCalendar withExtraClosures(Collection<LocalDate> closures) {
    if (closures == null) {
      throw new InvalidValueException("closures", null, "is required (may be empty)");
    }
    SortedSet<LocalDate> copy = new TreeSet<>();
    for (LocalDate day : closures) {
      checkYear("closures", day);
      copy.add(day);
    }
    return copy.isEmpty() ? INSTANCE : new NyseCalendar(Collections.unmodifiableSortedSet(copy));
  }

  @Override
  public ZoneId zone() {
    return ZONE;
  }

  @Override
  public boolean isTradingDay(LocalDate date) {
    return table(checkYear("date", date)).closeMinute[date.getDayOfYear()] != 0;
  }

  @Override
  public Optional<TradingSession> session(LocalDate date) {
    int closeMinute = table(checkYear("date", date)).closeMinute[date.getDayOfYear()];
    if (closeMinute == 0) {
      return Optional.empty();
    }
    ZonedDateTime close = ZonedDateTime.of(date, LocalTime.of(closeMinute / 60, closeMinute % 60),
        ZONE);
    return Optional.of(TradingSession.builder()
        .date(date)
        .open(ZonedDateTime.of(date, OPEN, ZONE))
        .close(close)
        .indexOptionsClose(close.plus(INDEX_OPTIONS_EXTENSION))
        .earlyClose(closeMinute != REGULAR_CLOSE_MINUTE)
        .build());
  }

  @Override
  public LocalDate nextTradingDay(LocalDate date) {
    checkYear("date", date);
    for (LocalDate day = date.plusDays(1); !day.isAfter(LAST_DATE); day = day.plusDays(1)) {
      if (isOpen(day)) {
        return day;
      }
    }
    throw new InvalidValueException("date", date,
        "has no trading day after it up to " + LAST_DATE + ", the end of the NYSE calendar");
  }

  @Override
  public LocalDate previousTradingDay(LocalDate date) {
    checkYear("date", date);
    for (LocalDate day = date.minusDays(1); !day.isBefore(FIRST_DATE); day = day.minusDays(1)) {
      if (isOpen(day)) {
        return day;
      }
    }
    throw new InvalidValueException("date", date,
        "has no trading day before it from " + FIRST_DATE + ", the start of the NYSE calendar");
  }

  @Override
  public int tradingDaysBetween(LocalDate from, LocalDate to) {
    checkYear("from", from);
    checkYear("to", to);
    return tradingDaysThrough(to) - tradingDaysThrough(from);
  }

  @Override
  public List<Expiry> expiries(Underlying underlying, LocalDate from, LocalDate to) {
    if (underlying == null) {
      throw new InvalidValueException("underlying", null, "is required");
    }
    checkYear("from", from);
    checkYear("to", to);
    return ExpiryRules.expiries(this, underlying, from, to);
  }

  /** Whether the exchange trades on a date already known to be within the calendar's range. */
  boolean isOpen(LocalDate date) {
    return table(date.getYear()).closeMinute[date.getDayOfYear()] != 0;
  }

  /** The number of trading days from {@link #FIRST_DATE} up to and including {@code date}. */
  private int tradingDaysThrough(LocalDate date) {
    YearTable year = table(date.getYear());
    return year.tradingDaysBefore + year.tradingDaysThrough[date.getDayOfYear()];
  }

  private static int checkYear(String field, LocalDate date) {
    if (date == null) {
      throw new InvalidValueException(field, null, "is required");
    }
    int year = date.getYear();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidValueException(field, date, RANGE_RULE);
    }
    return year;
  }

  private YearTable table(int year) {
    int index = year - FIRST_YEAR;
    YearTable table = years.get(index);
    if (table == null) {
      // Racing threads build equal tables; whichever lands first is kept.
      years.compareAndSet(index, null, buildTable(year));
      table = years.get(index);
    }
    return table;
  }

  private YearTable buildTable(int year) {
    int before = 0;
    if (year > FIRST_YEAR) {
      YearTable previous = table(year - 1);
      before = previous.tradingDaysBefore + previous.tradingDaysThrough[previous.length];
    }
    int length = LocalDate.ofYearDay(year, 1).lengthOfYear();
    boolean[] closed = new boolean[length + 1];
    for (NyseHoliday holiday : NyseHoliday.values()) {
      holiday.observedIn(year).ifPresent(day -> closed[day.getDayOfYear()] = true);
    }
    for (LocalDate day : NyseSpecialDays.CLOSURES.keySet()) {
      if (day.getYear() == year) {
        closed[day.getDayOfYear()] = true;
      }
    }
    for (LocalDate day : extraClosures) {
      if (day.getYear() == year) {
        closed[day.getDayOfYear()] = true;
      }
    }
    short[] closeMinute = new short[length + 1];
    int[] through = new int[length + 1];
    int count = 0;
    for (int dayOfYear = 1; dayOfYear <= length; dayOfYear++) {
      LocalDate day = LocalDate.ofYearDay(year, dayOfYear);
      DayOfWeek weekday = day.getDayOfWeek();
      boolean open = !closed[dayOfYear]
          && weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
      if (open) {
        LocalTime early = NyseEarlyCloses.earlyCloseOn(day);
        closeMinute[dayOfYear] =
            early == null ? REGULAR_CLOSE_MINUTE : (short) (early.toSecondOfDay() / 60);
        count++;
      }
      through[dayOfYear] = count;
    }
    return new YearTable(length, closeMinute, through, before);
  }

  @Override
  public String toString() {
    return extraClosures.isEmpty()
        ? "NyseCalendar[" + FIRST_DATE + ".." + LAST_DATE + "]"
        : "NyseCalendar[" + FIRST_DATE + ".." + LAST_DATE + ", extra closures " + extraClosures
            + "]";
  }

  /**
   * One year of sessions, indexed by day of year (1-based; index 0 unused): the close in minutes
   * after midnight (0 when the exchange is closed) and the running count of trading days.
   */
  private static final class YearTable {
    final int length;
    final short[] closeMinute;
    final int[] tradingDaysThrough;
    final int tradingDaysBefore;

    YearTable(int length, short[] closeMinute, int[] tradingDaysThrough, int tradingDaysBefore) {
      this.length = length;
      this.closeMinute = closeMinute;
      this.tradingDaysThrough = tradingDaysThrough;
      this.tradingDaysBefore = tradingDaysBefore;
    }
  }
}
