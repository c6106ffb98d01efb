package dev.condor.core.backtest;

import dev.condor.api.journal.JournalEvent;
import dev.condor.core.market.DataQuality;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a backtest produced: its journal (the same events a live run writes), its closed trades,
 * one record per trading day, and the quality of the data it read. Metrics and reports are
 * computed from this and nothing else.
 *
 * @param strategies the strategies' names with the provider id or class each ran as
 * @param source a description of the market source (simulated seed, store path, plugin id)
 * @param from the first trading day
 * @param to the last trading day
 * @param startingCapital the account's value before the first day, in dollars
 * @param benchmarks the benchmark symbols, the underlying first
 * @param journal every journal event, in order
 * @param trades closed round trips, in closing order
 * @param days one record per trading day, in order
 * @param quality the share of observed and estimated quotes read
 */
public record BacktestResult(Map<String, String> strategies, String source, LocalDate from,
    LocalDate to, double startingCapital, List<String> benchmarks, List<JournalEvent> journal,
    List<TradeRecord> trades, List<DailyRecord> days, DataQuality quality) {

  /** Copies every collection. */
  public BacktestResult {
    strategies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(strategies));
    benchmarks = List.copyOf(benchmarks);
    journal = List.copyOf(journal);
    trades = List.copyOf(trades);
    days = List.copyOf(days);
  }
}
