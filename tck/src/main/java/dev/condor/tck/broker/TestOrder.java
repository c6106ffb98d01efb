package dev.condor.tck.broker;

import dev.condor.api.Experimental;
import dev.condor.api.order.OrderTicket;

/**
 * An order the suite places, and the id the simulated venue gives it.
 *
 * @param ticket what the engine asks for (client order id, legs, quantity, net limit)
 * @param venueOrderId the venue's own id for it
 */
@Experimental(since = "0.1")
public record TestOrder(OrderTicket ticket, String venueOrderId) {}
