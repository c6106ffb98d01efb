package dev.condor.api.error;

import dev.condor.api.Stable;

/**
 * The root of Condor's unchecked exceptions: every failure the API reports carries a stable
 * diagnostic {@link #code()} that scripts and support documents can rely on, and a message that
 * says what was wrong and what to check. Messages never contain secrets.
 */
@Stable(since = "0.1")
public abstract class CondorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  protected CondorException(String code, String message, Throwable cause) {
    super("[" + code + "] " + message, cause);
    this.code = code;
  }

  /** The stable diagnostic code, e.g. {@code CONDOR-PLUGIN-UNKNOWN-ID}. */
  public String code() {
    return code;
  }
}
