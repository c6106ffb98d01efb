/**
 * Orders: what a strategy asks a broker to do, and what happened.
 *
 * <p>An {@link dev.condor.api.order.OrderTicket} is a {@link dev.condor.api.order.Structure} of
 * {@link dev.condor.api.order.Leg}s on one underlying: a single option, a vertical spread (sell
 * one strike, buy a further one of the same expiry and right), an iron condor (a put vertical
 * below a call vertical) or a strangle. Option sellers price the whole structure as one net
 * {@link dev.condor.api.order.NetPrice}: a credit received to open, a debit paid to close.
 *
 * <p>The caller chooses the {@link dev.condor.api.order.ClientOrderId}. It is the idempotency key:
 * the engine journals it before the order leaves, and after a timeout (status {@link
 * dev.condor.api.order.OrderStatus#UNKNOWN}) looks the order up by it rather than sending it
 * twice. A broker reports {@link dev.condor.api.order.OrderState}s and {@link
 * dev.condor.api.order.Fill}s; a fill's id makes it count once however often it is seen.
 */
package dev.condor.api.order;
