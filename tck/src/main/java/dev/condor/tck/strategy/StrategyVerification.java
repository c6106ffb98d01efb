package dev.condor.tck.strategy;

import static org.junit.jupiter.api.Assertions.fail;

import dev.condor.api.Experimental;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.plugin.ProviderKind;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.strategy.DataNeeds;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyProvider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The strategy contract suite. Extend it in your strategy's tests and supply {@link
 * #providerId()}, {@link #settings()} and a {@link #scenario()} built with {@link Scenarios}; each
 * rule (named {@code required_<area>_<rule>}) then runs the strategy through the suite's own
 * deterministic loop over the scenario, with no engine: setup once, then at each moment
 * {@code manage()} for each open position and {@code scanEntry()} when the schedule allows
 * entries; an entry is booked at its limit unless the rule refuses it. Every failure message
 * starts with the rule's name and says what to look at.
 */
@Experimental(since = "0.1")
public abstract class StrategyVerification {

  /** The setting key the configuration rule adds; no strategy should know it. */
  public static final String UNKNOWN_SETTING = "tckUnknownSetting";

  private static final String NOT_A_NUMBER = "tck-not-a-number";

  /** The id the strategy's {@code StrategyProvider} registers. */
  protected abstract String providerId();

  /** The market the rules run over; it should make the strategy enter at least once. */
  protected abstract MarketScenario scenario();

  /** The settings the strategy is configured with (its defaults when empty). */
  protected Map<String, Object> settings() {
    return Map.of();
  }

  /** The secrets given to {@code create} (none by default). */
  protected Secrets secrets() {
    return Secrets.none();
  }

  /** The provider instance to verify; empty to find it through ServiceLoader by its id. */
  protected Optional<StrategyProvider<?>> provider() {
    return Optional.empty();
  }

  /**
   * How far the clock rule moves the scenario, in weeks (52 by default). Choose a shift that
   * keeps what your strategy keys on, such as a third-Friday monthly expiry, the same.
   */
  protected int shiftWeeks() {
    return 52;
  }

  /** Where the settings sit in a user's configuration, used in messages. */
  protected String settingsPath() {
    return "strategies." + providerId();
  }

  // ---------------------------------------------------------------- discovery and configuration

  @Test
  public void required_discovery_providerFoundById() {
    String rule = "required_discovery_providerFoundById";
    Assumptions.assumeTrue(provider().isEmpty(), rule + ": skipped, provider() gives the "
        + "instance to verify, so ServiceLoader is not asked");
    List<String> ids = new ArrayList<>();
    for (StrategyProvider<?> p : loadAll()) {
      if (p.id().equals(providerId())) {
        if (p.kind() != ProviderKind.STRATEGY) {
          fail(rule + ": provider " + p.id() + " reports kind " + p.kind() + ", not STRATEGY");
        }
        return;
      }
      ids.add(p.id());
    }
    fail(rule + ": ServiceLoader found no StrategyProvider with id \"" + providerId()
        + "\"; ids found: " + new TreeSet<>(ids) + ". Register the provider in module-info "
        + "(provides dev.condor.api.strategy.StrategyProvider with ...) and in "
        + "META-INF/services/dev.condor.api.strategy.StrategyProvider");
  }

  @Test
  public void required_config_unknownOrInvalidSettingNamed() {
    String rule = "required_config_unknownOrInvalidSettingNamed";
    StrategyProvider<?> p = resolve(rule);
    try {
      p.configure(Settings.of(settingsPath(), settings()));
    } catch (RuntimeException e) {
      fail(rule + ": configure(settings()) refused the suite's own settings " + settings()
          + ": " + e);
    }
    Map<String, Object> unknown = new LinkedHashMap<>(settings());
    unknown.put(UNKNOWN_SETTING, 1);
    expectNamed(rule, p, unknown, UNKNOWN_SETTING, "an unknown key");
    for (Map.Entry<String, Object> e : settings().entrySet()) {
      if (e.getValue() instanceof Number || e.getValue() instanceof Boolean) {
        Map<String, Object> invalid = new LinkedHashMap<>(settings());
        invalid.put(e.getKey(), NOT_A_NUMBER);
        expectNamed(rule, p, invalid, e.getKey(), "the value \"" + NOT_A_NUMBER + "\"");
      }
    }
  }

