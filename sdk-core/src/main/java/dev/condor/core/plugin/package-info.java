/**
 * The plugin registry: how the engine finds brokers, data sources, strategies, risk policies and
 * journal sinks with {@link java.util.ServiceLoader}, checks that each was built for a compatible
 * API version, and configures and creates them, with one clear, coded error per problem.
 */
package dev.condor.core.plugin;
