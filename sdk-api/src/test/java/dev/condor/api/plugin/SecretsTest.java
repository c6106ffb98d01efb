package dev.condor.api.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.error.PluginException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTest {

  /** A made-up value: what matters is that it never shows up in text. */
  private static final String TOKEN = "fake rt 9f8e7d";

  @Test
  void secretToStringShowsTheNameButNeverTheValue() {
    Secret s = Secret.of("refreshToken", TOKEN);
    assertEquals("Secret[refreshToken=****]", s.toString());
    assertFalse(s.toString().contains(TOKEN));
    assertEquals(TOKEN, s.reveal());
    assertEquals("refreshToken", s.name());
  }

  @Test
  void secretsToStringListsNamesOnly() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("refreshToken", TOKEN);
    values.put("clientSecret", "cs-123456");
    Secrets secrets = Secrets.of(values);
    String text = secrets.toString();
    assertFalse(text.contains(TOKEN), text);
    assertFalse(text.contains("cs-123456"), text);
    assertTrue(text.contains("refreshToken"), text);
    assertTrue(text.contains("clientSecret"), text);
    assertEquals(Set.of("refreshToken", "clientSecret"), secrets.names());
    assertFalse(String.valueOf(secrets.find("refreshToken")).contains(TOKEN));
  }

  @Test
  void findAndRequireReturnTheSuppliedSecret() {
    Secrets secrets = Secrets.of(Map.of("apiKey", "k-1"));
    assertEquals("k-1", secrets.require("apiKey").reveal());
    assertEquals(Optional.empty(), secrets.find("other"));
    assertEquals(Set.of(), Secrets.none().names());
  }

  @Test
  void requireOfAMissingSecretIsAMissingSecretPluginProblem() {
    PluginException e = assertThrows(PluginException.class,
        () -> Secrets.of(Map.of("apiKey", "k-1")).require("refreshToken"));
    assertEquals("CONDOR-PLUGIN-MISSING-SECRET", e.code());
    assertEquals(PluginException.Problem.MISSING_SECRET, e.problem());
    assertTrue(e.getMessage().startsWith("[CONDOR-PLUGIN-MISSING-SECRET] secret \"refreshToken\""),
        e.getMessage());
    assertFalse(e.getMessage().contains("k-1"), e.getMessage());
  }

  @Test
  void rejectsAnEmptySecretWithoutEchoingAnything() {
    InvalidValueException empty =
        assertThrows(InvalidValueException.class, () -> Secret.of("apiKey", ""));
    assertEquals("apiKey", empty.field());
    assertEquals("[CONDOR-INVALID-VALUE] apiKey = \"(blank)\": a secret must not be empty or blank",
        empty.getMessage());
    InvalidValueException nullValue =
        assertThrows(InvalidValueException.class, () -> Secret.of("apiKey", null));
    assertEquals(empty.getMessage(), nullValue.getMessage());

    Map<String, String> withEmpty = new HashMap<>();
    withEmpty.put("clientSecret", "cs-123456");
    withEmpty.put("apiKey", "");
    InvalidValueException viaSecrets =
        assertThrows(InvalidValueException.class, () -> Secrets.of(withEmpty));
    assertFalse(viaSecrets.getMessage().contains("cs-123456"), viaSecrets.getMessage());
  }

  @Test
  void rejectsASecretWithoutAName() {
    assertEquals("name",
        assertThrows(InvalidValueException.class, () -> Secret.of(" ", TOKEN)).field());
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Secret.of(null, TOKEN));
    assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
  }

  @Test
  void occursInFindsTheValueInText() {
    Secret s = Secret.of("apiKey", "k-777");
    assertTrue(s.occursIn("GET /quotes?apiKey=k-777"));
    assertFalse(s.occursIn("GET /quotes"));
    assertFalse(s.occursIn(null));
  }

  @Test
  void secretSpecNamesAreCamelCaseIdentifiers() {
    SecretSpec required = SecretSpec.required("refreshToken", "tastytrade OAuth refresh token");
    assertTrue(required.required());
    assertFalse(SecretSpec.optional("apiKey", "Polygon key").required());
    assertEquals("name", assertThrows(InvalidValueException.class,
        () -> SecretSpec.required("refresh-token", "x")).field());
    assertEquals("name", assertThrows(InvalidValueException.class,
        () -> SecretSpec.required("1key", "x")).field());
  }
}
