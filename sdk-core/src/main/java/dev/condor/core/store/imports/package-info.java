/**
 * Importers of vendor option-quote and daily-history files into an {@link
 * dev.condor.core.store.ImportBatch} that the historical store lands at once, or not at all.
 *
 * <p>Entry point: {@link dev.condor.core.store.imports.Importer#read(ImportFormat,
 * java.nio.file.Path, ImportOptions)}, or {@code Importer.read(file, options)} which detects the
 * format from the header ({@link dev.condor.core.store.imports.ImportFormat#detect}). Files may be
 * gzipped whatever their name (the gzip magic bytes are checked); text is UTF-8, a byte-order mark
 * is ignored, line numbers are 1-based physical lines of the decompressed file.
 *
 * <h2>Formats</h2>
 *
 * <ul>
 *   <li>{@code cboe-chain}: the Cboe delayed-quotes download. A preamble ({@code NAME,Last:
 *       SPOT,Change: ...} and {@code Date: ...,Bid: ...}) then {@code Expiration
 *       Date,Calls,Last Sale,Net,Bid,Ask,Volume,IV,Delta,Gamma,Open Interest,Strike,Puts,...}, a
 *       call and a put per line (two records). Root, expiry, strike and right come from the OCC
 *       symbols; the underlying from the root (SPXW is SPX, NDXP is NDX); the underlying price of
 *       every row is the preamble's {@code Last:}. The date line is free text in many locales
 *       ({@code 26 May 2023, 5:18 PM EDT}, {@code March 22, 2024 at 9:40 PM EDT}, {@code 14 April
 *       2023, 19:12 UTC−4}, {@code 14 de julio de 2026 a las 17:50 GMT-4}); without a zone it is New
 *       York time. The snapshot is that instant when it falls in a session; otherwise (after the
 *       close, before the open, a weekend or holiday) it is the close (16:00, or the early close)
 *       of the latest session at or before it: a chain saved on Saturday is Friday's close. A date
 *       line that cannot be read is fatal unless the options give the snapshot time. IV is a
 *       fraction as the file gives it (5.5585 is 555.85 %). A last sale of 0 means no trade (NaN).
 *   <li>{@code cboe-datashop-eod}: DataShop Option EOD Summary; each row gives two snapshots of
 *       the quote date: at the close minus 15 minutes (15:45, the {@code *_1545} bid/ask, IV and
 *       greeks when present, underlying = mid of {@code underlying_bid/ask_1545}, else the active
 *       or implied underlying price; volume unknown) and at the close (16:00: {@code
 *       bid_eod/ask_eod}, last = {@code close}, volume = {@code trade_volume}, no greeks).
 *   <li>{@code cboe-datashop-interval}: DataShop Option Quotes at intervals; one snapshot per
 *       {@code quote_datetime} (New York time), greek columns optional, volume = the interval's
 *       {@code trade_volume}. The underlying comes from {@code underlying_symbol} ({@code ^VIX} is
 *       VIX), so one file may fill several partitions.
 *   <li>{@code polygon-minute-aggs}: Polygon (Massive) option aggregates ({@code
 *       ticker,volume,open,close,high,low,window_start,transactions}, nanoseconds). No bid/ask:
 *       bid = ask = NaN, last = close (the store estimates a quote from it). A minute bar is quoted
 *       at its window's <em>end</em> ({@code window_start} + 1 minute), so a backtest at 09:31
 *       sees the 09:30 bar only once it has completed: no look-ahead. A day bar (window at midnight
 *       New York) is quoted at that session's close. Underlying prices come from rows of the same
 *       file whose ticker is not an option ({@code I:SPX}, {@code SPY}) or from a companion
 *       aggregates file ({@link dev.condor.core.store.imports.ImportOptions#underlyingFile()}): the
 *       close of the underlying bar with the same {@code window_start}, else NaN.
 *   <li>{@code polygon-quotes}: Polygon (Massive) option quotes ({@code
 *       ticker,ask_exchange,ask_price,ask_size,bid_exchange,bid_price,bid_size,sequence_number,sip_timestamp}).
 *       Ticks become minute snapshots: for each contract and each minute boundary from the open +
 *       1 minute to the close (09:31..16:00, or the early close), the last quote at or before the
 *       boundary, from the contract's first quote of the day on. A crossed quote (bid above a
 *       non-zero ask) or a timestamp going backwards is a bad row. The underlying price at
 *       boundary t is the close of the companion file's bar that started at t - 1 minute.
 *   <li>{@code index-daily}: daily histories into {@code ImportBatch.dailyBars}: Cboe {@code
 *       DATE,OPEN,HIGH,LOW,CLOSE} (MM/dd/yyyy), Cboe single-value {@code DATE,SKEW} (open = high =
 *       low = close), Yahoo {@code Date,Open,High,Low,Close,Volume,...} ({@code 2024-01-02
 *       00:00:00-05:00} or {@code 2024-01-02}). A bar starts at 09:30 New York and lasts one day.
 *       The symbol is the options' override, else a single-value column's name, else the file
 *       name's first token ({@code VIX1D_History_cboe.csv} is VIX1D; {@code GSPC}/{@code ^GSPC} is
 *       SPX, {@code ^VIX} is VIX). A high or low that misses the open or close by a rounding error
 *       (adjusted series) is widened to them; a real miss is a bad row. Other tables (put/call
 *       ratios, a futures curve) are rejected.
 *   <li>{@code csv}: any option-quote CSV through a {@link dev.condor.core.store.imports.CsvMapping}
 *       (a YAML file for {@code --mapping}).
 * </ul>
 *
 * <h2>What every option row means</h2>
 *
 * <p>Rows are {@code OBSERVED}; missing prices are NaN and missing counts -1. A zero ask is "no
 * offer", stored as NaN, and a zero bid beside it is NaN too (a zero bid under a real ask stays
 * 0). A zero implied volatility means the vendor did not compute it: IV and greeks are NaN. IV is
 * a fraction (0.15 for 15 %). Each row lands in the partition of its underlying and its quote's New
 * York date. {@link dev.condor.core.store.imports.ImportOptions#underlyings()} keeps only the
 * named underlyings (Polygon flat files hold every underlying of a day); other rows are skipped,
 * not bad, and a note counts them.
 *
 * <h2>Bad rows and fatal errors</h2>
 *
 * <p>A bad record (an unparseable number, an unknown right, a missing required field, a negative
 * price, a bid above the ask, an expiry before the quote date, a quote date that is no trading
 * day, a bar whose high and low do not bracket its open and close, a repeated date) is skipped,
 * counted and reported as a {@link dev.condor.core.store.imports.BadRow} with its line and a
 * reason naming the column and the value; the rest of the file still imports. The result keeps the
 * first {@link dev.condor.core.store.imports.ImportOptions#maxBadRowsKept()} (1000) and counts all.
 * In strict mode ({@link dev.condor.core.store.imports.ImportOptions#strict()}) the first bad row
 * is fatal. A fatal problem (a missing or unreadable file, an unrecognised header or layout, an
 * unreadable chain date, no usable row) throws a {@link dev.condor.api.error.DataException} naming
 * the file, the line and what is wrong; nothing is returned, so nothing is written.
 */
package dev.condor.core.store.imports;
