package dev.condor.api.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.ConfigurationException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SettingsTest {

  /** One key in the section {@code strategies.ic}, as a YAML parser would hand it over. */
  private static Settings ic(String key, Object value) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(key, value);
    return Settings.of("strategies.ic", values);
  }

  /** Asserts a configuration error on the full key, with the expectation and the value found. */
  private static ConfigurationException assertConfigError(String fullKey, String expected,
      String found, Executable call) {
    ConfigurationException e = assertThrows(ConfigurationException.class, call);
    assertEquals(fullKey, e.key());
    assertEquals("CONDOR-CONFIG", e.code());
    assertTrue(e.getMessage().contains(expected), "\"" + expected + "\" not in " + e.getMessage());
    assertTrue(e.getMessage().contains("found \"" + found + "\""),
        "found \"" + found + "\" not in " + e.getMessage());
    return e;
  }

  // ---- numbers ----

  @Test
  void numberReadsTextAndNumbers() {
    assertEquals(1.5, ic("credit", "1.5").number("credit", 0));
    assertEquals(1.5, ic("credit", " 1.5 ").number("credit", 0));
    assertEquals(1.5, ic("credit", 1.5).number("credit", 0));
    assertEquals(10.0, ic("credit", 10).number("credit", 0));
    assertEquals(10.0, ic("credit", 10L).number("credit", 0));
  }

  @Test
  void numberFallsBackToTheDefaultWhenAbsent() {
    assertEquals(0.06, ic("other", 1).number("delta", 0.06));
  }

  @Test
  void numberRejectsTextAndNonFiniteValues() {
    assertConfigError("strategies.ic.wingWidth", "expected a number", "wide",
        () -> ic("wingWidth", "wide").number("wingWidth", 10));
    assertConfigError("strategies.ic.wingWidth", "expected a finite number", "NaN",
        () -> ic("wingWidth", "NaN").number("wingWidth", 10));
    assertConfigError("strategies.ic.wingWidth", "expected a finite number", "Infinity",
        () -> ic("wingWidth", Double.POSITIVE_INFINITY).number("wingWidth", 10));
  }

  @Test
  void integerReadsWholeNumbers() {
    assertEquals(3, ic("quantity", 3).integer("quantity", 1));
    assertEquals(3, ic("quantity", "3").integer("quantity", 1));
    assertEquals(3, ic("quantity", 3.0).integer("quantity", 1));
    assertEquals(-2, ic("quantity", "-2").integer("quantity", 1));
    assertEquals(1, ic("other", 3).integer("quantity", 1));
    assertEquals(Integer.MAX_VALUE,
        ic("quantity", "2147483647").integer("quantity", 1));
  }

  @Test
  void integerRejectsFractionsAndValuesBeyondInt() {
    assertConfigError("strategies.ic.quantity", "expected a whole number", "1.5",
        () -> ic("quantity", 1.5).integer("quantity", 1));
    assertConfigError("strategies.ic.quantity", "expected a whole number", "1.5",
        () -> ic("quantity", "1.5").integer("quantity", 1));
    assertConfigError("strategies.ic.quantity", "expected a whole number", "3000000000",
        () -> ic("quantity", 3_000_000_000L).integer("quantity", 1));
    assertConfigError("strategies.ic.quantity", "expected a number", "three",
        () -> ic("quantity", "three").integer("quantity", 1));
  }

  // ---- booleans ----

  @Test
  void boolReadsTrueAndFalseInAnyCase() {
    assertTrue(ic("dryRun", true).bool("dryRun", false));
    assertTrue(ic("dryRun", "TRUE").bool("dryRun", false));
    assertFalse(ic("dryRun", " false ").bool("dryRun", true));
    assertTrue(ic("other", 1).bool("dryRun", true));
  }

  @Test
  void boolRejectsYesAndNumbers() {
    assertConfigError("strategies.ic.dryRun", "expected true or false", "yes",
        () -> ic("dryRun", "yes").bool("dryRun", false));
    assertConfigError("strategies.ic.dryRun", "expected true or false", "1",
        () -> ic("dryRun", 1).bool("dryRun", false));
  }

  // ---- durations and times ----

  @Test
  void durationReadsShortFormsAndIso8601() {
    assertEquals(Duration.ofSeconds(45), ic("poll", "45s").duration("poll", null));
    assertEquals(Duration.ofMinutes(5), ic("poll", "5m").duration("poll", null));
    assertEquals(Duration.ofMillis(250), ic("poll", "250ms").duration("poll", null));
    assertEquals(Duration.ofHours(2), ic("poll", "2h").duration("poll", null));
    assertEquals(Duration.ofDays(1), ic("poll", "1d").duration("poll", null));
    assertEquals(Duration.ofSeconds(30), ic("poll", "PT30S").duration("poll", null));
    assertEquals(Duration.ofSeconds(30), ic("poll", "pt30s").duration("poll", null));
    // 1.5 x 60 min = 90 min
    assertEquals(Duration.ofMinutes(90), ic("poll", "1.5h").duration("poll", null));
    assertEquals(Duration.ofSeconds(45), ic("poll", "45 S").duration("poll", null));
    assertEquals(Duration.ofMinutes(1), ic("other", "1s").duration("poll", Duration.ofMinutes(1)));
  }

  @Test
  void durationRejectsABareNumberOrAnUnknownUnit() {
    assertConfigError("strategies.ic.poll", "expected a duration such as 45s", "45",
        () -> ic("poll", 45).duration("poll", null));
    assertConfigError("strategies.ic.poll", "expected a duration", "5 minutes",
        () -> ic("poll", "5 minutes").duration("poll", null));
  }

  @Test
  void timeReadsHoursAndMinutesOrSeconds() {
    assertEquals(LocalTime.of(9, 36), ic("entry", "09:36").time("entry", null));
    assertEquals(LocalTime.of(15, 45), ic("entry", "15:45:00").time("entry", null));
    assertEquals(LocalTime.NOON, ic("other", "09:36").time("entry", LocalTime.NOON));
  }

  @Test
  void timeRejectsOtherShapes() {
    assertConfigError("strategies.ic.entry", "expected a time of day such as 09:36", "9:36am",
        () -> ic("entry", "9:36am").time("entry", null));
    assertConfigError("strategies.ic.entry", "expected a time of day", "25:00",
        () -> ic("entry", "25:00").time("entry", null));
  }

  // ---- text and lists ----

  @Test
  void stringTrimsAndRejectsSectionsAndLists() {
    assertEquals(Optional.of("SPX"), ic("underlying", " SPX ").string("underlying"));
    assertEquals(Optional.of("5"), ic("underlying", 5).string("underlying"));
    assertEquals("QQQ", ic("other", 1).string("underlying", "QQQ"));
    assertConfigError("strategies.ic.underlying", "expected a text value", "[SPX, SPY]",
        () -> ic("underlying", List.of("SPX", "SPY")).string("underlying"));
  }

  @Test
  void stringsReadYamlListsAndCommaSeparatedText() {
    assertEquals(List.of("VIX", "VIX1D"), ic("quotes", List.of("VIX", " VIX1D")).strings("quotes",
        List.of()));
    assertEquals(List.of("VIX", "VIX1D", "SPY"),
        ic("quotes", "VIX, VIX1D ,,SPY").strings("quotes", List.of()));
    assertEquals(List.of("x"), ic("other", 1).strings("quotes", List.of("x")));
    assertConfigError("strategies.ic.quotes", "expected a list of text values", "{a=1}",
        () -> ic("quotes", Map.of("a", 1)).strings("quotes", List.of()));
  }

  @Test
  void numbersReadYamlListsAndCommaSeparatedText() {
    assertEquals(List.of(0.06, 0.1), ic("deltas", List.of(0.06, 0.1)).numbers("deltas", null));
    assertEquals(List.of(0.06, 0.1, 16.0), ic("deltas", "0.06, 0.1,16").numbers("deltas", null));
    assertEquals(List.of(5.0), ic("deltas", 5).numbers("deltas", null));
    assertEquals(List.of(1.0), ic("other", 1).numbers("deltas", List.of(1.0)));
    assertConfigError("strategies.ic.deltas", "expected a list of numbers", "0.06, x",
        () -> ic("deltas", "0.06, x").numbers("deltas", null));
    assertConfigError("strategies.ic.deltas", "expected a list of numbers", "[0.06, NaN]",
        () -> ic("deltas", List.of(0.06, Double.NaN)).numbers("deltas", null));
  }

  @Test
  void aLongValueIsShortenedInTheMessage() {
    String longText = "x".repeat(100);
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> ic("credit", longText).number("credit", 0));
    // 57 characters and an ellipsis
    assertTrue(e.getMessage().endsWith("found \"" + "x".repeat(57) + "...\""), e.getMessage());
  }

  // ---- sections and keys ----

  @Test
  void nestedSectionsBuildTheDottedPath() {
    Map<String, Object> ic = new LinkedHashMap<>();
    ic.put("wingWidth", "wide");
    Settings root = Settings.of("", Map.of("strategies", Map.of("ic", ic)));
    Settings section = root.section("strategies").section("ic");
    assertEquals("strategies.ic", section.path());
    assertEquals("strategies.ic.wingWidth", section.fullKey("wingWidth"));
    assertConfigError("strategies.ic.wingWidth", "expected a number", "wide",
        () -> section.number("wingWidth", 10));
  }

  @Test
  void anAbsentSectionIsEmptyButKeepsItsPath() {
    Settings missing = Settings.of("strategies", Map.of()).section("ic");
    assertEquals("strategies.ic", missing.path());
    assertEquals(Set.of(), missing.keys());
    assertEquals(7, missing.integer("quantity", 7));
  }

  @Test
  void sectionRejectsAScalar() {
    assertConfigError("strategies.ic.exits", "expected a section of keys", "none",
        () -> ic("exits", "none").section("exits"));
  }

  @Test
  void rootKeysHaveNoLeadingDot() {
    Settings root = Settings.of("", Map.of("quantity", "many"));
    assertEquals("quantity", root.fullKey("quantity"));
    assertConfigError("quantity", "expected a number", "many", () -> root.integer("quantity", 1));
    assertEquals("", Settings.of(null, Map.of()).path());
  }

  @Test
  void requireOnlyNamesTheUnknownKeyAndListsTheKnownOnes() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("delta", 0.06);
    values.put("wingWidht", 10);
    Settings s = Settings.of("strategies.ic", values);
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> s.requireOnly(Set.of("wingWidth", "delta", "credit")));
    assertEquals("strategies.ic.wingWidht", e.key());
    assertEquals("[CONDOR-CONFIG] strategies.ic.wingWidht: unknown key; known keys here are "
        + "[credit, delta, wingWidth]", e.getMessage());
  }

  @Test
  void requireOnlyAcceptsASubsetOfTheKnownKeys() {
    ic("delta", 0.06).requireOnly(Set.of("delta", "credit"));
    Settings.empty("strategies.ic").requireOnly(Set.of());
  }

  @Test
  void keysKeepTheOrderWritten() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("zeta", 1);
    values.put("alpha", 2);
    values.put("mid", 3);
    Settings s = Settings.of("x", values);
    assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(s.keys()));
    assertTrue(s.has("alpha"));
    assertFalse(s.has("beta"));
  }

  @Test
  void theSettingsAreACopyOfTheMap() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("delta", 0.06);
    Settings s = Settings.of("x", values);
    values.put("delta", 0.5);
    assertEquals(0.06, s.number("delta", 0));
    assertThrows(UnsupportedOperationException.class, () -> s.asMap().put("q", 1));
  }
}