  private void expectNamed(String rule, StrategyProvider<?> p, Map<String, Object> values,
      String key, String what) {
    try {
      p.configure(Settings.of(settingsPath(), values));
    } catch (ConfigurationException | InvalidValueException e) {
      String named = e instanceof ConfigurationException c ? c.key() + " " + e.getMessage()
          : ((InvalidValueException) e).field() + " " + e.getMessage();
      if (!named.contains(key)) {
        fail(rule + ": configure() refused " + what + " for \"" + key + "\" without naming it: "
            + e.getMessage());
      }
      return;
    } catch (RuntimeException e) {
      fail(rule + ": configure() refused " + what + " for \"" + key + "\" with " + e
          + "; throw a ConfigurationException (or InvalidValueException) naming the key");
    }
    fail(rule + ": configure() accepted " + what + " for \"" + key + "\"; check the keys with "
        + "settings.requireOnly(KNOWN_KEYS) and read every value in configure(), not later");
  }

  // ---------------------------------------------------------------- determinism and the clock

  @Test
  public void required_determinism_sameInputsSameDecisions() {
    String rule = "required_determinism_sameInputsSameDecisions";
    Supplier<Strategy> factory = factory(rule);
    MarketScenario s = scenario();
    ScenarioRun.Result first = sound(rule, ScenarioRun.run(factory, name(), s, 0,
        ScenarioRun.Rejection.NONE, true));
    for (int run = 2; run <= 3; run++) {
      ScenarioRun.Result again = sound(rule, ScenarioRun.run(factory, name(), s, 0,
          ScenarioRun.Rejection.NONE, true));
      String diff = firstDifference(first.events, again.events);
      if (diff != null) {
        fail(rule + ": run " + run + " over the same scenario decided differently from run 1; "
            + diff + ". Look for unseeded Random, iteration over hash sets/maps of objects "
            + "without a stable order, or state kept between runs in static fields");
      }
    }
  }

  @Test
  public void required_clock_noWallClock() {
    String rule = "required_clock_noWallClock";
    StrategyProvider<?> p = resolve(rule);
    Supplier<Strategy> factory = factory(rule);
    Strategy strategy;
    try {
      strategy = factory.get();
    } catch (RuntimeException e) {
      fail(rule + ": create() threw " + e);
      return;
    }
    WallClockScan.ScanResult scan = WallClockScan.scan(List.of(p.getClass(),
        strategy.getClass()));
    if (!scan.findings().isEmpty()) {
      fail(rule + ": the strategy's classes read the wall clock: " + scan.findings()
          + "; read the time only from StrategyContext.now() (and dates from its calendar())");
    }
    if (scan.scanned().isEmpty()) {
      fail(rule + ": found no class files of " + p.getClass().getName() + " to scan: "
          + scan.unreadable());
    }
    int weeks = shiftWeeks();
    MarketScenario s = scenario();
    ScenarioRun.Result base = sound(rule, ScenarioRun.run(factory, name(), s, 0,
        ScenarioRun.Rejection.NONE, true));
    ScenarioRun.Result moved = sound(rule, ScenarioRun.run(factory, name(),
        s.shiftedByWeeks(weeks), weeks, ScenarioRun.Rejection.NONE, true));
    String diff = firstDifference(base.events, moved.events);
    if (diff != null) {
      fail(rule + ": the scenario moved " + weeks + " weeks later (dates written back) gave "
          + "different decisions; " + diff + ". A strategy must take the time from "
          + "context.now() and dates from context.calendar(), never from fixed dates or the "
          + "machine's clock (override shiftWeeks() if a third-Friday expiry must stay one)");
    }
  }

  // ---------------------------------------------------------------- rejections

