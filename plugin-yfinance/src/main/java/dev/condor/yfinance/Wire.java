package dev.condor.yfinance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * Yahoo's JSON as it arrives, only the fields Condor reads (the rest ignored). Boxed numbers,
 * because Yahoo sends {@code null} for missing bars and omits fields it has no value for.
 */
final class Wire {

  private Wire() {}

  /** {@code chart.error} and {@code optionChain.error}: e.g. Not Found / No data found. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Error(String code, String description) {}

  /** The body of {@code /v8/finance/chart/{symbol}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ChartResponse(Chart chart) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Chart(List<ChartResult> result, Error error) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ChartResult(Meta meta, List<Long> timestamp, Events events, Indicators indicators) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Meta(String symbol, String currency, String instrumentType, Double regularMarketPrice,
      Long regularMarketTime, String exchangeTimezoneName, String dataGranularity) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Events(Map<String, Dividend> dividends, Map<String, Split> splits) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Dividend(Double amount, Long date) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Split(Long date, Double numerator, Double denominator, String splitRatio) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Indicators(List<Ohlcv> quote) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Ohlcv(List<Double> open, List<Double> high, List<Double> low, List<Double> close,
      List<Long> volume) {}

  /** The body of {@code /v7/finance/options/{symbol}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record OptionsResponse(OptionChain optionChain) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record OptionChain(List<OptionsResult> result, Error error) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record OptionsResult(String underlyingSymbol, List<Long> expirationDates, UnderlyingQuote quote,
      List<Expiration> options) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record UnderlyingQuote(String symbol, Double regularMarketPrice, Long regularMarketTime,
      Double bid, Double ask, Long bidSize, Long askSize) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Expiration(Long expirationDate, List<OptionRow> calls, List<OptionRow> puts) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record OptionRow(String contractSymbol, Double strike, Double lastPrice, Double bid, Double ask,
      Long volume, Long openInterest, Double impliedVolatility, Long expiration,
      Long lastTradeDate) {}
}
