package dev.condor.tck.broker;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.condor.api.Experimental;
import java.time.Duration;
import java.util.List;

/**
 * A plugin author's model of their venue, as WireMock stubs: one method per scenario the broker
 * suite drives. Each method registers, on the given client, the stubs that make the venue behave
 * that way (authentication included), answering in the venue's documented shapes. The suite resets
 * the server between rules, so a method may assume a clean venue.
 */
@Experimental(since = "0.1")
public interface VenueSimulation {

  /**
   * The venue authenticates the plugin and shows this account, its balances and positions. The
   * suite calls it first in every rule that talks to the venue, before the rule's scenario.
   */
  void account(WireMock venue, TestAccount account);

  /**
   * The venue accepts {@code order}'s placement (only when the request carries exactly its legs,
   * sides, quantity, net limit and price effect) and from then on reports it working, findable by
   * its client order id.
   */
  void acceptsOrder(WireMock venue, TestOrder order);

  /** The venue reports {@code order} executed by these fills (all of it, or part), in order. */
  void fills(WireMock venue, TestOrder order, List<TestFill> fills);

  /** The venue rejects {@code order}'s placement with its own error code and message. */
  void rejects(WireMock venue, TestOrder order, String venueCode, String venueMessage);

  /**
   * Whether the venue's documented rejections carry an error code ({@code true} by default). A
   * venue that answers a rejection with a message alone returns {@code false}, and the suite then
   * checks the message only.
   */
  default boolean rejectionsCarryCode() {
    return true;
  }

  /** The venue cancels {@code order} on request and then reports it cancelled. */
  void cancels(WireMock venue, TestOrder order);

  /**
   * The next authenticated request is refused as an expired session; after the plugin
   * re-authenticates, requests succeed again. When {@code forever} is true, re-authentication
   * never helps (the suite checks the plugin gives up instead of looping).
   */
  void sessionExpires(WireMock venue, boolean forever);

  /** The next placement is answered 429 with this {@code Retry-After}; the one after succeeds. */
  void rateLimitsPlacementOnce(WireMock venue, TestOrder order, Duration retryAfter);

  /** Placement of {@code order} is answered with this 5xx status. */
  void failsPlacement(WireMock venue, TestOrder order, int status);

  /**
   * Placement of {@code order} is answered only after {@code delay} (longer than the timeout). The
   * venue did receive it: after the plugin gives up, the suite also calls {@link #acceptsOrder} for
   * the same order so that it is findable by its client order id (a simulation may make it
   * findable here already).
   */
  void stallsPlacement(WireMock venue, TestOrder order, Duration delay);

  /** The account request is answered 200 with a body that is not the venue's shape. */
  void malformedAccount(WireMock venue);

  /**
   * The venue previews {@code order} without placing it, answering with this buying-power effect,
   * commission and warnings. Needed only when the plugin declares {@link
   * dev.condor.api.plugin.Capability#ORDER_PREVIEW}; by default the simulation does not model
   * previews and the suite skips the preview rule, saying so.
   */
  default void previews(WireMock venue, TestOrder order, TestPreview preview) {
    throw new UnsupportedOperationException(
        "this VenueSimulation does not model order previews; override previews()");
  }

  /**
   * The venue replaces working {@code order}'s net limit with {@code newLimit} (a positive price
   * per unit, on the order's credit or debit side) and then reports the order working at it.
   * Needed only when the plugin declares {@link dev.condor.api.plugin.Capability#REPLACE_ORDER};
   * by default the simulation does not model replacement and the suite skips the replace rule.
   */
  default void replaces(WireMock venue, TestOrder order, double newLimit) {
    throw new UnsupportedOperationException(
        "this VenueSimulation does not model order replacement; override replaces()");
  }

  /** Matches every request that places an order, so the suite can count placements. */
  RequestPatternBuilder placementRequests();

  /** Matches every request that authenticates (logs in, refreshes a token, re-authenticates). */
  RequestPatternBuilder authenticationRequests();
}
