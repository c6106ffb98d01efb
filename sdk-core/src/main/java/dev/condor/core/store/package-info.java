/**
 * The historical store: option chains and daily bars in Parquet (one file per underlying and
 * trading day), written and read with embedded DuckDB, loaded into primitive columns and shared by
 * every backtest that reads the same day.
 *
 * <h2>Layout on disk</h2>
 *
 * <pre>
 * root/
 *   options/underlying=SPX/date=2024-03-05/quotes.parquet   one trading day (New York) of quotes
 *   options/underlying=SPX/date=2024-03-05/manifest.json    what was written: rows, SHA-256, ...
 *   options/underlying=SPX/date=2024-03-05/quotes.columns   column cache, made on first load
 *   daily/symbol=VIX/bars.parquet                           every daily bar of a symbol
 *   .staging-&lt;uuid&gt;/...                                    only while a write runs
 * </pre>
 *
 * <p>{@code quotes.parquet} columns: {@code time} (TIMESTAMPTZ, to the second), {@code root},
 * {@code expiry} (DATE), {@code strike}, {@code right} ({@code C}/{@code P}), {@code bid}, {@code
 * ask}, {@code last}, {@code volume}, {@code open_interest}, {@code iv}, {@code delta}, {@code
 * gamma}, {@code theta}, {@code vega}, {@code underlying_price}, {@code origin} ({@code
 * OBSERVED}/{@code ESTIMATED}); a value the source lacks is NULL. Rows are sorted by time, expiry,
 * right, strike and root descending (the PM root before the AM root at an equal strike), in row
 * groups of 16 384. {@code bars.parquet}: {@code date}, {@code open}, {@code high}, {@code low},
 * {@code close}, {@code volume}, {@code origin}, sorted by date. Any Parquet reader (DuckDB,
 * pandas, Spark) reads both.
 *
 * <p>{@code manifest.json} ({@link dev.condor.core.store.PartitionManifest}): format version,
 * underlying, date, row count, SHA-256 of the Parquet file, first and last quote time, and the
 * observed and estimated quote counts; {@link dev.condor.core.store.HistoricalStore#verify}
 * checks a file against it.
 *
 * <h2>Writes</h2>
 *
 * <p>{@link dev.condor.core.store.HistoricalStore#write} stages every file of an {@link
 * dev.condor.core.store.ImportBatch} under {@code .staging-<uuid>}, then renames each into place
 * atomically: nothing is visible before every file is staged, a reader sees each file whole (old
 * or new), and a replaced partition's files are swapped whole. Daily bars merge with what is
 * stored, the batch winning on a date both have. Staging left by a crash is removed on open.
 *
 * <h2>Reads</h2>
 *
 * <p>A day is loaded once into a {@link dev.condor.core.store.DayChains} (about 32 bytes per quote
 * when IV and the four greeks are present) and cached in the store within a byte budget, least
 * recently used out; concurrent readers of one day wait for one load. {@link
 * dev.condor.core.store.StoreMarketSource} serves the engine's {@link
 * dev.condor.core.market.MarketSource} from it without looking ahead, as lazy {@link
 * dev.condor.core.store.StoreChain} chains, and counts what it served by origin; told which day
 * the backtest runs next ({@link dev.condor.core.market.MarketSource#prefetch}), it has the store
 * load that day on a background thread, and the driver's first read of it waits for that load.
 *
 * <h2>Column cache</h2>
 *
 * <p>The first load of a partition decodes its Parquet file through DuckDB and then writes the
 * loaded columns, as they are in memory, to {@code quotes.columns} beside it; later loads (in any
 * process) copy them back in bulk, about ten times faster. It takes as much disk as the day takes
 * heap (about 32 bytes a quote, some 1.8 times its Parquet file). The file is a cache: stamped
 * with the Parquet file's SHA-256 (from the manifest), size and modification time, and ignored
 * (then rewritten) when the stamp no longer matches, when its own checksum or length is wrong, or
 * when it is of another format version; written through a temporary file and a rename; deleted
 * when the partition is rewritten. It may be deleted at any time, need not be copied with a store
 * (a copy that does not keep modification times rebuilds it), and is not what {@link
 * dev.condor.core.store.HistoricalStore#verify} checks. Its layout is documented in the
 * package-private {@code ColumnFiles}. A partition without a readable manifest gets none.
 */
package dev.condor.core.store;
