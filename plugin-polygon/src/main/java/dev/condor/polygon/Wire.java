package dev.condor.polygon;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Polygon's JSON documents, field for field as the REST API sends them; only the fields Condor
 * reads are declared, and every one is boxed so a missing field is seen (and reported) rather than
 * read as zero.
 */
final class Wire {

  private Wire() {}

  /** A page of {@code /v2/aggs/ticker/...}: {@code results} is absent when there are no bars. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Aggs(String status, String ticker, Integer resultsCount, List<Agg> results,
      @JsonProperty("next_url") String nextUrl) {}

  /** One aggregate: open, high, low, close, volume, and {@code t} the bar start in epoch ms. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Agg(Double o, Double h, Double l, Double c, Double v, Long t) {}

  /** A page of {@code /v3/reference/options/contracts}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Contracts(String status, List<ContractRow> results,
      @JsonProperty("next_url") String nextUrl) {}

  /** One listed contract; the ticker ({@code O:SPXW241220P05280000}) says it all. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ContractRow(String ticker, @JsonProperty("underlying_ticker") String underlyingTicker,
      @JsonProperty("contract_type") String contractType,
      @JsonProperty("expiration_date") String expirationDate,
      @JsonProperty("strike_price") Double strikePrice) {}

  /** An error body: {@code {"status":"ERROR","error":"..."}} or {@code "message"}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Error(String status, String error, String message) {}

  /** A page of {@code /v3/snapshot/options/{underlying}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record OptionSnapshots(String status, List<OptionSnapshot> results,
      @JsonProperty("next_url") String nextUrl) {}

  /** One option's snapshot: the contract, the latest quote and trade, IV, greeks, the underlying. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record OptionSnapshot(Details details, Day day, Greeks greeks,
      @JsonProperty("implied_volatility") Double impliedVolatility,
      @JsonProperty("last_quote") LastQuote lastQuote,
      @JsonProperty("last_trade") LastTrade lastTrade,
      @JsonProperty("open_interest") Double openInterest,
      @JsonProperty("underlying_asset") UnderlyingAsset underlyingAsset) {}

  /** The contract's terms. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Details(String ticker, @JsonProperty("contract_type") String contractType,
      @JsonProperty("expiration_date") String expirationDate,
      @JsonProperty("strike_price") Double strikePrice) {}

  /** The session so far. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Day(Double close, Double volume, @JsonProperty("last_updated") Long lastUpdated) {}

  /** The venue's greeks; absent for contracts it cannot price. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Greeks(Double delta, Double gamma, Double theta, Double vega) {}

  /** The latest NBBO; {@code last_updated} is in epoch nanoseconds. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record LastQuote(Double bid, Double ask, @JsonProperty("bid_size") Double bidSize,
      @JsonProperty("ask_size") Double askSize, @JsonProperty("last_updated") Long lastUpdated) {}

  /** The latest trade; {@code sip_timestamp} is in epoch nanoseconds. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record LastTrade(Double price, @JsonProperty("sip_timestamp") Long sipTimestamp,
      @JsonProperty("last_updated") Long lastUpdated) {}

  /** The underlying's price the snapshot was taken against. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record UnderlyingAsset(String ticker, Double price, Double value,
      @JsonProperty("last_updated") Long lastUpdated) {}

  /** A page of the universal {@code /v3/snapshot?ticker.any_of=...}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Snapshots(String status, List<Snapshot> results) {}

  /**
   * One ticker's snapshot: an index has {@code value}; a stock or ETF has a quote, a trade and a
   * session; a ticker Polygon cannot serve has {@code error} (NOT_FOUND, NOT_ENTITLED).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Snapshot(String ticker, String type, Double value, String error, String message,
      @JsonProperty("last_quote") LastQuote lastQuote,
      @JsonProperty("last_trade") LastTrade lastTrade, Session session,
      @JsonProperty("last_updated") Long lastUpdated) {}

  /** The session so far. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Session(Double close) {}
}
