package dev.condor.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.plugin.ApiVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiVersionTest {

  @Test
  void currentIsMajorDotMinor() {
    assertEquals(0, ApiVersion.MAJOR);
    assertEquals(1, ApiVersion.MINOR);
    assertEquals("0.1", ApiVersion.CURRENT);
  }

  @Test
  void aProviderBuiltForTheSameMajorAndAnEqualOrLowerMinorIsCompatible() {
    assertTrue(ApiVersion.isCompatible("0.1"));
    assertTrue(ApiVersion.isCompatible("0.0"));
    assertTrue(ApiVersion.isCompatible(ApiVersion.CURRENT));
  }

  @Test
  void aProviderBuiltForAHigherMinorIsNot() {
    assertFalse(ApiVersion.isCompatible("0.2"));
    assertFalse(ApiVersion.isCompatible("0.10"));
  }

  @Test
  void aProviderBuiltForAnotherMajorIsNot() {
    assertFalse(ApiVersion.isCompatible("1.0"));
    assertFalse(ApiVersion.isCompatible("1.1"));
    assertFalse(ApiVersion.isCompatible("2.0"));
  }

  @Test
  void leadingZerosAreNumbers() {
    assertTrue(ApiVersion.isCompatible("00.01"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "0", "0.1.0", "v0.1", "0.1-SNAPSHOT", "0,1", " 0.1", "a.b", "12345.0"})
  void rejectsTextThatIsNotMajorDotMinor(String text) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> ApiVersion.isCompatible(text));
    assertEquals("apiVersion", e.field());
    assertTrue(e.getMessage().contains("must be MAJOR.MINOR, e.g. \"0.1\""), e.getMessage());
  }
}
