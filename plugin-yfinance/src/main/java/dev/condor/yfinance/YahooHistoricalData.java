package dev.condor.yfinance;

import dev.condor.api.data.HistoricalData;
import dev.condor.api.error.DataException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import dev.condor.api.market.OptionChain;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Yahoo Finance history: {@code GET /v8/finance/chart/{symbol}?period1&period2&interval
 * &events=div,split&includePrePost=false} (SPX as ^GSPC, VIX as ^VIX, NDX as ^NDX, ETFs plain).
 * Yahoo keeps no option history: {@link #optionBars}, {@link #contracts} and {@link #chainAt}
 * fail as {@link DataException.Kind#NOT_FOUND}. Yahoo itself limits intraday history (1-minute
 * bars for about the last 30 days, other intraday intervals about 60 days); beyond, its {@code
 * chart.error} comes back as not found with Yahoo's words.
 */
public final class YahooHistoricalData implements HistoricalData {

  static final String NO_OPTION_HISTORY = "Yahoo keeps no option history: it serves only today's"
      + " chains (use a provider with HISTORICAL_CHAINS for past option data)";

  private final YahooClient client;

  YahooHistoricalData(YahooClient client) {
    this.client = client;
  }

  @Override
  public CompletionStage<List<Bar>> bars(Underlying underlying, Duration interval, LocalDate from,
      LocalDate to) {
    String name;
    try {
      checkDays(underlying, from, to);
      name = WireMapper.interval(interval);
    } catch (InvalidValueException e) {
      return CompletableFuture.failedFuture(e);
    }
    String path = chartPath(underlying);
    return chart(path, name, from, to)
        .thenApply(r -> WireMapper.bars(r, path, underlying.symbol(), interval, from, to));
  }

  /**
   * The splits and dividends Yahoo reports for an underlying between two days inclusive (daily
   * chart, {@code events=div,split}).
   */
  public CompletionStage<CorporateActions> corporateActions(Underlying underlying, LocalDate from,
      LocalDate to) {
    try {
      checkDays(underlying, from, to);
    } catch (InvalidValueException e) {
      return CompletableFuture.failedFuture(e);
    }
    String path = chartPath(underlying);
    return chart(path, "1d", from, to).thenApply(r -> WireMapper.actions(r, path, from, to));
  }

  @Override
  public CompletionStage<List<Bar>> optionBars(OptionContract contract, Duration interval,
      LocalDate from, LocalDate to) {
    return noHistory("optionBars");
  }

  @Override
  public CompletionStage<List<OptionContract>> contracts(Underlying underlying, LocalDate asOf,
      LocalDate expiryFrom, LocalDate expiryTo) {
    return noHistory("contracts");
  }

  @Override
  public CompletionStage<OptionChain> chainAt(Underlying underlying, Instant asOf) {
    return noHistory("chainAt");
  }

  @Override
  public void close() {
    // the JDK's HTTP client holds nothing that must be released on Java 17
  }

  static String chartPath(Underlying underlying) {
    return "/v8/finance/chart/" + WireMapper.chartSymbol(underlying);
  }

  private CompletableFuture<Wire.ChartResult> chart(String path, String interval, LocalDate from,
      LocalDate to) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("period1", Long.toString(from.atStartOfDay(WireMapper.NEW_YORK).toEpochSecond()));
    query.put("period2",
        Long.toString(to.plusDays(1).atStartOfDay(WireMapper.NEW_YORK).toEpochSecond()));
    query.put("interval", interval);
    query.put("events", "div,split");
    query.put("includePrePost", "false");
    return client.get(path, query, false)
        .thenApply(body -> WireMapper.chartResult(
            client.parse(body, Wire.ChartResponse.class, path), path));
  }

  private static void checkDays(Underlying underlying, LocalDate from, LocalDate to) {
    if (underlying == null) {
      throw new InvalidValueException("underlying", null, "is required");
    }
    if (from == null || to == null || to.isBefore(from)) {
      throw new InvalidValueException("from/to", from + "/" + to, "must be two days, from <= to");
    }
  }

  private static <T> CompletableFuture<T> noHistory(String call) {
    return CompletableFuture.failedFuture(DataException.of(DataException.Kind.NOT_FOUND,
        YahooHistoricalDataProvider.ID).location(call).detail(NO_OPTION_HISTORY).build());
  }
}
