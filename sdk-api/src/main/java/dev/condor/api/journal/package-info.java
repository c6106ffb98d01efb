/**
 * The journal SPI: the append-only record of what every strategy intended, did and why.
 *
 * <p>The journal is the source of truth for summaries and for recovery after a restart: an
 * ORDER event is written and made durable before its order leaves, so a crash can never lose an
 * order that reached the venue. Events use seed S2's field names ({@code order_id}, {@code
 * limit_price}, {@code fill_price}, {@code commission}...). The engine writes JSON Lines files;
 * an application adds its own {@link dev.condor.api.journal.JournalSink} for a database.
 */
package dev.condor.api.journal;
