package dev.condor.core.store;

import dev.condor.api.Experimental;
import dev.condor.api.instrument.Underlying;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the store wrote for one option partition ({@code manifest.json} next to its {@code
 * quotes.parquet}): enough to verify the file later, or to compare a download with what a vendor
 * published for that day.
 *
 * @param underlying the partition's underlying
 * @param day the trading day (New York)
 * @param rows the number of quotes in the Parquet file
 * @param sha256 the SHA-256 of the Parquet file, lower-case hex
 * @param firstQuote the earliest quote time
 * @param lastQuote the latest quote time
 * @param observed quotes a venue quoted (stored origin observed, with a bid or an ask)
 * @param estimated the other quotes: estimated by a model, or priced from a last sale only
 */
@Experimental(since = "0.1")
public record PartitionManifest(Underlying underlying, LocalDate day, long rows, String sha256,
    Instant firstQuote, Instant lastQuote, long observed, long estimated) {}
