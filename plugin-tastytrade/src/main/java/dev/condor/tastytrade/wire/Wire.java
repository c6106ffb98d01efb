package dev.condor.tastytrade.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * tastytrade's JSON documents as the venue writes them (dasherized keys, numbers often as
 * strings), one record per shape. Only the fields Condor reads are declared; the rest are ignored.
 * Everything here stays inside the plugin: {@link WireMapper} turns it into API values.
 */
final class Wire {

  private Wire() {}

  /** {@code {"error": {...}}}: the body of every refused request. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ErrorBody(@JsonProperty("error") Error error) {}

  /** The venue's error: a code, a message and, for preflight failures, the checks that failed. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Error(
      @JsonProperty("code") String code,
      @JsonProperty("message") String message,
      @JsonProperty("errors") List<Message> errors) {}

  /** A code and a message: a warning on a dry run, one failed check of an error. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Message(@JsonProperty("code") String code, @JsonProperty("message") String message) {}

  /** The answer of {@code POST /oauth/token}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Token(
      @JsonProperty("access_token") String accessToken,
      @JsonProperty("token_type") String tokenType,
      @JsonProperty("expires_in") Long expiresIn,
      @JsonProperty("refresh_token") String refreshToken) {}

  /** One item of {@code GET /customers/me/accounts}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record AccountHolder(
      @JsonProperty("account") AccountInfo account,
      @JsonProperty("authority-level") String authorityLevel) {}

  /** An account's identity. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record AccountInfo(
      @JsonProperty("account-number") String accountNumber,
      @JsonProperty("nickname") String nickname) {}

  /** {@code GET /accounts/{n}/balances}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Balance(
      @JsonProperty("account-number") String accountNumber,
      @JsonProperty("cash-balance") BigDecimal cashBalance,
      @JsonProperty("net-liquidating-value") BigDecimal netLiquidatingValue,
      @JsonProperty("derivative-buying-power") BigDecimal derivativeBuyingPower,
      @JsonProperty("updated-at") String updatedAt) {}

  /** One item of {@code GET /accounts/{n}/positions}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Position(
      @JsonProperty("symbol") String symbol,
      @JsonProperty("instrument-type") String instrumentType,
      @JsonProperty("underlying-symbol") String underlyingSymbol,
      @JsonProperty("quantity") BigDecimal quantity,
      @JsonProperty("quantity-direction") String quantityDirection,
      @JsonProperty("average-open-price") BigDecimal averageOpenPrice,
      @JsonProperty("mark-price") BigDecimal markPrice) {}

  /** An order as the venue reports it (placement answer, live orders, one order). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Order(
      @JsonProperty("id") String id,
      @JsonProperty("account-number") String accountNumber,
      @JsonProperty("external-identifier") String externalIdentifier,
      @JsonProperty("status") String status,
      @JsonProperty("size") BigDecimal size,
      @JsonProperty("order-type") String orderType,
      @JsonProperty("time-in-force") String timeInForce,
      @JsonProperty("price") BigDecimal price,
      @JsonProperty("price-effect") String priceEffect,
      @JsonProperty("reject-reason") String rejectReason,
      @JsonProperty("updated-at") String updatedAt,
      @JsonProperty("received-at") String receivedAt,
      @JsonProperty("legs") List<OrderLeg> legs) {}

  /** One leg of a reported order, with its executions. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record OrderLeg(
      @JsonProperty("instrument-type") String instrumentType,
      @JsonProperty("symbol") String symbol,
      @JsonProperty("action") String action,
      @JsonProperty("quantity") BigDecimal quantity,
      @JsonProperty("remaining-quantity") BigDecimal remainingQuantity,
      @JsonProperty("fills") List<LegFill> fills) {}

  /** One execution of one leg. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record LegFill(
      @JsonProperty("fill-id") String fillId,
      @JsonProperty("ext-group-fill-id") String extGroupFillId,
      @JsonProperty("ext-exec-id") String extExecId,
      @JsonProperty("quantity") BigDecimal quantity,
      @JsonProperty("fill-price") BigDecimal fillPrice,
      @JsonProperty("filled-at") String filledAt) {}

  /** The answer of a placement or a dry run. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record PlacedOrder(
      @JsonProperty("order") Order order,
      @JsonProperty("buying-power-effect") BuyingPowerEffect buyingPowerEffect,
      @JsonProperty("fee-calculation") FeeCalculation feeCalculation,
      @JsonProperty("warnings") List<Message> warnings) {}

  /** What an order does to buying power. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record BuyingPowerEffect(
      @JsonProperty("change-in-buying-power") BigDecimal changeInBuyingPower,
      @JsonProperty("change-in-buying-power-effect") String changeInBuyingPowerEffect) {}

  /** What an order costs in fees. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record FeeCalculation(
      @JsonProperty("total-fees") BigDecimal totalFees,
      @JsonProperty("total-fees-effect") String totalFeesEffect) {}

  /** The body of a placement, dry run or replacement. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record NewOrder(
      @JsonProperty("time-in-force") String timeInForce,
      @JsonProperty("order-type") String orderType,
      @JsonProperty("price") BigDecimal price,
      @JsonProperty("price-effect") String priceEffect,
      @JsonProperty("source") String source,
      @JsonProperty("external-identifier") String externalIdentifier,
      @JsonProperty("legs") List<NewLeg> legs) {}

  /** One leg of an order to send. */
  record NewLeg(
      @JsonProperty("instrument-type") String instrumentType,
      @JsonProperty("symbol") String symbol,
      @JsonProperty("quantity") int quantity,
      @JsonProperty("action") String action) {}

  /** One root of {@code GET /option-chains/{symbol}/nested} (SPX answers with SPX and SPXW). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record NestedChain(
      @JsonProperty("underlying-symbol") String underlyingSymbol,
      @JsonProperty("root-symbol") String rootSymbol,
      @JsonProperty("expirations") List<Expiration> expirations) {}

  /** One expiry of a nested chain. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Expiration(
      @JsonProperty("expiration-date") String expirationDate,
      @JsonProperty("settlement-type") String settlementType,
      @JsonProperty("strikes") List<Strike> strikes) {}

  /** One strike of an expiry: the call's and the put's OCC symbols. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Strike(
      @JsonProperty("strike-price") BigDecimal strikePrice,
      @JsonProperty("call") String call,
      @JsonProperty("put") String put) {}

  /** One item of {@code GET /market-data/by-type}: a quote snapshot, with greeks for options. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record MarketQuote(
      @JsonProperty("symbol") String symbol,
      @JsonProperty("instrument-type") String instrumentType,
      @JsonProperty("bid") BigDecimal bid,
      @JsonProperty("ask") BigDecimal ask,
      @JsonProperty("last") BigDecimal last,
      @JsonProperty("bid-size") BigDecimal bidSize,
      @JsonProperty("ask-size") BigDecimal askSize,
      @JsonProperty("volume") BigDecimal volume,
      @JsonProperty("open-interest") BigDecimal openInterest,
      @JsonProperty("volatility") BigDecimal volatility,
      @JsonProperty("delta") BigDecimal delta,
      @JsonProperty("gamma") BigDecimal gamma,
      @JsonProperty("theta") BigDecimal theta,
      @JsonProperty("vega") BigDecimal vega,
      @JsonProperty("rho") BigDecimal rho,
      @JsonProperty("updated-at") String updatedAt) {}
}
