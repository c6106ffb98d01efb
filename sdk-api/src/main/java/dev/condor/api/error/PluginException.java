package dev.condor.api.error;

import dev.condor.api.Stable;

/**
 * A plugin could not be found, chosen or started: an unknown or duplicate provider id, a provider
 * built for an incompatible API version, or a provider that failed to create its service. The
 * {@link #code()} is one of the {@link Problem} codes, documented in the README.
 */
@Stable(since = "0.1")
public class PluginException extends CondorException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, each with its stable diagnostic code. */
  @Stable(since = "0.1")
  public enum Problem {
    /** No provider of the requested kind has that id. */
    UNKNOWN_ID("CONDOR-PLUGIN-UNKNOWN-ID"),
    /** Two providers of one kind share an id and no override picks one. */
    DUPLICATE_ID("CONDOR-PLUGIN-DUPLICATE-ID"),
    /** The provider targets an API version this engine cannot run. */
    INCOMPATIBLE_API("CONDOR-PLUGIN-INCOMPATIBLE-API"),
    /** The provider's declaration (id, version, config type) is malformed. */
    INVALID_PROVIDER("CONDOR-PLUGIN-INVALID"),
    /** The provider threw while creating its service. */
    CREATION_FAILED("CONDOR-PLUGIN-CREATION-FAILED"),
    /** A secret the provider declares as required was not supplied. */
    MISSING_SECRET("CONDOR-PLUGIN-MISSING-SECRET");

    private final String code;

    Problem(String code) {
      this.code = code;
    }

    /** The stable diagnostic code. */
    public String code() {
      return code;
    }
  }

  private final Problem problem;

  /** A plugin problem with a message that names the provider kind and id. */
  public PluginException(Problem problem, String message) {
    this(problem, message, null);
  }

  /** As {@link #PluginException(Problem, String)}, keeping the underlying cause. */
  public PluginException(Problem problem, String message, Throwable cause) {
    super(problem.code(), message, cause);
    this.problem = problem;
  }

  /** What went wrong. */
  public Problem problem() {
    return problem;
  }
}
