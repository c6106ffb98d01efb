package dev.condor.tck.data;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.condor.api.Experimental;
import dev.condor.api.data.HistoricalData;
import dev.condor.api.data.HistoricalDataProvider;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.DataException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.ProviderKind;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.tck.internal.OutputCapture;
import dev.condor.tck.internal.SecretWatch;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The market-data suite for {@link HistoricalData} plugins: extend it in the plugin's own tests,
 * supply the plugin and a {@link DataVenueSimulation}, and every rule of the historical-data
 * contract runs against a WireMock venue. Each test is named after its rule ({@code
 * required_pagination_allPagesOnce}); each failure message starts with that name and says what to
 * look at. A capability the plugin does not declare, or a scenario its simulation does not model,
 * is an explained skip.
 *
 * <p>Per test the suite starts a WireMock server on a free port, asks {@link #venue()} to register
 * the scenario's stubs on it, makes the plugin (found by {@link #providerId()} through {@link
 * ServiceLoader}, or the instance {@link #provider()} returns) configured with {@link
 * #settings(String)} and {@link #secrets()}, drives it, and stops the server. After every test it
 * checks that no secret value appeared in any exception or {@code toString()} the plugin produced,
 * nor in the URL of any request the venue received.
 */
@Experimental(since = "0.1")
public abstract class HistoricalDataVerification {

  /** The longest the suite waits for any one call. */
  private static final Duration CALL_LIMIT = Duration.ofSeconds(30);

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");


  private WireMockServer server;
  private WireMock wireMock;
  private final List<HistoricalData> services = new ArrayList<>();
  private final List<Object> seen = new ArrayList<>();
  private HistoricalDataProvider<?> providerUnderTest;

  // ---------------------------------------------------------------------------------------------
  // What the plugin author supplies
  // ---------------------------------------------------------------------------------------------

  /** The provider id the plugin registers with ServiceLoader. */
  protected abstract String providerId();

  /**
   * Settings that point the plugin at the simulated venue ({@code baseUrl} in every base-URL key)
   * with a request timeout well under {@link #stall()} (3 s), and a rate limit, if the plugin
   * paces itself, that lets the suite's few requests through at once.
   */
  protected abstract Map<String, Object> settings(String baseUrl);

  /** Fake secrets the plugin needs (may be empty); the suite checks none of them ever leaks. */
  protected abstract Map<String, String> secrets();

  /** The venue simulation. */
  protected abstract DataVenueSimulation venue();

  // ---------------------------------------------------------------------------------------------
  // Optional hooks
  // ---------------------------------------------------------------------------------------------

  /**
   * The provider instance to verify instead of the one ServiceLoader finds by {@link
   * #providerId()}; empty by default. Overriding it skips the ServiceLoader discovery rule.
   */
  protected Optional<HistoricalDataProvider<?>> provider() {
    return Optional.empty();
  }

  /** The underlying whose bars the suite asks for; SPY by default. */
  protected Underlying underlying() {
    return Underlying.SPY;
  }

  /** How long the simulation stalls a request: longer than the plugin's request timeout. */
  protected Duration stall() {
    return Duration.ofSeconds(3);
  }

  /** The {@code Retry-After} the simulation answers a rate-limited request with. */
  protected Duration retryAfter() {
    return Duration.ofSeconds(2);
  }

  /** The settings section path the plugin's settings sit under, for messages. */
  protected String settingsPath() {
    return "data." + providerId();
  }

  /**
   * Daily bars the venue serves: {@code n} consecutive weekdays from Monday 2026-03-02, each
   * starting at midnight New York (the session day), with distinct prices and volumes.
   */
  protected List<TestBar> dailyTestBars(int n) {
    List<TestBar> bars = new ArrayList<>();
    LocalDate day = LocalDate.of(2026, 3, 2);
    for (int i = 0; i < n; i++) {
      while (day.getDayOfWeek().getValue() > 5) {
        day = day.plusDays(1);
      }
      double open = 580.25 + i;
      bars.add(new TestBar(day.atStartOfDay(NEW_YORK).toInstant(), open, open + 2.5, open - 1.75,
          open + 0.5, 1_000_000L + 1_111L * i));
      day = day.plusDays(1);
    }
    return bars;
  }

  /** One-minute bars from 09:30 New York on 2026-03-04. */
  protected List<TestBar> minuteTestBars(int n) {
    List<TestBar> bars = new ArrayList<>();
    Instant start = LocalDate.of(2026, 3, 4).atTime(LocalTime.of(9, 30)).atZone(NEW_YORK)
        .toInstant();
    for (int i = 0; i < n; i++) {
      double open = 581.10 + 0.05 * i;
      bars.add(new TestBar(start.plusSeconds(60L * i), open, open + 0.2, open - 0.15, open + 0.1,
          10_000L + i));
    }
    return bars;
  }

  /** Contracts the venue lists: five SPY options expiring 2026-03-20. */
  protected List<OptionContract> testContracts() {
    LocalDate expiry = LocalDate.of(2026, 3, 20);
    return List.of(OptionContract.of("SPY", expiry, 570, OptionRight.PUT),
        OptionContract.of("SPY", expiry, 575, OptionRight.PUT),
        OptionContract.of("SPY", expiry, 580, OptionRight.CALL),
        OptionContract.of("SPY", expiry, 585, OptionRight.CALL),
        OptionContract.of("SPY", expiry, 590.5, OptionRight.CALL));
  }

  // ---------------------------------------------------------------------------------------------
  // The simulated venue, per test
  // ---------------------------------------------------------------------------------------------

  /** Starts this test's WireMock venue on a free port. */
  @BeforeEach
  public final void startSimulatedVenue() {
    server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
    wireMock = new WireMock(server);
    venue().session(wireMock);
  }

  /** Closes the services made, checks nothing leaked a secret, and stops the venue. */
  @AfterEach
  public final void stopSimulatedVenue() {
    try {
      for (HistoricalData data : services) {
        seen.add(data);
        try {
          data.close();
        } catch (RuntimeException e) {
          seen.add(e);
          throw new AssertionError("required_lifecycle_closeNeverThrows: HistoricalData.close() "
              + "threw " + e + "; close must release connections and threads without throwing", e);
        }
      }
      if (providerUnderTest != null) {
        seen.add(providerUnderTest);
      }
      watch().assertAbsent(seen, "in what the plugin produced during this rule");
      assertNoSecretInUrls(SecretWatch.RULE);
    } finally {
      services.clear();
      seen.clear();
      if (server != null) {
        server.stop();
      }
    }
  }

  /** The WireMock client bound to this test's venue. */
  protected final WireMock wireMock() {
    return wireMock;
  }

  /** The base URL of this test's venue, e.g. {@code http://localhost:51234}. */
  protected final String baseUrl() {
    return server.baseUrl();
  }

  // ---------------------------------------------------------------------------------------------
  // Rules: discovery and configuration
  // ---------------------------------------------------------------------------------------------

  @Test
  public void required_discovery_providerFoundById() {
    String rule = "required_discovery_providerFoundById";
    Assumptions.assumeTrue(provider().isEmpty(),
        "provider() supplies the instance under test, so ServiceLoader discovery is not checked");
    List<String> found = new ArrayList<>();
    Optional<HistoricalDataProvider<?>> p = findByServiceLoader(providerId(), found);
    check(p.isPresent(), rule, "no HistoricalDataProvider with id \"" + providerId()
        + "\" found by ServiceLoader (found " + found + "); check the plugin's module-info "
        + "'provides dev.condor.api.data.HistoricalDataProvider with ...' and its "
        + "META-INF/services/dev.condor.api.data.HistoricalDataProvider file");
    check(p.get().kind() == ProviderKind.HISTORICAL_DATA, rule,
        "the provider's kind() is " + p.get().kind() + ", expected HISTORICAL_DATA");
  }

  @Test
  public void required_discovery_apiVersionCompatible() {
    String rule = "required_discovery_apiVersionCompatible";
    HistoricalDataProvider<?> p = providerUnderTest(rule);
    boolean compatible;
    try {
      compatible = ApiVersion.isCompatible(p.apiVersion());
    } catch (InvalidValueException e) {
      throw new AssertionError(rule + ": apiVersion() returned \"" + p.apiVersion()
          + "\", which is not MAJOR.MINOR; implement it as 'return ApiVersion.CURRENT;'", e);
    }
    check(compatible, rule, "apiVersion() is \"" + p.apiVersion() + "\", which this API ("
        + ApiVersion.CURRENT + ") cannot run; rebuild against this API");
    check(providerId().equals(p.id()), rule,
        "the provider's id() is \"" + p.id() + "\" but providerId() says \"" + providerId() + "\"");
  }

  @Test
  public void required_config_missingKeyNamedAtConfigure() {
    String rule = "required_config_missingKeyNamedAtConfigure";
    HistoricalDataProvider<?> p = providerUnderTest(rule);
    Map<String, Object> full = settings(baseUrl());
    check(full != null && !full.isEmpty(), rule,
        "settings(baseUrl) is empty; it must at least carry the base URL");
    for (String key : full.keySet()) {
      Map<String, Object> without = new LinkedHashMap<>(full);
      without.remove(key);
      String what = "without the key \"" + key + "\"";
      Object config;
      try {
        config = p.configure(Settings.of(settingsPath(), without));
      } catch (ConfigurationException | InvalidValueException e) {
        seen.add(e);
        check(String.valueOf(e.getMessage()).contains(key), rule, "configure() " + what
            + " failed with \"" + e.getMessage() + "\", which does not name the key; say which "
            + "key is wrong or missing");
        continue;
      } catch (RuntimeException e) {
        seen.add(e);
        throw new AssertionError(rule + ": configure() " + what + " threw " + e + "; a missing "
            + "setting must be a ConfigurationException (or InvalidValueException) naming the key",
            e);
      }
      check(config != null, rule, "configure() " + what + " returned null");
      seen.add(config);
      try {
        HistoricalData data = create(p, config, Secrets.of(secrets()));
        check(data != null, rule, "create() " + what + " returned null");
        services.add(data);
      } catch (RuntimeException e) {
        seen.add(e);
        throw new AssertionError(rule + ": configure() " + what + " succeeded but create() then "
            + "threw " + e + "; validate every setting in configure(), naming the key", e);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Rules: mapping and pagination
  // ---------------------------------------------------------------------------------------------

  @Test
  public void required_bars_dailyMappedExactly() {
    String rule = "required_bars_dailyMappedExactly";
    List<TestBar> expected = dailyTestBars(2);
    venue().dailyBars(wireMock, underlying(), expected);
    List<Bar> bars = dailyBars(rule);
    checkBars(rule, "bars(" + underlying().symbol() + ", 1 day)", expected, bars,
        Duration.ofDays(1), true);
  }

  private void assumePaginates(String rule) {
    org.junit.jupiter.api.Assumptions.assumeTrue(venue().paginates(), () -> rule
        + " skipped: the venue simulation says this venue answers any range in one response"
        + " (paginates() is false), so there is no page to follow or to fail");
  }

  @Test
  public void required_pagination_allPagesOnce() {
    String rule = "required_pagination_allPagesOnce";
    assumePaginates(rule);
    List<TestBar> expected = dailyTestBars(2 * venue().barsPerPage() + 1);
    venue().dailyBars(wireMock, underlying(), expected);
    List<Bar> bars = dailyBars(rule);
    List<LoggedRequest> requests = dataRequests();
    check(requests.size() >= 2, rule, "the venue served " + expected.size() + " bars ("
        + venue().barsPerPage() + " per page, barsPerPage()) over " + requests.size()
        + " request(s); the simulation's dailyBars() must split them over pages, or barsPerPage() "
        + "must say how many it serves per page");
    checkBars(rule, "bars() over " + requests.size() + " pages", expected, bars,
        Duration.ofDays(1), true);
    Set<String> urls = new HashSet<>();
    for (LoggedRequest r : requests) {
      check(urls.add(r.getUrl()), rule, "the plugin requested " + watch().mask(r.getUrl()) + " twice; "
          + "follow each page's cursor once");
    }
    assertNoSecretInUrls(rule);
    check(server.findAllUnmatchedRequests().isEmpty(), rule, "the venue had no stub for"
        + unmatched() + "; every page must carry the credentials and parameters the venue "
        + "demands, not only the first");
  }

  @Test
  public void required_pagination_laterPageFailureFailsWhole() {
    String rule = "required_pagination_laterPageFailureFailsWhole";
    assumePaginates(rule);
    List<TestBar> expected = dailyTestBars(2 * venue().barsPerPage() + 1);
    venue().laterPageFails(wireMock, underlying(), expected, 503);
    DataException e = fails(rule, "bars() whose second page is answered 503",
        () -> data(rule).bars(underlying(), Duration.ofDays(1), from(expected), to(expected)),
        "results are complete or failed, never partial: a failed page fails the whole call");
    check(e.kind() == DataException.Kind.UNAVAILABLE, rule, "bars() whose second page is "
        + "answered 503 failed with kind " + e.kind() + " (" + e.getMessage() + "); expected "
        + "UNAVAILABLE");
    check(dataRequests().size() >= 2, rule, "the plugin sent " + dataRequests().size()
        + " request(s); the simulation's laterPageFails() must serve a first page that points at "
        + "a second");
  }

  @Test
  public void required_empty_emptyListOrNotFound() {
    String rule = "required_empty_emptyListOrNotFound";
    venue().empty(wireMock, underlying());
    Outcome<List<Bar>> o = await(rule, "bars() with no data", invoke(rule, "bars()",
        () -> data(rule).bars(underlying(), Duration.ofDays(1), LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 3, 6))));
    if (o.failure == null) {
      check(o.value != null && o.value.isEmpty(), rule, "bars() with no data completed with "
          + o.value + "; expected an empty list (or a NOT_FOUND failure)");
    } else {
      DataException e = dataException(rule, "bars() with no data", o.failure);
      check(e.kind() == DataException.Kind.NOT_FOUND, rule, "bars() with no data failed with "
          + "kind " + e.kind() + " (" + e.getMessage() + "); \"no data\" is an empty list or "
          + "NOT_FOUND, not an error of the venue");
    }
  }

  @Test
  public void required_contracts_allPagesMapped() {
    String rule = "required_contracts_allPagesMapped";
    List<OptionContract> expected = testContracts();
    LocalDate asOf = LocalDate.of(2026, 3, 2);
    assumeModelled(() -> venue().contracts(wireMock, underlying(), asOf, expected, 3));
    List<OptionContract> got = succeeds(rule, "contracts()", () -> data(rule).contracts(
        underlying(), asOf, asOf, LocalDate.of(2026, 3, 31)), "check the contracts requests");
    check(new HashSet<>(got).size() == got.size(), rule, "contracts() lists a contract twice: "
        + got + "; follow each page once");
    check(new HashSet<>(got).equals(new HashSet<>(expected)), rule, "contracts() gave " + got
        + ", the venue lists " + expected + " over two pages of 3; fetch every page and map "
        + "root, expiry, strike and right");
    check(dataRequests().size() >= 2, rule, "the plugin sent " + dataRequests().size()
        + " request(s); the simulation's contracts() must serve pageSize per page");
    assertNoSecretInUrls(rule);
  }

  @Test
  public void required_bars_minuteMappedExactly() {
    String rule = "required_bars_minuteMappedExactly";
    Assumptions.assumeTrue(providerUnderTest(rule).capabilities().contains(Capability.INTRADAY_BARS),
        () -> "the provider does not declare INTRADAY_BARS, so " + rule + " does not apply");
    List<TestBar> expected = minuteTestBars(2 * venue().barsPerPage() + 1);
    assumeModelled(() -> venue().minuteBars(wireMock, underlying(), expected));
    LocalDate day = LocalDate.of(2026, 3, 4);
    List<Bar> bars = succeeds(rule, "bars(1 minute)", () -> data(rule).bars(underlying(),
        Duration.ofMinutes(1), day, day), "check the intraday bars request");
    checkBars(rule, "bars(" + underlying().symbol() + ", 1 minute)", expected, bars,
        Duration.ofMinutes(1), false);
  }

  // ---------------------------------------------------------------------------------------------
  // Rules: failures
  // ---------------------------------------------------------------------------------------------

  @Test
  public void required_auth_rejectedCredentialsTyped() {
    String rule = "required_auth_rejectedCredentialsTyped";
    venue().rejectsCredentials(wireMock);
    DataException e = failsBars(rule, "bars() with refused credentials");
    check(e.kind() == DataException.Kind.AUTHENTICATION, rule, "bars() with refused credentials "
        + "failed with kind " + e.kind() + " (" + e.getMessage() + "); a 401/403 is "
        + "AUTHENTICATION");
    checkNamesEndpoint(rule, e);
  }

  @Test
  public void required_rateLimit_honoursRetryAfter() {
    String rule = "required_rateLimit_honoursRetryAfter";
    List<TestBar> expected = dailyTestBars(2);
    Duration wait = retryAfter();
    venue().dailyBars(wireMock, underlying(), expected);
    venue().rateLimitsOnce(wireMock, wait);
    long start = System.nanoTime();
    Outcome<List<Bar>> o = await(rule, "bars() after a 429", invoke(rule, "bars()",
        () -> data(rule).bars(underlying(), Duration.ofDays(1), from(expected), to(expected))));
    if (o.failure != null) {
      DataException e = dataException(rule, "bars() after a 429", o.failure);
      check(e.kind() == DataException.Kind.RATE_LIMITED, rule, "bars() after a 429 failed with "
          + "kind " + e.kind() + " (" + e.getMessage() + "); either wait Retry-After and retry, "
          + "or fail RATE_LIMITED");
      check(e.retryAfter().map(d -> d.compareTo(wait) >= 0).orElse(false), rule, "RATE_LIMITED "
          + "after Retry-After " + wait.toSeconds() + " s carries retryAfter " + e.retryAfter()
          + "; pass the venue's delay on");
      sleepUntil(start, wait.plusMillis(200));
    } else {
      checkBars(rule, "bars() after a 429", expected, o.value, Duration.ofDays(1), true);
    }
    List<LoggedRequest> sent = dataRequests();
    for (int i = 1; i < sent.size(); i++) {
      long gap = sent.get(i).getLoggedDate().getTime() - sent.get(0).getLoggedDate().getTime();
      check(gap >= wait.toMillis() - 100, rule, "request " + (i + 1) + " came " + gap + " ms "
          + "after a 429 with Retry-After " + wait.toSeconds() + " s; send nothing inside the "
          + "window (wait, or fail RATE_LIMITED with retryAfter)");
    }
  }

  @Test
  public void required_unavailable_5xxTyped() {
    String rule = "required_unavailable_5xxTyped";
    for (int status : new int[] {500, 503}) {
      server.resetAll();
      venue().session(wireMock);
      venue().fails(wireMock, status);
      DataException e = failsBars(rule, "bars() answered " + status);
      check(e.kind() == DataException.Kind.UNAVAILABLE, rule, "bars() answered " + status
          + " failed with kind " + e.kind() + " (" + e.getMessage() + "); a 5xx is UNAVAILABLE");
      checkNamesEndpoint(rule, e);
    }
  }

  @Test
  public void required_timeout_stallTyped() {
    String rule = "required_timeout_stallTyped";
    venue().stalls(wireMock, stall());
    DataException e = failsBars(rule, "bars() stalled " + stall().toSeconds() + " s");
    check(e.kind() == DataException.Kind.TIMEOUT, rule, "bars() stalled " + stall().toSeconds()
        + " s failed with kind " + e.kind() + " (" + e.getMessage() + "); expected TIMEOUT (set "
        + "the request timeout in settings(baseUrl) well under " + stall().toSeconds() + " s)");
  }

  @Test
  public void required_malformed_bodyTypedNamingEndpoint() {
    String rule = "required_malformed_bodyTypedNamingEndpoint";
    venue().malformed(wireMock);
    DataException e = failsBars(rule, "bars() answered with a malformed body");
    check(e.kind() == DataException.Kind.MALFORMED, rule, "bars() with a malformed body failed "
        + "with kind " + e.kind() + " (" + e.getMessage() + "); expected MALFORMED");
    checkNamesEndpoint(rule, e);
  }

  @Test
  public void required_malformed_missingFieldNamed() {
    String rule = "required_malformed_missingFieldNamed";
    List<TestBar> bars = dailyTestBars(2);
    String[] venueField = new String[1];
    assumeModelled(() -> venueField[0] = venue().missingField(wireMock, underlying(), bars,
        "close"));
    DataException e = failsBars(rule, "bars() without the venue's close field \""
        + venueField[0] + "\"");
    check(e.kind() == DataException.Kind.MALFORMED, rule, "bars() without the field \""
        + venueField[0] + "\" failed with kind " + e.kind() + " (" + e.getMessage()
        + "); expected MALFORMED");
    Set<String> names = new java.util.LinkedHashSet<>(List.of(venueField[0], "close"));
    boolean named = e.field().map(f -> List.of(f.split("[.\\[\\]/ ]+")).stream()
        .anyMatch(names::contains)).orElse(false)
        || String.valueOf(e.getMessage()).contains("field " + venueField[0])
        || String.valueOf(e.getMessage()).contains("field close");
    check(named, rule, "the error \"" + e.getMessage() + "\" (field " + e.field().orElse(null)
        + ") does not name the missing field \"" + venueField[0] + "\"; set field(\""
        + venueField[0] + "\") on the DataException");
  }

  // ---------------------------------------------------------------------------------------------
  // Rules: secrets
  // ---------------------------------------------------------------------------------------------

  @Test
  public void required_secrets_neverLeak() {
    String rule = SecretWatch.RULE;
    HistoricalDataProvider<?> p0 = providerUnderTest(rule);
    check(secrets() != null && !secrets().isEmpty() || p0.secrets().isEmpty(), rule,
        "secrets() is empty but the provider declares " + p0.secrets() + "; supply fake values "
            + "so the suite can check they never leak");
    List<Object> observed = new ArrayList<>();
    try (OutputCapture capture = OutputCapture.start()) {
      observed.add(p0);
      observed.add(p0.description());
      observed.add(p0.configure(Settings.of(settingsPath(), settings(baseUrl()))));
      HistoricalData data = data(rule);
      observed.add(data);
      List<TestBar> bars = dailyTestBars(2);
      venue().rejectsCredentials(wireMock);
      observed.add(settle(rule, "bars() refused", () -> data.bars(underlying(),
          Duration.ofDays(1), from(bars), to(bars))).any());
      for (Runnable scenario : List.<Runnable>of(() -> venue().rateLimitsOnce(wireMock, retryAfter()),() -> venue().fails(wireMock, 502),
          () -> venue().malformed(wireMock),
          () -> venue().laterPageFails(wireMock, underlying(), dailyTestBars(7), 500))) {
        server.resetMappings();
        venue().session(wireMock);
        scenario.run();
        observed.add(settle(rule, "bars()", () -> data.bars(underlying(), Duration.ofDays(1),
            from(bars), to(bars))).any());
      }
      observed.add(data);
      capture.close();
      observed.add(capture.text());
    }
    seen.addAll(observed);
    watch().assertAbsent(observed, "in an error, a toString() or console/JUL log output");
    assertNoSecretInUrls(rule);
  }

  // ---------------------------------------------------------------------------------------------
  // Plumbing
  // ---------------------------------------------------------------------------------------------

  private List<Bar> dailyBars(String rule) {
    return succeeds(rule, "bars(" + underlying().symbol() + ", 1 day)", () -> data(rule).bars(
        underlying(), Duration.ofDays(1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31)),
        "check the bars request and the mapping of the venue's fields");
  }

  private DataException failsBars(String rule, String call) {
    return fails(rule, call, () -> data(rule).bars(underlying(), Duration.ofDays(1),
        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)), "the venue's failure must fail the "
        + "stage");
  }

  private static LocalDate from(List<TestBar> bars) {
    return bars.get(0).start().atZone(NEW_YORK).toLocalDate();
  }

  private static LocalDate to(List<TestBar> bars) {
    return bars.get(bars.size() - 1).start().atZone(NEW_YORK).toLocalDate();
  }

  private void checkBars(String rule, String call, List<TestBar> expected, List<Bar> bars,
      Duration interval, boolean daily) {
    check(bars.size() == expected.size(), rule, call + " gave " + bars.size() + " bars, the "
        + "venue served " + expected.size() + (bars.size() < expected.size()
            ? "; fetch every page" : "; no bar twice, none made up") + ": " + starts(bars));
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      TestBar t = expected.get(i);
      String which = call + " bar " + (i + 1) + " (" + t.start() + ")";
      boolean sameTime = daily
          ? b.start().atZone(NEW_YORK).toLocalDate().equals(t.start().atZone(NEW_YORK).toLocalDate())
          : b.start().equals(t.start());
      check(sameTime, rule, which + " starts at " + b.start() + "; bars come oldest first, "
          + (daily ? "each daily bar on its New York session day" : "at the venue's instant")
          + "; got " + starts(bars));
      check(interval.equals(b.interval()), rule, which + " has interval " + b.interval()
          + ", expected " + interval);
      check(underlying().symbol().equals(b.symbol()), rule, which + " has symbol \"" + b.symbol()
          + "\", expected the underlying's \"" + underlying().symbol() + "\"");
      checkPrice(rule, which, "open", t.open(), b.open());
      checkPrice(rule, which, "high", t.high(), b.high());
      checkPrice(rule, which, "low", t.low(), b.low());
      checkPrice(rule, which, "close", t.close(), b.close());
      check(t.volume() == b.volume(), rule, which + " has volume " + b.volume() + ", the venue "
          + "says " + t.volume());
    }
  }

  private static List<Instant> starts(List<Bar> bars) {
    List<Instant> s = new ArrayList<>();
    bars.forEach(b -> s.add(b.start()));
    return s;
  }

  private static void checkPrice(String rule, String which, String field, double expected,
      double actual) {
    check(Math.abs(expected - actual) < 1e-9, rule, which + " has " + field + " " + actual
        + ", the venue says " + expected + " (map each field exactly, no rounding, no swap)");
  }

  private static void checkNamesEndpoint(String rule, DataException e) {
    check(e.location().filter(l -> !l.isBlank()).isPresent(), rule, "the error \""
        + e.getMessage() + "\" does not say which endpoint failed; set location(\"/path\") (no "
        + "query string, no secrets) on the DataException");
    check(!e.location().get().contains("?"), rule, "the error's location \""
        + e.location().get() + "\" carries a query string; name the path only");
  }

  private void assertNoSecretInUrls(String rule) {
    if (server == null) {
      return;
    }
    for (LoggedRequest r : server.findAll(RequestPatternBuilder.allRequests())) {
      for (Map.Entry<String, String> s : watch().entries()) {
        check(!r.getUrl().contains(s.getValue()), rule, "the request " + r.getMethod() + " "
            + watch().mask(r.getUrl()) + " carries the secret \"" + s.getKey() + "\" in its URL (query "
            + "string); send credentials in a header, where proxies and logs do not keep them");
      }
    }
  }

  private void assumeModelled(Runnable stubbing) {
    try {
      stubbing.run();
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("the venue simulation does not model this: " + e.getMessage());
    }
  }

  private List<LoggedRequest> dataRequests() {
    List<LoggedRequest> sent = new ArrayList<>(server.findAll(venue().requests()));
    sent.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
    return sent;
  }

  private HistoricalDataProvider<?> providerUnderTest(String rule) {
    if (providerUnderTest == null) {
      Optional<HistoricalDataProvider<?>> given = provider();
      List<String> found = new ArrayList<>();
      providerUnderTest = given.isPresent() ? given.get()
          : findByServiceLoader(providerId(), found).orElseThrow(() -> new AssertionError(rule
              + ": no HistoricalDataProvider with id \"" + providerId() + "\" found by "
              + "ServiceLoader (found " + found + "); register it (module-info 'provides', or "
              + "META-INF/services) or override provider()"));
    }
    return providerUnderTest;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private Optional<HistoricalDataProvider<?>> findByServiceLoader(String id, List<String> found) {
    List<ServiceLoader<HistoricalDataProvider>> loaders = List.of(
        ServiceLoader.load(HistoricalDataProvider.class),
        ServiceLoader.load(HistoricalDataProvider.class, getClass().getClassLoader()));
    for (ServiceLoader<HistoricalDataProvider> loader : loaders) {
      for (HistoricalDataProvider p : loader) {
        if (!found.contains(p.id())) {
          found.add(p.id());
        }
        if (id.equals(p.id())) {
          return Optional.of((HistoricalDataProvider<?>) p);
        }
      }
    }
    return Optional.empty();
  }

  /** The plugin under test, configured for this test's venue (one per test, closed after it). */
  private HistoricalData data(String rule) {
    if (!services.isEmpty()) {
      return services.get(services.size() - 1);
    }
    HistoricalDataProvider<?> p = providerUnderTest(rule);
    HistoricalData data;
    try {
      Object config = p.configure(Settings.of(settingsPath(), settings(baseUrl())));
      seen.add(config);
      data = create(p, config, Secrets.of(secrets()));
    } catch (RuntimeException e) {
      seen.add(e);
      throw new AssertionError(rule + ": could not make the service from settings(" + baseUrl()
          + ") and secrets(): " + e + "; check settings(baseUrl)", e);
    }
    check(data != null, rule, "create() returned null");
    services.add(data);
    return data;
  }

  @SuppressWarnings("unchecked")
  private static <C> HistoricalData create(HistoricalDataProvider<C> p, Object config,
      Secrets secrets) {
    return p.create((C) config, secrets);
  }

  private <T> CompletionStage<T> invoke(String rule, String call, Supplier<CompletionStage<T>> op) {
    CompletionStage<T> stage;
    try {
      stage = op.get();
    } catch (RuntimeException e) {
      seen.add(e);
      throw new AssertionError(rule + ": " + call + " threw " + e + " instead of returning a "
          + "CompletionStage; report every failure by completing the stage" + unmatched(), e);
    }
    check(stage != null, rule, call + " returned null instead of a CompletionStage");
    return stage;
  }

  /** The result of one call: a value or a failure. */
  private static final class Outcome<T> {
    final T value;
    final Throwable failure;

    Outcome(T value, Throwable failure) {
      this.value = value;
      this.failure = failure;
    }

    Object any() {
      return failure != null ? failure : value;
    }
  }

  private <T> Outcome<T> await(String rule, String call, CompletionStage<T> stage) {
    try {
      T value = stage.toCompletableFuture().get(CALL_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
      seen.add(value);
      return new Outcome<>(value, null);
    } catch (ExecutionException e) {
      Throwable cause = SecretWatch.unwrap(e);
      seen.add(cause);
      return new Outcome<>(null, cause);
    } catch (java.util.concurrent.CancellationException e) {
      seen.add(e);
      return new Outcome<>(null, e);
    } catch (TimeoutException e) {
      throw new AssertionError(rule + ": " + call + " did not complete within "
          + CALL_LIMIT.toSeconds() + " s; every call must complete or fail by itself (check the "
          + "plugin's request timeouts and retry loops)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(rule + ": interrupted while waiting for " + call, e);
    }
  }

  private <T> Outcome<T> settle(String rule, String call, Supplier<CompletionStage<T>> op) {
    CompletionStage<T> stage;
    try {
      stage = op.get();
    } catch (RuntimeException e) {
      seen.add(e);
      return new Outcome<>(null, e);
    }
    if (stage == null) {
      return new Outcome<>(null, null);
    }
    return await(rule, call, stage);
  }

  private <T> T succeeds(String rule, String call, Supplier<CompletionStage<T>> op, String hint) {
    Outcome<T> outcome = await(rule, call, invoke(rule, call, op));
    if (outcome.failure != null) {
      throw new AssertionError(rule + ": " + call + " failed: " + outcome.failure + "; " + hint
          + unmatched(), outcome.failure);
    }
    check(outcome.value != null, rule, call + " completed with null");
    return outcome.value;
  }

  private <T> DataException fails(String rule, String call, Supplier<CompletionStage<T>> op,
      String hint) {
    Outcome<T> outcome = await(rule, call, invoke(rule, call, op));
    if (outcome.failure == null) {
      throw new AssertionError(rule + ": " + call + " succeeded with " + outcome.value
          + "; expected a failed stage (" + hint + ")");
    }
    return dataException(rule, call, outcome.failure);
  }

  private static DataException dataException(String rule, String call, Throwable failure) {
    if (failure instanceof DataException) {
      return (DataException) failure;
    }
    throw new AssertionError(rule + ": " + call + " failed with " + failure + "; every data "
        + "failure must be a dev.condor.api.error.DataException whose kind says what happened",
        failure);
  }

  /** Requests the venue had no stub for (secrets masked), to explain a failed call. */
  private String unmatched() {
    if (server == null) {
      return "";
    }
    List<LoggedRequest> requests = server.findAllUnmatchedRequests();
    if (requests.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder("; the simulated venue had no stub for ");
    for (int i = 0; i < Math.min(3, requests.size()); i++) {
      LoggedRequest r = requests.get(i);
      s.append(i == 0 ? "" : ", ").append(r.getMethod()).append(' ').append(r.getUrl());
      List<String> headers = new ArrayList<>();
      for (HttpHeader h : r.getHeaders().all()) {
        headers.add(h.key());
      }
      s.append(" (headers ").append(headers).append(')');
    }
    return watch().mask(s.toString());
  }

  private static void check(boolean condition, String rule, String message) {
    if (!condition) {
      throw new AssertionError(rule + ": " + message);
    }
  }

  private static void sleepUntil(long startNanos, Duration after) {
    long remaining = startNanos + after.toNanos() - System.nanoTime();
    if (remaining > 0) {
      try {
        Thread.sleep(remaining / 1_000_000L);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  private SecretWatch watch() {
    return new SecretWatch(secrets());
  }
}
