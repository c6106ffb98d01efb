package dev.condor.tck.data;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.condor.api.Experimental;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.Underlying;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The market-data venue, as WireMock stubs, written by the plugin author from the venue's
 * documentation: one method per scenario, each registering on the given client the stubs that make
 * the venue behave that way, in the venue's shapes, authentication included (a stub should match
 * only requests that carry the credentials the venue demands). The server is fresh for every rule;
 * later stubs may override earlier ones (WireMock prefers the newest among equal priorities).
 * Scenarios a venue cannot model throw {@link UnsupportedOperationException}; the rules that need
 * them are then skipped, saying so.
 */
@Experimental(since = "0.1")
public interface DataVenueSimulation {

  /**
   * Lets the plugin in: the stubs every rule needs before its scenario, such as a login, a token
   * grant or a cookie and crumb (the suite calls it first in every rule, then the scenario's
   * method, whose stubs win). Nothing by default (an API key sent with each request needs none).
   * Keep these requests out of {@link #requests()}.
   */
  default void session(WireMock venue) {}

  /**
   * Serves these daily bars of {@code underlying}, oldest first, for any requested range, over as
   * many pages as the venue pages them. When the suite passes more than {@link #barsPerPage()}
   * bars they must come over at least two pages (the suite checks it did see two requests).
   */
  void dailyBars(WireMock venue, Underlying underlying, List<TestBar> bars);

  /**
   * Whether the venue pages long results at all. A venue that answers any range in one response
   * (Yahoo's chart) returns false, and the two pagination rules are skipped, saying so; a failed
   * request is still checked by the 5xx rule.
   */
  default boolean paginates() {
    return true;
  }

  /**
   * How many bars the simulation serves per page (the suite passes more than this to the
   * pagination rules); 3 by default.
   */
  default int barsPerPage() {
    return 3;
  }

  /**
   * Serves these bars as in {@link #dailyBars}, but answers the page after the first with {@code
   * status} (a 5xx): the call must fail as a whole.
   */
  void laterPageFails(WireMock venue, Underlying underlying, List<TestBar> bars, int status);

  /** Serves these one-minute bars of {@code underlying}; optional (intraday rules skip without it). */
  default void minuteBars(WireMock venue, Underlying underlying, List<TestBar> bars) {
    throw new UnsupportedOperationException("minuteBars() is not overridden");
  }

  /**
   * Lists these contracts of {@code underlying} as listed on {@code asOf}, {@code pageSize} per
   * page (two pages when there are more); optional (the contracts rule skips without it).
   */
  default void contracts(WireMock venue, Underlying underlying, LocalDate asOf,
      List<OptionContract> contracts, int pageSize) {
    throw new UnsupportedOperationException("contracts() is not overridden");
  }

  /** Answers a bars request for {@code underlying} the way the venue says "no data". */
  void empty(WireMock venue, Underlying underlying);

  /** Refuses the credentials (401 or 403, the venue's error body) on every request. */
  void rejectsCredentials(WireMock venue);

  /**
   * Answers the next data request 429 with {@code Retry-After} (whole seconds); later requests
   * reach the stubs registered before (use a WireMock scenario and a higher priority).
   */
  void rateLimitsOnce(WireMock venue, Duration retryAfter);

  /** Answers every data request with {@code status} (a 5xx). */
  void fails(WireMock venue, int status);

  /** Answers every data request only after {@code delay} (longer than the plugin's timeout). */
  void stalls(WireMock venue, Duration delay);

  /** Answers every data request 200 with a body that is not in the venue's shape. */
  void malformed(WireMock venue);

  /**
   * Serves {@code bars} as {@link #dailyBars} does but leaves out the venue's field that carries
   * the suite's {@code field} ({@code "close"}), and returns the venue's name of it; optional.
   */
  default String missingField(WireMock venue, Underlying underlying, List<TestBar> bars,
      String field) {
    throw new UnsupportedOperationException("missingField() is not overridden");
  }

  /** A pattern matching every data request (bars and contracts pages, not logins). */
  RequestPatternBuilder requests();
}