  @Test
  public void required_risk_respectsRejection() {
    rejectionRule("required_risk_respectsRejection", ScenarioRun.Rejection.FIRST_BY_RISK,
        "refused by the engine's risk check");
  }

  @Test
  public void required_broker_survivesRejection() {
    rejectionRule("required_broker_survivesRejection", ScenarioRun.Rejection.FIRST_BY_BROKER,
        "rejected by the broker");
  }

  private void rejectionRule(String rule, ScenarioRun.Rejection rejection, String how) {
    Supplier<Strategy> factory = factory(rule);
    MarketScenario s = scenario();
    ScenarioRun.Result base = sound(rule, ScenarioRun.run(factory, name(), s, 0,
        ScenarioRun.Rejection.NONE, true));
    Assumptions.assumeTrue(base.entries() > 0, () -> rule + ": skipped, the strategy never "
        + "enters on scenario() (" + s + "), so there is no entry to refuse; give a scenario on "
        + "which it enters. Its last skip each day: " + base.lastSkipByDay.values());
    ScenarioRun.Result r = ScenarioRun.run(factory, name(), s, 0, rejection, true);
    if (r.failure != null) {
      fail(rule + ": after its first entry was " + how + " (not booked: positions() stays "
          + "empty, entriesToday() stays 0), " + r.failure.getMessage() + ". A strategy must "
          + "not assume its entry became a position", r.failure.getCause());
    }
    if (!r.afterRejection.isEmpty()) {
      fail(rule + ": " + r.afterRejection);
    }
    boolean baseEntersLater = false;
    for (String e : base.events) {
      if (e.contains(" enter") && moment(e) > r.rejectedAtMoment) {
        baseEntersLater = true;
      }
    }
    boolean entersLater = r.events.stream().anyMatch(e -> e.contains(" enter")
        && moment(e) > r.rejectedAtMoment);
    if (baseEntersLater && !entersLater) {
      fail(rule + ": after its first entry was " + how + " (moment m" + r.rejectedAtMoment
          + " on " + r.rejectedOn + ") the strategy never entered again, though without the "
          + "refusal it enters later; it must keep working, not latch into a stuck state."
          + " Decisions after the refusal: " + tail(r.events, r.rejectedAtMoment));
    }
  }

  // ---------------------------------------------------------------- notes and setup

  @Test
  public void required_notes_explainNoTrade() {
    String rule = "required_notes_explainNoTrade";
    ScenarioRun.Result r = ScenarioRun.run(factory(rule), name(), scenario(), 0,
        ScenarioRun.Rejection.NONE, true);
    if (r.failure != null) {
      Throwable cause = r.failure.getCause();
      if (cause instanceof InvalidValueException iv && "reason".equals(iv.field())) {
        fail(rule + ": " + r.failure.where + " at " + r.failure.at + " built a decision with a "
            + "blank reason; every skip says why there is no trade", cause);
      }
      fail(rule + ": " + r.failure.getMessage(), cause);
    }
    if (!r.blankExplanations.isEmpty()) {
      fail(rule + ": blank explanations: " + r.blankExplanations);
    }
    List<LocalDate> silent = new ArrayList<>();
    for (Map.Entry<LocalDate, Integer> e : r.scansByDay.entrySet()) {
      LocalDate day = e.getKey();
      if (r.entriesByDay.getOrDefault(day, 0) == 0 && r.notesByDay.getOrDefault(day, 0) == 0
          && r.skipsByDay.getOrDefault(day, 0) == 0) {
        silent.add(day);
      }
    }
    if (!silent.isEmpty()) {
      fail(rule + ": on " + silent + " the strategy scanned, did not enter and explained "
          + "nothing; return skip(reason) or call context.note(...)");
    }
  }

