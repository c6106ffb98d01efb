package dev.condor.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.condor.api.calendar.Expiry;
import dev.condor.api.instrument.Underlying;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the expiry rules against real option chains kept outside the project (Cboe delayed
 * quotes, a yfinance SPX chain, SPXW and VIX end-of-day files): every listed expiry is one the
 * rules know, and in the first week of a chain, where every expiry is already listed, the rules
 * list no more than the chain does.
 */
class OptionChainExpiriesTest {

  private static final NyseCalendar CALENDAR = NyseCalendar.instance();
  private static final DateTimeFormatter CBOE_DATE =
      DateTimeFormatter.ofPattern("EEE MMM dd yyyy", Locale.US);
  private static final Pattern ROOT = Pattern.compile("^([A-Z]+)\\d");

  @TestFactory
  Stream<DynamicTest> cboeChainExpiriesAreTheOnesTheRulesList() throws IOException {
    Path dir = SharedMarketData.root().resolve("option_chains");
    assumeTrue(Files.isDirectory(dir),
        "the option-chain answer key is absent: " + dir + " (it lives outside the project)");
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing
          .filter(f -> f.getFileName().toString().matches("[A-Z]+_chain_.*cboe.*\\.csv"))
          .sorted()
          .toList();
    }
    assertTrue(files.size() >= 15, "Cboe chain files found: " + files.size());
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> {
          String symbol = file.getFileName().toString().split("_")[0];
          Set<String> listed = new TreeSet<>();
          for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cells = line.split(",", 3);
            if (cells.length < 2) {
              continue;
            }
            Matcher root = ROOT.matcher(cells[1]);
            LocalDate date = parseCboeDate(cells[0]);
            if (date != null && root.find()) {
              listed.add(date + " " + root.group(1));
            }
          }
          assertListedByTheRules(Underlying.of(symbol), listed);
        }));
  }

  @Test
  void yfinanceFullSpxChainExpiriesAreTheOnesTheRulesList() throws IOException {
    Path file = SharedMarketData.require(
        "option_chains/SPX_full_chain_2026-01-30_close_yfinance.csv");
    Set<String> listed = new TreeSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Matcher root = ROOT.matcher(line);
      if (root.find()) {
        String expiration = line.substring(line.lastIndexOf(',') + 1).trim();
        listed.add(expiration + " " + root.group(1));
      }
    }
    assertEquals(59, listed.size());
    assertListedByTheRules(Underlying.SPX, listed);
  }

  @Test
  void spxwEndOfMonthExpiriesOf2018AreListedAndTheirQuoteDatesTrade() throws IOException {
    Path file = SharedMarketData.require(
        "option_chains/SPXW_eom_expiries_eod_2018-01-02_to_2018-02-28_optopsy.csv");
    DateTimeFormatter us = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    Set<LocalDate> expirations = new TreeSet<>();
    Set<LocalDate> quoteDates = new TreeSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] cells = line.split(",");
      if (cells[0].equals("SPXW")) {
        expirations.add(LocalDate.parse(cells[6], us));
        quoteDates.add(LocalDate.parse(cells[7], us));
      }
    }
    Set<LocalDate> ours = CALENDAR.expiries(Underlying.SPX, LocalDate.of(2018, 1, 1),
            LocalDate.of(2018, 2, 28)).stream()
        .filter(e -> e.root().equals("SPXW"))
        .map(Expiry::date)
        .collect(Collectors.toSet());
    assertEquals(Set.of(LocalDate.of(2018, 1, 31), LocalDate.of(2018, 2, 28)), expirations);
    assertTrue(ours.containsAll(expirations), "SPXW listed: " + ours);
    assertEquals(40, quoteDates.size());
    assertTrue(quoteDates.stream().allMatch(CALENDAR::isTradingDay));
  }

  @Test
  void vixMonthliesOf2016AreListedInTheCboeEndOfDayFile() throws IOException {
    Path file = SharedMarketData.require(
        "option_chains/VIX_options_eod_2016-06-01_cboe_datashop_EODQuotes_format.csv");
    Set<LocalDate> vixExpirations = new TreeSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] cells = line.split(",");
      if (cells.length > 3 && cells[2].equals("VIX")) {
        vixExpirations.add(LocalDate.parse(cells[3]));
      }
    }
    List<LocalDate> ours = CALENDAR.expiries(Underlying.VIX, LocalDate.of(2016, 6, 1),
        LocalDate.of(2016, 11, 30)).stream().map(Expiry::date).toList();
    assertEquals(6, ours.size());
    assertTrue(vixExpirations.containsAll(ours), "VIX listed " + vixExpirations + ", ours " + ours);
  }

  /**
   * Every listed "date root" is an expiry of the rules, and in the chain's first week the rules
   * list exactly what the chain lists.
   */
  private static void assertListedByTheRules(Underlying underlying, Set<String> listed) {
    assertTrue(!listed.isEmpty(), "no expiries parsed");
    LocalDate first = LocalDate.parse(((TreeSet<String>) listed).first().substring(0, 10));
    LocalDate last = LocalDate.parse(((TreeSet<String>) listed).last().substring(0, 10));
    Set<String> ours = CALENDAR.expiries(underlying, first, last).stream()
        .map(e -> e.date() + " " + e.root())
        .collect(Collectors.toCollection(TreeSet::new));

    Set<String> unknown = new TreeSet<>(listed);
    unknown.removeAll(ours);
    assertTrue(unknown.isEmpty(), "listed but not in the rules: " + unknown);

    LocalDate weekEnd = first.plusDays(6);
    Set<String> ourFirstWeek = ours.stream()
        .filter(key -> !LocalDate.parse(key.substring(0, 10)).isAfter(weekEnd))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> listedFirstWeek = listed.stream()
        .filter(key -> !LocalDate.parse(key.substring(0, 10)).isAfter(weekEnd))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(listedFirstWeek, ourFirstWeek, "expiries of the chain's first week");
  }

  private static LocalDate parseCboeDate(String cell) {
    try {
      return LocalDate.parse(cell.trim(), CBOE_DATE);
    } catch (DateTimeParseException notAnExpiryRow) {
      return null;
    }
  }
}
