package dev.condor.core.config;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.plugin.SecretSpec;
import dev.condor.api.plugin.Secrets;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where secrets come from: environment variables {@code CONDOR_SECRET_<PROVIDER>_<NAME>} (e.g.
 * {@code CONDOR_SECRET_TASTYTRADE_REFRESH_TOKEN} for tastytrade's {@code refreshToken}) and an
 * optional properties file of {@code provider.name=value} lines that only its owner may read.
 * The environment wins. Secrets never pass through configuration, and no message here contains a
 * value.
 */
public final class SecretStore {

  private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
      PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  private final Map<String, String> environment;
  private final Properties file = new Properties();

  private SecretStore(Map<String, String> environment) {
    this.environment = environment;
  }

  /**
   * A store over the environment and, if not {@code null}, a secrets file.
   *
   * @throws ConfigurationException if the file is missing, unreadable, or readable by anyone
   *     but its owner
   */
  public static SecretStore of(Map<String, String> environment, Path secretsFile) {
    SecretStore store = new SecretStore(Map.copyOf(environment));
    if (secretsFile != null) {
      store.load(secretsFile);
    }
    return store;
  }

  private void load(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new ConfigurationException(path.toString(), "secrets file not found");
    }
    // On a file system without POSIX permissions (Windows) the operating system's ACLs apply.
    boolean posix = Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    try {
      Set<PosixFilePermission> permissions = posix ? Files.getPosixFilePermissions(path) : Set.of();
      if (permissions.stream().anyMatch(OTHERS::contains)) {
        throw new ConfigurationException(path.toString(), "the secrets file can be read or changed"
            + " by others; make it owner-only: chmod 600 " + path);
      }
    } catch (IOException e) {
      throw new ConfigurationException(path.toString(), "cannot read its permissions: " + e.getMessage());
    }
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      file.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigurationException(path.toString(), "cannot be read as key=value lines");
    }
  }

  /** The secrets a provider declares, as far as they were supplied. */
  public Secrets forProvider(String providerId, Collection<SecretSpec> specs) {
    Map<String, String> values = new LinkedHashMap<>();
    for (SecretSpec spec : specs) {
      String fromEnv = environment.get(environmentName(providerId, spec.name()));
      String fromFile = file.getProperty(providerId + "." + spec.name());
      String value = fromEnv != null && !fromEnv.isBlank() ? fromEnv : fromFile;
      if (value != null && !value.isBlank()) {
        values.put(spec.name(), value.strip());
      }
    }
    return Secrets.of(values);
  }

  /** The environment variable of a provider's secret: {@code CONDOR_SECRET_TASTYTRADE_REFRESH_TOKEN}. */
  public static String environmentName(String providerId, String secretName) {
    String snake = secretName.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
    return ("CONDOR_SECRET_" + providerId + "_" + snake).replace('-', '_').toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "SecretStore[" + file.size() + " from file]";
  }
}
