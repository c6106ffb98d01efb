package dev.condor.core.risk;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskPolicyProvider;
import java.util.Set;

/**
 * The shape every bundled provider shares: refuse unknown keys, read the configuration record, and
 * report a rule the record's values break as a {@link ConfigurationException} on the full key.
 *
 * @param <C> the configuration record, whose field names are the configuration keys
 */
abstract class AbstractRiskPolicyProvider<C> implements RiskPolicyProvider<C> {

  private final String id;
  private final String description;
  private final Class<C> configType;
  private final Set<String> keys;

  AbstractRiskPolicyProvider(String id, String description, Class<C> configType,
      Set<String> keys) {
    this.id = id;
    this.description = description;
    this.configType = configType;
    this.keys = Set.copyOf(keys);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String apiVersion() {
    return ApiVersion.CURRENT;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final Class<C> configType() {
    return configType;
  }

  /** The keys this policy reads. */
  public final Set<String> keys() {
    return keys;
  }

  @Override
  public final C configure(Settings settings) {
    settings.requireOnly(keys);
    try {
      return read(settings);
    } catch (InvalidValueException e) {
      throw new ConfigurationException(settings.fullKey(e.field()), problem(e), e);
    }
  }

  @Override
  public final RiskPolicy create(C config, Secrets secrets) {
    return create(config);
  }

  /** Reads the keys into the record; a value the record refuses throws, naming its key. */
  abstract C read(Settings settings);

  /** Makes the policy. */
  abstract RiskPolicy create(C config);

  /** "must be > 0 and < 100, found 150.0" out of the value exception's "field = 150.0: rule". */
  private static String problem(InvalidValueException e) {
    String message = e.getMessage();
    String head = "[" + e.code() + "] " + e.field() + " = ";
    String tail = ": " + e.rule();
    if (message.startsWith(head) && message.endsWith(tail)) {
      String value = message.substring(head.length(), message.length() - tail.length());
      return e.rule() + ", found " + value;
    }
    return e.rule();
  }
}
