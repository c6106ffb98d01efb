/**
 * The {@code "ibkr"} broker: Interactive Brokers through the Client Portal / Web API gateway.
 *
 * <p>The user runs IBKR's gateway and logs into it in a browser; the plugin talks to its REST API
 * ({@code /v1/api}) and never sees a password. {@link dev.condor.ibkr.IbkrBrokerProvider} reads the
 * settings into an {@link dev.condor.ibkr.IbkrConfig} and makes an {@link
 * dev.condor.ibkr.IbkrBroker}, the adapter from the gateway's wire shapes (package-private
 * records, mapped to API values by a MapStruct mapper) to Condor's {@link
 * dev.condor.api.broker.Broker} contract.
 *
 * <p>What IBKR's API asks of a client, and where the plugin does it:
 *
 * <ul>
 *   <li>Contract ids: option orders name contracts by conid, found by the search, strikes and info
 *       sequence; the weekly class (SPXW) and the monthly (SPX) share strikes and are told apart
 *       by trading class and maturity date.
 *   <li>Combos: one order on the US-dollar spread contract {@code 28812380} with signed leg
 *       ratios; a credit is a negative limit on the buy side.
 *   <li>Questions: a placement may answer with precautionary questions that must be confirmed
 *       before the order exists.
 *   <li>Idempotency: the caller's client order id travels as {@code cOID} and comes back as
 *       {@code order_ref}.
 *   <li>Session: a brokerage session that expires without a tickle, is re-opened with {@code
 *       ssodh/init}, and is renewed with {@code reauthenticate} after a 401.
 * </ul>
 */
package dev.condor.ibkr;
