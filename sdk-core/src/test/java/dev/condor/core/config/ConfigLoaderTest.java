package dev.condor.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.plugin.SecretSpec;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir Path dir;

  private Path yaml(String text) throws IOException {
    return Files.writeString(dir.resolve("condor.yaml"), text);
  }

  @Test
  void layersDefaultsFileEnvironmentAndCodeInThatOrder() throws IOException {
    Path file = yaml("""
        broker:
          id: tastytrade
        strategies:
          iron-condor-0dte:
            settings:
              wingWidth: 10
              minCredit: 0.50
        """);
    Settings root = ConfigLoader.load(
        Map.of("broker", Map.of("id", "paper"), "journal", Map.of("directory", "logs")),
        file,
        Map.of("CONDOR_STRATEGIES__IRON_CONDOR_0DTE__SETTINGS__WING_WIDTH", "20",
            "PATH", "/usr/bin"),
        Map.of("strategies", Map.of("iron-condor-0dte", Map.of("settings", Map.of("minCredit", 0.75)))));

    assertEquals("tastytrade", root.section("broker").string("id", ""), "file over defaults");
    assertEquals("logs", root.section("journal").string("directory", ""), "defaults kept");
    Settings ic = root.section("strategies").section("iron-condor-0dte").section("settings");
    assertEquals(20, ic.integer("wingWidth", 0), "environment over file");
    assertEquals(0.75, ic.number("minCredit", 0), "code over file");
    assertEquals("strategies.iron-condor-0dte.settings.wingWidth", ic.fullKey("wingWidth"));
  }

  @Test
  void secretVariablesNeverBecomeConfiguration() {
    Settings root = ConfigLoader.load(Map.of(), null,
        Map.of("CONDOR_SECRET_TASTYTRADE_REFRESH_TOKEN", "rt-secret"), Map.of());
    assertTrue(root.keys().isEmpty(), root.asMap().toString());
  }

  @Test
  void aYamlSyntaxErrorNamesTheFileLineAndColumn() throws IOException {
    Path file = yaml("broker:\n  id: paper\n strategies: [unclosed\n");

    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> ConfigLoader.load(Map.of(), file, Map.of(), Map.of()));

    assertEquals(file.toString(), e.key());
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nope.yaml");
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> ConfigLoader.load(Map.of(), missing, Map.of(), Map.of()));
    assertTrue(e.getMessage().contains("not found"), e.getMessage());
  }

  @Test
  void secretsComeFromTheEnvironmentBeforeAnOwnerOnlyFile() throws IOException {
    Path file = Files.writeString(dir.resolve("secrets.properties"),
        "tastytrade.refreshToken=from-file\ntastytrade.clientSecret=cs-file\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    SecretStore store = SecretStore.of(Map.of("CONDOR_SECRET_TASTYTRADE_REFRESH_TOKEN", "from-env"), file);

    Secrets secrets = store.forProvider("tastytrade", List.of(
        SecretSpec.required("refreshToken", "OAuth refresh token"),
        SecretSpec.required("clientSecret", "OAuth client secret"),
        SecretSpec.optional("accountNumber", "account")));

    assertEquals("from-env", secrets.require("refreshToken").reveal());
    assertEquals("cs-file", secrets.require("clientSecret").reveal());
    assertTrue(secrets.find("accountNumber").isEmpty());
    assertFalse(secrets.toString().contains("from-env") || store.toString().contains("cs-file"));
  }

  @Test
  void aSecretsFileOthersCanReadIsRefusedWithTheFix() throws IOException {
    Path file = Files.writeString(dir.resolve("secrets.properties"), "polygon.apiKey=k-123456\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> SecretStore.of(Map.of(), file));

    assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    assertFalse(e.getMessage().contains("k-123456"));
  }

  @Test
  void environmentNamesOfSecretsAreUpperSnakeCase() {
    assertEquals("CONDOR_SECRET_TASTYTRADE_REFRESH_TOKEN",
        SecretStore.environmentName("tastytrade", "refreshToken"));
    assertEquals("CONDOR_SECRET_POLYGON_API_KEY", SecretStore.environmentName("polygon", "apiKey"));
  }
}
