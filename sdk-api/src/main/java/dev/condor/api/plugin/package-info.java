/**
 * What every plugin declares, and how it is configured.
 *
 * <p>Brokers, data sources, strategies, risk policies and journal sinks are plugins: classes
 * implementing a {@link dev.condor.api.plugin.Provider} sub-interface ({@code BrokerProvider},
 * {@code StrategyProvider}...) found with {@link java.util.ServiceLoader}. A provider reports a
 * short id, the API version it was built for (the registry refuses an incompatible one), a
 * one-line description, its {@link dev.condor.api.plugin.Capability capabilities} and the {@link
 * dev.condor.api.plugin.SecretSpec secrets} it needs.
 *
 * <p>Configuration reaches a provider as {@link dev.condor.api.plugin.Settings}, which it turns
 * into its own validated configuration value; every error names the full key. Secrets reach it
 * separately, as {@link dev.condor.api.plugin.Secret}s that never print their value.
 */
package dev.condor.api.plugin;
