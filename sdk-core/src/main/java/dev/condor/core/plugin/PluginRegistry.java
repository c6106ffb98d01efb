package dev.condor.core.plugin;

import dev.condor.api.broker.BrokerProvider;
import dev.condor.api.data.HistoricalDataProvider;
import dev.condor.api.data.MarketDataFeedProvider;
import dev.condor.api.error.CondorException;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.PluginException.Problem;
import dev.condor.api.error.PluginException;
import dev.condor.api.journal.JournalSinkProvider;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Provider;
import dev.condor.api.plugin.ProviderKind;
import dev.condor.api.plugin.SecretSpec;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskPolicyProvider;
import dev.condor.api.strategy.RiskPolicyRequest;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins Condor knows, by kind and id, found with {@link ServiceLoader} (modules' {@code
 * provides} on the module path, {@code META-INF/services} on the class path) or given as instances.
 *
 * <p>Every problem is a {@link PluginException} with a stable code: an unknown id (the message
 * lists the known ones), two providers sharing an id (resolved only by an explicit override naming
 * the provider class), a provider built for an incompatible API version, a configuration that
 * fails validation (a {@link ConfigurationException} naming the key), a missing secret.
 */
public final class PluginRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(PluginRegistry.class);

  private static final Map<ProviderKind, Class<?>> SERVICE_TYPES = Map.of(
      ProviderKind.BROKER, BrokerProvider.class,
      ProviderKind.MARKET_DATA, MarketDataFeedProvider.class,
      ProviderKind.HISTORICAL_DATA, HistoricalDataProvider.class,
      ProviderKind.STRATEGY, StrategyProvider.class,
      ProviderKind.RISK_POLICY, RiskPolicyProvider.class,
      ProviderKind.JOURNAL_SINK, JournalSinkProvider.class);

  private final Map<ProviderKind, List<Provider<?, ?>>> byKind;
  private final Map<String, String> overrides;

  private PluginRegistry(Collection<? extends Provider<?, ?>> providers, Map<String, String> overrides) {
    Map<ProviderKind, List<Provider<?, ?>>> map = new EnumMap<>(ProviderKind.class);
    for (ProviderKind kind : ProviderKind.values()) {
      map.put(kind, new ArrayList<>());
    }
    for (Provider<?, ?> p : providers) {
      map.get(Objects.requireNonNull(p.kind(), () -> p.getClass().getName() + ".kind()")).add(p);
    }
    map.replaceAll((k, list) -> List.copyOf(list));
    this.byKind = map;
    this.overrides = Map.copyOf(overrides);
  }

  /** Every provider visible to this module's class loader and the boot module layer. */
  public static PluginRegistry discover() {
    return discover(Map.of());
  }

  /**
   * As {@link #discover()}, with overrides: {@code "kind:id" -> provider class name} (e.g. {@code
   * "broker:paper" -> "com.acme.FastPaperProvider"}) choosing between providers that share an id.
   */
  public static PluginRegistry discover(Map<String, String> overrides) {
    List<Provider<?, ?>> found = new ArrayList<>();
    for (ProviderKind kind : ProviderKind.values()) {
      found.addAll(load(SERVICE_TYPES.get(kind), kind));
    }
    return new PluginRegistry(found, overrides);
  }

  /** A registry of exactly these providers (for tests and applications that wire by hand). */
  public static PluginRegistry of(Collection<? extends Provider<?, ?>> providers) {
    return new PluginRegistry(providers, Map.of());
  }

  private static List<Provider<?, ?>> load(Class<?> type, ProviderKind kind) {
    List<Provider<?, ?>> out = new ArrayList<>();
    ServiceLoader<?> loader = ServiceLoader.load(type, PluginRegistry.class.getClassLoader());
    var it = loader.stream().iterator();
    while (true) {
      ServiceLoader.Provider<?> candidate;
      try {
        if (!it.hasNext()) {
          break;
        }
        candidate = it.next();
        out.add((Provider<?, ?>) candidate.get());
      } catch (ServiceConfigurationError e) {
        throw new PluginException(Problem.INVALID_PROVIDER,
            "a " + kind.name().toLowerCase() + " provider could not be loaded: " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** The providers of a kind, in id order, whatever their API version. */
  public List<Provider<?, ?>> providers(ProviderKind kind) {
    return byKind.get(kind).stream()
        .sorted(Comparator.comparing(Provider::id))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The provider of a kind with an id, checked for API compatibility.
   *
   * @throws PluginException for an unknown id, a duplicate id without an override, or an
   *     incompatible API version
   */
  public Provider<?, ?> find(ProviderKind kind, String id) {
    List<Provider<?, ?>> matches = byKind.get(kind).stream()
        .filter(p -> p.id().equals(id))
        .collect(Collectors.toList());
    if (matches.isEmpty()) {
      throw new PluginException(Problem.UNKNOWN_ID,
          "no " + label(kind) + " provider has id \"" + id + "\"; known: " + knownIds(kind));
    }
    Provider<?, ?> chosen = matches.size() == 1 ? matches.get(0) : resolveDuplicate(kind, id, matches);
    checkApiVersion(kind, chosen);
    return chosen;
  }

  /** As {@link #find(ProviderKind, String)}, typed: e.g. {@code find(BrokerProvider.class, "paper")}. */
  public <P extends Provider<?, ?>> P find(Class<P> type, String id) {
    ProviderKind kind = SERVICE_TYPES.entrySet().stream()
        .filter(e -> e.getValue().equals(type))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(type + " is not a provider interface"));
    return type.cast(find(kind, id));
  }

  /**
   * Reads a provider's configuration, turning any validation failure into a {@link
   * ConfigurationException} that names the configuration path.
   */
  public static <C> C configure(Provider<?, C> provider, Settings settings) {
    try {
      C config = provider.configure(settings);
      if (config == null || !provider.configType().isInstance(config)) {
        throw new PluginException(Problem.INVALID_PROVIDER, label(provider)
            + " returned " + config + " from configure(), not a " + provider.configType().getName());
      }
      return config;
    } catch (ConfigurationException | PluginException e) {
      throw e;
    } catch (CondorException | IllegalArgumentException | IllegalStateException e) {
      throw new ConfigurationException(settings.path().isEmpty() ? provider.id() : settings.path(),
          e.getMessage(), e);
    }
  }

  /**
   * Configures and creates a provider's service, first checking that every required secret was
   * supplied.
   */
  public static <S, C> S create(Provider<S, C> provider, Settings settings, Secrets secrets) {
    for (SecretSpec spec : provider.secrets()) {
      if (spec.required() && secrets.find(spec.name()).isEmpty()) {
        throw new PluginException(Problem.MISSING_SECRET, label(provider) + " needs secret \""
            + spec.name() + "\" (" + spec.description() + ")");
      }
    }
    C config = configure(provider, settings);
    try {
      S service = provider.create(config, secrets);
      if (service == null) {
        throw new PluginException(Problem.CREATION_FAILED, label(provider) + " created nothing");
      }
      return service;
    } catch (CondorException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new PluginException(Problem.CREATION_FAILED,
          label(provider) + " failed to start: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Creates the strategy plugin {@code providerId} with the settings found under {@code
   * strategies.<name>.settings}.
   */
  public Strategy strategy(String name, String providerId, Map<String, ?> settings,
      Function<Provider<?, ?>, Secrets> secrets) {
    Provider<?, ?> p = find(StrategyProvider.class, providerId);
    return (Strategy) create(p, Settings.of("strategies." + name + ".settings", settings),
        secrets.apply(p));
  }

  /**
   * Creates the risk policies a strategy named {@code name} requests, then the ones every strategy
   * gets, each with its settings under {@code strategies.<name>.risk.<policy id>}.
   */
  public List<RiskPolicy> riskPolicies(String name, Strategy strategy,
      List<RiskPolicyRequest> forEveryStrategy, Function<Provider<?, ?>, Secrets> secrets) {
    List<RiskPolicyRequest> requests = new ArrayList<>(strategy.riskPolicies());
    requests.addAll(forEveryStrategy);
    List<RiskPolicy> made = new ArrayList<>();
    for (RiskPolicyRequest request : requests) {
      Provider<?, ?> p = find(RiskPolicyProvider.class, request.policyId());
      made.add((RiskPolicy) create(p, Settings.of("strategies." + name + ".risk."
          + request.policyId(), request.settings()), secrets.apply(p)));
    }
    return made;
  }

  private Provider<?, ?> resolveDuplicate(ProviderKind kind, String id, List<Provider<?, ?>> matches) {
    String override = overrides.get(label(kind) + ":" + id);
    List<String> classes = matches.stream().map(p -> p.getClass().getName()).sorted()
        .collect(Collectors.toList());
    if (override == null) {
      throw new PluginException(Problem.DUPLICATE_ID, classes.size() + " " + label(kind)
          + " providers share id \"" + id + "\": " + classes + "; choose one with the override \""
          + label(kind) + ":" + id + "\" = <class name>");
    }
    Provider<?, ?> chosen = matches.stream().filter(p -> p.getClass().getName().equals(override))
        .findFirst()
        .orElseThrow(() -> new PluginException(Problem.DUPLICATE_ID, "the override for "
            + label(kind) + ":" + id + " names " + override + ", which is not one of " + classes));
    LOG.info("{} providers share id \"{}\"; using {} as overridden", label(kind), id, override);
    return chosen;
  }

  private static void checkApiVersion(ProviderKind kind, Provider<?, ?> p) {
    String version = p.apiVersion();
    boolean compatible;
    try {
      compatible = ApiVersion.isCompatible(version);
    } catch (CondorException e) {
      throw new PluginException(Problem.INVALID_PROVIDER, label(p) + " reports API version \""
          + version + "\", which is not MAJOR.MINOR", e);
    }
    if (!compatible) {
      throw new PluginException(Problem.INCOMPATIBLE_API, label(p) + " (" + p.getClass().getName()
          + ") was built for Condor API " + version + "; this engine provides API "
          + ApiVersion.CURRENT + ": use a version of the plugin built for API " + ApiVersion.MAJOR
          + ".x");
    }
  }

  private String knownIds(ProviderKind kind) {
    TreeSet<String> ids = byKind.get(kind).stream().map(Provider::id)
        .collect(Collectors.toCollection(TreeSet::new));
    return ids.isEmpty() ? "none installed" : ids.toString();
  }

  private static String label(ProviderKind kind) {
    return kind.name().toLowerCase().replace('_', '-');
  }

  private static String label(Provider<?, ?> p) {
    return label(p.kind()) + " \"" + p.id() + "\"";
  }
}
