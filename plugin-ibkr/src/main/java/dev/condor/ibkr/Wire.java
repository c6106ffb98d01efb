package dev.condor.ibkr;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * The gateway's JSON shapes, as the Client Portal / Web API documents them: what the adapter sends
 * and reads, nothing more (unknown fields are ignored). Numbers the gateway sometimes sends as text
 * are read as text and parsed by {@link IbkrMapper}.
 */
final class Wire {

  private Wire() {}

  /** {@code POST /iserver/auth/status} and {@code /iserver/auth/ssodh/init}. */
  record AuthStatus(Boolean authenticated, Boolean connected, Boolean competing, String message,
      String fail) {}

  /** {@code POST /iserver/auth/ssodh/init} body. */
  record SsodhInit(boolean publish, boolean compete) {}

  /** {@code GET /iserver/accounts}. */
  record Accounts(List<String> accounts, String selectedAccount) {}

  /** One result of {@code GET /iserver/secdef/search}. */
  record SearchResult(String conid, String symbol, String companyHeader, String description,
      List<Section> sections) {}

  /** A security type listed under a search result. */
  record Section(String secType, String months, String exchange) {}

  /** {@code GET /iserver/secdef/strikes}. */
  record Strikes(List<Double> call, List<Double> put) {}

  /** One contract of {@code GET /iserver/secdef/info}. */
  record SecdefInfo(String conid, String symbol, String secType, String right, String strike,
      String maturityDate, String tradingClass, String currency, String exchange) {}

  /** {@code GET /iserver/contract/{conid}/info}. */
  record ContractInfo(@JsonProperty("con_id") String conid,
      @JsonProperty("local_symbol") String localSymbol,
      @JsonProperty("trading_class") String tradingClass,
      @JsonProperty("instrument_type") String instrumentType) {}

  /** One value of {@code GET /portfolio/{accountId}/summary}. */
  record SummaryValue(Double amount, String currency, String value) {}

  /** The values of {@code GET /portfolio/{accountId}/summary} the adapter reads. */
  record PortfolioSummary(SummaryValue netliquidation, SummaryValue totalcashvalue,
      SummaryValue availablefunds, SummaryValue buyingpower) {}

  /** One row of {@code GET /portfolio/{accountId}/positions/{page}}. */
  record Position(String acctId, String conid, String contractDesc, String position,
      String avgCost, String avgPrice, String mktPrice, String assetClass, String expiry,
      String putOrCall, String strike, String multiplier) {}

  /** {@code POST /iserver/account/{accountId}/orders} (and {@code /whatif}) body. */
  record PlaceOrders(List<OrderTicket> orders) {}

  /** One order ticket; a combo carries {@code conidex} instead of {@code conid}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record OrderTicket(String acctId, Long conid, String conidex,
      @JsonProperty("cOID") String cOID, String orderType, BigDecimal price, String side,
      String tif, Integer quantity) {}

  /**
   * One element of an order submission or reply answer: a placed order ({@code order_id}), a
   * question to confirm ({@code id} with {@code message}), an error, or a price-management prompt
   * ({@code messageId} with {@code text}).
   */
  record SubmitAnswer(String id, List<String> message, List<String> messageIds,
      @JsonProperty("order_id") String orderId, @JsonProperty("order_status") String orderStatus,
      String error, String text, String messageId) {}

  /** {@code POST /iserver/reply/{replyId}} body. */
  record Reply(boolean confirmed) {}

  /** {@code GET /iserver/account/orders}. */
  record LiveOrders(List<LiveOrder> orders, Boolean snapshot) {}

  /** One order of {@code GET /iserver/account/orders}. */
  record LiveOrder(String acct, String conid, String conidex, String orderId, String status,
      String side, String totalSize, String filledQuantity, String remainingQuantity,
      String avgPrice, String price, String orderType, String timeInForce,
      @JsonProperty("lastExecutionTime_r") String lastExecutionTimeMillis,
      @JsonProperty("order_ref") String orderRef,
      @JsonProperty("order_cancellation_by_system_reason") String cancellationReason) {}

  /** {@code GET /iserver/account/order/status/{orderId}}. */
  record OrderStatusDetail(@JsonProperty("order_id") String orderId,
      @JsonProperty("order_status") String orderStatus, String side,
      @JsonProperty("total_size") String totalSize,
      @JsonProperty("filled_quantity") String filledQuantity,
      @JsonProperty("avg_fill_price") String avgFillPrice,
      @JsonProperty("order_ref") String orderRef, String conidex) {}

  /** One execution of {@code GET /iserver/account/trades}. */
  record Trade(@JsonProperty("execution_id") String executionId, String conid, String conidEx,
      @JsonProperty("sec_type") String secType, String side, String size, String price,
      String commission, @JsonProperty("order_ref") String orderRef,
      @JsonProperty("order_id") String orderId,
      @JsonProperty("trade_time_r") String tradeTimeMillis,
      @JsonProperty("trade_time") String tradeTime, String account) {}

  /** {@code DELETE /iserver/account/{accountId}/order/{orderId}}. */
  record CancelAnswer(String msg, @JsonProperty("order_id") String orderId, String error) {}

  /** {@code POST /iserver/account/{accountId}/orders/whatif}. */
  record WhatIf(WhatIfAmount amount, WhatIfChange initial, WhatIfChange maintenance,
      WhatIfChange equity, String warn, String error) {}

  /** The cost part of a what-if answer, as text with units ({@code "1.30 USD"}). */
  record WhatIfAmount(String amount, String commission, String total) {}

  /** A margin or equity line of a what-if answer, as text with thousands separators. */
  record WhatIfChange(String current, String change, String after) {}
}
