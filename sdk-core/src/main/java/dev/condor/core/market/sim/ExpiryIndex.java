package dev.condor.core.market.sim;

import dev.condor.api.calendar.Expiry;
import dev.condor.api.instrument.Underlying;
import dev.condor.core.calendar.NyseCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calendar's option expiries, cached by underlying and year, so that pricing one option or
 * listing a chain does not recompute the listing rules.
 */
final class ExpiryIndex {

  private final NyseCalendar calendar;
  private final ConcurrentHashMap<String, List<Expiry>> byYear = new ConcurrentHashMap<>();

  ExpiryIndex(NyseCalendar calendar) {
    this.calendar = calendar;
  }

  /** The expiries between two dates inclusive, in the calendar's order. */
  List<Expiry> between(Underlying underlying, LocalDate from, LocalDate to) {
    List<Expiry> out = new ArrayList<>();
    if (from.isAfter(to)) {
      return out;
    }
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      for (Expiry e : year(underlying, year)) {
        if (!e.date().isBefore(from) && !e.date().isAfter(to)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /** The expiry of a root on a date, if the calendar lists it. */
  Optional<Expiry> find(Underlying underlying, LocalDate date, String root) {
    for (Expiry e : year(underlying, date.getYear())) {
      if (e.date().equals(date) && e.root().equals(root)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private List<Expiry> year(Underlying underlying, int year) {
    if (year < NyseCalendar.FIRST_DATE.getYear() || year > NyseCalendar.LAST_DATE.getYear()) {
      return List.of();
    }
    return byYear.computeIfAbsent(underlying.symbol() + year, key -> calendar.expiries(underlying,
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
  }
}
