package dev.condor.core.calendar;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared market-data answer keys, which live outside the project (the repo's sibling
 * {@code ../shared/market-data}) and are never copied into it; tests that need them are skipped
 * where they are absent.
 */
final class SharedMarketData {

  private SharedMarketData() {}

  /**
   * {@code <repo>/../shared/market-data}, resolved from the module directory Maven runs in, or the
   * directory the {@code condor.marketData} system property names (data kept elsewhere in CI).
   */
  static Path root() {
    String override = System.getProperty("condor.marketData");
    if (override != null && !override.isBlank()) {
      return Path.of(override).toAbsolutePath().normalize();
    }
    Path moduleDir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    Path repoRoot = moduleDir.getParent() != null ? moduleDir.getParent() : moduleDir;
    return repoRoot.resolve("../shared/market-data").normalize();
  }

  /** A file of the shared market data; skips the calling test when it is absent. */
  static Path require(String relativePath) {
    Path file = root().resolve(relativePath);
    assumeTrue(Files.isRegularFile(file),
        "the answer key is absent: " + file + " (shared market data lives outside the project)");
    return file;
  }
}
