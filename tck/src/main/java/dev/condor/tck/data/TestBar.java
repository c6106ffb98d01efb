package dev.condor.tck.data;

import dev.condor.api.Experimental;
import java.time.Instant;

/**
 * One bar as the simulated venue serves it: its start instant, open, high, low, close and
 * volume. The plugin must map it to a {@link dev.condor.api.market.Bar} with exactly these values.
 */
@Experimental(since = "0.1")
public record TestBar(Instant start, double open, double high, double low, double close,
    long volume) {}
