/**
 * The broker SPI: accounts, positions and orders at a venue (tastytrade, Interactive Brokers, the
 * paper broker).
 *
 * <p>A broker plugin implements {@link dev.condor.api.broker.BrokerProvider} and {@link
 * dev.condor.api.broker.Broker}. The hard part of a broker is what happens when things go wrong:
 * a placement that timed out may or may not have reached the venue, so a broker never resends on
 * its own; it reports the unknown outcome and lets the engine look the order up by its client
 * order id. The TCK verifies these rules against a simulated venue.
 */
package dev.condor.api.broker;
