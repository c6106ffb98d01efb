/**
 * The broker suite of the TCK: what a broker plugin must do to keep money safe, checked against a
 * WireMock-simulated venue.
 *
 * <p>A plugin author extends {@link dev.condor.tck.broker.BrokerVerification} in the plugin's
 * tests and supplies four things: the provider id, settings pointing at a base URL, fake secrets,
 * and a {@link dev.condor.tck.broker.VenueSimulation}. The simulation is the author's model of the
 * venue: for each scenario the suite names (the venue accepts an order, fills it in parts, rejects
 * it, lets a session expire, rate-limits, fails with a 5xx, stalls), it registers stubs that answer
 * in the venue's documented shapes. The suite then plays each scenario against the plugin and
 * asserts the contract of {@link dev.condor.api.broker.Broker}: an order is sent at most once and
 * found again by its client order id when its outcome was not seen; fills keep the venue's ids;
 * failures are {@link dev.condor.api.error.BrokerException}s of the right kind carrying the
 * venue's code and message; an expired session is renewed once, a 429 honoured; secrets never
 * appear in messages, {@code toString()} or logs.
 *
 * <p>The suite's values ({@link dev.condor.tck.broker.TestAccount}, {@link
 * dev.condor.tck.broker.TestOrder}, {@link dev.condor.tck.broker.TestFill}, {@link
 * dev.condor.tck.broker.TestPreview}) describe what the simulated venue should show, in plain
 * numbers the simulation writes into the venue's own formats.
 */
package dev.condor.tck.broker;
