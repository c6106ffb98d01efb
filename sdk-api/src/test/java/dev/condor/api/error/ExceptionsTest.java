package dev.condor.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExceptionsTest {

  // ---- invalid values ----

  @Test
  void invalidValueNamesFieldValueAndRule() {
    InvalidValueException e = new InvalidValueException("strike", -5.0, "must be > 0");
    assertEquals("CONDOR-INVALID-VALUE", e.code());
    assertEquals("[CONDOR-INVALID-VALUE] strike = -5.0: must be > 0", e.getMessage());
    assertEquals("strike", e.field());
    assertEquals("must be > 0", e.rule());
  }

  @Test
  void invalidValueQuotesTextAndShowsNullPlainly() {
    assertEquals("[CONDOR-INVALID-VALUE] root = \"spxw\": must be upper case",
        new InvalidValueException("root", "spxw", "must be upper case").getMessage());
    assertEquals("[CONDOR-INVALID-VALUE] expiry = null: is required",
        new InvalidValueException("expiry", null, "is required").getMessage());
  }

  @Test
  void invalidValueRequiresAFieldAndARule() {
    assertThrows(NullPointerException.class, () -> new InvalidValueException(null, 1, "rule"));
    assertThrows(NullPointerException.class, () -> new InvalidValueException("field", 1, null));
  }

  // ---- configuration ----

  @Test
  void configurationErrorNamesTheKey() {
    ConfigurationException e = new ConfigurationException("strategies.ic.wingWidth",
        "expected a number, found \"wide\"");
    assertEquals("CONDOR-CONFIG", e.code());
    assertEquals(ConfigurationException.CODE, e.code());
    assertEquals("strategies.ic.wingWidth", e.key());
    assertEquals("[CONDOR-CONFIG] strategies.ic.wingWidth: expected a number, found \"wide\"",
        e.getMessage());
    assertThrows(NullPointerException.class, () -> new ConfigurationException(null, "x"));
  }

  @Test
  void configurationErrorKeepsItsCause() {
    IOException cause = new IOException("no such file");
    assertSame(cause, new ConfigurationException("journal.path", "unreadable", cause).getCause());
  }

  // ---- plugins ----

  @Test
  void pluginProblemsHaveStableCodes() {
    assertEquals("CONDOR-PLUGIN-UNKNOWN-ID", PluginException.Problem.UNKNOWN_ID.code());
    assertEquals("CONDOR-PLUGIN-DUPLICATE-ID", PluginException.Problem.DUPLICATE_ID.code());
    assertEquals("CONDOR-PLUGIN-INCOMPATIBLE-API", PluginException.Problem.INCOMPATIBLE_API.code());
    assertEquals("CONDOR-PLUGIN-INVALID", PluginException.Problem.INVALID_PROVIDER.code());
    assertEquals("CONDOR-PLUGIN-CREATION-FAILED", PluginException.Problem.CREATION_FAILED.code());
    assertEquals("CONDOR-PLUGIN-MISSING-SECRET", PluginException.Problem.MISSING_SECRET.code());
    assertEquals(6, PluginException.Problem.values().length);
  }

  @Test
  void pluginExceptionCarriesItsProblemAndCode() {
    PluginException e = new PluginException(PluginException.Problem.UNKNOWN_ID,
        "no broker provider with id \"tasty\"");
    assertEquals(PluginException.Problem.UNKNOWN_ID, e.problem());
    assertEquals("CONDOR-PLUGIN-UNKNOWN-ID", e.code());
    assertEquals("[CONDOR-PLUGIN-UNKNOWN-ID] no broker provider with id \"tasty\"",
        e.getMessage());
  }

  // ---- brokers ----

  @Test
  void outcomeIsUnknownExactlyForTimeoutAndUnavailable() {
    Set<BrokerException.Kind> unknown =
        EnumSet.of(BrokerException.Kind.TIMEOUT, BrokerException.Kind.UNAVAILABLE);
    for (BrokerException.Kind kind : BrokerException.Kind.values()) {
      assertEquals(unknown.contains(kind),
          BrokerException.of(kind, "tastytrade").build().outcomeUnknown(), kind.toString());
    }
  }

  @Test
  void brokerKindsHaveStableCodes() {
    assertEquals("CONDOR-BROKER-REJECTED", BrokerException.Kind.REJECTED.code());
    assertEquals("CONDOR-BROKER-AUTH", BrokerException.Kind.AUTHENTICATION.code());
    assertEquals("CONDOR-BROKER-RATE-LIMITED", BrokerException.Kind.RATE_LIMITED.code());
    assertEquals("CONDOR-BROKER-UNAVAILABLE", BrokerException.Kind.UNAVAILABLE.code());
    assertEquals("CONDOR-BROKER-TIMEOUT", BrokerException.Kind.TIMEOUT.code());
    assertEquals("CONDOR-BROKER-MALFORMED", BrokerException.Kind.MALFORMED_RESPONSE.code());
    assertEquals("CONDOR-BROKER-NOT-FOUND", BrokerException.Kind.NOT_FOUND.code());
  }

  @Test
  void brokerExceptionKeepsTheVenuesCodeMessageAndRetryAfter() {
    IOException cause = new IOException("HTTP 429");
    BrokerException e = BrokerException.of(BrokerException.Kind.RATE_LIMITED, "tastytrade")
        .operation("POST /accounts/{id}/orders").venueCode("rate_limit_exceeded")
        .venueMessage("Too many requests").retryAfter(Duration.ofSeconds(2)).cause(cause).build();
    assertEquals(BrokerException.Kind.RATE_LIMITED, e.kind());
    assertEquals("CONDOR-BROKER-RATE-LIMITED", e.code());
    assertEquals("tastytrade", e.venue());
    assertEquals(Optional.of("rate_limit_exceeded"), e.venueCode());
    assertEquals(Optional.of("Too many requests"), e.venueMessage());
    assertEquals(Optional.of(Duration.ofSeconds(2)), e.retryAfter());
    assertSame(cause, e.getCause());
    assertEquals("[CONDOR-BROKER-RATE-LIMITED] tastytrade: rate_limited during "
        + "POST /accounts/{id}/orders, venue code rate_limit_exceeded, venue says "
        + "\"Too many requests\", retry after 2000 ms", e.getMessage());
  }

  @Test
  void brokerExceptionWithoutDetailsHasAShortMessageAndEmptyOptionals() {
    BrokerException e = BrokerException.of(BrokerException.Kind.TIMEOUT, "ibkr").build();
    assertEquals("[CONDOR-BROKER-TIMEOUT] ibkr: timeout", e.getMessage());
    assertEquals(Optional.empty(), e.venueCode());
    assertEquals(Optional.empty(), e.venueMessage());
    assertEquals(Optional.empty(), e.retryAfter());
  }

  @Test
  void brokerExceptionNeedsAKindAndAVenue() {
    assertEquals("kind", assertThrows(InvalidValueException.class,
        () -> BrokerException.of(null, "ibkr")).field());
    assertEquals("venue", assertThrows(InvalidValueException.class,
        () -> BrokerException.of(BrokerException.Kind.TIMEOUT, " ")).field());
  }

  // ---- data ----

  @Test
  void dataExceptionNamesSourceLocationAndField() {
    DataException e = DataException.of(DataException.Kind.MALFORMED, "polygon")
        .location("/v3/snapshot/options/I:SPX").field("greeks.delta").detail("not a number")
        .build();
    assertEquals("CONDOR-DATA-MALFORMED", e.code());
    assertEquals("polygon", e.source());
    assertEquals(Optional.of("/v3/snapshot/options/I:SPX"), e.location());
    assertEquals(Optional.of("greeks.delta"), e.field());
    assertEquals("[CONDOR-DATA-MALFORMED] polygon: malformed at /v3/snapshot/options/I:SPX, "
        + "field greeks.delta: not a number", e.getMessage());
  }

  @Test
  void dataExceptionKeepsRetryAfter() {
    DataException e = DataException.of(DataException.Kind.RATE_LIMITED, "yfinance")
        .retryAfter(Duration.ofMillis(1500)).build();
    assertEquals("CONDOR-DATA-RATE-LIMITED", e.code());
    assertEquals(Optional.of(Duration.ofMillis(1500)), e.retryAfter());
    assertTrue(e.getMessage().endsWith("retry after 1500 ms"), e.getMessage());
    assertEquals("source", assertThrows(InvalidValueException.class,
        () -> DataException.of(DataException.Kind.TIMEOUT, "")).field());
  }

  @Test
  void everyExceptionIsACondorExceptionAndUnchecked() {
    assertTrue(RuntimeException.class.isAssignableFrom(CondorException.class));
    for (Class<?> c : new Class<?>[] {InvalidValueException.class, ConfigurationException.class,
        PluginException.class, BrokerException.class, DataException.class}) {
      assertTrue(CondorException.class.isAssignableFrom(c), c.getName());
    }
  }
}
