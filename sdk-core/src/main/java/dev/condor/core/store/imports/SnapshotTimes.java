package dev.condor.core.store.imports;

import dev.condor.api.calendar.TradingSession;
import dev.condor.core.calendar.NyseCalendar;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free-text date lines as web pages print them in many locales, and the rule that turns the time a
 * chain was downloaded into the market time it shows.
 */
final class SnapshotTimes {

  private SnapshotTimes() {}

  private static final Pattern OFFSET =
      Pattern.compile("\\b(?:utc|gmt)\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?");
  private static final Pattern UTC = Pattern.compile("\\b(?:utc|gmt|z)\\b");
  private static final Pattern ABBREVIATION =
      Pattern.compile("\\b(edt|est|et|cdt|cst|ct|mdt|mst|pdt|pst|bst|cet|cest)\\b");
  private static final Pattern TIME = Pattern.compile(
      "(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("(\\d{1,2})([/.])(\\d{1,2})[/.](\\d{4})");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private static final Map<String, ZoneId> ZONES = Map.ofEntries(
      Map.entry("edt", NyseCalendar.ZONE), Map.entry("est", NyseCalendar.ZONE),
      Map.entry("et", NyseCalendar.ZONE), Map.entry("cdt", ZoneId.of("America/Chicago")),
      Map.entry("cst", ZoneId.of("America/Chicago")), Map.entry("ct", ZoneId.of("America/Chicago")),
      Map.entry("mdt", ZoneId.of("America/Denver")), Map.entry("mst", ZoneId.of("America/Denver")),
      Map.entry("pdt", ZoneId.of("America/Los_Angeles")),
      Map.entry("pst", ZoneId.of("America/Los_Angeles")),
      Map.entry("bst", ZoneId.of("Europe/London")), Map.entry("cet", ZoneId.of("Europe/Paris")),
      Map.entry("cest", ZoneId.of("Europe/Paris")));

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] names = {
        // English, with abbreviations
        {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
        {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
        {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
    String[][] others = {
        // Spanish, French, German, Italian, Portuguese
        {"enero", "ene", "janvier", "januar", "gennaio", "janeiro"},
        {"febrero", "février", "fevrier", "februar", "febbraio", "fevereiro", "fev"},
        {"marzo", "mars", "märz", "marz", "março", "marco"},
        {"abril", "abr", "avril", "aprile"},
        {"mayo", "mai", "maggio", "maio"},
        {"junio", "juin", "juni", "giugno", "junho"},
        {"julio", "juillet", "juli", "luglio", "julho"},
        {"agosto", "ago", "août", "aout"},
        {"septiembre", "setiembre", "septembre", "settembre", "setembro", "set"},
        {"octubre", "octobre", "oktober", "ottobre", "outubro", "okt", "out"},
        {"noviembre", "novembre", "novembro"},
        {"diciembre", "dic", "décembre", "decembre", "dezember", "dicembre", "dezembro", "dez"}};
    for (int m = 0; m < 12; m++) {
      for (String n : names[m]) {
        MONTHS.put(n, m + 1);
      }
      for (String n : others[m]) {
        MONTHS.putIfAbsent(n, m + 1);
      }
    }
  }

  /**
   * Reads a free-text date and time such as {@code 26 May 2023, 5:18 PM EDT}, {@code March 22,
   * 2024 at 9:40 PM EDT}, {@code 14 April 2023, 19:12 UTC−4} or {@code 14 de julio de 2026 a las
   * 17:50 GMT-4}. Without a zone the time is New York's; without a time it is the end of the day.
   *
   * @throws BadValue saying what could not be read
   */
  static ZonedDateTime parse(String text) {
    String s = text.toLowerCase(Locale.ROOT).replace('\u2212', '-').replace('\u2013', '-')
        .replace('\u00a0', ' ');
    ZoneId zone = NyseCalendar.ZONE;
    Matcher m = OFFSET.matcher(s);
    if (m.find()) {
      int hours = Integer.parseInt(m.group(2));
      int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      int sign = m.group(1).equals("-") ? -1 : 1;
      try {
        zone = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
      } catch (DateTimeException e) {
        throw new BadValue("the zone \"" + m.group() + "\" is not a UTC offset");
      }
      s = cut(s, m);
    } else if ((m = ABBREVIATION.matcher(s)).find()) {
      zone = ZONES.get(m.group(1));
      s = cut(s, m);
    } else if ((m = UTC.matcher(s)).find()) {
      zone = ZoneOffset.UTC;
      s = cut(s, m);
    }
    LocalTime time = LocalTime.of(23, 59);
    m = TIME.matcher(s);
    if (m.find()) {
      int hour = Integer.parseInt(m.group(1));
      int minute = Integer.parseInt(m.group(2));
      int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      String ampm = m.group(4);
      if (ampm != null) {
        if (hour < 1 || hour > 12) {
          throw new BadValue("the time \"" + m.group().trim() + "\" has an hour outside 1-12");
        }
        boolean pm = ampm.charAt(0) == 'p';
        hour = hour % 12 + (pm ? 12 : 0);
      }
      try {
        time = LocalTime.of(hour, minute, second);
      } catch (DateTimeException e) {
        throw new BadValue("the time \"" + m.group().trim() + "\" is not a time of day");
      }
      s = cut(s, m);
    }
    return ZonedDateTime.of(date(s), time, zone);
  }

  private static LocalDate date(String s) {
    try {
      Matcher m = ISO_DATE.matcher(s);
      if (m.find()) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      }
      m = NUMERIC_DATE.matcher(s);
      if (m.find()) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        boolean dayFirst = m.group(2).equals(".") || a > 12;
        return dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
      }
      Integer month = null;
      m = WORD.matcher(s);
      while (m.find() && month == null) {
        month = MONTHS.get(m.group());
      }
      if (month == null) {
        throw new BadValue("no month name or numeric date");
      }
      List<String> numbers = new ArrayList<>();
      m = NUMBER.matcher(s);
      while (m.find()) {
        numbers.add(m.group());
      }
      if (numbers.stream().noneMatch(n -> n.length() == 4)) {
        throw new BadValue("no four-digit year");
      }
      String year = null;
      String day = null;
      for (String n : numbers) {
        if (n.length() == 4 && year == null) {
          year = n;
        } else if (n.length() <= 2 && day == null) {
          day = n;
        } else {
          throw new BadValue("an unexpected number " + n);
        }
      }
      if (day == null) {
        throw new BadValue("no day of the month");
      }
      return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
    } catch (DateTimeException e) {
      throw new BadValue("not a calendar date (" + e.getMessage() + ")");
    }
  }

  private static String cut(String s, Matcher m) {
    return s.substring(0, m.start()) + " " + s.substring(m.end());
  }

  /**
   * The market time a download shows: the time itself during a session, else the close of the
   * latest session at or before it (after the close, before the open, on a weekend or holiday).
   */
  static ZonedDateTime marketTime(ZonedDateTime downloaded, NyseCalendar calendar) {
    ZonedDateTime ny = downloaded.withZoneSameInstant(NyseCalendar.ZONE);
    LocalDate day = ny.toLocalDate();
    Optional<TradingSession> session = calendar.session(day);
    if (session.isPresent()) {
      if (!ny.isBefore(session.get().open()) && !ny.isAfter(session.get().close())) {
        return ny;
      }
      if (ny.isAfter(session.get().close())) {
        return session.get().close();
      }
    }
    return calendar.session(calendar.previousTradingDay(day)).orElseThrow().close();
  }
}
