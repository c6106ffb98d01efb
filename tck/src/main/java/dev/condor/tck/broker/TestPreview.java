package dev.condor.tck.broker;

import dev.condor.api.Experimental;
import java.util.List;

/**
 * What a simulated venue answers to an order preview (a dry run, a what-if).
 *
 * @param buyingPowerEffect buying power the order would use, in dollars
 * @param commission estimated commission and fees, in dollars
 * @param warnings the venue's warnings, verbatim
 */
@Experimental(since = "0.1")
public record TestPreview(double buyingPowerEffect, double commission, List<String> warnings) {

  /** Copies the list. */
  public TestPreview {
    warnings = List.copyOf(warnings);
  }
}
