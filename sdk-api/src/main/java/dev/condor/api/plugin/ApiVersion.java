package dev.condor.api.plugin;

import dev.condor.api.Stable;

/**
 * The version of the Condor API that this jar implements, which every plugin provider reports
 * it was built against so the registry can refuse an incompatible plugin with a clear message.
 *
 * <p>Compatibility follows semantic versioning of the API alone: a provider built for
 * {@code major.minor} runs on any API {@code major.x} with {@code x >= minor}.
 */
@Stable(since = "0.1")
public final class ApiVersion {

  /** The major version: a change here breaks plugins. */
  public static final int MAJOR = 0;

  /** The minor version: additions that keep plugins built for earlier minors working. */
  public static final int MINOR = 1;

  /** {@code "MAJOR.MINOR"}, the string a provider returns from {@code apiVersion()}. */
  public static final String CURRENT = MAJOR + "." + MINOR;

  private ApiVersion() {}

  /**
   * Whether a provider that targets {@code providerVersion} (as {@code "major.minor"}) can run on
   * this API.
   *
   * @throws dev.condor.api.error.InvalidValueException if the text is not {@code major.minor}
   */
  public static boolean isCompatible(String providerVersion) {
    int[] parsed = parse(providerVersion);
    return parsed[0] == MAJOR && parsed[1] <= MINOR;
  }

  private static int[] parse(String version) {
    if (version == null || !version.matches("\\d{1,4}\\.\\d{1,4}")) {
      throw new dev.condor.api.error.InvalidValueException(
          "apiVersion", version, "must be MAJOR.MINOR, e.g. \"" + CURRENT + "\"");
    }
    int dot = version.indexOf('.');
    return new int[] {
      Integer.parseInt(version.substring(0, dot)), Integer.parseInt(version.substring(dot + 1))
    };
  }
}