  @Test
  public void required_setup_noDataBeforeStart() {
    String rule = "required_setup_noDataBeforeStart";
    Supplier<Strategy> factory = factory(rule);
    MarketScenario s = scenario();
    DataNeeds needs;
    try {
      needs = factory.get().dataNeeds();
    } catch (RuntimeException e) {
      fail(rule + ": create() or dataNeeds() threw " + e);
      return;
    }
    Underlying decoy = decoy(needs);
    MarketScenario.Moment first = s.moments().get(0);
    OptionChain extra = Scenarios.blackScholesChain(decoy, decoy.pmRoot().orElse(
        decoy.symbol()), 100, 0.2, first.time(), List.of(first.time().toLocalDate().plusDays(7)),
        1, 10);
    ScenarioRun.Result r = ScenarioRun.run(factory, name(), s.withExtraChain(extra), 0,
        ScenarioRun.Rejection.NONE, false);
    if (r.failure != null) {
      fail(rule + ": with no market data at setup() and only its DataNeeds readable (data "
          + "outside them reads empty; it asked for " + r.outsideNeeds + "), "
          + r.failure.getMessage() + ". Read data in scanEntry()/manage(), declare every "
          + "underlying in dataNeeds(), and treat an empty Optional or array as no data",
          r.failure.getCause());
    }
  }

  // ---------------------------------------------------------------- plumbing

  private static Underlying decoy(DataNeeds needs) {
    for (Underlying u : List.of(Underlying.IWM, Underlying.QQQ, Underlying.VTI, Underlying.RUT)) {
      if (!u.equals(needs.underlying()) && !needs.otherChains().contains(u)
          && !needs.quotes().contains(u) && !needs.dailyHistory().contains(u)) {
        return u;
      }
    }
    return Underlying.VOO;
  }

  private String name() {
    return "tck-" + providerId();
  }

  private ScenarioRun.Result sound(String rule, ScenarioRun.Result r) {
    if (r.failure != null) {
      fail(rule + ": " + r.failure.getMessage(), r.failure.getCause());
    }
    return r;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static List<StrategyProvider<?>> loadAll() {
    List<StrategyProvider<?>> out = new ArrayList<>();
    for (StrategyProvider p : ServiceLoader.load(StrategyProvider.class)) {
      out.add(p);
    }
    return out;
  }

  private StrategyProvider<?> resolve(String rule) {
    Optional<StrategyProvider<?>> given = provider();
    if (given.isPresent()) {
      return given.get();
    }
    List<String> ids = new ArrayList<>();
    for (StrategyProvider<?> p : loadAll()) {
      if (p.id().equals(providerId())) {
        return p;
      }
      ids.add(p.id());
    }
    fail(rule + ": no StrategyProvider with id \"" + providerId() + "\" (found "
        + new TreeSet<>(ids) + "); see required_discovery_providerFoundById");
    return null;
  }

  private Supplier<Strategy> factory(String rule) {
    return make(resolve(rule), rule);
  }

  private <C> Supplier<Strategy> make(StrategyProvider<C> p, String rule) {
    C config;
    try {
      config = p.configure(Settings.of(settingsPath(), settings()));
    } catch (RuntimeException e) {
      fail(rule + ": configure(settings()) failed: " + e);
      return null;
    }
    Secrets secrets = secrets();
    return () -> p.create(config, secrets);
  }

  private static int moment(String event) {
    int space = event.indexOf(' ');
    if (!event.startsWith("m") || space < 0) {
      return -1;
    }
    try {
      return Integer.parseInt(event.substring(1, space));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static List<String> tail(List<String> events, int fromMoment) {
    List<String> out = new ArrayList<>();
    for (String e : events) {
      if (moment(e) >= fromMoment && out.size() < 8) {
        out.add(e);
      }
    }
    return out;
  }

  private static String firstDifference(List<String> a, List<String> b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      if (!a.get(i).equals(b.get(i))) {
        return "decision " + (i + 1) + " was\n  " + a.get(i) + "\nthen\n  " + b.get(i);
      }
    }
    if (a.size() != b.size()) {
      return "one run made " + a.size() + " decisions and notes, the other " + b.size()
          + (a.size() > n ? "; first extra: " + a.get(n) : "; first extra: " + b.get(n));
    }
    return null;
  }
}
