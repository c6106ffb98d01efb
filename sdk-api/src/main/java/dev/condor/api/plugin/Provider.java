package dev.condor.api.plugin;

import dev.condor.api.Stable;
import java.util.Set;

/**
 * What every plugin provider declares, whatever its kind: a short id, the API version it was
 * built for, a one-line description, its configuration type, the secrets it needs and its
 * capabilities; and how it makes its service.
 *
 * <p>Providers are found with {@link java.util.ServiceLoader} (module {@code provides}, or {@code
 * META-INF/services} on the class path). They must have a public no-argument constructor and do
 * no work in it.
 *
 * @param <S> the service made (a {@link dev.condor.api.broker.Broker}, a {@link
 *     dev.condor.api.strategy.Strategy}...)
 * @param <C> the provider's validated configuration type
 */
@Stable(since = "0.1")
public interface Provider<S, C> {

  /** The kind of plugin. */
  ProviderKind kind();

  /** The short, unique id users select it by: {@code "tastytrade"}, {@code "iron-condor-0dte"}. */
  String id();

  /**
   * The API version the provider was compiled against. Implement it as {@code return
   * ApiVersion.CURRENT;}: the compiler copies the constant into the plugin, so the registry sees
   * the version the plugin was built for and refuses an incompatible one.
   */
  String apiVersion();

  /** One line for {@code condor list}. */
  String description();

  /** The configuration type {@link #configure(Settings)} returns. */
  Class<C> configType();

  /**
   * Reads and validates the configuration; {@code configure(Settings.empty(...))} gives the
   * defaults.
   *
   * @throws dev.condor.api.error.ConfigurationException naming the key at fault
   */
  C configure(Settings settings);

  /** The secrets the service needs (none by default). */
  default Set<SecretSpec> secrets() {
    return Set.of();
  }

  /** What the service can do beyond the basics of its kind. */
  default Set<Capability> capabilities() {
    return Set.of();
  }

  /**
   * Makes the service.
   *
   * @param config a configuration from {@link #configure(Settings)}
   * @param secrets the secrets declared by {@link #secrets()} that were supplied
   */
  S create(C config, Secrets secrets);
}
