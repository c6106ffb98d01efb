package dev.condor.api.error;

import dev.condor.api.Stable;
import java.util.Objects;

/**
 * A configuration could not be used: the message names the key (as the user wrote it, e.g.
 * {@code strategies.iron-condor-0dte.wingWidth}) and says what is expected. Thrown before anything
 * is traded.
 */
@Stable(since = "0.1")
public class ConfigurationException extends CondorException {
  private static final long serialVersionUID = 1L;

  /** The diagnostic code of every configuration error. */
  public static final String CODE = "CONDOR-CONFIG";

  private final String key;

  /**
   * @param key the configuration key that is wrong or missing
   * @param problem what is wrong and what is expected
   */
  public ConfigurationException(String key, String problem) {
    this(key, problem, null);
  }

  /** As {@link #ConfigurationException(String, String)}, keeping the underlying cause. */
  public ConfigurationException(String key, String problem, Throwable cause) {
    super(CODE, Objects.requireNonNull(key, "key") + ": " + problem, cause);
    this.key = key;
  }

  /** The configuration key at fault. */
  public String key() {
    return key;
  }
}
