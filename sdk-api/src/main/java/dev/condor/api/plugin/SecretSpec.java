package dev.condor.api.plugin;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A secret a provider needs (an API key, an OAuth refresh token): its name, what it is, and
 * whether the provider can run without it. The engine reads secrets only from the environment or
 * an owner-only secrets file, never from configuration.
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class SecretSpec {

  SecretSpec() {}

  /** The name, e.g. {@code refreshToken}; the environment variable is derived from it. */
  @Value.Parameter
  public abstract String name();

  /** What the secret is and where the user gets it. */
  @Value.Parameter
  public abstract String description();

  /** Whether the provider cannot run without it. */
  @Value.Default
  public boolean required() {
    return true;
  }

  /** A required secret. */
  public static SecretSpec required(String name, String description) {
    return ImmutableSecretSpec.of(name, description);
  }

  /** An optional secret. */
  public static SecretSpec optional(String name, String description) {
    return ImmutableSecretSpec.builder().name(name).description(description).required(false).build();
  }

  @Value.Check
  void check() {
    if (!name().matches("[a-zA-Z][a-zA-Z0-9]{0,63}")) {
      throw new InvalidValueException("name", name(), "must be a camelCase identifier");
    }
  }
}
