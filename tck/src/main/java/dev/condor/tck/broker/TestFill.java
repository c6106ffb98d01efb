package dev.condor.tck.broker;

import dev.condor.api.Experimental;
import java.time.Instant;

/**
 * One execution the simulated venue reports, for the whole combo at a net price per unit.
 *
 * @param fillId the venue's execution id (stable: the same fill always has the same id)
 * @param quantity combo units executed
 * @param netPrice net price per unit, positive (its credit or debit side is the order's)
 * @param time when it executed
 */
@Experimental(since = "0.1")
public record TestFill(String fillId, int quantity, double netPrice, Instant time) {}
